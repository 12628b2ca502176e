//! The equal-tile grid as text: one tile per member state, grouped by
//! regional group, each with `data-iso3`, `data-vote`, its code, a glyph
//! for its vote and its name and vote for screen readers.

use crate::data;
use crate::html::names::Class;
use crate::html::Html;
use crate::model::state_paint::Paint;
use crate::model::{RegionalGroup, Vote};
use crate::widgets::legend::write::{legend_items, LEGEND};
use crate::widgets::marks::tooltip::SLOT;
use crate::widgets::marks::write::{self as marks, OWN_KEYS};
use crate::{format_html, named, write_html};

/// The figure, its frame, and the focusable listbox of tiles inside it.
pub const FIGURE: Class = named!("." "tile-grid");
pub const FRAME: Class = named!("." "grid-frame");
pub const FOCUS: Class = named!("." "grid-focus");

/// Member indexes in the grid's order: by regional group, then UN order.
pub fn display_order() -> Vec<usize> {
    let members = data::members();
    RegionalGroup::ALL
        .into_iter()
        .flat_map(|g| (0..members.len()).filter(move |&i| members[i].group == g))
        .collect()
}

/// The inside of the grid's `<figure>`: the focusable grid (one tab stop, a
/// listbox of the tiles), a slot for the tooltip and the legend.
pub fn grid_figure(paints: &[Paint], vote: &Vote) -> Html {
    format_html!(
        concat!(
            "<div class=\"{frame}\"><div class=\"{focus}\" tabindex=\"0\" role=\"listbox\" {own_keys}=\"\" ",
            "aria-label=\"", ui!(tile_grid grid_label), "\">{tiles}</div>",
            "<div class=\"{slot}\"></div></div><figcaption><ul class=\"{legend_class}\">{legend}</ul></figcaption>",
        ),
        frame = FRAME,
        focus = FOCUS,
        own_keys = OWN_KEYS,
        tiles = tile_groups(paints),
        slot = SLOT,
        legend_class = LEGEND,
        legend = legend_items(vote, false)
    )
}

/// The groups and their tiles, each tile drawn with its paint.
pub fn tile_groups(paints: &[Paint]) -> Html {
    let members = data::members();
    let mut out = Html::new();
    for group in RegionalGroup::ALL {
        write_html!(
            out,
            "<div class=\"tile-group\" role=\"group\" aria-label=\"{name}\"><h3 class=\"tile-group-name\" aria-hidden=\"true\">{name}</h3><div class=\"tiles\">",
            name = group.label()
        );
        for (i, member) in members.iter().enumerate().filter(|(_, m)| m.group == group) {
            marks::tile(&mut out, i, member, &paints[i]);
        }
        write_html!(out, "</div></div>");
    }
    out
}
