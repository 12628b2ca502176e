//! The compare pickers' rule: a pick on one side, and the swap that keeps
//! a vote from being compared with itself.

use uncyber::model::compare::{pick, Side};
use uncyber::widgets::comparison::controls::{picker, side_of_picker};

#[test]
fn a_pick_replaces_its_own_side() {
    assert_eq!(pick(("a", "b"), Side::From, "c"), ("c", "b"));
    assert_eq!(pick(("a", "b"), Side::To, "c"), ("a", "c"));
}

#[test]
fn picking_the_other_sides_vote_swaps_the_two() {
    assert_eq!(pick(("a", "b"), Side::From, "b"), ("b", "a"));
    assert_eq!(pick(("a", "b"), Side::To, "a"), ("b", "a"));
}

#[test]
fn picking_the_same_vote_again_changes_nothing() {
    assert_eq!(pick(("a", "b"), Side::From, "a"), ("a", "b"));
    assert_eq!(pick(("a", "b"), Side::To, "b"), ("a", "b"));
}

#[test]
fn no_pick_ever_compares_a_vote_with_itself() {
    let ids = ["a", "b", "c"];
    for from in ids {
        for to in ids.iter().copied().filter(|t| *t != from) {
            for side in [Side::From, Side::To] {
                for picked in ids {
                    let (x, y) = pick((from, to), side, picked);
                    assert_ne!(x, y, "{from},{to} {side:?} {picked}");
                }
            }
        }
    }
}

#[test]
fn the_pickers_are_found_by_their_markup_names() {
    for side in [Side::From, Side::To] {
        assert_eq!(side_of_picker(picker(side).name), Some(side));
    }
    assert_eq!(side_of_picker("vote"), None);
}
