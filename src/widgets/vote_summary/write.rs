//! What a vote was, when and where it happened, what it set in motion, its
//! result and its sources, as text. A vote switch rewrites only its words
//! and numbers in place (widgets/vote_summary/view.rs).

use crate::html::fill::part;
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
use crate::html::fill::stand_in_inline;
use crate::html::names::Class;
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
use crate::html::page::STORY_PAGE;
use crate::html::Html;
use crate::model::{SourceLink, Vote};
use crate::widgets::tally::write::tally_bar_html;
use crate::{format_html, named, write_html};

/// The summary's words that change with the vote, by the class of the
/// element holding each. The view writes them in place on a vote switch.
/// The result in words after the result line (`: 88 in favour, …`), as
/// the explorer's summary and the static step pages write it.
pub fn result_words(vote: &Vote) -> String {
    let t = vote.tally();
    if vote.is_signatures() {
        format!(
            ui_plain!(vote_summary result_signatures),
            not_signed = t.no,
            unknown = t.absent
        )
    } else {
        format!(
            ui_plain!(vote_summary result_vote),
            yes = t.yes,
            no = t.no,
            abstain = t.abstain,
            absent = t.absent
        )
    }
}

/// The vote's date (its `datetime` changes too).
pub const DATE: Class = named!("." "vote-date");
/// The other words a vote switch rewrites in place (`summary_fields`).
pub const BODY: Class = named!("." "vote-body");
pub const SYMBOL: Class = named!("." "symbol");
pub const NAME: Class = named!("." "vote-name");
pub const DECIDED: Class = named!("." "vote-decided");
pub const RESULT_LINE: Class = named!("." "result-line");
pub const RESULT_WORDS: Class = named!("." "result-words");
pub const BASIS: Class = named!("." "basis");
/// The note's words, after the basis and its full stop.
pub const NOTE_WORDS: Class = named!("." "note-words");

/// The parts of the story page holding what vote `id` decided and the note
/// on its totals (`story_page_parts`).
pub fn decided_part(id: &str) -> String {
    format!("vote-decided-{id}")
}

pub fn note_part(id: &str) -> String {
    format!("vote-note-{id}")
}

/// The vote's longer words, as parts of the story page, which the release
/// app fills its summary from (its wasm leaves them out: about 1 KB gzip).
pub fn story_page_parts(votes: &[Vote]) -> Html {
    let mut out = Html::new();
    for vote in votes {
        out.push(&part(&decided_part(vote.id), &Html::text(vote.decided)));
        out.push(&part(&note_part(vote.id), &Html::text(vote.note)));
    }
    out
}

/// What the vote set in motion, and the note on its totals: the words.
#[cfg(not(all(target_arch = "wasm32", not(debug_assertions))))]
pub fn longer_words(vote: &Vote) -> [(&'static str, Html); 2] {
    [
        (DECIDED.selector, Html::text(vote.decided)),
        (NOTE_WORDS.selector, Html::text(vote.note)),
    ]
}

/// The release app's: stand-ins, filled from the story page (browser/fill.rs).
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
pub fn longer_words(vote: &Vote) -> [(&'static str, Html); 2] {
    let empty = Html::new();
    [
        (
            DECIDED.selector,
            stand_in_inline(STORY_PAGE, &decided_part(vote.id), &empty),
        ),
        (
            NOTE_WORDS.selector,
            stand_in_inline(STORY_PAGE, &note_part(vote.id), &empty),
        ),
    ]
}

/// Each field's selector, with its words.
pub fn summary_fields(vote: &Vote) -> [(&'static str, String); 7] {
    [
        (BODY.selector, vote.body.label().to_string()),
        (DATE.selector, vote.date_label.to_string()),
        (SYMBOL.selector, vote.symbol.to_string()),
        (NAME.selector, vote.title.to_string()),
        (RESULT_LINE.selector, vote.result_line()),
        (RESULT_WORDS.selector, result_words(vote)),
        (
            BASIS.selector,
            if vote.is_signatures() {
                ui_plain!(vote_summary not_a_vote)
            } else {
                vote.totals_basis.label()
            }
            .to_string(),
        ),
    ]
}

/// Everything above the sources.
pub fn vote_summary(vote: &Vote) -> Html {
    let fields = summary_fields(vote);
    let [(_, decided), (_, note)] = longer_words(vote);
    let text = |selector: &str| {
        fields
            .iter()
            .find(|(s, _)| *s == selector)
            .map(|(_, t)| Html::text(t))
            .unwrap_or_default()
    };
    // The fields' classes are spelled in the format string, not passed as
    // arguments: each argument costs the wasm code. tests/explorer_markup.rs
    // checks that each field's class is on the element holding its words.
    format_html!(
        concat!(
            "<p class=\"vote-meta\"><span class=\"vote-body\">{body}</span> · ",
            "<time class=\"{date_class}\" datetime=\"{date}\">{date_label}</time> · <span class=\"symbol\">{symbol}</span></p>",
            "<h2 id=\"vote-title\" class=\"vote-name\">{name}</h2><p class=\"vote-decided\">{decided}</p>",
            "<p class=\"vote-result\" id=\"vote-result\"><span class=\"result-line\">{result_line}</span>",
            "<span class=\"result-words\">{result_words}</span></p>{bar}",
            "<p class=\"vote-note\"><span class=\"basis\">{basis}</span><span class=\"note-text\">. <span class=\"note-words\">{note}</span></span></p>",
        ),
        body = text(BODY.selector),
        date_class = DATE,
        date = vote.date,
        date_label = text(DATE.selector),
        symbol = text(SYMBOL.selector),
        name = text(NAME.selector),
        decided,
        result_line = text(RESULT_LINE.selector),
        result_words = text(RESULT_WORDS.selector),
        bar = tally_bar_html(vote),
        basis = text(BASIS.selector),
        note,
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
