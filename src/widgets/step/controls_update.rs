//! Keeps the step controls (controls.rs) current as the reader moves.

use super::controls::{CITE_STEP, STEP_COUNT};
use crate::browser::dom::{all, find, set_text};
use crate::browser::page::{base_folder, today_iso};
use crate::data;
use crate::html::action::Action;
use crate::model::citation::{Cited, CitedStep, Style, UPDATED};
use crate::model::step_nav::place_on;
use crate::widgets::citations::write::{style_class, STATUS};
use web_sys::Element;

/// The step's navigation for step `index` on `path` (the whole story when
/// empty): disabled ends and the count, "k / n".
pub fn update_nav(article: &Element, index: usize, path: &[usize]) {
    let (k, n, first, last) = place_on(index, data::steps().len(), path);
    let set = |action: Action, on: bool| {
        if let Some(b) = find(article, &action.selector()) {
            let _ = b.toggle_attribute_with_force("disabled", on);
        }
    };
    set(Action::Previous, first);
    set(Action::Next, last);
    set_text(article, STEP_COUNT.selector, &format!("{k} / {n}"));
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
            title: data::step_title(index),
            number: index + 1,
            total,
            slug: step.slug,
        }),
        url: &url,
        updated: UPDATED,
        accessed: Some(&accessed),
    };
    let Some(cite_step) = find(article, CITE_STEP.selector) else {
        return;
    };
    for style in Style::ALL {
        set_text(&cite_step, style_class(style).selector, &cited.text(style));
    }
    for status in all(&cite_step, STATUS.selector) {
        status.set_text_content(None);
    }
}
