//! Moves a tally drawn as text (markup/tally.rs, markup/legend.rs) to
//! another vote's numbers without redrawing it: a vote switch then changes
//! a few attributes and numbers instead of building new elements.

use super::dom::find;
use crate::model::decimal::decimal;
use crate::model::{Choice, Tally};

/// The bar's segments and the counts beside it, inside `root`.
pub fn set_tally_bar(root: &web_sys::Element, t: &Tally) {
    for c in Choice::ALL {
        if let Some(rect) = find(root, &format!(".tally-bar .fill-{}", c.slug())) {
            let _ = rect.set_attribute("x", &decimal(t.bar_start(c), 3));
            let _ = rect.set_attribute("width", &decimal(t.percent(c), 3));
        }
    }
    set_counts(root, ".tally-legend", t);
}

/// The counts of a list of `li[data-choice]` items with a `.legend-count`.
pub fn set_counts(root: &web_sys::Element, list: &str, t: &Tally) {
    for c in Choice::ALL {
        let selector = format!("{list} [data-choice={}] .legend-count", c.slug());
        if let Some(count) = find(root, &selector) {
            count.set_text_content(Some(&t.get(c).to_string()));
        }
    }
}
