//! The app's controls under a step: Previous and Next, the key hint and
//! "Cite this step". Drawn once; as the reader moves, `update_nav` sets
//! which button is disabled and the count, `update_citation` the citation
//! (called by views/step_panel.rs).
//! Buttons carry their `Action` (markup/action.rs), read by one click listener.

use super::action::Action;
use super::citation::{self, cite_styles_html, SOURCES_NOTE};
use super::names::Class;
use super::Html;
use crate::browser::dom::{all, find, set_text};
use crate::browser::page::{base_folder, today_iso};
use crate::data;
use crate::model::citation::{Cited, CitedStep, Style, UPDATED};
use crate::{format_html, named};
use web_sys::Element;

/// Previous, the count and Next (pinned at the foot of a narrow screen).
pub const STEP_NAV: Class = named!("." "step-nav");
pub const STEP_COUNT: Class = named!("." "step-count");
/// "Cite this step", filled in as the step changes.
pub const CITE_STEP: Class = named!("." "cite-step");

/// `locked`: the link shows one step only, so there is nowhere to go.
pub fn step_controls_html(locked: bool) -> Html {
    let hidden = if locked { " hidden" } else { "" };
    format_html!(
        concat!(
            "<nav class=\"{nav}\" aria-label=\"Step navigation\"{hidden}>",
            "<button type=\"button\" class=\"button\" {previous}><span aria-hidden=\"true\">← </span>Previous</button>",
            "<span class=\"{count}\"></span>",
            "<button type=\"button\" class=\"button primary\" {next}>Next<span aria-hidden=\"true\"> →</span></button></nav>",
            "<p class=\"key-hint\"{hidden}>Tip: the ← and → keys move between steps; Home and End jump to the first and last.</p>",
            "<details class=\"{cite_step}\"><summary>Cite this step</summary>{styles}",
            "<p class=\"citation-sources\">{note}</p></details>",
        ),
        nav = STEP_NAV,
        hidden,
        count = STEP_COUNT,
        cite_step = CITE_STEP,
        previous = Action::Previous.attr(),
        next = Action::Next.attr(),
        styles = cite_styles_html(None),
        note = SOURCES_NOTE,
    )
}

/// The step's navigation for step `index`: disabled ends and the count.
pub fn update_nav(article: &Element, index: usize) {
    let total = data::steps().len();
    let set = |action: Action, on: bool| {
        if let Some(b) = find(article, &action.selector()) {
            let _ = b.toggle_attribute_with_force("disabled", on);
        }
    };
    set(Action::Previous, index == 0);
    set(Action::Next, index + 1 >= total);
    set_text(
        article,
        STEP_COUNT.selector,
        &format!("{} / {total}", index + 1),
    );
}

/// The step's citations, for step `index`.
pub fn update_citation(article: &Element, index: usize) {
    let steps = data::steps();
    let total = steps.len();
    let step = &steps[index];
    // As text: the page's own address must never become markup.
    let url = format!("{}step-{}.html", base_folder(), step.slug);
    let accessed = today_iso();
    let cited = Cited {
        author: data::site().publisher,
        site_title: data::site().title,
        step: Some(CitedStep {
            title: step.title,
            number: index + 1,
            total,
            slug: step.slug,
        }),
        url: &url,
        updated: UPDATED,
        accessed: Some(&accessed),
    };
    for style in Style::ALL {
        set_text(
            article,
            &format!("{} .{}", CITE_STEP.selector, style.class()),
            &cited.text(style),
        );
    }
    let cite_step = find(article, CITE_STEP.selector);
    for status in cite_step.map_or(Vec::new(), |c| all(&c, citation::STATUS.selector)) {
        status.set_text_content(None);
    }
}
