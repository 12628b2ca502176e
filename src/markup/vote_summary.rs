//! What a vote was, when and where it happened, what it set in motion, its
//! result and its sources, as text (redrawn whole on a vote switch).

use super::esc;
use super::tally::tally_bar_html;
use crate::model::{SourceLink, Vote};
use std::fmt::Write;

/// Everything above the sources.
pub fn vote_summary(vote: &Vote) -> String {
    let t = vote.tally();
    format!(
        "<p class=\"vote-meta\"><span class=\"vote-body\">{}</span> · <time datetime=\"{}\">{}</time> · <span class=\"symbol\">{}</span></p><h2 id=\"vote-title\">{}</h2><p class=\"vote-decided\">{}</p><p class=\"vote-result\" id=\"vote-result\"><span class=\"result-line\">{}</span>: {} in favour, {} against, {} abstentions; {} member states did not vote.</p>{}<p class=\"vote-note\"><span class=\"basis\">{}</span>. {}</p>",
        esc(vote.body.label()),
        esc(vote.date),
        esc(vote.date_label),
        esc(vote.symbol),
        esc(vote.title),
        esc(vote.decided),
        esc(&t.result_line()),
        t.yes,
        t.no,
        t.abstain,
        t.absent,
        tally_bar_html(&t),
        esc(vote.totals_basis.label()),
        esc(vote.note)
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
