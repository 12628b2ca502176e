//! The app's opening screen as static HTML, written by the same functions
//! as the app's views (src/widgets/), so the page looks the same before the
//! WebAssembly arrives and the app takes over without moving anything.
//! Links go to the static step pages, so everything also works with
//! JavaScript off. Only the outer elements are written here, as the app's
//! views write them (the end-to-end test "the app takes over without a
//! layout jump" compares the two).

use uncyber::data;
use uncyber::html::page::{STAGE_FIGURE, STAGE_SIDE};
use uncyber::html::{Html, Target};
use uncyber::model::state_paint::{paints, PaintInputs};
use uncyber::model::Vote;
use uncyber::widgets::contents::write::{self as contents, contents_inner, step_items};
use uncyber::widgets::figures::chart::{chart_body, CHART};
use uncyber::widgets::header::{header_inner, HEADER};
use uncyber::widgets::stage::map::{map_figure, Outlines, COMPARING, FIGURE};
use uncyber::widgets::stage::write::{
    map_labels, stage_frame, stage_legend, stage_title, STAGE_TITLE,
};
use uncyber::widgets::step::write::{self as step, step_html};
use uncyber::widgets::timeline::write::{self as timeline, timeline_inner};
use uncyber::{format_html, ui};

const PAGES: Target = Target::StaticPage;

/// The header, its link to the full explainer hidden unless embedded.
pub fn header(index: usize) -> Html {
    format_html!(
        "<header class=\"{class}\">{inner}</header>",
        class = HEADER,
        inner = header_inner(Some(&PAGES.step_href(index)), PAGES)
    )
}

/// The contents, the timeline and the stage: step `index` (with `vote` in
/// its figure) followed by a link to every step's page, beside the stage's
/// map of the step's vote (or comparison), zoomed and labelled as the app
/// draws it.
pub fn story(index: usize, vote: &'static Vote) -> Html {
    let step = &data::steps()[index];
    let comparing = step
        .compare
        .and_then(|(a, b)| Some((data::vote(a)?, data::vote(b)?)));
    let shown = comparing.map_or(vote, |(_, b)| b);
    let frame = stage_frame(step, None, None);
    let marks = paints(
        data::members(),
        PaintInputs {
            vote: shown,
            comparing,
            highlight: step.highlight,
            cursor: None,
            selected: None,
        },
    );
    let map = map_figure(
        &marks,
        &stage_legend(shown, comparing),
        frame,
        &map_labels(step, shown, frame, None),
        &Outlines::compiled(),
        PAGES,
    );
    let class = if comparing.is_some() {
        format!("{} {}", FIGURE.name, COMPARING.name)
    } else {
        FIGURE.name.to_string()
    };
    format_html!(
        concat!(
            "{contents}{timeline}<div class=\"stage\"><div class=\"stage-text\">{step}</div>",
            "<div class=\"{side}\"><div class=\"{figure_class}\">{chart}<p class=\"{title_class}\">{title}</p><figure class=\"{class}\">{map}</figure></div></div></div>",
        ),
        contents = contents::WRAPPER.wrap(&contents_inner(index, PAGES)),
        timeline = timeline::WRAPPER.wrap(&timeline_inner(index, PAGES)),
        step = step::WRAPPER.wrap(&format_html!(
            concat!(
                "{step}<nav class=\"prerender-nav\" aria-label=\"",
                ui!(first_screen steps),
                "\"><ol>{steps}</ol></nav>",
            ),
            step = step_html(index, vote, PAGES),
            steps = step_items(index, PAGES)
        )),
        side = STAGE_SIDE,
        figure_class = STAGE_FIGURE,
        // The step's own figure, above its map: without JavaScript both
        // show; the app lifts the figure from here (html/fill.rs).
        chart = match step.figure {
            // The app's "Show the map instead" as a link: the same line, so
            // the takeover moves nothing, and it works without JavaScript.
            Some(_) => format_html!(
                concat!(
                    "<div class=\"{chart}\"><a class=\"link-button chart-switch\" href=\"step-{slug}.html?vote={vote}\">",
                    ui!(first_screen show_map),
                    "</a>{body}</div>",
                ),
                chart = CHART,
                slug = step.slug,
                vote = vote.id,
                body = chart_body(step)
            ),
            None => Html::new(),
        },
        title_class = STAGE_TITLE,
        title = stage_title(shown, comparing),
        class,
        map,
    )
}
