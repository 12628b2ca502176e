//! Moves a tally drawn as text (markup/tally.rs, markup/legend.rs) to
//! another vote's numbers without redrawing it: a vote switch then changes
//! a few attributes and numbers instead of building new elements.

use super::dom::find;
use crate::model::decimal::decimal;
use crate::model::{Choice, Vote};

/// The bar's segments and the counts beside it, inside `root`.
pub fn set_tally_bar(root: &web_sys::Element, vote: &Vote) {
    let t = &vote.tally();
    for c in Choice::ALL {
        if let Some(rect) = find(root, &format!(".tally-bar .fill-{}", c.slug())) {
            let _ = rect.set_attribute("x", &decimal(t.bar_start(c), 3));
            let _ = rect.set_attribute("width", &decimal(t.percent(c), 3));
        }
    }
    set_counts(root, ".tally-legend", vote);
}

/// The counts of a list of `li[data-choice]` items with a `.legend-count`,
/// and their words and glyphs, which differ between a vote and a signature
/// record (whose unused slot is hidden).
pub fn set_counts(root: &web_sys::Element, list: &str, vote: &Vote) {
    let t = vote.tally();
    for c in Choice::ALL {
        let item = format!("{list} [data-choice={}]", c.slug());
        let Some(li) = find(root, &item) else {
            continue;
        };
        let _ = li.toggle_attribute_with_force("hidden", !vote.slots().contains(&c));
        for (part, text) in [
            (".legend-count", t.get(c).to_string()),
            (".legend-label", vote.label(c).to_string()),
            (".key-glyph, .swatch", vote.glyph(c).to_string()),
        ] {
            if let Some(el) = find(&li, part) {
                if el.text_content().as_deref() != Some(text.as_str()) {
                    el.set_text_content(Some(&text));
                }
            }
        }
    }
}
