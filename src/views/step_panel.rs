//! The current step: where it sits in the story, its text, its picture and
//! its sources (written as text by markup/step.rs, redrawn when the step
//! or the shown vote changes), then the controls to move on.

use super::{copy_link::CopyLink, embed_dialog::EmbedDialog};
use crate::browser::page::{base_folder, focus};
use crate::browser::text_markup::{closest, replace_before};
use crate::data;
use crate::markup::step::step_html;
use crate::markup::Target;
use crate::model::step_nav::Move;
use crate::state::{use_app_state, AppState};
use leptos::prelude::*;

/// A click on the figure's "Compare these two votes" (`data-compare="a,b"`)
/// opens that comparison in the explorer below.
fn open_comparison(state: AppState, ev: leptos::ev::MouseEvent) {
    let Some(pair) = closest(&ev, "[data-compare]").and_then(|b| b.get_attribute("data-compare"))
    else {
        return;
    };
    let votes = pair
        .split_once(',')
        .and_then(|(a, b)| Some((data::vote(a)?.id, data::vote(b)?.id)));
    if let Some(votes) = votes {
        state.compare.set(Some(votes));
        focus("compare-heading");
    }
}

#[component]
pub fn StepPanel() -> impl IntoView {
    let state = use_app_state();
    let total = data::steps().len();
    let step = move || state.current_step();
    let at_first = move || state.step.get() == 0;
    let at_last = move || state.step.get() + 1 >= total;
    // A disabled button loses focus; hand it to the heading instead.
    let press = move |to: Move| {
        state.go(to);
        if at_first() || at_last() {
            focus("step-title");
        }
    };
    // The text goes before the step's navigation. Focus on the old text
    // (the heading, after a jump to a step) moves to the new heading.
    let nav = NodeRef::<leptos::html::Nav>::new();
    let target = Target::App {
        embed: state.embed_in_url,
    };
    Effect::new(move |_| {
        let html = step_html(state.step.get(), state.vote(), target);
        if let Some(nav) = nav.get() {
            if replace_before(&nav, &html) {
                focus("step-title");
            }
        }
    });
    view! {
        <article
            class="step"
            data-step=move || step().slug
            aria-labelledby="step-title"
            on:click=move |ev| open_comparison(state, ev)
        >
            <nav class="step-nav" aria-label="Step navigation" hidden=state.locked node_ref=nav>
                <button type="button" class="button" disabled=at_first on:click=move |_| press(Move::Previous)>
                    <span aria-hidden="true">"← "</span>
                    "Previous"
                </button>
                <span class="step-count">{move || format!("{} / {}", state.step.get() + 1, total)}</span>
                <button type="button" class="button primary" disabled=at_last on:click=move |_| press(Move::Next)>
                    "Next"
                    <span aria-hidden="true">" →"</span>
                </button>
            </nav>
            <p class="key-hint" hidden=state.locked>
                "Tip: the ← and → keys move between steps; Home and End jump to the first and last."
            </p>
            <details class="cite-step">
                <summary>"Cite this step"</summary>
                <p>
                    {move || format!(
                        "“{}”, step {} of {} in “{}”, {}step-{}.html. After Justin Sherman and Mark Raymond, The Washington Post (Monkey Cage), 3 December 2019.",
                        step().title,
                        state.step.get() + 1,
                        total,
                        data::site().title,
                        base_folder(),
                        step().slug,
                    )}
                </p>
            </details>
            <div class="share">
                <CopyLink />
                {(!state.embedded).then(|| view! { <EmbedDialog /> })}
            </div>
        </article>
    }
}
