//! What a vote was, when and where it happened, what it set in motion, its
//! result and its sources, as text. A vote switch rewrites only its words
//! and numbers in place (views/vote_summary.rs).

use super::esc;
use super::tally::tally_bar_html;
use crate::model::{SourceLink, Vote};
use std::fmt::Write;

/// The summary's words that change with the vote, by the class of the
/// element holding each. The view writes them in place on a vote switch.
/// The result in words after the result line (`: 88 in favour, …`), as
/// the explorer's summary and the static step pages write it.
pub fn result_words(vote: &Vote) -> String {
    let t = vote.tally();
    if vote.is_signatures() {
        format!(": {} not signed, {} status unknown.", t.no, t.absent)
    } else {
        format!(
            ": {} in favour, {} against, {} abstentions; {} member states did not vote.",
            t.yes, t.no, t.abstain, t.absent
        )
    }
}

pub fn summary_fields(vote: &Vote) -> [(&'static str, String); 9] {
    [
        ("vote-body", vote.body.label().to_string()),
        ("vote-date", vote.date_label.to_string()),
        ("symbol", vote.symbol.to_string()),
        ("vote-name", vote.title.to_string()),
        ("vote-decided", vote.decided.to_string()),
        ("result-line", vote.result_line()),
        ("result-words", result_words(vote)),
        (
            "basis",
            if vote.is_signatures() {
                "Not a vote"
            } else {
                vote.totals_basis.label()
            }
            .to_string(),
        ),
        ("note-text", format!(". {}", vote.note)),
    ]
}

/// Everything above the sources.
pub fn vote_summary(vote: &Vote) -> String {
    let fields = summary_fields(vote);
    let text = |class: &str| {
        fields
            .iter()
            .find(|(c, _)| *c == class)
            .map(|(_, t)| esc(t))
            .unwrap_or_default()
    };
    format!(
        "<p class=\"vote-meta\"><span class=\"vote-body\">{}</span> · <time class=\"vote-date\" datetime=\"{}\">{}</time> · <span class=\"symbol\">{}</span></p><h2 id=\"vote-title\" class=\"vote-name\">{}</h2><p class=\"vote-decided\">{}</p><p class=\"vote-result\" id=\"vote-result\"><span class=\"result-line\">{}</span><span class=\"result-words\">{}</span></p>{}<p class=\"vote-note\"><span class=\"basis\">{}</span><span class=\"note-text\">{}</span></p>",
        text("vote-body"),
        esc(vote.date),
        text("vote-date"),
        text("symbol"),
        text("vote-name"),
        text("vote-decided"),
        text("result-line"),
        text("result-words"),
        tally_bar_html(vote),
        text("basis"),
        text("note-text"),
    )
}

/// Source links as `<li>` items; they open in a new tab, since the
/// explainer is often framed and a source must never replace it.
pub fn source_items(sources: &[SourceLink]) -> String {
    let mut out = String::new();
    for s in sources {
        let _ = write!(
            out,
            "<li><a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a></li>",
            esc(s.url),
            esc(s.label)
        );
    }
    out
}
