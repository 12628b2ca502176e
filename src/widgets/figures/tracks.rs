//! The "two tracks" figure: the expert groups (GGE) and the open working
//! group (OEWG) as two lanes over time, each milestone a numbered mark
//! whose shape says what it was; the numbered list beneath gives the words
//! and, for a vote, its result from the recorded vote. The caption says it
//! in words and a table lists every event with its source. `highlight` (a
//! year or a date's start, "2017") picks out events, so two steps can show
//! the same figure with a different emphasis.

use super::tracks_svg::tracks_svg;
use super::{FIGURE, FIGURE_TABLE};
use crate::data;
use crate::html::names::{Attr, Class};
use crate::html::Html;
use crate::model::figures::tracks::{Track, TrackEvent, TracksLayout};
use crate::model::figures::tracks_layout::layout;
use crate::model::{Camp, TotalsBasis};
use crate::{format_html, named, write_html};

/// The `FIGURE` value of this figure.
pub const TRACKS: &str = "tracks";
pub const TRACKS_FIGURE: Class = named!("." "tracks-figure");
pub const SVG: Class = named!("." "tracks-svg");
pub const LANE: Class = named!("." "tracks-lane");
pub const TITLE: Class = named!("." "tracks-title");
pub const MARK_CLASS: Class = named!("." "tracks-mark");
/// From the lane to a mark moved off it by a neighbour.
pub const STEM: Class = named!("." "tracks-stem");
pub const KEY: Class = named!("." "tracks-key");
pub const LEADER: Class = named!("." "tracks-leader");
pub const AXIS: Class = named!("." "tracks-axis");
pub const TICK_CLASS: Class = named!("." "tracks-tick");
pub const YEAR: Class = named!("." "tracks-year");
pub const LIST: Class = named!("." "tracks-list");
/// An event picked out by `highlight`: its mark, key, list item and row.
pub const EM: Class = named!("." "tracks-em");
pub const TRACK: Attr = named!("[" "data-track" "]");
pub const KIND: Attr = named!("[" "data-kind" "]");
pub const VOTE_ID: Attr = named!("[" "data-vote-id" "]");
/// A mark's number, on its mark, key, list item and table row.
pub const KEY_NUMBER: Attr = named!("[" "data-key" "]");
/// On the figure when some events are picked out (the others drawn lighter).
pub const HIGHLIGHT: Attr = named!("[" "data-highlight" "]");

/// `base`, and `EM` when `em`.
pub(super) fn class(base: Class, em: bool) -> String {
    if em {
        format!("{} {}", base.name, EM.name)
    } else {
        base.name.to_string()
    }
}

/// Whether `e` is picked out: its date starts with `highlight`.
pub(super) fn picked(e: &TrackEvent, highlight: Option<&str>) -> bool {
    highlight.is_some_and(|h| !h.is_empty() && e.date.starts_with(h))
}

/// "A/RES/73/27, a Russia-led text: 119 in favour, … did not vote", with a
/// word on the totals where they rest on less than two sources.
fn result(e: &TrackEvent) -> Option<String> {
    let id = e.vote?;
    let v = data::vote(id).expect("build_support/tracks.rs checks every vote id");
    let basis = match v.totals_basis {
        TotalsBasis::Confirmed => String::new(),
        b => format!(" ({})", b.label().to_lowercase()),
    };
    let (symbol, tally) = (v.symbol, v.tally_words());
    Some(match v.camp {
        Camp::UnitedStates => format!(
            ui_plain!(figures_tracks result_us),
            symbol = symbol,
            tally = tally,
            basis = basis
        ),
        Camp::Russia => format!(
            ui_plain!(figures_tracks result_russia),
            symbol = symbol,
            tally = tally,
            basis = basis
        ),
    })
}

/// The web site a source is on: "dig.watch".
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let site = rest.split('/').next().unwrap_or(rest);
    site.strip_prefix("www.").unwrap_or(site)
}

