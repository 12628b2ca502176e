//! Brings the marks already on the page (the map's states, the grid's
//! tiles) from one list of paints to the next, writing only what differs:
//! a vote switch touches the states whose vote changed, a cursor move two.

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
        if (old.choice, old.signatures) != (new.choice, new.signatures) {
            let _ = el.set_attribute("data-vote", new.choice.slug());
            let label = state_label(data::members()[i].name, new.label());
            match text {
                MarkText::Label => {
                    let _ = el.set_attribute("aria-label", &label);
                }
                MarkText::GlyphAndName => {
                    set_text(&el, ".tile-glyph", new.glyph());
                    set_text(&el, ".visually-hidden", &label);
                }
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

/// The member index of the mark under an event's target, if any.
pub fn member_under(ev: &web_sys::Event) -> Option<usize> {
    index_attr(ev, "data-index")
}
