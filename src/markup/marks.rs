//! The marks of the map and the tile grid, one per member state: written
//! here as text (a map state's `<g>` opening tag, a grid tile), and brought
//! from one paint to the next in place by `repaint`, which writes only
//! what differs: a vote switch touches the states whose vote changed, a
//! cursor move two (the map's spoken labels follow in a second pass,
//! `relabel`, after the paint). Writer and repainter share the names
//! below, so the one cannot change what the other looks for.

use super::names::{Attr, Class};
use super::Html;
use crate::browser::dom::{index_attr, set_text};
use crate::model::state_paint::{changes, state_label, Paint, FOCUSED, HIGHLIGHTED};
use crate::model::Member;
use crate::{data, named, write_html};
use wasm_bindgen::JsCast;

/// A member state's index (in data order) on its mark, a table row's
/// button or a search result: what a click on it selects.
pub const INDEX: Attr = named!("[" "data-index" "]");
/// A mark's (or row's) member state, by its ISO3 code.
pub const ISO3: Attr = named!("[" "data-iso3" "]");
/// A widget that takes the arrow keys itself (the map, the grid): the
/// page's own keys leave it alone.
pub const OWN_KEYS: Attr = named!("[" "data-own-keys" "]");
/// The map's marks and the grid's.
pub const STATE: Class = named!("." "state");
pub const TILE: Class = named!("." "tile");
/// A mark's id is its prefix and the state's ISO3 code (the listbox's
/// `aria-activedescendant` names it).
pub const STATE_ID: &str = "map-";
pub const TILE_ID: &str = "tile-";
/// Opens a map state's `<g>` with its paint; `interactive`, it is also an
/// option of the map's listbox, with its name.
pub fn open_state(out: &mut Html, i: usize, member: &Member, paint: &Paint, interactive: bool) {
    write_html!(
        out,
        "<g class=\"{class}\" {iso3_attr}=\"{iso3}\" data-vote=\"{vote}\"",
        class = paint.class_attr(STATE.name),
        iso3_attr = ISO3,
        iso3 = member.iso3,
        vote = paint.choice.slug(),
    );
    if let Some(shift) = paint.shift {
        write_html!(out, " data-shift=\"{shift}\"", shift = shift.slug());
    }
    if interactive {
        write_html!(
            out,
            " id=\"{id}{iso3}\" role=\"option\" {index}=\"{i}\" aria-selected=\"{selected}\" aria-label=\"{label}\"",
            id = STATE_ID,
            iso3 = member.iso3,
            index = INDEX,
            i,
            selected = paint.selected,
            label = state_label(member.name, paint.label())
        );
    }
    write_html!(out, ">");
}

/// A tile's glyph and its visually hidden name.
pub const TILE_GLYPH: Class = named!("." "tile-glyph");
pub const HIDDEN_NAME: Class = named!("." "visually-hidden");

/// A grid tile with its paint.
pub fn tile(out: &mut Html, i: usize, member: &Member, paint: &Paint) {
    write_html!(
        out,
        concat!(
            "<div class=\"{class}\" id=\"{id}{iso3}\" role=\"option\" {index}=\"{i}\" data-iso3=\"{iso3}\" ",
            "data-vote=\"{vote}\" aria-selected=\"{selected}\"><span class=\"tile-code\" aria-hidden=\"true\">{iso3}</span>",
            "<span class=\"{glyph_class}\" aria-hidden=\"true\">{glyph}</span><span class=\"{name_class}\">{label}</span></div>",
        ),
        class = paint.class_attr(TILE.name),
        id = TILE_ID,
        iso3 = member.iso3,
        index = INDEX,
        i,
        vote = paint.choice.slug(),
        selected = paint.selected,
        glyph_class = TILE_GLYPH,
        glyph = paint.glyph(),
        name_class = HIDDEN_NAME,
        label = state_label(member.name, paint.label())
    );
}

/// How a mark shows its vote besides `data-vote`.
#[derive(Clone, Copy)]
pub enum MarkText {
    /// An `aria-label` (the map's states).
    Label,
    /// A glyph and a visually hidden name (the grid's tiles).
    GlyphAndName,
}

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
                let label = state_label(data::members()[i].name, new.label());
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
            let _ = classes.toggle_with_force(HIGHLIGHTED, new.highlighted);
        }
        if old.focused != new.focused {
            let _ = classes.toggle_with_force(FOCUSED, new.focused);
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
                &state_label(data::members()[i].name, new.label()),
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
