//! The stage's pure core: focus regions, label placement, the comparison's
//! key and the names labels use, checked on every step of the story.

use uncyber::data;
use uncyber::generated::map::{MEMBER_SHAPES, VIEW_BOX};
use uncyber::model::compare::CompareKey;
use uncyber::model::focus::{frame_around, Frame, MAX_ZOOM};
use uncyber::model::map_labels::{place_labels, LabelSpec};
use uncyber::model::region::Region;
use uncyber::widgets::stage::write::{map_labels, stage_frame, zoomed_map_labels, LABEL_SIZES};

fn centre(iso3: &str) -> (f32, f32) {
    MEMBER_SHAPES[data::member_index(iso3).unwrap()].centre
}

#[test]
fn a_focus_frames_its_states_inside_the_world_at_the_maps_shape() {
    for step in data::steps().iter().filter(|s| !s.focus.is_empty()) {
        let f = stage_frame(step, None, None);
        assert!(
            f.scale > 1.0 && f.scale <= MAX_ZOOM,
            "{}: zooms in",
            step.slug
        );
        let (w, h) = (VIEW_BOX.0 / f.scale, VIEW_BOX.1 / f.scale);
        assert!(f.x >= 0.0 && f.y >= 0.0, "{}", step.slug);
        assert!(
            f.x + w <= VIEW_BOX.0 + 0.01 && f.y + h <= VIEW_BOX.1 + 0.01,
            "{}",
            step.slug
        );
        for code in step.focus {
            let (x, y) = f.project(centre(code));
            assert!(
                (0.0..=VIEW_BOX.0).contains(&x) && (0.0..=VIEW_BOX.1).contains(&y),
                "{}: {code} in view",
                step.slug
            );
        }
    }
}

#[test]
fn the_budapest_step_zooms_to_europe_and_others_show_the_world() {
    let budapest = data::steps().iter().find(|s| s.slug == "budapest").unwrap();
    let f = stage_frame(budapest, None, None);
    assert!(f.scale >= 2.0, "Europe is framed closely: {f:?}");
    let (x, _) = f.project(centre("USA"));
    assert!(x < 0.0, "the United States is outside the European frame");
    let first = &data::steps()[0];
    assert_eq!(stage_frame(first, None, None), Frame::WORLD);
    // Selecting a state outside the region shows the whole world again.
    let brazil = data::member_index("BRA").unwrap();
    assert_eq!(stage_frame(budapest, None, Some(brazil)), Frame::WORLD);
    let france = data::member_index("FRA").unwrap();
    assert_eq!(stage_frame(budapest, None, Some(france)), f);
}

