//! A `<select>`'s options as text. Selects that follow the state set their
//! value as a property after these are in place.

use super::esc;
use std::fmt::Write;

/// `<option>`s from (value, label) pairs.
pub fn options<'a>(items: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let mut out = String::new();
    for (value, label) in items {
        let _ = write!(
            out,
            "<option value=\"{}\">{}</option>",
            esc(value),
            esc(&label)
        );
    }
    out
}
