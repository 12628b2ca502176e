//! The Budapest layer's key and table. The key gives each status its
//! swatch (the map's own fill), a glyph, its words and its count, and a
//! weakly evidenced status its warning, so nothing rests on colour alone;
//! the table lists each status's member states by name, for screen
//! readers and text, where the map can only be described.

use super::{fill, OTHERS};
use crate::data;
use crate::html::names::{Attr, Class};
use crate::html::Html;
use crate::model::figures::budapest::LayerStatus;
use crate::widgets::figures::FIGURE_TABLE;
use crate::{format_html, named, write_html};

/// The key (a `<ul>`), an item's swatch, glyph and count, and the warning
/// on a weakly evidenced status.
pub const KEY: Class = named!("." "budapest-key");
pub const SWATCH: Class = named!("." "budapest-swatch");
pub const GLYPH: Class = named!("." "budapest-glyph");
pub const COUNT: Class = named!("." "budapest-count");
pub const WEAK: Class = named!("." "budapest-weak");
/// The status (its slug) a key item or a table row stands for.
pub const STATUS: Attr = named!("[" "data-status" "]");

/// The warning on the unknown statuses. The model gives a caveat only to
/// the likely Parties, but an unknown row rests on evidence just as thin
/// (a Party perhaps, or invited perhaps, in no source seen for sure), and
/// the reader should be told so wherever it is shown.
const UNKNOWN_CAVEAT: &str = ui_plain!(figures_budapest unknown_caveat);

/// The glyph beside a status's swatch: a second cue for a reader who
/// cannot tell the fills apart.
pub fn glyph(status: LayerStatus) -> &'static str {
    match status {
        LayerStatus::Party => "✓",
        LayerStatus::PartyLikely => "✓?",
        LayerStatus::JoinedSince => "+",
        LayerStatus::Signatory => "✎",
        LayerStatus::Invited => "→",
        LayerStatus::None => "–",
        LayerStatus::Unknown => "?",
    }
}

/// The warning a weakly evidenced status carries in the key, the table
/// and the map's spoken name; `None` for a status on firm evidence.
pub fn weak_words(status: LayerStatus) -> Option<&'static str> {
    status.caveat().or(match status {
        LayerStatus::Unknown => Some(UNKNOWN_CAVEAT),
        _ => None,
    })
}

/// The day a status is true on: the vote's for the Parties of that day,
/// the data's as-of date for the rest.
fn dated(status: LayerStatus, on: &str, as_of: &str) -> String {
    match status {
        LayerStatus::Party | LayerStatus::PartyLikely => on.to_string(),
        _ => format!(ui_plain!(figures_budapest as_of), date = as_of),
    }
}

fn swatch(class: Class) -> Html {
    format_html!(
        "<svg class=\"{swatch}\" viewBox=\"0 0 40 40\" aria-hidden=\"true\"><rect class=\"{class}\" x=\"2\" y=\"2\" width=\"36\" height=\"36\"></rect></svg>",
        swatch = SWATCH,
        class
    )
}

/// The key: one item per status, then the places that are not members.
pub fn key(counts: &[(LayerStatus, usize)]) -> Html {
    let mut out = format_html!("<ul class=\"{key}\">", key = KEY);
    for &(status, n) in counts {
        write_html!(
            out,
            "<li {attr}=\"{slug}\">{swatch}<span class=\"{glyph_class}\" aria-hidden=\"true\">{glyph}</span> {label} <strong class=\"{count}\">{n}</strong>",
            attr = STATUS,
            slug = status.slug(),
            swatch = swatch(fill(status)),
            glyph_class = GLYPH,
            glyph = glyph(status),
            label = status.label(),
            count = COUNT,
            n
        );
        if let Some(weak) = weak_words(status) {
            write_html!(
                out,
                " <span class=\"{class}\">({weak})</span>",
                class = WEAK,
                weak
            );
        }
        write_html!(out, "</li>");
    }
    write_html!(
        out,
        concat!(
            "<li>{swatch} ",
            ui!(figures_budapest key_others),
            "</li></ul>"
        ),
        swatch = swatch(OTHERS)
    );
    out
}

/// Every status with its count and its member states by name (`layer` in
/// `data::members()` order), with the dates they are true on.
pub fn table(
    layer: &[LayerStatus],
    counts: &[(LayerStatus, usize)],
    on: &str,
    as_of: &str,
) -> Html {
    let mut out = format_html!(
        concat!(
            "<table class=\"{class}\"><caption>",
            ui!(figures_budapest table_caption),
            "</caption>",
            "<thead><tr><th scope=\"col\">",
            ui!(figures_budapest table_status),
            "</th>",
            "<th scope=\"col\">",
            ui!(figures_budapest table_states),
            "</th>",
            "<th scope=\"col\">",
            ui!(figures_budapest table_which),
            "</th></tr></thead><tbody>"
        ),
        class = FIGURE_TABLE
    );
    for &(status, n) in counts {
        let names: Vec<&str> = layer
            .iter()
            .zip(data::member_names())
            .filter(|(s, _)| **s == status)
            .map(|(_, name)| *name)
            .collect();
        write_html!(
            out,
            "<tr {attr}=\"{slug}\"><th scope=\"row\">{label} ({date})",
            attr = STATUS,
            slug = status.slug(),
            label = status.label(),
            date = dated(status, on, as_of)
        );
        if let Some(weak) = weak_words(status) {
            write_html!(out, "; {weak}", weak);
        }
        write_html!(
            out,
            "</th><td>{n}</td><td>{names}</td></tr>",
            n,
            names = names.join(ui_plain!(punctuation list_separator))
        );
    }
    write_html!(
        out,
        concat!(
            "</tbody><tfoot><tr><th scope=\"row\">",
            ui!(figures_budapest table_all),
            "</th>",
            "<td>{total}</td><td></td></tr></tfoot></table>"
        ),
        total = layer.len()
    );
    out
}
