//! The picture beside a step's text: the result of the vote it rests on,
//! and how the states and groups it points at voted, always with numbers.

use crate::data;
use crate::html::{Html, Target};
use crate::model::compare::both_yes;
use crate::model::decimal::decimal;
use crate::model::story::Step;
use crate::model::Vote;
use crate::widgets::comparison::controls::COMPARE;
use crate::widgets::legend::write::vote_chip;
use crate::widgets::tally::write::tally_bar_html;
use crate::{format_html, write_html};

fn highlights(step: &Step, vote: &Vote) -> Html {
    let mut out = Html::new();
    if step.highlight.is_empty() {
        return out;
    }
    write_html!(
        out,
        concat!(
            "<h3 class=\"figure-subhead\">",
            ui!(step highlighted),
            "</h3><ul class=\"highlight-list\">"
        )
    );
    for i in step.highlight.iter().filter_map(|c| data::member_index(c)) {
        let m = &data::members()[i];
        let c = vote.choice(i);
        write_html!(
            out,
            concat!(
                "<li data-iso3=\"{iso3}\" data-vote=\"{slug}\"><span class=\"highlight-name\">{name}</span>",
                "{chip}</li>",
            ),
            iso3 = m.iso3,
            slug = c.slug(),
            name = data::member_name(i),
            chip = vote_chip(vote, c)
        );
    }
    write_html!(out, "</ul>");
    out
}

/// Who voted yes on both of two votes; in the app, with a button that
/// opens their comparison state by state (`data-compare`, handled by the
/// step's click listener).
fn pair(a: &Vote, b: &Vote, target: Target) -> Html {
    let count = both_yes(a, b).len();
    let total = data::members().len();
    let button = match target {
        Target::StaticPage => Html::new(),
        Target::App { .. } => format_html!(
            concat!(
                "<button type=\"button\" class=\"link-button\" {compare}=\"{a},{b}\">",
                ui!(step compare_pair),
                "</button>"
            ),
            compare = COMPARE,
            a = a.id,
            b = b.id
        ),
    };
    format_html!(
        concat!(
            "<div class=\"pair-figure\"><p class=\"pair-label\">", ui!(step both_yes), "</p>",
            "<svg class=\"pair-bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">",
            "<rect class=\"pair-rest\" x=\"0\" y=\"0\" width=\"100\" height=\"6\"></rect>",
            "<rect class=\"fill-yes\" x=\"0\" y=\"0\" width=\"{width}\" height=\"6\"></rect></svg>{button}</div>",
        ),
        a = a.symbol,
        b = b.symbol,
        share = format_html!(
            concat!("<strong>", ui!(step count_of_total), "</strong>"),
            count,
            total
        ),
        width = decimal(count as f32 * 100.0 / total as f32, 3),
        button
    )
}

/// The figure, or nothing for a step with no vote and no pair to show.
pub fn step_figure_html(step: &Step, vote: &Vote, target: Target) -> Html {
    if step.vote.is_none() && step.both_yes.is_empty() {
        return Html::new();
    }
    let mut out = format_html!(
        "<div class=\"step-figure\"><p class=\"figure-title\"><span class=\"symbol\">{symbol}</span>, {date}: <strong>{words}</strong></p>{bar}{highlights}",
        symbol = vote.symbol,
        date = vote.date_label,
        words = vote.tally_words(),
        bar = tally_bar_html(vote),
        highlights = highlights(step, vote)
    );
    for (a, b) in step
        .both_yes
        .iter()
        .filter_map(|(a, b)| Some((data::vote(a)?, data::vote(b)?)))
    {
        out.push(&pair(a, b, target));
    }
    for group in step.highlight_groups {
        let t = group.tally(data::members(), vote);
        write_html!(
            out,
            "<p class=\"group-tally\"><strong>{label} ({total})</strong>: {words}</p>",
            label = group.label(),
            total = t.total(),
            words = vote.words(&t)
        );
    }
    write_html!(out, "</div>");
    out
}
