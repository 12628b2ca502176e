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
        StepFigure::Flow { .. } => ui_plain!(figures_chart colour_key_flow),
        StepFigure::Matrix => ui_plain!(figures_chart colour_key_matrix),
        StepFigure::Blocs { .. } => ui_plain!(figures_chart colour_key_blocs),
        StepFigure::Tracks { .. } => ui_plain!(figures_chart colour_key_tracks),
        StepFigure::Statements { .. } => ui_plain!(figures_chart colour_key_statements),
        StepFigure::Budapest => ui_plain!(figures_chart colour_key_budapest),
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
                concat!(
                    "<p class=\"chart-loading\">",
                    ui!(figures_chart loading),
                    "</p>"
                ),
                link = format_html!(
                    concat!(
                        "<a href=\"step-{slug}.html\">",
                        ui!(figures_chart loading_link),
                        "</a>"
                    ),
                    slug = step.slug
                )
            ),
        )
    }
}

/// The app's panel: the figure, and a way to the map instead.
pub fn chart_panel(step: &Step) -> Html {
    format_html!(
        concat!(
            "<button type=\"button\" class=\"link-button chart-switch\" {show_map}>",
            ui!(figures_chart show_map),
            "</button>{body}"
        ),
        show_map = Action::ShowMap.attr(),
        body = chart_body(step)
    )
}
