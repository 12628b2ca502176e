//! What delegations said at a vote, where it is recorded
//! (data/statements/): one entry per statement, the state named with its
//! vote on the record beside it, the delegation's own words where a quote
//! was checked word for word, else the reference file's summary marked as
//! ours, and where it comes from. A table repeats who said what and how
//! each voted, for screen readers and text.

use super::{FIGURE, FIGURE_TABLE};
use crate::data::statements::Statement;
use crate::html::names::{Attr, Class};
use crate::html::Html;
use crate::model::{Member, Vote};
use crate::{format_html, named, write_html};

pub const FIGURE_NAME: &str = "statements";
pub const FIGURE_CLASS: Class = named!("." "statements-figure");
pub const LIST: Class = named!("." "said-list");
/// An entry's state, as an ISO3 code.
pub const SAID_BY: Attr = named!("[" "data-said-by" "]");
/// The state's position on the vote, as the data names it (`yes`, `no`, …).
pub const VOTE: Attr = named!("[" "data-vote" "]");
pub const QUOTE: Class = named!("." "said-quote");
pub const SUMMARY: Class = named!("." "said-summary");
pub const SOURCE: Class = named!("." "said-source");

/// The figure for the statements made at `vote`, recorded in `record`.
pub fn statements_html(vote: &Vote, record: &str, said: &[&Statement], members: &[Member]) -> Html {
    let mut out = format_html!(
        "<figure class=\"{class}\" {figure}=\"{name}\"><ul class=\"{list}\">",
        class = FIGURE_CLASS,
        figure = FIGURE,
        name = FIGURE_NAME,
        list = LIST
    );
    for s in said {
        let choice = vote.choice(s.member);
        write_html!(
            out,
            concat!(
                "<li {by}=\"{iso3}\" {vote_attr}=\"{slug}\"><p class=\"said-who\"><strong>{speaker}</strong> <span class=\"vote-{slug}\"><span class=\"glyph\" aria-hidden=\"true\">{glyph}</span> {label}</span></p>",
                "{words}<p class=\"{source}\">", ui!(figures_statements source), "</p></li>"
            ),
            by = SAID_BY,
            iso3 = members[s.member].iso3,
            vote_attr = VOTE,
            slug = choice.slug(),
            speaker = s.speaker,
            glyph = vote.glyph(choice),
            label = vote.label(choice),
            words = words(s),
            source = SOURCE,
            timing = capitalised(s.position),
            link = format_html!(
                "<a href=\"{url}\">{host}</a>",
                url = s.source_url(),
                host = host(s.source_url())
            ),
            locator = first_clause(s.locator)
        );
    }
    write_html!(
        out,
        concat!(
            "</ul><figcaption>",
            ui!(figures_statements caption),
            "</figcaption>{table}</figure>"
        ),
        date = vote.date_label,
        symbol = vote.symbol,
        record,
        table = table(vote, said, members)
    );
    out
}

/// "thehindu.com", from "https://www.thehindu.com/news/...".
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split('/').next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// Where in the source, up to its first `;` (what follows names further
/// copies of the source, kept in the data download).
fn first_clause(locator: &str) -> &str {
    locator.split(';').next().unwrap_or(locator).trim()
}

/// The delegation's words in quotation marks, or the summary, said to be ours.
fn words(s: &Statement) -> Html {
    if s.quote.is_empty() {
        format_html!(
            concat!(
                "<p class=\"{class}\">",
                ui!(figures_statements in_our_words),
                "</p>"
            ),
            class = SUMMARY,
            summary = s.summary
        )
    } else {
        format_html!(
            concat!(
                "<blockquote class=\"{class}\"><p>",
                ui!(figures_statements quote),
                "</p></blockquote>"
            ),
            class = QUOTE,
            quote = s.quote
        )
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn table(vote: &Vote, said: &[&Statement], members: &[Member]) -> Html {
    let mut out = format_html!(
        concat!(
            "<table class=\"{class}\"><caption>",
            ui!(figures_statements table_caption),
            "</caption>",
            "<thead><tr><th scope=\"col\">",
            ui!(figures_statements table_speaker),
            "</th>",
            "<th scope=\"col\">",
            ui!(figures_statements table_vote),
            "</th>",
            "<th scope=\"col\">",
            ui!(figures_statements table_said),
            "</th></tr></thead><tbody>"
        ),
        class = FIGURE_TABLE,
        date = vote.date_label
    );
    for s in said {
        let said = if s.quote.is_empty() {
            format_html!(ui!(figures_statements in_our_words), summary = s.summary)
        } else {
            format_html!(ui!(figures_statements quote), quote = s.quote)
        };
        write_html!(
            out,
            "<tr {by}=\"{iso3}\"><th scope=\"row\">{speaker}</th><td>{label}</td><td>{said}</td></tr>",
            by = SAID_BY,
            iso3 = members[s.member].iso3,
            speaker = s.speaker,
            label = vote.label(vote.choice(s.member)),
            said
        );
    }
    write_html!(out, "</tbody></table>");
    out
}
