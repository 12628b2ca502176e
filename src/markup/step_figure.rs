//! The picture beside a step's text: the result of the vote it rests on,
//! and how the states and groups it points at voted, always with numbers.

use super::tally::tally_bar_html;
use super::{esc, Target};
use crate::data;
use crate::model::compare::both_yes;
use crate::model::decimal::decimal;
use crate::model::story::Step;
use crate::model::Vote;
use std::fmt::Write;

fn highlights(step: &Step, vote: &Vote) -> String {
    if step.highlight.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "<h3 class=\"figure-subhead\">Highlighted in this step</h3><ul class=\"highlight-list\">",
    );
    for i in step.highlight.iter().filter_map(|c| data::member_index(c)) {
        let m = &data::members()[i];
        let c = vote.choice(i);
        let _ = write!(
            out,
            "<li data-iso3=\"{0}\" data-vote=\"{1}\"><span class=\"highlight-name\">{2}</span><span class=\"vote-chip vote-{1}\"><span class=\"glyph\" aria-hidden=\"true\">{3}</span> {4}</span></li>",
            esc(m.iso3),
            c.slug(),
            esc(m.name),
            vote.glyph(c),
            vote.label(c)
        );
    }
    out.push_str("</ul>");
    out
}

/// Who voted yes on both of two votes; in the app, with a button that
/// opens their comparison state by state (`data-compare`, handled by the
/// step's click listener).
fn pair(a: &Vote, b: &Vote, target: Target) -> String {
    let count = both_yes(a, b).len();
    let total = data::members().len();
    let button = match target {
        Target::StaticPage => String::new(),
        Target::App { .. } => format!(
            "<button type=\"button\" class=\"link-button\" data-compare=\"{},{}\">Compare these two votes state by state</button>",
            esc(a.id),
            esc(b.id)
        ),
    };
    format!(
        "<div class=\"pair-figure\"><p class=\"pair-label\">Voted yes on both {} and {}: <strong>{count} of {total}</strong></p><svg class=\"pair-bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"pair-rest\" x=\"0\" y=\"0\" width=\"100\" height=\"6\"></rect><rect class=\"fill-yes\" x=\"0\" y=\"0\" width=\"{}\" height=\"6\"></rect></svg>{button}</div>",
        esc(a.symbol),
        esc(b.symbol),
        decimal(count as f32 * 100.0 / total as f32, 3)
    )
}

/// The figure, or nothing for a step with no vote and no pair to show.
pub fn step_figure_html(step: &Step, vote: &Vote, target: Target) -> String {
    if step.vote.is_none() && step.both_yes.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<div class=\"step-figure\"><p class=\"figure-title\"><span class=\"symbol\">{}</span>, {}: <strong>{}</strong></p>{}{}",
        esc(vote.symbol),
        esc(vote.date_label),
        vote.tally_words(),
        tally_bar_html(vote),
        highlights(step, vote)
    );
    for (a, b) in step
        .both_yes
        .iter()
        .filter_map(|(a, b)| Some((data::vote(a)?, data::vote(b)?)))
    {
        out.push_str(&pair(a, b, target));
    }
    for group in step.highlight_groups {
        let t = group.tally(data::members(), vote);
        let _ = write!(
            out,
            "<p class=\"group-tally\"><strong>{} ({})</strong>: {}</p>",
            esc(group.label()),
            t.total(),
            vote.words(&t)
        );
    }
    out.push_str("</div>");
    out
}
