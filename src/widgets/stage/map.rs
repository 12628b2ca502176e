//! The world map's SVG as text: drawn once per map, then only repainted
//! (see model::state_paint). Every member state is one `g.state` with
//! `data-iso3`, `data-vote` and an accessible name; places that are not
//! member states are `g.other-place`, never coloured by a vote.

use crate::data;
use crate::generated::map::{MEMBER_SHAPES, OTHER_PLACES, PATH_UNITS, VIEW_BOX};
use crate::html::action::Action;
use crate::html::names::{Attr, Class};
use crate::html::{Html, Target};
use crate::model::decimal::decimal;
use crate::model::focus::Frame;
use crate::model::map_shapes::{path_point, path_view_box};
use crate::model::state_paint::Paint;
use crate::widgets::legend::write::LEGEND;
use crate::widgets::marks::tap::TAP_SLOT;

/// The map's drawing inside its `FOCUS` frame, and a drawn outline (a
/// state's shape, or a place that is not a member).
pub const DRAWING: &str = "svg";
pub const OUTLINE: &str = "path";
use crate::widgets::marks::tooltip::SLOT;
use crate::widgets::marks::write as marks;
use crate::{format_html, named, write_html};

/// The figure; the focusable listbox of states inside it.
pub const FIGURE: Class = named!("." "world-map");
pub const FOCUS: Class = named!("." "map-focus");
/// On the figure while it shows a comparison.
pub const COMPARING: Class = named!("." "comparing");
/// The groups that the zoom moves: the map's, and its labels'.
pub const ZOOM: Class = named!("." "zoom");
pub const LABEL_LAYER: Class = named!("." "label-layer");
/// On a phone, a checkbox that draws the map twice as wide, panned by a
/// swipe (style/main.css): no script, so the static pages have it too.
pub const ENLARGE: Class = named!("." "map-enlarge");

pub use crate::generated::draw_order;
pub use crate::model::map_shapes::marker_sizes;
use crate::model::map_shapes::SQUARE;
/// A small state's (or place's) marker, and its invisible hit area.
pub const MARKER: Class = named!("." "marker");
pub const HIT: Class = named!("." "hit");

/// Hatching for abstentions and absences: a second cue beside the colour.
/// A tile of 8 path units, 4 view-box units.
fn patterns() -> Html {
    format_html!(concat!(
        "<defs>",
        "<pattern id=\"hatch-abstain\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">",
        "<rect class=\"hatch-ground-abstain\" width=\"8\" height=\"8\"></rect>",
        "<line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\"></line></pattern>",
        "<pattern id=\"hatch-absent\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(-45)\">",
        "<rect class=\"hatch-ground-absent\" width=\"8\" height=\"8\"></rect>",
        "<line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\"></line></pattern></defs>",
    ))
}

/// The map's outlines as SVG path data: one per member state (in data
/// order) and one per other place, empty for a place drawn only as a marker.
#[derive(Clone, Debug, Default)]
pub struct Outlines {
    pub members: Vec<String>,
    pub others: Vec<String>,
}

impl Outlines {
    /// As compiled in, for the build-time page writer and native tests. The
    /// release app never calls it: it reads them back from the page it starts
    /// on (widgets/stage/outlines.rs), so its wasm does not carry them a second time.
    pub fn compiled() -> Outlines {
        use crate::generated::map::{MEMBER_PATHS, OTHER_PATHS};
        Outlines {
            members: MEMBER_PATHS.iter().map(|d| d.to_string()).collect(),
            others: OTHER_PATHS.iter().map(|d| d.to_string()).collect(),
        }
    }

