//! The world map's shapes, as generated ahead of time by
//! `scripts/map/generate.mjs` (projection and simplification happen there,
//! so the browser only draws).

use super::decimal::decimal;

/// A member state on the map. `centre` is where its marker, tooltip and
/// label go. Its outline is in the generated `MEMBER_PATHS`.
#[derive(Debug, PartialEq)]
pub struct MemberShape {
    pub iso3: &'static str,
    pub centre: (f32, f32),
    /// Too small to see or hit at world scale: drawn with a marker.
    pub marker: bool,
}

/// A place on the map that is not a member state (an observer, a territory,
/// a disputed area). Never coloured by a vote. Its name and what it is are
/// in the build's language: `data::other_place_words`.
#[derive(Debug, PartialEq)]
pub struct OtherPlace {
    pub centre: (f32, f32),
    pub marker: bool,
}

/// The `viewBox` of an SVG drawing the generated paths, which count in
/// `1 / path_units` of the view box: "0 0 w h" in path units.
pub fn path_view_box(view_box: (f32, f32), path_units: f32) -> String {
    format!(
        "0 0 {} {}",
        decimal(view_box.0 * path_units, 1),
        decimal(view_box.1 * path_units, 1)
    )
}

/// A point of the view box (a centre) in path units, one decimal each, for
/// the markers drawn among the paths.
pub fn path_point(point: (f32, f32), path_units: f32) -> (String, String) {
    (
        decimal(point.0 * path_units, 1),
        decimal(point.1 * path_units, 1),
    )
}

/// Where a point of the view box falls, as percentages of its width and
/// height (for placing HTML, such as a tooltip, over the SVG).
pub fn percent_position(point: (f32, f32), view_box: (f32, f32)) -> (f32, f32) {
    (point.0 * 100.0 / view_box.0, point.1 * 100.0 / view_box.1)
}

/// How far to move a box spanning `start..end` (px) so it lies inside
/// `0..limit` with `margin` to spare: the least move, and none if it fits.
/// A box wider than the room keeps its start at the margin.
pub fn nudge_into(start: f64, end: f64, limit: f64, margin: f64) -> f64 {
    if start < margin || end - start > limit - 2.0 * margin {
        margin - start
    } else if end > limit - margin {
        limit - margin - end
    } else {
        0.0
    }
}

/// Radius of a small state's visible marker and of its invisible hit area,
/// in path units: 6 and 19 view-box units, so the hit area is 24 px across
/// on the stage's map at desktop width (about 640 px wide).
const MARKER_RADIUS: f32 = 12.0;
const HIT_RADIUS: f32 = 38.0;
/// The side of an observer's square marker.
pub const SQUARE: f32 = 14.0;

/// Markers keep their size on screen whatever the zoom: their sizes in
/// path units at `scale`, as (marker radius, hit radius, square side).
pub fn marker_sizes(scale: f32) -> (String, String, String) {
    (
        decimal(MARKER_RADIUS / scale, 2),
        decimal(HIT_RADIUS / scale, 2),
        decimal(SQUARE / scale, 2),
    )
}
