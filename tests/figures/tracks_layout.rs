//! The two tracks' geometry: no label (lane title, key, year) covers
//! another, a mark or a line; everything stays in the viewBox; each mark
//! sits at its date; the text reads at 12 px on a 320 px phone. Checked on
//! the real events and on made-up crowded ones.

use uncyber::data;
use uncyber::model::figures::labels::Rect;
use uncyber::model::figures::tracks::{year_position, EventKind, Track, TrackEvent, TracksLayout};
use uncyber::model::figures::tracks_layout::{
    layout, segment, FONT_SIZE, MIN_WIDTH_PX, VIEW_WIDTH,
};

fn inside(r: &Rect, lay: &TracksLayout) -> bool {
    r.x >= 0.0 && r.right() <= lay.width && r.y >= 0.0 && r.bottom() <= lay.height
}

/// Every rule the figure's boxes keep, for `events`.
fn check(events: &[TrackEvent], what: &str) {
    let lay = layout(events);
    let labels = lay.labels();
    assert_eq!(
        labels.len(),
        2 + events.len() + lay.ticks.iter().filter(|t| t.label.is_some()).count()
    );
    for (i, l) in labels.iter().enumerate() {
        assert!(
            inside(&l.rect, &lay),
            "{what}: {:?} leaves the figure",
            l.lines
        );
        for other in &labels[i + 1..] {
            assert!(
                !l.rect.overlaps(&other.rect),
                "{what}: {:?} overlaps {:?}",
                l.lines,
                other.lines
            );
        }
        for m in &lay.marks {
            assert!(
                !l.rect.overlaps(&m.rect),
                "{what}: {:?} covers the mark of {}",
                l.lines,
                events[m.event].date
            );
        }
        let lines = lay
            .marks
            .iter()
            .filter_map(|m| m.stem)
            .chain(lay.keys.iter().filter_map(|k| k.label.leader));
        for s in lines {
            assert!(
                !l.rect.overlaps(&segment(s)),
                "{what}: {:?} is crossed by a line at {s:?}",
                l.lines
            );
        }
    }
    for (i, m) in lay.marks.iter().enumerate() {
        assert!(inside(&m.rect, &lay), "{what}: a mark leaves the figure");
        for other in &lay.marks[i + 1..] {
            assert!(
                !m.rect.overlaps(&other.rect),
                "{what}: marks {} and {} overlap",
                m.event,
                other.event
            );
        }
        // At its date: the lane's x for it, whatever level it was moved to.
        let (start, end) = (&lay.ticks[0], &lay.ticks[lay.ticks.len() - 1]);
        let at = (year_position(events[m.event].date) - f32::from(start.year))
            / f32::from(end.year - start.year);
        assert!(
            (m.x - (start.x + at * (end.x - start.x))).abs() < 0.01,
            "{what}: mark {} off its date",
            m.event
        );
        let lane = lay
            .lanes
            .iter()
            .find(|l| l.track == events[m.event].track)
            .unwrap();
        assert!(m.y >= lane.y, "{what}: a mark above its lane");
        assert!(
            lane.title.rect.bottom() <= m.rect.y,
            "{what}: a mark over its lane's title"
        );
    }
    // A leader leaves its own mark and crosses no other.
    for k in &lay.keys {
        let Some(l) = k.label.leader else { continue };
        for m in lay.marks.iter().filter(|m| m.event != k.event) {
            assert!(
                !segment(l).overlaps(&m.rect),
                "{what}: key {}'s leader crosses a mark",
                k.number
            );
        }
    }
    // Keys numbered 1…n in date order.
    let numbers: Vec<usize> = lay.keys.iter().map(|k| k.number).collect();
    assert_eq!(numbers, (1..=events.len()).collect::<Vec<_>>(), "{what}");
    for pair in lay.order.windows(2) {
        assert!(year_position(events[pair[0]].date) <= year_position(events[pair[1]].date));
    }
}

#[test]
fn the_real_figure_keeps_every_box_apart() {
    check(data::track_events(), "content/tracks.toml");
    let lay = layout(data::track_events());
    assert_eq!(
        lay.lanes.iter().map(|l| l.track).collect::<Vec<_>>(),
        Track::ALL
    );
    assert!(lay.lanes[0].y < lay.lanes[1].y, "GGE above");
    assert_eq!(lay.width, VIEW_WIDTH);
}

#[test]
fn the_text_reads_at_twelve_pixels_on_a_phone() {
    const { assert!(FONT_SIZE * MIN_WIDTH_PX / VIEW_WIDTH >= 12.0) };
}

fn event(track: Track, date: &'static str) -> TrackEvent {
    let kind = if date.len() == 4 {
        EventKind::NoReport
    } else {
        EventKind::Report
    };
    TrackEvent {
        track,
        date,
        date_label: date,
        label: "x",
        kind,
        vote: None,
        source: "https://example.org/",
    }
}

#[test]
fn crowded_made_up_events_keep_every_box_apart() {
    let days = [
        "2020-01-01",
        "2020-01-09",
        "2020-02-01",
        "2020-02-20",
        "2020-03-01",
        "2020-05",
        "2020-06-30",
        "2020",
    ];
    let mut crowded: Vec<TrackEvent> = days.iter().map(|d| event(Track::Oewg, d)).collect();
    crowded.extend(days.iter().map(|d| event(Track::Gge, d)));
    crowded.sort_by(|a, b| year_position(a.date).total_cmp(&year_position(b.date)));
    check(&crowded, "one year, crowded");
    // Over decades, more than nine events (two-digit keys), a lane alone.
    let mut spread: Vec<TrackEvent> = ["1998", "2001", "2004", "2005", "2009", "2012", "2016"]
        .map(|d| event(Track::Gge, d))
        .to_vec();
    spread.extend(["2019-12-12", "2019-12-13", "2019-12-14", "2026"].map(|d| event(Track::Gge, d)));
    check(&spread, "decades");
    check(&[event(Track::Oewg, "2021-03-12")], "one event");
}
