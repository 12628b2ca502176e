//! A step as the reader first meets it: where it sits in the story, its
//! title, its text and figure, and its sources (which open in a new tab:
//! the explainer is often framed, and a source must never replace it).
//! The app adds its controls after these (views/step_panel.rs); the static
//! pages add a list of every step.

use super::step_figure::step_figure_html;
use super::vote_summary::source_items;
use super::{esc, paragraphs, Target};
use crate::data;
use crate::model::Vote;

/// What goes first inside `<article class="step">` for step `index`,
/// with `vote` as its figure's vote.
pub fn step_html(index: usize, vote: &Vote, target: Target) -> String {
    let steps = data::steps();
    let step = &steps[index];
    let mut out = format!(
        "<p class=\"step-position\">Step {} of {} · <time datetime=\"{}\">{}</time></p><h2 id=\"step-title\" tabindex=\"-1\">{}</h2><div class=\"step-layout\"><div class=\"step-text\">{}</div>{}</div>",
        index + 1,
        steps.len(),
        esc(step.when),
        esc(step.when_label),
        esc(step.title),
        paragraphs(step),
        step_figure_html(step, vote, target)
    );
    out.push_str(
        "<section class=\"step-sources\" aria-label=\"Sources for this step\"><h3>Sources</h3><ul>",
    );
    out.push_str(&source_items(step.sources));
    out.push_str("</ul></section>");
    out
}
