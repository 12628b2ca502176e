//! The marks of the map and the tile grid, one per member state: written
//! here as text (a map state's `<g>` opening tag, a grid tile), and brought
//! from one paint to the next in place by `repaint`, which writes only
//! what differs: a vote switch touches the states whose vote changed, a
//! cursor move two (the map's spoken labels follow in a second pass,
//! `relabel`, after the paint). Writer and repainter share the names
//! below, so the one cannot change what the other looks for.

use crate::html::names::{Attr, Class};
use crate::html::Html;
use crate::model::state_paint::{state_label, Paint};
use crate::model::Member;
use crate::{named, write_html};

/// A member state's index (in data order) on its mark, a table row's
/// button or a search result: what a click on it selects.
pub const INDEX: Attr = named!("[" "data-index" "]");
/// A mark's (or row's) member state, by its ISO3 code.
pub const ISO3: Attr = named!("[" "data-iso3" "]");
pub use crate::html::page::OWN_KEYS;
/// The map's marks and the grid's.
pub const STATE: Class = named!("." "state");
pub const TILE: Class = named!("." "tile");
/// A mark's id is its prefix and the state's ISO3 code (the listbox's
/// `aria-activedescendant` names it).
pub const STATE_ID: &str = "map-";
pub const TILE_ID: &str = "tile-";

/// The selector of member `iso3`'s tile.
pub fn tile_selector(iso3: &str) -> String {
    format!("#{TILE_ID}{iso3}")
}
/// The classes of a highlighted mark and of the one under the keyboard's
/// cursor (repainted in place by update.rs).
pub const HIGHLIGHTED: Class = named!("." "highlighted");
pub const FOCUSED: Class = named!("." "focused");

/// A mark's `class` value: `base`, plus `highlighted` and `focused`.
pub fn mark_class(paint: &Paint, base: Class) -> String {
    let mut class = String::from(base.name);
    for (on, name) in [(paint.highlighted, HIGHLIGHTED), (paint.focused, FOCUSED)] {
        if on {
            class.push(' ');
            class.push_str(name.name);
        }
    }
    class
}

/// Opens a map state's `<g>` with its paint; `interactive`, it is also an
/// option of the map's listbox, with its name.
pub fn open_state(out: &mut Html, i: usize, member: &Member, paint: &Paint, interactive: bool) {
    write_html!(
        out,
        "<g class=\"{class}\" {iso3_attr}=\"{iso3}\" data-vote=\"{vote}\"",
        class = mark_class(paint, STATE),
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
            label = state_label(crate::data::member_name(i), paint.label())
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
        class = mark_class(paint, TILE),
        id = TILE_ID,
        iso3 = member.iso3,
        index = INDEX,
        i,
        vote = paint.choice.slug(),
        selected = paint.selected,
        glyph_class = TILE_GLYPH,
        glyph = paint.glyph(),
        name_class = HIDDEN_NAME,
        label = state_label(crate::data::member_name(i), paint.label())
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
