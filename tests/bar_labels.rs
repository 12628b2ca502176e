//! The counts on the blocs figure's bars: on their part when they fit,
//! beside the bar when not, never overlapping, never off the bar's width.
//! Checked on every grouping of every vote, on crowded bars, and on any
//! tally at all.

use proptest::prelude::*;
use uncyber::data;
use uncyber::model::figures::bar_labels::{bar_layout, BarLayout, Placement, WIDTH};
use uncyber::model::Tally;
use uncyber::widgets::figures::blocs::layout;

/// Every rule the layout keeps, with `what` naming the bar in a failure.
fn check(what: &str, l: &BarLayout) {
    let mut left = 0.0;
    for s in &l.segments {
        assert!((s.x - left).abs() < 0.01 && s.width > 0.0, "{what}: {s:?}");
        left = s.x + s.width;
    }
    assert!(
        l.segments.is_empty() || (left - WIDTH).abs() < 0.01,
        "{what}: ends at {left}"
    );
    assert_eq!(l.labels.len(), l.segments.len(), "{what}: a count per part");
    for (i, a) in l.labels.iter().enumerate() {
        assert!(
            a.rect.x >= 0.0 && a.rect.right() <= WIDTH + 0.01,
            "{what}: {a:?}"
        );
        assert!(
            a.rect.y >= 0.0 && a.rect.bottom() <= l.height,
            "{what}: {a:?}"
        );
        if a.placement == Placement::Inside {
            let s = l.segments.iter().find(|s| s.choice == a.choice).unwrap();
            assert!(
                a.rect.x >= s.x && a.rect.right() <= s.x + s.width + 0.01,
                "{what}: {a:?}"
            );
        }
        for b in &l.labels[i + 1..] {
            assert!(!a.rect.overlaps(&b.rect), "{what}: {a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn every_groupings_counts_fit_on_every_vote() {
    for vote in data::votes().iter().filter(|v| !v.is_signatures()) {
        let tallies = data::blocs::figure_tallies(vote);
        assert_eq!(tallies.len(), 8, "{}", vote.id);
        for t in tallies {
            check(&format!("{} {}", vote.id, t.bloc.code), &layout(vote, &t));
        }
    }
}

#[test]
fn counts_that_do_not_fit_their_part_go_beside_the_bar_apart() {
    for (yes, no, abstain, absent) in [
        (100, 1, 1, 1),
        (1, 1, 1, 200),
        (1, 300, 1, 0),
        (999, 0, 9, 99),
    ] {
        let t = Tally {
            yes,
            no,
            abstain,
            absent,
        };
        let l = bar_layout(&t, |_, n| format!("✓ {n}"));
        assert!(
            l.labels.iter().any(|l| l.placement == Placement::Beside),
            "{t:?}"
        );
        check(&format!("{t:?}"), &l);
    }
    // A bar whose counts all fit needs no room below it.
    let wide = bar_layout(
        &Tally {
            yes: 1,
            no: 1,
            abstain: 1,
            absent: 1,
        },
        |_, n| n.to_string(),
    );
    assert!(wide.labels.iter().all(|l| l.placement == Placement::Inside));
    let crowded = bar_layout(
        &Tally {
            yes: 100,
            no: 1,
            abstain: 0,
            absent: 0,
        },
        |_, n| n.to_string(),
    );
    assert!(crowded.height > wide.height);
    // An empty position has neither part nor count.
    let one = bar_layout(
        &Tally {
            yes: 0,
            no: 28,
            abstain: 0,
            absent: 0,
        },
        |_, n| n.to_string(),
    );
    assert_eq!(one.segments.len(), 1);
}

proptest! {
    #[test]
    fn any_tally_lays_out_without_overlap(
        yes in 0u16..400, no in 0u16..400, abstain in 0u16..400, absent in 0u16..400
    ) {
        let t = Tally { yes, no, abstain, absent };
        check(&format!("{t:?}"), &bar_layout(&t, |_, n| format!("✓ {n}")));
    }
}
