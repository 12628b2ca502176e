//! The key to the map and the grid as text: each category with its swatch,
//! its glyph and how many states are in it.

use crate::model::{Choice, Tally};
use std::fmt::Write;

/// The `<li>` items of a legend; `with_non_members` adds the neutral fill
/// of places that are not member states (the map has them, the grid not).
pub fn legend_items(tally: Tally, with_non_members: bool) -> String {
    let mut out = String::new();
    for c in Choice::ALL {
        let _ = write!(
            out,
            "<li data-choice=\"{0}\"><span class=\"key key-{0}\" aria-hidden=\"true\"><span class=\"key-glyph\">{1}</span></span>{2} <strong class=\"legend-count\">{3}</strong></li>",
            c.slug(),
            c.glyph(),
            c.label(),
            tally.get(c)
        );
    }
    if with_non_members {
        out.push_str("<li data-choice=\"non-member\"><span class=\"key key-non-member\" aria-hidden=\"true\"></span>Not a member state (observer, territory or disputed)</li>");
    }
    out
}
