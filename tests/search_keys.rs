//! The "Find a country" box's keys (ARIA combobox pattern), without a browser.

use uncyber::model::country_search::{KeyAction, Listbox};

const CLOSED: Listbox = Listbox {
    open: false,
    active: None,
};

fn at(p: usize) -> Listbox {
    Listbox {
        open: true,
        active: Some(p),
    }
}

#[test]
fn arrows_open_the_list_and_wrap_around() {
    assert_eq!(CLOSED.key("ArrowDown", 3), (at(0), KeyAction::Handled));
    assert_eq!(CLOSED.key("ArrowUp", 3), (at(2), KeyAction::Handled));
    assert_eq!(at(2).key("ArrowDown", 3), (at(0), KeyAction::Handled));
    assert_eq!(at(0).key("ArrowUp", 3), (at(2), KeyAction::Handled));
    assert_eq!(at(1).key("ArrowDown", 3), (at(2), KeyAction::Handled));
}

#[test]
fn arrows_with_no_matches_are_left_to_the_browser() {
    assert_eq!(CLOSED.key("ArrowDown", 0), (CLOSED, KeyAction::Ignore));
    assert_eq!(CLOSED.key("ArrowUp", 0), (CLOSED, KeyAction::Ignore));
}

#[test]
fn enter_chooses_the_active_match_or_the_first() {
    assert_eq!(at(2).key("Enter", 3), (CLOSED, KeyAction::Choose(2)));
    assert_eq!(CLOSED.key("Enter", 3), (CLOSED, KeyAction::Choose(0)));
    assert_eq!(CLOSED.key("Enter", 0), (CLOSED, KeyAction::Ignore));
    // An active position left over from a longer list is not chosen.
    assert_eq!(at(5).key("Enter", 2), (at(5), KeyAction::Ignore));
}

#[test]
fn escape_closes_an_open_list_then_clears_the_box() {
    assert_eq!(at(1).key("Escape", 3), (CLOSED, KeyAction::Ignore));
    assert_eq!(CLOSED.key("Escape", 3), (CLOSED, KeyAction::Clear));
}

#[test]
fn other_keys_change_nothing() {
    for key in ["a", "Tab", "Home", "ArrowLeft", " "] {
        assert_eq!(at(1).key(key, 3), (at(1), KeyAction::Ignore), "{key}");
    }
}
