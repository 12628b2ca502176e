//! The small card that follows hover, keyboard focus and taps on the map
//! and the grid: name, vote, regional group and sponsorship, written here
//! and placed beside its state (`place_tooltip`) in its figure's `SLOT`.

use crate::data;
use crate::html::names::Class;
use crate::html::Html;
use crate::model::Vote;
use crate::{format_html, named, write_html};

/// The element of a map or grid figure that holds the tooltip.
pub const SLOT: Class = named!("." "tooltip-slot");

/// What the tooltip describes.
#[derive(Clone, Copy, PartialEq)]
pub enum Place {
    Member(usize),
    /// The `i`th place that is not a member state (`OTHER_PLACES`).
    Other(usize),
}

/// The tooltip's text, one line per fact.
fn tooltip_lines(target: Place, vote: &Vote) -> Vec<String> {
    match target {
        Place::Member(i) => {
            let m = &data::members()[i];
            let c = vote.choice(i);
            let caveat = match data::signature(i).and_then(|s| s.caveat()) {
                Some(caveat) if vote.is_signatures() => format!(" ({caveat})"),
                _ => String::new(),
            };
            let mut lines = vec![
                data::member_name(i).to_string(),
                format!("{} {}{caveat}", vote.glyph(c), vote.label(c)),
                m.group.label().to_string(),
            ];
            if !m.sponsorship_label().is_empty() {
                lines.push(m.sponsorship_label().to_string());
            }
            lines
        }
        Place::Other(i) => {
            let (name, note) = data::other_place_words(i).unwrap_or_default();
            vec![name.to_string(), note.to_string()]
        }
    }
}

/// The tooltip: the name in bold, the vote in its colour, then the rest.
/// `flip` puts it left of its point, `below` under it.
pub fn tooltip_html(target: Place, vote: &Vote, flip: bool, below: bool) -> Html {
    let lines = tooltip_lines(target, vote);
    let class = match (flip, below) {
        (true, true) => "state-tooltip flip below",
        (true, false) => "state-tooltip flip",
        (false, true) => "state-tooltip below",
        (false, false) => "state-tooltip",
    };
    let mut out = format_html!("<div class=\"{class}\" aria-hidden=\"true\">", class);
    match target {
        Place::Member(i) => write_html!(
            out,
            "<strong>{name}</strong><span class=\"tooltip-vote vote-{slug}\">{vote}</span>",
            name = lines[0],
            slug = vote.choice(i).slug(),
            vote = lines[1]
        ),
        Place::Other(_) => write_html!(
            out,
            "<strong>{name}</strong><span class=\"tooltip-note\">{note}</span>",
            name = lines[0],
            note = lines[1]
        ),
    }
    for line in &lines[2..] {
        write_html!(out, "<span>{line}</span>", line);
    }
    write_html!(out, "</div>");
    out
}
