//! The table of contents: every step, marked where the reader is, each a
//! real link (`?step=slug`) that also works when opened in a new tab.

use crate::browser::page::focus;
use crate::data::{self, KnownData};
use crate::model::step_nav::Move;
use crate::model::url_state::{self, UrlState};
use crate::state::{use_app_state, AppState};
use leptos::prelude::*;

/// The href for a step, keeping embed mode when the link asked for it.
pub fn step_href(index: usize, embed: bool) -> String {
    let state = UrlState {
        step: Some(index),
        embed,
        ..UrlState::default()
    };
    url_state::format(&state, &KnownData)
}

/// Follows a step link inside the app, unless the reader wants a new tab.
pub fn follow_step_link(state: AppState, ev: leptos::ev::MouseEvent, index: usize) {
    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
        return;
    }
    ev.prevent_default();
    state.go(Move::To(index));
    focus("step-title");
}

#[component]
pub fn Contents() -> impl IntoView {
    let state = use_app_state();
    let steps = data::steps();
    view! {
        <nav class="contents" aria-labelledby="contents-heading">
            <details>
                <summary id="contents-heading">
                    "Contents "
                    <span class="contents-position">
                        {move || format!("(step {} of {})", state.step.get() + 1, steps.len())}
                    </span>
                </summary>
                <ol>
                    {steps
                        .iter()
                        .enumerate()
                        .map(|(i, step)| {
                            view! {
                                <li>
                                    <a
                                        href=step_href(i, state.embed_in_url)
                                        aria-current=move || (state.step.get() == i).then_some("step")
                                        on:click=move |ev| follow_step_link(state, ev, i)
                                    >
                                        {step.title}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </details>
        </nav>
    }
}
