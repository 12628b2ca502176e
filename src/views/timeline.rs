//! The compact timeline, 1998 to today (markup/timeline.rs): its events
//! link to their steps, and the current step's marks move in place, so the
//! scrolling row of events keeps its position.

use super::contents::follow_step_link;
use super::effect::effect_with;
use super::handler::handler;
use crate::browser::dom::{all, find_as, find_optional, mark_current_step};
use crate::data;
use crate::markup::timeline::{
    dot_class, dot_radius, is_current, timeline_inner, CURRENT, DOT, EVENT, EVENTS, WRAPPER,
};
use crate::markup::Target;
use crate::state::use_app_state;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Marks the events of step `index` (and their dots) as current.
fn mark(section: &web_sys::Element, index: usize) {
    let dots = all(section, DOT.selector);
    let items = all(section, EVENT.selector);
    for (i, e) in data::timeline().iter().enumerate() {
        let on = is_current(e, index);
        if let Some(dot) = dots.get(i) {
            let _ = dot.set_attribute("class", dot_class(on));
            let _ = dot.set_attribute("r", dot_radius(on));
        }
        if let Some(item) = items.get(i) {
            let _ = item.class_list().toggle_with_force(CURRENT.name, on);
            // An event no step covers has no link.
            if let Some(a) = find_optional(item, "a") {
                mark_current_step(&a, on);
            }
        }
    }
}

/// Scrolls the row so the current event sits 16 px in (the row's
/// scroll-padding, which also places it on first paint).
fn scroll_to_current(section: &web_sys::Element, instant: bool) {
    let Some(list) = find_as::<HtmlElement>(section, EVENTS.selector) else {
        return;
    };
    // A step may have no event of its own.
    let current = all(&list, EVENT.selector)
        .into_iter()
        .find(|e| e.class_list().contains(CURRENT.name));
    let Some(card) = current.and_then(|e| e.dyn_into::<HtmlElement>().ok()) else {
        return;
    };
    let left = card.offset_left() - list.offset_left();
    let options = web_sys::ScrollToOptions::new();
    options.set_left(f64::from((left - 16).max(0)));
    if instant {
        options.set_behavior(web_sys::ScrollBehavior::Instant);
    }
    list.scroll_to_with_scroll_to_options(&options);
}

#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_app_state();
    let section = NodeRef::<leptos::html::Section>::new();
    let html = timeline_inner(
        state.step.get_untracked(),
        Target::App {
            embed: state.embed_in_url,
        },
    )
    .into_string();
    // The first placement is instant: a smooth scroll during loading counts
    // as the reader scrolling, and Chromium then stops measuring the
    // page's Largest Contentful Paint. (Hidden, the row has no layout:
    // wait until the app is on screen.)
    effect_with(move |placed: Option<bool>| {
        let index = state.step.get();
        let Some(section) = section.get() else {
            return false;
        };
        mark(&section, index);
        if !state.revealed.get() {
            return false;
        }
        scroll_to_current(&section, placed != Some(true));
        true
    });
    view! {
        <section
            class=WRAPPER.class
            aria-labelledby=WRAPPER.labelled_by
            node_ref=section
            inner_html=html
            on:click=handler(move |ev| follow_step_link(state, ev))
        ></section>
    }
}
