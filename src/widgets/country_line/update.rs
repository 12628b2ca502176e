//! Puts the followed state's line in the step's slot, or empties it.

use crate::browser::dom::find_optional;
use crate::data;
use crate::widgets::country_line::write::{country_line, SLOT};
use web_sys::Element;

/// The line for member `followed` on step `index`, in `article`'s slot.
pub fn set_line(article: &Element, index: usize, followed: Option<usize>) {
    if let Some(slot) = find_optional(article, SLOT.selector) {
        let step = &data::steps()[index];
        match followed {
            Some(i) => slot.set_inner_html(country_line(step, i).as_str()),
            // Written only when there is a line to take out: a new step's
            // slot is empty already.
            None if slot.first_child().is_some() => slot.set_inner_html(""),
            None => {}
        }
    }
}
