//! Brings the marks already on the page (the map's states, the grid's
//! tiles) from one list of paints to the next, writing only what differs:
//! a vote switch touches the states whose vote changed, a cursor move two.
//! The map's spoken labels follow in a second pass, after the paint.

use super::dom::{index_attr, set_text};
use crate::data;
use crate::model::state_paint::{changes, state_label, Paint};
use wasm_bindgen::JsCast;

/// How a mark shows its vote besides `data-vote`.
#[derive(Clone, Copy)]
pub enum MarkText {
    /// An `aria-label` (the map's shapes).
    Label,
    /// A glyph and a visually hidden name (the grid's tiles).
    GlyphAndName,
}

/// `marks` are the elements matching `selector` inside `root`, in page order;
/// `position_of[i]` is where member `i` sits among them.
pub fn repaint(
    root: &web_sys::Element,
    selector: &str,
    position_of: &[usize],
    text: MarkText,
    previous: &[Paint],
    next: &[Paint],
) {
    let Ok(marks) = root.query_selector_all(selector) else {
        return;
    };
    for (i, old, new) in changes(previous, next) {
        let Some(el) = marks
            .item(position_of[i] as u32)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if relabelled(old, new) {
            let _ = el.set_attribute("data-vote", new.choice.slug());
            // A shape's label is heard, not seen: `relabel` writes it after
            // the paint. A tile's glyph is seen.
            if let MarkText::GlyphAndName = text {
                let label = state_label(data::members()[i].name, new.label());
                set_text(&el, ".tile-glyph", new.glyph());
                set_text(&el, ".visually-hidden", &label);
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
            let _ = classes.toggle_with_force("highlighted", new.highlighted);
        }
        if old.focused != new.focused {
            let _ = classes.toggle_with_force("focused", new.focused);
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
    let Ok(marks) = root.query_selector_all(selector) else {
        return;
    };
    for (i, _, new) in changes(previous, next).filter(|(_, o, n)| relabelled(o, n)) {
        if let Some(el) = marks
            .item(position_of[i] as u32)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.set_attribute(
                "aria-label",
                &state_label(data::members()[i].name, new.label()),
            );
        }
    }
}

/// The member index of the mark under an event's target, if any.
pub fn member_under(ev: &web_sys::Event) -> Option<usize> {
    index_attr(ev, "data-index")
}