    /// For a page without a static map to read them from: a plain `trunk
    /// serve` or `trunk build`, which runs no prerender. A debug build then
    /// draws the compiled outlines, so the whole map shows while developing;
    /// a release build has none (only the small states' markers show), so
    /// the path data stays out of its wasm.
    pub fn without_static_map() -> Outlines {
        #[cfg(debug_assertions)]
        return Outlines::compiled();
        #[cfg(not(debug_assertions))]
        return Outlines::default();
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
    legend: &Html,
    frame: Frame,
    labels: &Html,
    outlines: &Outlines,
    target: Target,
) -> Html {
    let view_box = path_view_box(VIEW_BOX, PATH_UNITS);
    let zoom = frame.transform(PATH_UNITS);
    let interactive = target != Target::StaticPage;
    let (focus, svg_role) = if interactive {
        (
            format_html!(
                " tabindex=\"0\" role=\"listbox\" {own_keys}=\"\"",
                own_keys = marks::OWN_KEYS
            ),
            format_html!("role=\"presentation\""),
        )
    } else {
        (
            Html::new(),
            format_html!(concat!(
                "role=\"img\" aria-label=\"",
                ui!(stage map_picture),
                "\""
            )),
        )
    };
    format_html!(
        concat!(
            "<div class=\"map-frame\"><div class=\"{focus_class}\"{focus}><svg viewBox=\"{view_box}\" {svg_role}>",
            "<g class=\"{zoom_class}\" transform=\"{zoom}\">{body}</g></svg></div>",
            "<svg class=\"{label_layer}\" viewBox=\"{view_box}\" aria-label=\"", ui!(stage map_labels), "\">",
            "<g class=\"{zoom_class}\" transform=\"{zoom}\">{labels}</g></svg>",
            "<div class=\"{slot}\"></div><div class=\"{tap_slot}\"></div>{zoom_buttons}</div>",
            "<figcaption><label class=\"{enlarge}\"><input type=\"checkbox\"><span aria-hidden=\"true\"></span><span class=\"visually-hidden\">", ui!(stage enlarge_map), "</span></label>",
            "<ul class=\"{legend_class}\">{legend}</ul></figcaption>",
        ),
        zoom_buttons = if interactive { zoom_buttons() } else { Html::new() },
        enlarge = ENLARGE,
        focus_class = FOCUS,
        focus,
        view_box,
        svg_role,
        zoom_class = ZOOM,
        zoom,
        label_layer = LABEL_LAYER,
        body = map_body(paints, frame.scale, outlines, interactive),
        labels,
        slot = SLOT,
        tap_slot = TAP_SLOT,
        legend_class = LEGEND,
        legend,
    )
}

/// The zoom's buttons, one per region; each carries its region in
/// `data-region`. None is pressed until the reader picks one.
pub const ZOOM_BUTTONS: Class = named!("." "map-zoom");
pub const REGION: Attr = named!("[" "data-region" "]");

pub fn zoom_buttons() -> Html {
    // One literal for the three: a loop over `Region::ALL` costs the wasm more.
    format_html!(
        concat!(
            "<div class=\"{class}\" role=\"group\" aria-label=\"", ui!(stage zoom_map), "\">",
            "<button type=\"button\" class=\"switch\" {action} {region}=\"world\" aria-pressed=\"false\">", ui!(stage zoom_world), "</button>",
            "<button type=\"button\" class=\"switch\" {action} {region}=\"europe\" aria-pressed=\"false\">", ui!(stage zoom_europe), "</button>",
            "<button type=\"button\" class=\"switch\" {action} {region}=\"caribbean\" aria-pressed=\"false\">", ui!(stage zoom_caribbean), "</button></div>",
        ),
        class = ZOOM_BUTTONS,
        action = Action::Zoom.attr(),
        region = REGION
    )
}

/// The note on the map's projection and markers.
pub fn map_note() -> Html {
    format_html!(concat!(
        "<p class=\"map-note\">",
        ui!(stage map_note),
        "</p>"
    ))
}

/// A place that is not a member state, with its index in `OTHER_PLACES`.
pub const OTHER_PLACE: Class = named!("." "other-place");
pub const OTHER: Attr = named!("[" "data-other" "]");

/// What goes inside the `<svg>`: every place, each member state drawn with
/// its paint, all in path units; `interactive`, each state is also an
/// option of the listbox with its name and a hit area.
pub fn map_body(paints: &[Paint], scale: f32, outlines: &Outlines, interactive: bool) -> Html {
    let (marker, hit, square) = marker_sizes(scale);
    let mut out = format_html!("{patterns}<g class=\"others\">", patterns = patterns());
    for (i, place) in OTHER_PLACES.iter().enumerate() {
        write_html!(
            out,
            "<g class=\"{class}\" {other}=\"{i}\">",
            class = OTHER_PLACE,
            other = OTHER,
            i
        );
        path(&mut out, outlines.other(i));
        if place.marker {
            let (x, y) = path_point(place.centre, PATH_UNITS);
            write_html!(
                out,
                "<rect class=\"{marker_class}\" x=\"{x}\" y=\"{y}\" width=\"{square}\" height=\"{square}\" transform=\"translate(-{half} -{half})\"></rect>",
                marker_class = MARKER,
                x,
                y,
                square,
                half = decimal(SQUARE / scale / 2.0, 2)
            );
        }
        write_html!(out, "</g>");
    }
    write_html!(out, "</g><g class=\"members\">");
    for i in draw_order() {
        let (shape, paint, member) = (&MEMBER_SHAPES[i], &paints[i], &data::members()[i]);
        marks::open_state(&mut out, i, member, paint, interactive);
        path(&mut out, outlines.member(i));
        if shape.marker {
            let (cx, cy) = path_point(shape.centre, PATH_UNITS);
            if interactive {
                write_html!(
                    out,
                    "<circle class=\"{hit_class}\" cx=\"{cx}\" cy=\"{cy}\" r=\"{hit}\"></circle>",
                    hit_class = HIT,
                    cx,
                    cy,
                    hit
                );
            }
            write_html!(
                out,
                "<circle class=\"{marker_class}\" cx=\"{cx}\" cy=\"{cy}\" r=\"{marker}\"></circle>",
                marker_class = MARKER,
                cx,
                cy,
                marker
            );
        }
        write_html!(out, "</g>");
    }
    write_html!(out, "</g>");
    out
}

fn path(out: &mut Html, d: &str) {
    if !d.is_empty() {
        write_html!(out, "<path d=\"{d}\"></path>", d);
    }
}
