//! The world map's SVG as text: drawn once per map, then only repainted
//! (see model::state_paint). Every member state is one `g.state` with
//! `data-iso3`, `data-vote` and an accessible name; places that are not
//! member states are `g.other-place`, never coloured by a vote.

use super::{esc, Target};
use crate::data;
use crate::generated::map::{MEMBER_SHAPES, OTHER_PLACES, PATH_UNITS, VIEW_BOX};
use crate::model::decimal::decimal;
use crate::model::focus::Frame;
use crate::model::map_shapes::{path_point, path_view_box};
use crate::model::state_paint::{state_label, Paint};
use std::fmt::Write;

/// Radius of a small state's visible marker and of its invisible hit area,
/// in path units: 6 and 19 view-box units, so the hit area is 24 px across
/// on the stage's map at desktop width (about 640 px wide).
const MARKER_RADIUS: f32 = 12.0;
const HIT_RADIUS: f32 = 38.0;
/// The side of an observer's square marker.
const SQUARE: f32 = 14.0;

/// Hatching for abstentions and absences: a second cue beside the colour.
/// A tile of 8 path units, 4 view-box units.
const PATTERNS: &str = "<defs><pattern id=\"hatch-abstain\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\"><rect class=\"hatch-ground-abstain\" width=\"8\" height=\"8\"></rect><line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\"></line></pattern><pattern id=\"hatch-absent\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(-45)\"><rect class=\"hatch-ground-absent\" width=\"8\" height=\"8\"></rect><line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\"></line></pattern></defs>";

/// The map's outlines as SVG path data: one per member state (in data
/// order) and one per other place, empty for a place drawn only as a marker.
#[derive(Clone, Debug, Default)]
pub struct Outlines {
    pub members: Vec<String>,
    pub others: Vec<String>,
}

impl Outlines {
    /// As compiled in, for the build-time page writer and native tests. The
    /// app never calls it: it reads them back from the page it starts on
    /// (browser/outlines.rs), so its wasm does not carry them a second time.
    pub fn compiled() -> Outlines {
        use crate::generated::map::{MEMBER_PATHS, OTHER_PATHS};
        Outlines {
            members: MEMBER_PATHS.iter().map(|d| d.to_string()).collect(),
            others: OTHER_PATHS.iter().map(|d| d.to_string()).collect(),
        }
    }

    pub fn member(&self, i: usize) -> &str {
        self.members.get(i).map_or("", String::as_str)
    }

    pub fn other(&self, i: usize) -> &str {
        self.others.get(i).map_or("", String::as_str)
    }
}

/// The inside of the map's `<figure>`: the focusable map (one tab stop,
/// a listbox of the states) zoomed to `frame`, a layer of direct labels
/// over it (outside the listbox, so it stays a list of states), a slot for
/// the tooltip, and the caption with the legend (`legend`, its items).
///
/// The static pages' copy (`Target::StaticPage`) is a picture, not a
/// widget: one image with a name, no focus stop, no per-state names or hit
/// areas (the vote's table follows it), which keeps the page light.
pub fn map_figure(
    paints: &[Paint],
    legend: &str,
    frame: Frame,
    labels: &str,
    outlines: &Outlines,
    target: Target,
) -> String {
    let view_box = path_view_box(VIEW_BOX, PATH_UNITS);
    let zoom = frame.transform(PATH_UNITS);
    let interactive = target != Target::StaticPage;
    let (focus, svg_role) = if interactive {
        (
            " tabindex=\"0\" role=\"listbox\" data-own-keys=\"\"",
            "role=\"presentation\"",
        )
    } else {
        (
            "",
            "role=\"img\" aria-label=\"World map: each member state coloured by its vote, as listed in the table below\"",
        )
    };
    format!(
        "<div class=\"map-frame\"><div class=\"map-focus\"{focus}><svg viewBox=\"{view_box}\" {svg_role}><g class=\"zoom\" transform=\"{zoom}\">{}</g></svg></div><svg class=\"label-layer\" viewBox=\"{view_box}\" aria-label=\"Labels on the map\"><g class=\"zoom\" transform=\"{zoom}\">{labels}</g></svg><div class=\"tooltip-slot\"></div><div class=\"tap-slot\"></div></div><figcaption><ul class=\"legend\">{legend}</ul></figcaption>",
        map_body(paints, frame.scale, outlines, interactive),
    )
}

