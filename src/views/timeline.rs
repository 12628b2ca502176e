//! The compact timeline, 1998 to today (markup/timeline.rs): its events
//! link to their steps, and the current step's marks move in place, so the
//! scrolling row of events keeps its position.

use super::contents::follow_step_link;
use super::effect::effect_with;
use super::handler::handler;
use crate::browser::dom::{all, find, find_as, mark_current_step};
use crate::browser::startup::after_next_paint;
use crate::data;
use crate::markup::timeline::{dot_radius, is_current, timeline_inner};
use crate::markup::Target;
use crate::state::use_app_state;
use leptos::prelude::*;
use web_sys::HtmlElement;

/// Moves the current mark from step `from`'s events (and their dots) to
/// step `to`'s, touching only the events whose mark changes: an attribute
/// written, even with its old value, costs the browser a style recalc.
fn mark(section: &web_sys::Element, from: Option<usize>, to: usize) {
    let dots = all(section, "circle.event-dot");
    let items = all(section, "li.timeline-event");
    for (i, e) in data::timeline().iter().enumerate() {
        let on = is_current(e, to);
        if from.is_some_and(|from| is_current(e, from) == on) {
            continue;
        }
        if let Some(dot) = dots.get(i) {
            let class = if on { "event-dot current" } else { "event-dot" };
            let _ = dot.set_attribute("class", class);
            let _ = dot.set_attribute("r", dot_radius(on));
        }
        if let Some(item) = items.get(i) {
            let _ = item.class_list().toggle_with_force("current", on);
            if let Some(a) = find(item, "a") {
                mark_current_step(&a, on);
            }
        }
    }
}

/// Places the row when its cards are open (closed, it has no layout).
fn place_if_open(section: &web_sys::Element, instant: bool) {
    if find(section, "details.timeline-cards[open]").is_some() {
        scroll_to_current(section, instant);
    }
}

/// Scrolls the row so the current event sits 16 px in (the row's
/// scroll-padding, which also places it on first paint).
fn scroll_to_current(section: &web_sys::Element, instant: bool) {
    let Some(list) = find_as::<HtmlElement>(section, "ol.timeline-events") else {
        return;
    };
    let Some(card) = find_as::<HtmlElement>(&list, ".timeline-event.current") else {
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
    );
    // The row of cards is placed after the step's change has been painted
    // (it reads the layout), and only while the cards are open; opening
    // them places it. The first placement is instant: a smooth scroll
    // during loading counts as the reader scrolling, and Chromium then
    // stops measuring the page's Largest Contentful Paint. (Hidden, the row
    // has no layout: wait until the app is on screen.)
    let first = state.step.get_untracked();
    effect_with(move |drawn: Option<(usize, bool)>| {
        let index = state.step.get();
        let (shown, placed) = drawn.unwrap_or((first, false));
        let Some(section) = section.get() else {
            return (shown, placed);
        };
        // The static copy already marks the first step.
        if drawn.is_some() {
            mark(&section, Some(shown), index);
        }
        if !state.revealed.get() {
            return (index, false);
        }
        after_next_paint(move || place_if_open(&section, !placed));
        (index, true)
    });
    view! {
        <section
            class="timeline"
            aria-labelledby="timeline-heading"
            node_ref=section
            inner_html=html
            on:click=handler(move |ev| follow_step_link(state, ev))
            on:toggle:capture=handler(move |_| {
                if let Some(section) = section.get_untracked() {
                    place_if_open(&section, true)
                }
            })
        ></section>
    }
}
