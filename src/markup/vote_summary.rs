//! What a vote was, when and where it happened, what it set in motion, its
//! result and its sources, as text. A vote switch rewrites only its words
//! and numbers in place (views/vote_summary.rs).

use super::names::Class;
use super::tally::tally_bar_html;
use super::Html;
use crate::model::{SourceLink, Vote};
use crate::{format_html, named, write_html};

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

/// The vote's date (its `datetime` changes too).
pub const DATE: Class = named!("." "vote-date");

pub fn summary_fields(vote: &Vote) -> [(&'static str, String); 9] {
    [
        ("vote-body", vote.body.label().to_string()),
        (DATE.name, vote.date_label.to_string()),
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
pub fn vote_summary(vote: &Vote) -> Html {
    let fields = summary_fields(vote);
    let text = |class: &str| {
        fields
            .iter()
            .find(|(c, _)| *c == class)
            .map(|(_, t)| Html::text(t))
            .unwrap_or_default()
    };
    format_html!(
        concat!(
            "<p class=\"vote-meta\"><span class=\"vote-body\">{body}</span> · ",
            "<time class=\"{date_class}\" datetime=\"{date}\">{date_label}</time> · <span class=\"symbol\">{symbol}</span></p>",
            "<h2 id=\"vote-title\" class=\"vote-name\">{name}</h2><p class=\"vote-decided\">{decided}</p>",
            "<p class=\"vote-result\" id=\"vote-result\"><span class=\"result-line\">{result_line}</span>",
            "<span class=\"result-words\">{result_words}</span></p>{bar}",
            "<p class=\"vote-note\"><span class=\"basis\">{basis}</span><span class=\"note-text\">{note}</span></p>",
        ),
        body = text("vote-body"),
        date_class = DATE,
        date = vote.date,
        date_label = text(DATE.name),
        symbol = text("symbol"),
        name = text("vote-name"),
        decided = text("vote-decided"),
        result_line = text("result-line"),
        result_words = text("result-words"),
        bar = tally_bar_html(vote),
        basis = text("basis"),
        note = text("note-text"),
    )
}

/// Source links as `<li>` items; they open in a new tab, since the
/// explainer is often framed and a source must never replace it.
pub fn source_items(sources: &[SourceLink]) -> Html {
    let mut out = Html::new();
    for s in sources {
        write_html!(
            out,
            "<li><a href=\"{url}\" target=\"_blank\" rel=\"noopener noreferrer\">{label}</a></li>",
            url = s.url,
            label = s.label
        );
    }
    out
}