/// The note on the map's projection and markers.
pub const MAP_NOTE: &str = "<p class=\"map-note\">Equal Earth projection, Natural Earth 1:50m. Circles mark member states too small to see, squares observer states too small to see. Highlighted states have a heavy outline and a label.</p>";

/// Markers keep their size on screen whatever the zoom: their sizes in
/// path units at `scale`, as (marker radius, hit radius, square side).
pub fn marker_sizes(scale: f32) -> (String, String, String) {
    (
        decimal(MARKER_RADIUS / scale, 2),
        decimal(HIT_RADIUS / scale, 2),
        decimal(SQUARE / scale, 2),
    )
}

/// The order the member states are drawn in: outlines first, then the
/// states drawn as markers, so that no outline covers a marker (Andorra's
/// and San Marino's lie over Spain's and Italy's). Data order otherwise.
pub fn draw_order() -> Vec<usize> {
    let (markers, outlines): (Vec<usize>, Vec<usize>) =
        (0..MEMBER_SHAPES.len()).partition(|&i| MEMBER_SHAPES[i].marker);
    outlines.into_iter().chain(markers).collect()
}

/// What goes inside the `<svg>`: every place, each member state drawn with
/// its paint, all in path units; `interactive`, each state is also an
/// option of the listbox with its name and a hit area.
pub fn map_body(paints: &[Paint], scale: f32, outlines: &Outlines, interactive: bool) -> String {
    let (marker, hit, square) = marker_sizes(scale);
    let mut out = format!("{PATTERNS}<g class=\"others\">");
    for (i, place) in OTHER_PLACES.iter().enumerate() {
        let _ = write!(out, "<g class=\"other-place\" data-other=\"{i}\">");
        path(&mut out, outlines.other(i));
        if place.marker {
            let (x, y) = path_point(place.centre, PATH_UNITS);
            let _ = write!(
                out,
                "<rect class=\"marker\" x=\"{x}\" y=\"{y}\" width=\"{square}\" height=\"{square}\" transform=\"translate(-{half} -{half})\"></rect>",
                half = decimal(SQUARE / scale / 2.0, 2)
            );
        }
        out.push_str("</g>");
    }
    out.push_str("</g><g class=\"members\">");
    for i in draw_order() {
        let (shape, paint, member) = (&MEMBER_SHAPES[i], &paints[i], &data::members()[i]);
        let shift = paint
            .shift
            .map(|s| format!(" data-shift=\"{}\"", s.slug()))
            .unwrap_or_default();
        let _ = write!(
            out,
            "<g class=\"{}\" data-iso3=\"{}\" data-vote=\"{}\"{shift}",
            paint.class_attr("state"),
            member.iso3,
            paint.choice.slug(),
        );
        if interactive {
            let _ = write!(
                out,
                " id=\"map-{}\" role=\"option\" data-index=\"{i}\" aria-selected=\"{}\" aria-label=\"{}\"",
                member.iso3,
                paint.selected,
                esc(&state_label(member.name, paint.label()))
            );
        }
        out.push('>');
        path(&mut out, outlines.member(i));
        if shape.marker {
            let (cx, cy) = path_point(shape.centre, PATH_UNITS);
            if interactive {
                let _ = write!(
                    out,
                    "<circle class=\"hit\" cx=\"{cx}\" cy=\"{cy}\" r=\"{hit}\"></circle>"
                );
            }
            let _ = write!(
                out,
                "<circle class=\"marker\" cx=\"{cx}\" cy=\"{cy}\" r=\"{marker}\"></circle>"
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
