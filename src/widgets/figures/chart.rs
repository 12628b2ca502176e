//! A step's own figure on the stage (content/steps, `figure = "..."`):
//! the figure whole for the static pages and the debug app, and for the
//! release app a stand-in filled from the step's static page, so the
//! figures' writers and their data stay out of the wasm. The panel offers
//! the map instead; the stage (widgets/stage) offers the figure back.

use crate::html::action::Action;
use crate::html::names::Class;
use crate::html::Html;
use crate::model::story::Step;
use crate::{format_html, named};

/// The panel on the stage that holds the step's figure.
pub const CHART: Class = named!("." "stage-chart");
/// The figure's name as a part of its step's static page (html/fill.rs).
pub const CHART_PART: &str = "chart";

/// The figure of `step`, whole, if it has one.
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub fn step_chart(step: &Step) -> Option<Html> {
    use super::{blocs::blocs_figure, flow::flow_html, matrix::matrix_html};
    use crate::data;
    use crate::model::figures::StepFigure;
    Some(match step.figure? {
        StepFigure::Flow { from, to } => flow_html(data::vote(from)?, data::vote(to)?),
        StepFigure::Matrix => {
            let pairs: Vec<_> = step
                .both_yes
                .iter()
                .filter_map(|(a, b)| Some((data::vote(a)?, data::vote(b)?)))
                .collect();
            matrix_html(&pairs)
        }
        StepFigure::Blocs { vote } => blocs_figure(data::vote(vote)?),
        StepFigure::Tracks { year } => super::tracks::tracks_html(data::track_events(), year),
        StepFigure::Budapest => super::budapest::budapest_html(),
        StepFigure::Statements { vote } => {
            let record = crate::model::figures::statements::meeting_record(vote)?;
            let said: Vec<_> = data::statements::all()
                .iter()
                .filter(|s| s.record == record)
                .collect();
            super::statements::statements_html(data::vote(vote)?, record, &said, data::members())
        }
    })
}

/// What the figure's colours and marks mean, in one sentence: they mean
/// different things from step to step.
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
fn colour_key(figure: crate::model::figures::StepFigure) -> &'static str {
    use crate::model::figures::StepFigure;
    match figure {
        StepFigure::Flow { .. } => "Left, the 2019 vote: blue yes, vermillion no, orange abstained, grey did not vote; each band keeps its left colour. Right, the signatures: blue signed, vermillion not signed, orange no signature on record, grey status unknown.",
        StepFigure::Matrix => "Rows: each state's vote on the US-backed text; columns: on the Russian-backed one. The outlined cell counts the states that voted yes on both.",
        StepFigure::Blocs { .. } => "Blue: voted for the Russian-backed text; vermillion: against; orange: abstained; grey: did not vote.",
        StepFigure::Tracks { .. } => "Upper lane: the US-backed expert groups (GGE); lower, dashed lane: the Russian-backed open working group (OEWG). Filled dot: a report; hollow dot: no report; diamond: a vote in the Assembly.",
        StepFigure::Statements { .. } => "The mark beside each name is that state's vote on the resolution: blue ✓ yes, vermillion ✕ no, orange − abstained, outlined ○ did not vote.",
        StepFigure::Budapest => "Darkest blue: a Party on the day of the 2019 vote; hatched dark blue: likely a Party then; lighter blue, hatched: joined since; dotted: signed only; pale blue, outlined: invited; grey: none of these; dashed outline: status unknown.",
    }
}

/// What the stage's panel holds for `step`: its figure as a part of the
/// page (static pages, debug app), or a stand-in (release app).
pub fn chart_body(step: &Step) -> Html {
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    {
        // The figures' styles come with the figure (a `<link>` applies
        // wherever it sits), so an app that never shows one never loads
        // them. After the figure: a static page links them in its head too,
        // and a link in the body holds back what follows it until loaded.
        crate::html::fill::part(
            CHART_PART,
            &format_html!(
                "<p class=\"colour-key\" {key}>{words}</p>{figure}<link rel=\"stylesheet\" href=\"{css}\">",
                css = crate::html::page::FIGURES_CSS,
                key = crate::html::page::COLOUR_KEY.name,
                words = step.figure.map(colour_key).unwrap_or_default(),
                figure = step_chart(step).unwrap_or_default()
            ),
        )
    }
    #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
    {
        crate::html::fill::stand_in(
            &format!("step-{}.html", step.slug),
            CHART_PART,
            &format_html!(
                "<p class=\"chart-loading\"><a href=\"step-{slug}.html\">This step's figure</a> is on its way.</p>",
                slug = step.slug
            ),
        )
    }
}

/// The app's panel: the figure, and a way to the map instead.
pub fn chart_panel(step: &Step) -> Html {
    format_html!(
        "<button type=\"button\" class=\"link-button chart-switch\" {show_map}>Show the map instead</button>{body}",
        show_map = Action::ShowMap.attr(),
        body = chart_body(step)
    )
}
