//! What the treaties say, side by side: the offences and the provisions
//! argued over in the Budapest Convention, Russia's 2017 draft and the UN
//! Convention, each cell citing its article and each row its sources (shown
//! beneath a step's words); and the glossary page's entries.

use crate::data;
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
use crate::html::fill::part;
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
use crate::html::fill::stand_in;
use crate::html::Html;
use crate::model::treaty::{RowKind, Term};
use crate::{format_html, write_html};

/// The table's name as a part of its step's static page (html/fill.rs).
pub const TREATY_PART: &str = "treaty";

/// The host of an address, as a source's short name: "undocs.org".
fn host(url: &str) -> &str {
    let rest = url.split("//").nth(1).unwrap_or(url);
    let host = rest.split('/').next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// A cell as the reader sees it: an article, or a word in a quieter style.
/// An article is told by its number: in another language its abbreviation
/// is the language's, and the cells' words carry no number.
fn cell(text: &str) -> Html {
    if text.bytes().any(|b| b.is_ascii_digit()) {
        format_html!("<td>{text}</td>", text)
    } else {
        format_html!("<td class=\"treaty-no-article\">{text}</td>", text)
    }
}

/// The table, with a heading row before the offences and another before
/// the provisions, and a note on how far each column can be trusted.
pub fn offences_table() -> Html {
    let instruments = data::instruments();
    let mut out = format_html!(
        concat!(
            "<div class=\"treaty\" role=\"group\" aria-labelledby=\"treaty-heading\"><h3 id=\"treaty-heading\">", ui!(step treaty_heading), "</h3>",
            "<div class=\"treaty-scroll\" role=\"region\" aria-labelledby=\"treaty-heading\" tabindex=\"0\"><table class=\"treaty-table\">",
            "<thead><tr><th scope=\"col\">", ui!(step treaty_topic), "</th>",
        )
    );
    for i in instruments {
        write_html!(
            out,
            "<th scope=\"col\">{name} <span class=\"treaty-year\">({year})</span></th>",
            name = i.name,
            year = i.year
        );
    }
    write_html!(out, "</tr></thead><tbody>");
    let mut section = None;
    for row in data::offence_rows() {
        if section != Some(row.kind) {
            section = Some(row.kind);
            write_html!(
                out,
                "<tr class=\"treaty-section\"><th scope=\"colgroup\" colspan=\"{span}\">{words}</th></tr>",
                span = instruments.len() + 1,
                words = match row.kind {
                    RowKind::Offence => ui_plain!(step treaty_offences),
                    RowKind::Provision => ui_plain!(step treaty_provisions),
                }
            );
        }
        // The row's sources under its topic, so the table keeps to four
        // columns on a phone.
        let mut links = Html::new();
        for (n, url) in row.sources.iter().enumerate() {
            write_html!(
                links,
                "{sep}<a href=\"{url}\" target=\"_blank\" rel=\"noopener noreferrer\">{host}</a>",
                sep = if n == 0 {
                    ""
                } else {
                    ui_plain!(punctuation list_separator)
                },
                url,
                host = host(url)
            );
        }
        write_html!(
            out,
            concat!(
                "<tr><th scope=\"row\">{topic}<span class=\"treaty-sources\">",
                ui!(step treaty_sources),
                "</span></th>"
            ),
            topic = row.topic,
            links
        );
        for c in row.cells {
            out.push(&cell(c));
        }
        write_html!(out, "</tr>");
    }
    write_html!(out, "</tbody></table></div><ul class=\"treaty-notes\">");
    for i in instruments {
        write_html!(
            out,
            concat!("<li>", ui!(step treaty_note), "</li>"),
            name = format_html!("<strong>{name}</strong>", name = i.name),
            note = i.note,
            confidence = i.confidence
        );
    }
    write_html!(
        out,
        concat!("<li>", ui!(step treaty_legend), "</li></ul></div>")
    );
    out
}

/// The table beneath the words of step `slug`. The static pages, the
/// native build and the debug app (`trunk serve`, which has no static
/// pages) write it whole; the release app's wasm does not carry its 8 KB of
/// text (the first load's byte budget): it writes a link to the step's
/// static page, which `browser::fill` swaps for the table fetched from
/// there, so a failed fetch still leaves the reader a way to it.
pub fn treaty_block(slug: &str) -> Html {
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    {
        let _ = slug;
        part(TREATY_PART, &offences_table())
    }
    #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
    {
        stand_in(
            &format!("step-{slug}.html"),
            TREATY_PART,
            &format_html!(
                concat!(
                    "<div class=\"treaty\"><h3 id=\"treaty-heading\">",
                    ui!(step treaty_heading),
                    "</h3>",
                    "<p><a href=\"step-{slug}.html#treaty-heading\">",
                    ui!(step treaty_link),
                    "</a></p></div>",
                ),
                slug
            ),
        )
    }
}

/// The glossary's entries as a definition list, each term its own anchor.
pub fn glossary_list(terms: &[Term]) -> Html {
    let mut out = format_html!("<dl class=\"glossary\">");
    for t in terms {
        write_html!(
            out,
            "<dt id=\"{id}\">{term}</dt><dd>{definition}</dd>",
            id = t.id,
            term = t.term,
            definition = t.definition
        );
    }
    write_html!(out, "</dl>");
    out
}

/// The glossary page's address, linked from every step.
pub const GLOSSARY_PAGE: &str = "glossary.html";
