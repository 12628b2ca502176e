//! A `<select>`'s options as text. Selects that follow the state set their
//! value as a property after these are in place.

use crate::html::Html;
use crate::write_html;

/// `<option>`s from (value, label) pairs.
pub fn options<'a>(items: impl IntoIterator<Item = (&'a str, String)>) -> Html {
    let mut out = Html::new();
    for (value, label) in items {
        write_html!(
            out,
            "<option value=\"{value}\">{label}</option>",
            value,
            label
        );
    }
    out
}
