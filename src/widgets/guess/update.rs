//! Puts the step's guess in its slot, and marks a guess.

use crate::browser::dom::{all, find_optional};
use crate::data;
use crate::model::Choice;
use crate::widgets::guess::write::{guess_html, question, verdict, CHOICE, RESULT, SLOT};
use web_sys::Element;

/// The guess for step `index` in `article`'s slot, when `asking`.
pub fn set_guess(article: &Element, index: usize, asking: bool) {
    let Some(slot) = find_optional(article, SLOT.selector) else {
        return;
    };
    match question(&data::steps()[index]).filter(|_| asking) {
        Some((i, vote)) => slot.set_inner_html(guess_html(i, vote).as_str()),
        None if slot.first_child().is_some() => slot.set_inner_html(""),
        None => {}
    }
}

/// Marks the guess `button` carries on step `index`; whether it was the
/// step's first. The buttons stay focusable (a disabled one would drop the
/// keyboard's focus), but a second guess changes nothing.
pub fn mark(article: &Element, index: usize, button: &Element) -> bool {
    let guess = button
        .get_attribute(CHOICE.name)
        .and_then(|s| Choice::from_slug(&s));
    let (Some(guess), Some((i, vote))) = (guess, question(&data::steps()[index])) else {
        return false;
    };
    let buttons = all(article, CHOICE.selector);
    if buttons.iter().any(|b| b.has_attribute("aria-pressed")) {
        return false;
    }
    for b in buttons {
        let _ = b.set_attribute("aria-pressed", if b == *button { "true" } else { "false" });
        let _ = b.set_attribute("aria-disabled", "true");
    }
    if let Some(line) = find_optional(article, RESULT.selector) {
        line.set_text_content(Some(&verdict(i, vote, guess)));
        let _ = line.set_attribute(
            "data-right",
            if guess == vote.choice(i) {
                "true"
            } else {
                "false"
            },
        );
    }
    true
}