/// The words of each mark, numbered as the marks (hidden from screen
/// readers with the drawing: the table says the same).
fn list(lay: &TracksLayout, events: &[TrackEvent], highlight: Option<&str>) -> Html {
    let mut out = format_html!("<ol class=\"{list}\" aria-hidden=\"true\">", list = LIST);
    for (n, &i) in lay.order.iter().enumerate() {
        let e = &events[i];
        let vote = result(e).map_or_else(String::new, |r| format!(" ({r})"));
        write_html!(
            out,
            "<li {key}=\"{number}\" {track}=\"{t}\"{em}><b>{date}</b>, {short}: {label}{vote}</li>",
            key = KEY_NUMBER,
            number = n + 1,
            track = TRACK,
            t = e.track.slug(),
            em = em_attr(picked(e, highlight)),
            date = e.date_label,
            short = e.track.short(),
            label = e.label,
            vote
        );
    }
    write_html!(out, "</ol>");
    out
}

/// ` class="tracks-em"` on a picked-out element, or nothing.
fn em_attr(em: bool) -> Html {
    match em {
        true => format_html!(" class=\"{em}\"", em = EM),
        false => Html::new(),
    }
}

fn table(lay: &TracksLayout, events: &[TrackEvent], highlight: Option<&str>) -> Html {
    let mut out = format_html!(
        concat!(
            "<table class=\"{class}\"><caption>",
            ui!(figures_tracks table_caption),
            "</caption>",
            "<thead><tr><th scope=\"col\">",
            ui!(figures_tracks table_date),
            "</th>",
            "<th scope=\"col\">",
            ui!(figures_tracks table_track),
            "</th>",
            "<th scope=\"col\">",
            ui!(figures_tracks table_event),
            "</th>",
            "<th scope=\"col\">",
            ui!(figures_tracks table_vote),
            "</th>",
            "<th scope=\"col\">",
            ui!(figures_tracks table_source),
            "</th></tr></thead><tbody>"
        ),
        class = FIGURE_TABLE
    );
    for (n, &i) in lay.order.iter().enumerate() {
        let e = &events[i];
        write_html!(
            out,
            "<tr {key}=\"{number}\" {track}=\"{t}\"{em}><th scope=\"row\">{date}</th><td>{name}</td><td>{label}</td><td>{vote}</td><td><a href=\"{url}\">{host}</a></td></tr>",
            key = KEY_NUMBER,
            number = n + 1,
            track = TRACK,
            t = e.track.slug(),
            em = em_attr(picked(e, highlight)),
            date = e.date_label,
            name = e.track.name(),
            label = e.label,
            vote = result(e).unwrap_or_else(|| ui_plain!(figures_tracks no_vote).to_string()),
            url = e.source,
            host = host(e.source)
        );
    }
    write_html!(out, "</tbody></table>");
    out
}

fn caption(lay: &TracksLayout, events: &[TrackEvent], highlight: Option<&str>) -> Html {
    let year = |n: usize| lay.order.get(n).map_or("", |&i| &events[i].date[..4]);
    let mut out = format_html!(
        ui!(figures_tracks caption),
        from = year(0),
        to = year(lay.order.len().saturating_sub(1)),
        gge = Track::Gge.name(),
        oewg = Track::Oewg.name()
    );
    let named: Vec<String> = lay
        .order
        .iter()
        .map(|&i| &events[i])
        .filter(|e| picked(e, highlight))
        .map(|e| format!("{} ({})", e.date_label, e.track.short()))
        .collect();
    if !named.is_empty() {
        write_html!(
            out,
            concat!(" ", ui!(figures_tracks picked_out)),
            named = named.join("; ")
        );
    }
    out
}

/// The whole figure for `events` (`data::track_events()`), the events
/// whose date starts with `highlight` picked out.
pub fn tracks_html(events: &[TrackEvent], highlight: Option<&str>) -> Html {
    let lay = layout(events);
    let mut out = format_html!(
        "<figure class=\"{class}\" {figure}=\"{name}\"",
        class = TRACKS_FIGURE,
        figure = FIGURE,
        name = TRACKS
    );
    if let Some(h) = highlight.filter(|h| events.iter().any(|e| picked(e, Some(h)))) {
        write_html!(out, " {attr}=\"{h}\"", attr = HIGHLIGHT, h);
    }
    write_html!(
        out,
        ">{svg}{list}<figcaption>{caption}</figcaption>{table}</figure>",
        svg = tracks_svg(&lay, events, highlight),
        list = list(&lay, events, highlight),
        caption = caption(&lay, events, highlight),
        table = table(&lay, events, highlight)
    );
    out
}
