//! The equal-tile grid as text: one tile per member state, grouped by
//! regional group, each with `data-iso3`, `data-vote`, its code, a glyph
//! for its vote and its name and vote for screen readers.

use super::esc;
use super::legend::legend_items;
use crate::data;
use crate::model::state_paint::{state_label, Paint};
use crate::model::{RegionalGroup, Vote};
use std::fmt::Write;

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
pub fn grid_figure(paints: &[Paint], vote: &Vote) -> String {
    format!(
        "<div class=\"grid-frame\"><div class=\"grid-focus\" tabindex=\"0\" role=\"listbox\" data-own-keys=\"\" aria-label=\"Every member state as an equal tile, grouped by regional group. Arrow keys move between states, Enter selects, Escape clears.\">{}</div><div class=\"tooltip-slot\"></div></div><figcaption><ul class=\"legend\">{}</ul></figcaption>",
        tile_groups(paints),
        legend_items(vote, false)
    )
}

/// The groups and their tiles, each tile drawn with its paint.
pub fn tile_groups(paints: &[Paint]) -> String {
    let members = data::members();
    let mut out = String::new();
    for group in RegionalGroup::ALL {
        let _ = write!(
            out,
            "<div class=\"tile-group\" role=\"group\" aria-label=\"{0}\"><h3 class=\"tile-group-name\" aria-hidden=\"true\">{0}</h3><div class=\"tiles\">",
            esc(group.label())
        );
        for (i, member) in members.iter().enumerate().filter(|(_, m)| m.group == group) {
            let paint = &paints[i];
            let _ = write!(
                out,
                "<div class=\"{class}\" id=\"tile-{iso3}\" role=\"option\" data-index=\"{i}\" data-iso3=\"{iso3}\" data-vote=\"{vote}\" aria-selected=\"{selected}\"><span class=\"tile-code\" aria-hidden=\"true\">{iso3}</span><span class=\"tile-glyph\" aria-hidden=\"true\">{glyph}</span><span class=\"visually-hidden\">{label}</span></div>",
                class = paint.class_attr("tile"),
                iso3 = member.iso3,
                vote = paint.choice.slug(),
                selected = paint.selected,
                glyph = paint.glyph(),
                label = esc(&state_label(member.name, paint.label()))
            );
        }
        out.push_str("</div></div>");
    }
    out
}
