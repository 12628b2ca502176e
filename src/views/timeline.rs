//! The compact timeline, 1998 to today: a scale that shows where the story's
//! events fall, and a row of events that jump to the steps covering them.

use super::contents::{follow_step_link, step_href};
use crate::data;
use crate::model::decimal::decimal;
use crate::model::timeline_scale::{x_of, TICKS};
use crate::state::use_app_state;
use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_app_state();
    let current_slug = move || state.current_step().slug;
    let step_index = |slug: &str| data::steps().iter().position(|s| s.slug == slug);
    let list = NodeRef::<leptos::html::Ol>::new();
    // Keep the current step's event in view inside the scrolling row, 16 px
    // in (the row's scroll-padding, which also places it on first paint).
    // The first placement is instant: a smooth scroll during loading counts
    // as the reader scrolling, and Chromium then stops measuring the
    // page's Largest Contentful Paint.
    // (Hidden, the row has no layout: wait until the app is on screen.)
    Effect::new(move |first: Option<bool>| {
        state.step.track();
        if !state.revealed.get() {
            return false;
        }
        let first = first != Some(true);
        if let Some(list) = list.get() {
            if let Some(Ok(card)) = list
                .query_selector(".timeline-event.current")
                .ok()
                .flatten()
                .map(|c| c.dyn_into::<web_sys::HtmlElement>())
            {
                let left = card.offset_left() - list.offset_left();
                let options = web_sys::ScrollToOptions::new();
                options.set_left(f64::from((left - 16).max(0)));
                if first {
                    options.set_behavior(web_sys::ScrollBehavior::Instant);
                }
                list.scroll_to_with_scroll_to_options(&options);
            }
        }
        true
    });
    view! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" class="timeline-heading">"Timeline, 1998 to today"</h2>
            <svg class="timeline-scale" viewBox="0 -16 1000 44" aria-hidden="true" focusable="false">
                <line class="axis" x1="0" x2="1000" y1="10" y2="10" />
                {TICKS
                    .into_iter()
                    .map(|year| {
                        let tx = decimal(x_of(f32::from(year)), 1);
                        view! {
                            <line class="tick" x1=tx.clone() x2=tx.clone() y1="4" y2="16" />
                            <text class="tick-label" x=tx y="-4" text-anchor="middle">{year}</text>
                        }
                    })
                    .collect_view()}
                {data::timeline()
                    .iter()
                    .map(|e| {
                        let current = move || e.steps.contains(&current_slug());
                        view! {
                            <circle
                                class="event-dot"
                                class:current=current
                                cx=decimal(x_of(e.position), 1)
                                cy="10"
                                r=move || if current() { "7" } else { "4.5" }
                            />
                        }
                    })
                    .collect_view()}
            </svg>
            <ol class="timeline-events" node_ref=list>
                {data::timeline()
                    .iter()
                    .map(|e| {
                        let target = e.steps.first().and_then(|s| step_index(s));
                        let current = move || e.steps.contains(&current_slug());
                        let body = view! {
                            <time datetime=e.date>{e.date_label}</time>
                            <span class="event-label">{e.label}</span>
                        };
                        view! {
                            <li class="timeline-event" class:current=current>
                                {match target {
                                    Some(i) => Either::Left(view! {
                                        <a
                                            href=step_href(i, state.embed_in_url)
                                            aria-current=move || current().then_some("step")
                                            on:click=move |ev| follow_step_link(state, ev, i)
                                        >
                                            {body}
                                        </a>
                                    }),
                                    None => Either::Right(view! { <span>{body}</span> }),
                                }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
