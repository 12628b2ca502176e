//! The compact timeline, 1998 to today (widgets/timeline/write.rs): its events
//! link to their steps, and the current step's marks move in place, so the
//! scrolling row of events keeps its position.

use crate::browser::dom::{all, find_as, find_optional, mark_current_step};
use crate::browser::startup::after_next_paint;
use crate::data;
use crate::view_kit::effect::effect_with;
use crate::view_kit::handler::handler;
use crate::widgets::contents::view::step_links;
use crate::widgets::timeline::write::{
    dot_class, dot_radius, is_current, timeline_inner, CARDS, CURRENT, DOT, EVENT, EVENTS,
    EVENT_LINK, WRAPPER,
};
use leptos::prelude::*;
use web_sys::HtmlElement;

/// Moves the current mark from step `from`'s events (and their dots) to
/// step `to`'s, touching only the events whose mark changes: an attribute
/// written, even with its old value, costs the browser a style recalc.
fn mark(section: &web_sys::Element, from: Option<usize>, to: usize) {
    let dots = all(section, DOT.selector);
    let items = all(section, EVENT.selector);
    for (i, e) in data::timeline().iter().enumerate() {
        let on = is_current(e, to);
        if from.is_some_and(|from| is_current(e, from) == on) {
            continue;
        }
        if let Some(dot) = dots.get(i) {
            let _ = dot.set_attribute("class", dot_class(on));
            let _ = dot.set_attribute("r", dot_radius(on));
        }
        if let Some(item) = items.get(i) {
            let _ = item.class_list().toggle_with_force(CURRENT.name, on);
            // An event no step covers has no link.
            if let Some(a) = find_optional(item, EVENT_LINK) {
                mark_current_step(&a, on);
            }
        }
    }
}

/// Places the row when its cards are open (closed, it has no layout).
fn place_if_open(section: &web_sys::Element, instant: bool) {
    let cards = find_optional(section, CARDS.selector);
    if cards.is_some_and(|cards| cards.has_attribute("open")) {
        scroll_to_current(section, instant);
    }
}

/// Scrolls the row so the current event sits 16 px in from the row's
/// start (the row's scroll-padding, which also places it on first paint):
/// its left edge, or its right edge in a page read right to left, where the
/// row scrolls the other way (its scrollLeft runs from 0 down).
fn scroll_to_current(section: &web_sys::Element, instant: bool) {
    let Some(list) = find_as::<HtmlElement>(section, EVENTS.selector) else {
        return;
    };
    // A step may have no event of its own.
    let current = all(&list, EVENT.selector)
        .into_iter()
        .find(|e| e.class_list().contains(CURRENT.name));
    let Some(card) = current else {
        return;
    };
    let (row, at) = (
        list.get_bounding_client_rect(),
        card.get_bounding_client_rect(),
    );
    let by = if crate::ui::RIGHT_TO_LEFT {
        at.right() - (row.right() - 16.0)
    } else {
        at.left() - (row.left() + 16.0)
    };
    let options = web_sys::ScrollToOptions::new();
    options.set_left(f64::from(list.scroll_left()) + by);
    if instant {
        options.set_behavior(web_sys::ScrollBehavior::Instant);
    }
    list.scroll_to_with_scroll_to_options(&options);
}

#[component]
pub fn Timeline() -> impl IntoView {
    let (state, links) = step_links(WRAPPER, timeline_inner);
    let section = NodeRef::<leptos::html::Section>::new();
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
            {..links}
            node_ref=section
            on:toggle:capture=handler(move |_| {
                if let Some(section) = section.get_untracked() {
                    place_if_open(&section, true)
                }
            })
        ></section>
    }
}