/// The gap between the two nearest of `states`' centres on the map, in the
/// map's units at `frame`.
fn nearest_gap(states: &[&str], frame: Frame) -> f32 {
    let points: Vec<(f32, f32)> = states.iter().map(|c| frame.project(centre(c))).collect();
    let mut gap = f32::MAX;
    for (i, a) in points.iter().enumerate() {
        for b in &points[i + 1..] {
            gap = gap.min(((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt());
        }
    }
    gap
}

#[test]
fn the_readers_zoom_frames_europe_and_the_caribbean_and_spreads_their_small_states() {
    let first = &data::steps()[0];
    let in_view = |f: Frame, code: &str| {
        let (x, y) = f.project(centre(code));
        (0.0..=VIEW_BOX.0).contains(&x) && (0.0..=VIEW_BOX.1).contains(&y)
    };
    // Every EU member of 2019 and Europe's small states; every member of
    // CARICOM, and the region's larger islands.
    let europe = [
        "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
        "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
        "SWE", "GBR", "AND", "MCO", "SMR", "LIE", "MNE", "ALB", "MKD", "NOR", "CHE",
    ];
    let caribbean = [
        "ATG", "BHS", "BRB", "BLZ", "DMA", "GRD", "GUY", "HTI", "JAM", "KNA", "LCA", "VCT", "SUR",
        "TTO", "CUB", "DOM",
    ];
    for (region, states, small) in [
        (
            Region::Europe,
            &europe[..],
            &["AND", "MCO", "SMR", "LIE", "MLT", "LUX"][..],
        ),
        (
            Region::Caribbean,
            &caribbean[..],
            &["ATG", "KNA", "DMA", "LCA", "VCT", "GRD", "BRB"][..],
        ),
    ] {
        let f = stage_frame(first, Some(region), None);
        assert!(f.scale >= 2.0, "{region:?} is framed closely: {f:?}");
        for code in states {
            assert!(in_view(f, code), "{region:?}: {code} in view");
        }
        // The small states' markers, all drawn at one size on screen, lie
        // as many times further apart as the zoom.
        let world_gap = nearest_gap(small, Frame::WORLD);
        let zoomed_gap = nearest_gap(small, f);
        assert!(
            zoomed_gap >= 2.0 * world_gap,
            "{region:?}: {world_gap} -> {zoomed_gap}"
        );
    }
    // The world button shows the world even on a step framing Europe.
    let budapest = data::steps().iter().find(|s| s.slug == "budapest").unwrap();
    assert_eq!(
        stage_frame(budapest, Some(Region::World), None),
        Frame::WORLD
    );
    // A state picked outside the zoom shows the whole world again.
    let japan = data::member_index("JPN").unwrap();
    assert_eq!(
        stage_frame(first, Some(Region::Europe), Some(japan)),
        Frame::WORLD
    );
}

#[test]
fn the_zoom_buttons_name_every_region_once() {
    let html = uncyber::widgets::stage::map::zoom_buttons().into_string();
    let regions: Vec<Option<Region>> = html
        .split("data-region=\"")
        .skip(1)
        .map(|rest| Region::from_slug(&rest[..rest.find('"').unwrap()]))
        .collect();
    assert_eq!(regions, Region::ALL.map(Some));
    assert_eq!(
        html.matches("aria-pressed=\"false\"").count(),
        Region::ALL.len()
    );
}

#[test]
fn a_zoomed_map_labels_no_state_outside_its_frame() {
    // The first step highlights the United States and Russia; zoomed to the
    // Caribbean, neither centre is in view, so neither is labelled.
    let first = &data::steps()[0];
    let vote = data::step_vote(first);
    let f = stage_frame(first, Some(Region::Caribbean), None);
    let html = zoomed_map_labels(first, vote, f, None).into_string();
    for code in first.highlight {
        let (x, y) = f.project(centre(code));
        let shown = (0.0..=VIEW_BOX.0).contains(&x) && (0.0..=VIEW_BOX.1).contains(&y);
        assert_eq!(
            html.contains(&format!("data-label-for=\"{code}\"")),
            shown,
            "{code}"
        );
    }
    assert!(
        !html.contains("data-label-for=\"RUS\""),
        "Russia is not in a Caribbean frame"
    );
    let world = map_labels(first, vote, Frame::WORLD, None).into_string();
    for code in first.highlight {
        assert!(
            world.contains(&format!("data-label-for=\"{code}\"")),
            "{code} on the world map"
        );
    }
}

#[test]
fn frames_of_one_point_or_the_whole_world_do_not_zoom() {
    assert_eq!(frame_around(&[(500.0, 200.0)], VIEW_BOX), Frame::WORLD);
    assert_eq!(
        frame_around(&[(5.0, 5.0), (995.0, 430.0)], VIEW_BOX),
        Frame::WORLD
    );
    let f = frame_around(&[(500.0, 200.0), (510.0, 205.0)], VIEW_BOX);
    assert_eq!(f.scale, MAX_ZOOM, "two close points zoom only so far");
    let p = (503.0, 201.0);
    let back = f.unproject(f.project(p));
    assert!((back.0 - p.0).abs() < 1e-3 && (back.1 - p.1).abs() < 1e-3);
    assert_eq!(Frame::WORLD.transform(2.0), "");
}

#[test]
fn every_steps_labels_stay_apart_inside_the_map_at_both_sizes() {
    for step in data::steps() {
        let vote = data::step_vote(step);
        let frame = stage_frame(step, None, None);
        let texts: Vec<String> = step
            .highlight
            .iter()
            .map(|c| {
                let i = data::member_index(c).unwrap();
                format!("{} {}", data::short_name(i), vote.choice(i).glyph())
            })
            .collect();
        let specs: Vec<LabelSpec> = step
            .highlight
            .iter()
            .zip(&texts)
            .map(|(c, text)| LabelSpec {
                anchor: centre(c),
                text,
            })
            .collect();
        for (_, size, most) in LABEL_SIZES {
            let specs = &specs[..specs.len().min(most)];
            let placed = place_labels(specs, frame, VIEW_BOX, size);
            assert_eq!(placed.len(), step.highlight.len().min(most));
            for (i, a) in placed.iter().enumerate() {
                let top_left = frame.project((a.rect.x, a.rect.y));
                let bottom_right = frame.project((a.rect.x + a.rect.w, a.rect.y + a.rect.h));
                assert!(
                    top_left.0 >= 0.0
                        && top_left.1 >= 0.0
                        && bottom_right.0 <= VIEW_BOX.0
                        && bottom_right.1 <= VIEW_BOX.1,
                    "{} label {} at size {size} is inside the visible map",
                    step.slug,
                    texts[i]
                );
                for b in &placed[i + 1..] {
                    assert!(
                        !a.rect.overlaps(&b.rect),
                        "{}: labels overlap at size {size}",
                        step.slug
                    );
                }
            }
        }
        let html = map_labels(step, vote, frame, None);
        for (n, c) in step.highlight.iter().enumerate() {
            let sets = LABEL_SIZES.iter().filter(|(_, _, most)| n < *most).count();
            assert_eq!(
                html.matches(&format!("data-label-for=\"{c}\"")).count(),
                sets,
                "{}: {c} labelled once per size that has room for it",
                step.slug
            );
        }
    }
}

#[test]
fn a_picked_state_is_labelled_first_and_on_a_narrow_map_too() {
    let kenya = data::member_index("KEN").unwrap();
    for step in data::steps() {
        let vote = data::step_vote(step);
        let frame = stage_frame(step, None, Some(kenya));
        let html = map_labels(step, vote, frame, Some(kenya));
        assert_eq!(
            html.matches("data-label-for=\"KEN\"").count(),
            LABEL_SIZES.len(),
            "{}: Kenya labelled once per size",
            step.slug
        );
        for (class, _, most) in LABEL_SIZES {
            let set = html.split(&format!("map-labels {class}")).nth(1).unwrap();
            let set = set.split("map-labels ").next().unwrap();
            assert!(
                set.find("data-label-for=")
                    .map(|at| &set[at..])
                    .is_some_and(|rest| rest.starts_with("data-label-for=\"KEN\"")),
                "{}: Kenya is placed first in {class}",
                step.slug
            );
            assert!(set.matches("data-label-for=").count() <= most.min(step.highlight.len() + 1));
        }
    }
}

#[test]
fn crowded_labels_stand_off_with_leader_lines() {
    // Five labels around one point: only four fit beside it.
    let specs: Vec<LabelSpec> = (0..5)
        .map(|i| LabelSpec {
            anchor: (500.0 + i as f32, 200.0),
            text: "Somewhere",
        })
        .collect();
    let placed = place_labels(&specs, Frame::WORLD, VIEW_BOX, 20.0);
    assert!(placed.iter().any(|p| p.leader.is_some()));
    for (i, a) in placed.iter().enumerate() {
        for b in &placed[i + 1..] {
            assert!(!a.rect.overlaps(&b.rect));
        }
    }
}

#[test]
fn a_comparisons_key_counts_every_member_state_once() {
    for a in data::votes() {
        for b in data::votes() {
            let key = CompareKey::of(a, b);
            assert_eq!(key.total(), data::members().len(), "{} / {}", a.id, b.id);
        }
    }
    let (a, b) = (
        data::vote("ga-74-28").unwrap(),
        data::vote("ga-74-29").unwrap(),
    );
    let key = CompareKey::of(a, b);
    assert_eq!(
        key.yes_on_both,
        uncyber::model::compare::both_yes(a, b).len()
    );
    let moved_to_yes = (0..data::members().len())
        .filter(|&i| a.choice(i) != b.choice(i) && b.choice(i) == uncyber::model::Choice::Yes)
        .count();
    assert_eq!(key.moved_to[0], moved_to_yes);
}

#[test]
fn labels_use_short_common_names() {
    let name = |c: &str| data::short_name(data::member_index(c).unwrap());
    assert_eq!(name("USA"), "United States");
    assert_eq!(name("GBR"), "United Kingdom");
    assert_eq!(name("RUS"), "Russia");
    assert_eq!(name("IRN"), "Iran");
    assert_eq!(name("BRA"), "Brazil");
    for i in 0..data::members().len() {
        assert!(!data::short_name(i).is_empty());
    }
}

#[test]
fn a_tap_offers_the_nearest_states_within_reach() {
    use uncyber::model::reach::{within_reach, MAX_CHOICES};
    let centres = [
        (0.0, 0.0),
        (3.0, 4.0),
        (10.0, 0.0),
        (1.0, 1.0),
        (100.0, 0.0),
    ];
    assert_eq!(within_reach((0.0, 0.0), 5.0, &centres), vec![0, 3, 1]);
    assert_eq!(
        within_reach((50.0, 50.0), 5.0, &centres),
        Vec::<usize>::new()
    );
    let crowd: Vec<(f32, f32)> = (0..9).map(|i| (i as f32 * 0.1, 0.0)).collect();
    assert_eq!(within_reach((0.0, 0.0), 5.0, &crowd).len(), MAX_CHOICES);
    // In the Caribbean, a tap between the small islands reaches several.
    let centres: Vec<(f32, f32)> = MEMBER_SHAPES.iter().map(|s| s.centre).collect();
    let kna = centre("KNA");
    let near = within_reach(kna, 12.0, &centres);
    assert!(near.len() > 1 && near[0] == data::member_index("KNA").unwrap());
}
