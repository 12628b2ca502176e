//! The generated map against the member list, and the keyboard walk.

use uncyber::data;
use uncyber::generated::map::{MEMBER_PATHS, MEMBER_SHAPES, OTHER_PATHS, OTHER_PLACES, VIEW_BOX};
use uncyber::model::map_shapes::percent_position;
use uncyber::model::roving::{move_cursor, RovingKey};

#[test]
fn every_member_state_has_exactly_one_shape_in_member_order() {
    assert_eq!(MEMBER_SHAPES.len(), data::members().len());
    assert_eq!(MEMBER_PATHS.len(), MEMBER_SHAPES.len());
    assert_eq!(OTHER_PATHS.len(), OTHER_PLACES.len());
    for ((shape, member), d) in MEMBER_SHAPES.iter().zip(data::members()).zip(MEMBER_PATHS) {
        assert_eq!(shape.iso3, member.iso3);
        assert!(
            !d.is_empty() || shape.marker,
            "{} is drawn or marked",
            shape.iso3
        );
        let (x, y) = shape.centre;
        assert!(
            (0.0..=VIEW_BOX.0).contains(&x) && (0.0..=VIEW_BOX.1).contains(&y),
            "{} centre",
            shape.iso3
        );
    }
}

#[test]
fn small_island_cosponsors_and_tuvalu_get_markers() {
    for iso3 in ["NRU", "VCT", "ATG", "TUV", "MCO", "SMR", "LIE"] {
        let shape = MEMBER_SHAPES.iter().find(|s| s.iso3 == iso3).unwrap();
        assert!(shape.marker, "{iso3} has a marker");
    }
    // Tuvalu is missing from Natural Earth 50m and placed by hand.
    let tuvalu = MEMBER_SHAPES.iter().position(|s| s.iso3 == "TUV").unwrap();
    assert!(MEMBER_PATHS[tuvalu].is_empty());
}

#[test]
fn places_that_are_not_members_are_kept_apart() {
    let words: Vec<(&str, &str)> = (0..OTHER_PLACES.len())
        .map(|i| data::other_place_words(i).unwrap())
        .collect();
    assert_eq!(data::other_place_words(OTHER_PLACES.len()), None);
    let note = |name: &str| {
        words
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, note)| *note)
    };
    assert_eq!(note("State of Palestine"), Some("UN observer state"));
    assert_eq!(note("Holy See"), Some("UN observer state"));
    assert_eq!(note("Kosovo"), Some("not a UN member state"));
    assert_eq!(note("Taiwan"), Some("not a UN member state"));
    assert_eq!(note("Western Sahara"), Some("non-self-governing territory"));
    assert_eq!(note("Greenland"), Some("part of the Kingdom of Denmark"));
    for (name, _) in &words {
        assert!(
            data::member_names().iter().all(|m| m != name),
            "{name} is not a member"
        );
    }
}

#[test]
fn australia_keeps_its_mainland_despite_the_shared_id() {
    let australia = MEMBER_SHAPES.iter().position(|s| s.iso3 == "AUS").unwrap();
    assert!(MEMBER_PATHS[australia].len() > 200, "the mainland is drawn");
    assert!(!MEMBER_SHAPES[australia].marker);
}

#[test]
fn percent_positions_scale_to_the_view_box() {
    assert_eq!(
        percent_position((500.0, 218.5), (1000.0, 437.0)),
        (50.0, 50.0)
    );
}

#[test]
fn the_cursor_walks_the_order_and_stops_at_the_ends() {
    let order = [4, 2, 9];
    assert_eq!(move_cursor(RovingKey::Next, None, &order), Some(4));
    assert_eq!(move_cursor(RovingKey::Next, Some(4), &order), Some(2));
    assert_eq!(move_cursor(RovingKey::Next, Some(9), &order), Some(9));
    assert_eq!(move_cursor(RovingKey::Previous, Some(2), &order), Some(4));
    assert_eq!(move_cursor(RovingKey::Previous, Some(4), &order), Some(4));
    assert_eq!(move_cursor(RovingKey::Previous, None, &order), Some(9));
    assert_eq!(move_cursor(RovingKey::Last, Some(4), &order), Some(9));
    assert_eq!(move_cursor(RovingKey::First, Some(9), &order), Some(4));
    assert_eq!(move_cursor(RovingKey::Select, Some(2), &order), Some(2));
    assert_eq!(move_cursor(RovingKey::Next, None, &[]), None);
}

#[test]
fn walking_next_from_nothing_reaches_every_state_once() {
    let order: Vec<usize> = (0..data::members().len()).collect();
    let mut seen = vec![];
    let mut cursor = None;
    loop {
        let next = move_cursor(RovingKey::Next, cursor, &order);
        if next == cursor {
            break;
        }
        seen.push(next.unwrap());
        cursor = next;
    }
    assert_eq!(seen, order);
}

#[test]
fn roving_keys_are_the_arrows_home_end_enter_space_and_escape() {
    assert_eq!(RovingKey::from_key("ArrowDown"), Some(RovingKey::Next));
    assert_eq!(RovingKey::from_key("ArrowUp"), Some(RovingKey::Previous));
    assert_eq!(RovingKey::from_key(" "), Some(RovingKey::Select));
    assert_eq!(RovingKey::from_key("Escape"), Some(RovingKey::Clear));
    assert_eq!(RovingKey::from_key("a"), None);
}

#[test]
fn a_tooltip_past_an_edge_moves_back_by_the_least_amount() {
    use uncyber::model::map_shapes::nudge_into;
    // Fits: stays.
    assert_eq!(nudge_into(10.0, 200.0, 375.0, 4.0), 0.0);
    // Past the right edge: moves left until its end is 4 px inside.
    assert_eq!(nudge_into(300.0, 460.0, 375.0, 4.0), -89.0);
    // Past the left edge: moves right.
    assert_eq!(nudge_into(-60.0, 100.0, 375.0, 4.0), 64.0);
    // Wider than the screen: starts at the margin.
    assert_eq!(nudge_into(50.0, 450.0, 320.0, 4.0), -46.0);
}
