//! The world map's SVG as text: drawn once per map, then only repainted
//! (see model::state_paint). Every member state is one `g.state` with
//! `data-iso3`, `data-vote` and an accessible name; places that are not
//! member states are `g.other-place`, never coloured by a vote.

use super::esc;
use crate::data;
use crate::generated::map::{MEMBER_SHAPES, OTHER_PLACES, VIEW_BOX};
use crate::model::decimal::decimal;
use crate::model::state_paint::{state_label, Paint};
use std::fmt::Write;

/// Radius of a small state's visible marker and of its invisible hit area,
/// in view-box units (about CSS pixels when the map is 1000 px wide).
const MARKER_RADIUS: &str = "4.5";
const HIT_RADIUS: &str = "13";

/// Hatching for abstentions and absences: a second cue beside the colour.
const PATTERNS: &str = "<defs><pattern id=\"hatch-abstain\" patternUnits=\"userSpaceOnUse\" width=\"4\" height=\"4\" patternTransform=\"rotate(45)\"><rect class=\"hatch-ground-abstain\" width=\"4\" height=\"4\"></rect><line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\"></line></pattern><pattern id=\"hatch-absent\" patternUnits=\"userSpaceOnUse\" width=\"4\" height=\"4\" patternTransform=\"rotate(-45)\"><rect class=\"hatch-ground-absent\" width=\"4\" height=\"4\"></rect><line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\"></line></pattern></defs>";

/// The inside of the map's `<figure>`: the focusable map (one tab stop,
/// a listbox of the states), a slot for the tooltip, and the caption with a
/// line for comparisons and the legend, filled in by the view.
pub fn map_figure(paints: &[Paint]) -> String {
    format!(
        "<div class=\"map-frame\"><div class=\"map-focus\" tabindex=\"0\" role=\"listbox\" data-own-keys=\"\"><svg viewBox=\"0 0 {} {}\" role=\"presentation\">{}</svg></div><div class=\"tooltip-slot\"></div></div><figcaption><p class=\"compare-key\" hidden></p><ul class=\"legend\"></ul><p class=\"map-note\">Equal Earth projection, Natural Earth 1:50m. Circles mark member states too small to see, squares observer states too small to see. Highlighted states have a heavy outline.</p></figcaption>",
        decimal(VIEW_BOX.0, 1),
        decimal(VIEW_BOX.1, 1),
        map_body(paints)
    )
}

/// What goes inside the `<svg>`: every place, each member state drawn with its paint.
pub fn map_body(paints: &[Paint]) -> String {
    let mut out = format!("{PATTERNS}<g class=\"others\">");
    for (i, place) in OTHER_PLACES.iter().enumerate() {
        let _ = write!(out, "<g class=\"other-place\" data-other=\"{i}\">");
        path(&mut out, place.d);
        if place.marker {
            let _ = write!(
                out,
                "<rect class=\"marker\" x=\"{}\" y=\"{}\" width=\"7\" height=\"7\" transform=\"translate(-3.5 -3.5)\"></rect>",
                decimal(place.centre.0, 1),
                decimal(place.centre.1, 1)
            );
        }
        out.push_str("</g>");
    }
    out.push_str("</g><g class=\"members\">");
    for ((i, shape), paint) in MEMBER_SHAPES.iter().enumerate().zip(paints) {
        let member = &data::members()[i];
        let _ = write!(
            out,
            "<g class=\"{}\" id=\"map-{}\" role=\"option\" data-index=\"{i}\" data-iso3=\"{}\" data-vote=\"{}\"{} aria-selected=\"{}\" aria-label=\"{}\">",
            paint.class_attr("state"),
            member.iso3,
            member.iso3,
            paint.choice.slug(),
            paint
                .shift
                .map(|s| format!(" data-shift=\"{}\"", s.slug()))
                .unwrap_or_default(),
            paint.selected,
            esc(&state_label(member.name, paint.choice))
        );
        path(&mut out, shape.d);
        if shape.marker {
            let (cx, cy) = (decimal(shape.centre.0, 1), decimal(shape.centre.1, 1));
            let _ = write!(
                out,
                "<circle class=\"hit\" cx=\"{cx}\" cy=\"{cy}\" r=\"{HIT_RADIUS}\"></circle><circle class=\"marker\" cx=\"{cx}\" cy=\"{cy}\" r=\"{MARKER_RADIUS}\"></circle>"
            );
        }
        out.push_str("</g>");
    }
    out.push_str("</g>");
    out
}

fn path(out: &mut String, d: &str) {
    if !d.is_empty() {
        let _ = write!(out, "<path d=\"{d}\"></path>");
    }
}
