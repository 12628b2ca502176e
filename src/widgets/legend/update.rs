//! Keeps the legend's counts (write.rs) current in place.

use super::write::{item_selector, AS_OF, COUNT, KEY_GLYPH, LABEL, SWATCH};
use crate::browser::dom::{find, find_optional};
use crate::html::names::Class;
use crate::model::{Choice, Vote};

/// Moves the `category_item`s of the list `list` inside `root` to `vote`:
/// their counts, and their words and glyphs, which differ between a vote
/// and a signature record.
pub fn set_counts(root: &web_sys::Element, list: Class, vote: &Vote) {
    let t = vote.tally();
    let Some(list) = find(root, list.selector) else {
        return;
    };
    for c in Choice::ALL {
        let Some(li) = find(&list, item_selector(c)) else {
            continue;
        };
        // A key's patch holds its glyph; a tally's swatch is one.
        let glyph = find_optional(&li, KEY_GLYPH.selector).or_else(|| find(&li, SWATCH.selector));
        for (el, text) in [
            (find(&li, COUNT.selector), t.get(c).to_string()),
            (find(&li, LABEL.selector), vote.label(c).to_string()),
            (find_optional(&li, AS_OF.selector), vote.as_of_words(c)),
            (glyph, vote.glyph(c).to_string()),
        ] {
            if let Some(el) = el {
                if el.text_content().as_deref() != Some(text.as_str()) {
                    el.set_text_content(Some(&text));
                }
            }
        }
    }
}
