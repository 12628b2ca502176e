//! Brings the marks (write.rs) from one paint to the next in place.

use super::write::{FOCUSED, HIGHLIGHTED};
use super::write::{HIDDEN_NAME, INDEX, TILE_GLYPH};
use crate::browser::dom::{index_attr, set_text};
use crate::data;
use crate::model::state_paint::{changes, state_label, Paint};
use wasm_bindgen::JsCast;

pub use super::write::MarkText;

/// The marks are the elements matching `selector` inside `root`, in page
/// order; `position_of[i]` is where member `i` sits among them.
pub fn repaint(
    root: &web_sys::Element,
    selector: &str,
    position_of: &[usize],
    text: MarkText,
    previous: &[Paint],
    next: &[Paint],
) {
    for (i, old, new, el) in changed_marks(root, selector, position_of, previous, next) {
        if relabelled(old, new) {
            let _ = el.set_attribute("data-vote", new.choice.slug());
            // A shape's label is heard, not seen: `relabel` writes it after
            // the paint. A tile's glyph is seen.
            if let MarkText::GlyphAndName = text {
                let label = state_label(data::member_name(i), new.label());
                set_text(&el, TILE_GLYPH.selector, new.glyph());
                set_text(&el, HIDDEN_NAME.selector, &label);
            }
        }
        if old.shift != new.shift {
            let _ = match new.shift {
                Some(s) => el.set_attribute("data-shift", s.slug()),
                None => el.remove_attribute("data-shift"),
            };
        }
        let classes = el.class_list();
        if old.highlighted != new.highlighted {
            let _ = classes.toggle_with_force(HIGHLIGHTED.name, new.highlighted);
        }
        if old.focused != new.focused {
            let _ = classes.toggle_with_force(FOCUSED.name, new.focused);
        }
        if old.selected != new.selected {
            let _ = el.set_attribute("aria-selected", if new.selected { "true" } else { "false" });
        }
    }
}

/// Whether a mark's words change from `old` to `new`.
fn relabelled(old: &Paint, new: &Paint) -> bool {
    (old.choice, old.signatures) != (new.choice, new.signatures)
}

/// Whether going from `previous` to `next` changes any mark's words.
pub fn any_relabelled(previous: &[Paint], next: &[Paint]) -> bool {
    changes(previous, next).any(|(_, old, new)| relabelled(old, new))
}

/// The `aria-label`s of the marks (`MarkText::Label`) whose vote changed
/// from `previous` to `next`; the rest as `repaint`.
pub fn relabel(
    root: &web_sys::Element,
    selector: &str,
    position_of: &[usize],
    previous: &[Paint],
    next: &[Paint],
) {
    for (i, old, new, el) in changed_marks(root, selector, position_of, previous, next) {
        if relabelled(old, new) {
            let _ = el.set_attribute(
                "aria-label",
                &state_label(data::member_name(i), new.label()),
            );
        }
    }
}

/// The marks (elements matching `selector` in `root`, member `i` at
/// `position_of[i]`) whose paint differs from `previous` to `next`, with
/// their member index and both paints.
fn changed_marks<'a>(
    root: &web_sys::Element,
    selector: &str,
    position_of: &'a [usize],
    previous: &'a [Paint],
    next: &'a [Paint],
) -> impl Iterator<Item = (usize, &'a Paint, &'a Paint, web_sys::Element)> + 'a {
    let marks = root.query_selector_all(selector).ok();
    changes(previous, next).filter_map(move |(i, old, new)| {
        let el = marks
            .as_ref()?
            .item(position_of[i] as u32)?
            .dyn_into::<web_sys::Element>()
            .ok()?;
        Some((i, old, new, el))
    })
}

/// The member index of the mark (or row, or search result) under an
/// event's target, if any.
pub fn member_under(ev: &web_sys::Event) -> Option<usize> {
    index_attr(ev, INDEX)
}
