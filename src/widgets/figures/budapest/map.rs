//! The Budapest layer's world map: the stage map's projection, outlines
//! and small-state markers, with its own fills (style/figures.css). One
//! class per group of marks gives the fill, so a mark carries only its
//! `data-iso3` and `data-vote`.

use super::{fill, weak_words, OTHERS, VOTE};
use crate::generated::draw_order;
use crate::generated::map::{
    MEMBER_PATHS, MEMBER_SHAPES, OTHER_PATHS, OTHER_PLACES, PATH_UNITS, VIEW_BOX,
};
use crate::html::names::{Class, Id};
use crate::html::Html;
use crate::model::decimal::decimal;
use crate::model::figures::budapest::LayerStatus;
use crate::model::map_shapes::marker_sizes;
use crate::model::map_shapes::{path_point, path_view_box};
use crate::widgets::marks::write::ISO3;
use crate::{format_html, named, write_html};

/// The map's `<svg>`.
pub const MAP: Class = named!("." "budapest-map");
/// The patterns the fills use (style/figures.css): hatching on the likely
/// Parties (the evidence is weak) and on those that joined since, dots on
/// the signatories.
pub const HATCH_LIKELY: Id = named!("#" "budapest-likely");
pub const HATCH_SINCE: Id = named!("#" "budapest-since");
pub const DOTS: Id = named!("#" "budapest-dots");
/// The patterns' parts: the Party colour, the page colour, and the ground
/// of "joined since".
pub const INK: Class = named!("." "budapest-ink");
pub const GAP: Class = named!("." "budapest-gap");
pub const SINCE_GROUND: Class = named!("." "budapest-since-ground");

/// The map's name for screen readers: every status and its count.
fn map_label(counts: &[(LayerStatus, usize)]) -> String {
    let parts: Vec<String> = counts
        .iter()
        .map(|&(s, n)| match weak_words(s) {
            Some(_) => format!(
                ui_plain!(figures_budapest map_status_weak),
                status = s.label(),
                n = n
            ),
            None => format!("{}: {n}", s.label()),
        })
        .collect();
    format!(
        ui_plain!(figures_budapest map_label),
        statuses = parts.join("; ")
    )
}

/// The patterns, in tiles of 16 path units (about 3 px on a phone, 5 on a
/// desktop), coarse enough to read as texture on a small screen.
fn patterns() -> Html {
    format_html!(
        concat!(
            "<defs><pattern id=\"{likely}\" patternUnits=\"userSpaceOnUse\" width=\"16\" height=\"16\" patternTransform=\"rotate(45)\">",
            "<rect class=\"{ink}\" width=\"16\" height=\"16\"></rect><rect class=\"{gap}\" width=\"5\" height=\"16\"></rect></pattern>",
            "<pattern id=\"{since}\" patternUnits=\"userSpaceOnUse\" width=\"16\" height=\"16\" patternTransform=\"rotate(-45)\">",
            "<rect class=\"{ground}\" width=\"16\" height=\"16\"></rect><rect class=\"{ink}\" width=\"4\" height=\"16\"></rect></pattern>",
            "<pattern id=\"{dots}\" patternUnits=\"userSpaceOnUse\" width=\"16\" height=\"16\">",
            "<rect class=\"{gap}\" width=\"16\" height=\"16\"></rect><circle class=\"{ink}\" cx=\"8\" cy=\"8\" r=\"3.5\"></circle></pattern></defs>"
        ),
        likely = HATCH_LIKELY,
        since = HATCH_SINCE,
        dots = DOTS,
        ink = INK,
        gap = GAP,
        ground = SINCE_GROUND
    )
}

/// The map: the other places under the member states; then, as on the
/// stage, the outlined states before those drawn as markers (so no outline
/// covers a marker), each pass in one group per status.
pub fn map_svg(layer: &[LayerStatus], counts: &[(LayerStatus, usize)]) -> Html {
    let (marker, _, square) = marker_sizes(1.0);
    let mut out = format_html!(
        "<svg class=\"{map}\" viewBox=\"{view_box}\" role=\"img\" aria-label=\"{label}\">{patterns}<g class=\"{others}\">",
        map = MAP,
        view_box = path_view_box(VIEW_BOX, PATH_UNITS),
        label = map_label(counts),
        patterns = patterns(),
        others = OTHERS
    );
    // Half the square's side, from the side as the stage map writes it.
    let half = decimal(square.parse::<f32>().unwrap_or(0.0) / 2.0, 2);
    for (place, d) in OTHER_PLACES.iter().zip(OTHER_PATHS) {
        path(&mut out, d);
        if place.marker {
            let (x, y) = path_point(place.centre, PATH_UNITS);
            write_html!(
                out,
                "<rect x=\"{x}\" y=\"{y}\" width=\"{square}\" height=\"{square}\" transform=\"translate(-{half} -{half})\"></rect>",
                x,
                y,
                square,
                half = &half
            );
        }
    }
    write_html!(out, "</g>");
    let order = draw_order();
    let (outlined, markers): (Vec<usize>, Vec<usize>) =
        order.iter().partition(|&&i| !MEMBER_SHAPES[i].marker);
    for pass in [outlined, markers] {
        for status in LayerStatus::ALL {
            let marks: Vec<usize> = pass
                .iter()
                .copied()
                .filter(|&i| layer[i] == status)
                .collect();
            if marks.is_empty() {
                continue;
            }
            write_html!(out, "<g class=\"{class}\">", class = fill(status));
            for i in marks {
                mark(&mut out, i, status, &marker);
            }
            write_html!(out, "</g>");
        }
    }
    write_html!(out, "</svg>");
    out
}

/// One member state: its outline alone, or, for a state too small to
/// see, a group of its outline (if any) and its marker.
fn mark(out: &mut Html, i: usize, status: LayerStatus, radius: &str) {
    let (shape, d) = (&MEMBER_SHAPES[i], MEMBER_PATHS[i]);
    let (iso3_attr, iso3, vote, slug) = (ISO3, shape.iso3, VOTE, status.slug());
    if !shape.marker {
        write_html!(
            out,
            "<path {iso3_attr}=\"{iso3}\" {vote}=\"{slug}\" d=\"{d}\"></path>",
            iso3_attr,
            iso3,
            vote,
            slug,
            d
        );
        return;
    }
    write_html!(
        out,
        "<g {iso3_attr}=\"{iso3}\" {vote}=\"{slug}\">",
        iso3_attr,
        iso3,
        vote,
        slug
    );
    path(out, d);
    let (cx, cy) = path_point(shape.centre, PATH_UNITS);
    write_html!(
        out,
        "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{radius}\"></circle></g>",
        cx,
        cy,
        radius
    );
}

fn path(out: &mut Html, d: &str) {
    if !d.is_empty() {
        write_html!(out, "<path d=\"{d}\"></path>", d);
    }
}
