//! The Budapest Convention's Parties as a world map: every member state is
//! one mark, filled by its standing (model::figures::budapest), drawn with
//! the stage map's projection, outlines and small-state markers. Marks are
//! grouped by status so that one class per group gives the fill (a mark
//! carries only its `data-iso3` and `data-vote`), which keeps the HTML
//! lean. Fills are sequential blues for "how far along", plus hatching,
//! dots and outlines, so greyscale and colour-blind readers see the same
//! seven groups; the key, the caption and the table say it all in words.

use super::FIGURE;
use crate::data;
use crate::generated::map::MEMBER_SHAPES;
use crate::html::names::{Attr, Class};
use crate::html::Html;
use crate::model::figures::budapest::{layer_counts, layer_status, LayerStatus, PartyRow};
use crate::{format_html, named};

mod key;
mod map;

pub use key::{glyph, weak_words, COUNT, GLYPH, KEY, STATUS, SWATCH, WEAK};
use key::{key, table};
use map::map_svg;
pub use map::{DOTS, GAP, HATCH_LIKELY, HATCH_SINCE, INK, MAP, SINCE_GROUND};

/// The `FIGURE` value of this figure.
pub const BUDAPEST: &str = "budapest";
pub const BUDAPEST_FIGURE: Class = named!("." "budapest-figure");
/// The places that are not member states, drawn neutral.
pub const OTHERS: Class = named!("." "budapest-others");
/// A mark's status slug, under the name the stage map's marks give their
/// vote, so code that reads a mark's category reads this one too.
pub const VOTE: Attr = named!("[" "data-vote" "]");
/// Each status's fill, in `LayerStatus::ALL` order: on a group of marks,
/// and on the key's swatch.
pub const FILLS: [Class; 7] = [
    named!("." "budapest-party"),
    named!("." "budapest-party-likely"),
    named!("." "budapest-joined-since"),
    named!("." "budapest-signatory"),
    named!("." "budapest-invited"),
    named!("." "budapest-none"),
    named!("." "budapest-unknown"),
];

/// The fill class of `status`.
pub fn fill(status: LayerStatus) -> Class {
    FILLS[status as usize]
}

/// The figure from the data: each member's row, the day of the vote and
/// the as-of date of the statuses.
pub fn budapest_html() -> Html {
    layer_html(
        data::budapest::rows(),
        data::budapest::on(),
        data::budapest::as_of(),
    )
}

/// The figure for `rows` (one per member state, in `data::members()`
/// order), the day of the vote `on` and the statuses' date `as_of`, each
/// as (`YYYY-MM-DD`, words). Every number is counted from `rows`.
pub fn layer_html(rows: &[PartyRow], on: (&str, &str), as_of: (&str, &str)) -> Html {
    assert_eq!(rows.len(), MEMBER_SHAPES.len(), "one row per member state");
    let layer: Vec<LayerStatus> = rows.iter().map(layer_status).collect();
    let counts = layer_counts(rows);
    format_html!(
        concat!(
            "<figure class=\"{class}\" {figure}=\"{name}\">{map}",
            "<figcaption><p>{caption}</p>{key}</figcaption>{table}</figure>"
        ),
        class = BUDAPEST_FIGURE,
        figure = FIGURE,
        name = BUDAPEST,
        map = map_svg(&layer, &counts),
        caption = caption(&counts, on, as_of),
        key = key(&counts),
        table = table(&layer, &counts, on.1, as_of.1)
    )
}

fn count(counts: &[(LayerStatus, usize)], status: LayerStatus) -> usize {
    counts
        .iter()
        .find(|(s, _)| *s == status)
        .map_or(0, |(_, n)| *n)
}

/// "the day the General Assembly Third Committee voted on A/C.3/74/…",
/// from the vote held that day, if the data has one.
fn vote_day(on: &str) -> String {
    match data::votes()
        .iter()
        .find(|v| v.date == on && !v.is_signatures())
    {
        Some(v) => format!(
            ui_plain!(figures_budapest vote_day),
            body = v.body.label(),
            symbol = v.symbol
        ),
        None => ui_plain!(figures_budapest vote_day_unknown).to_string(),
    }
}

fn caption(counts: &[(LayerStatus, usize)], on: (&str, &str), as_of: (&str, &str)) -> Html {
    let n = |s| count(counts, s);
    let (party, likely) = (n(LayerStatus::Party), n(LayerStatus::PartyLikely));
    format_html!(
        ui!(figures_budapest caption),
        total = counts.iter().map(|(_, n)| n).sum::<usize>(),
        on = on.1,
        day = vote_day(on.0),
        parties = party + likely,
        party,
        likely,
        as_of = as_of.1,
        since = n(LayerStatus::JoinedSince)
    )
}
