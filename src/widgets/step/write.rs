//! A step as the reader first meets it: where it sits in the story, its
//! title, its text and figure, and its sources (which open in a new tab:
//! the explainer is often framed, and a source must never replace it).
//! The app adds its controls after these (widgets/step/view.rs); the static
//! pages add a list of every step.

use crate::data;
use crate::html::names::{Id, Wrapper};
use crate::html::{Html, Target};
use crate::model::story::{Inline, Step};
use crate::model::treaty::StepTable;
use crate::model::Vote;
use crate::widgets::step::figure::step_figure_html;
use crate::widgets::step::treaty::{treaty_block, GLOSSARY_PAGE};
use crate::widgets::vote_summary::write::source_items;
use crate::{format_html, named, write_html};

/// The step's heading: focus goes there when the step changes under it.
pub const STEP_TITLE: Id = named!("#" "step-title");

/// The `<article>` that `step_html` begins.
pub const WRAPPER: Wrapper = Wrapper {
    tag: "article",
    class: "step",
    labelled_by: STEP_TITLE.name,
};

/// A step's paragraphs, with their emphasis.
pub fn paragraphs(step: &Step) -> Html {
    let mut out = Html::new();
    for p in step.body {
        write_html!(out, "<p>");
        for run in *p {
            match run {
                Inline::Text(t) => out.push_text(t),
                Inline::Em(t) => write_html!(out, "<em>{t}</em>", t),
                Inline::Strong(t) => write_html!(out, "<strong>{t}</strong>", t),
            }
        }
        write_html!(out, "</p>");
    }
    out
}

/// What goes first inside `<article class="step">` for step `index`,
/// with `vote` as its figure's vote.
pub fn step_html(index: usize, vote: &Vote, target: Target) -> Html {
    let steps = data::steps();
    let step = &steps[index];
    format_html!(
        concat!(
            "<p class=\"step-position\">Step {number} of {total} · <time datetime=\"{when}\">{when_label}</time></p>",
            "<h2 id=\"{title_id}\" tabindex=\"-1\">{title}</h2>",
            "<div class=\"step-layout\"><div class=\"step-text\">{paragraphs}{table}</div>{figure}</div>",
            "<section class=\"step-sources\" aria-label=\"Sources for this step\"><h3>Sources</h3><ul>{sources}</ul>",
            "<p class=\"step-glossary\"><a href=\"{glossary}\" target=\"_blank\" rel=\"noopener\">Key terms explained</a> (glossary)</p></section>",
        ),
        number = index + 1,
        total = steps.len(),
        when = step.when,
        when_label = step.when_label,
        title_id = STEP_TITLE,
        title = step.title,
        paragraphs = paragraphs(step),
        table = match step.table {
            Some(StepTable::Offences) => treaty_block(step.slug),
            None => Html::new(),
        },
        figure = step_figure_html(step, vote, target),
        sources = source_items(step.sources),
        glossary = GLOSSARY_PAGE,
    )
}
