//! The current step: where it sits in the story, its text, its picture,
//! its sources, and the controls to move on.

use super::{
    copy_link::CopyLink, embed_dialog::EmbedDialog, prose::Prose, step_figure::StepFigure,
};
use crate::browser::page::{base_folder, focus};
use crate::data;
use crate::model::step_nav::Move;
use crate::state::use_app_state;
use leptos::prelude::*;

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
    view! {
        <article class="step" data-step=move || step().slug aria-labelledby="step-title">
            <p class="step-position">
                {move || format!("Step {} of {}", state.step.get() + 1, total)}
                " · "
                <time datetime=move || step().when>{move || step().when_label}</time>
            </p>
            <h2 id="step-title" tabindex="-1">{move || step().title}</h2>
            <div class="step-layout">
                <div class="step-text">{move || view! { <Prose paragraphs=step().body /> }}</div>
                {
                    let shown = Memo::new(move |_| step().vote.is_some() || !step().both_yes.is_empty());
                    move || shown.get().then(|| view! {
                    <StepFigure />
                                    })
                }
            </div>
            <section class="step-sources" aria-label="Sources for this step">
                <h3>"Sources"</h3>
                <ul>
                    {move || {
                        step()
                            .sources
                            .iter()
                            .map(|s| view! {
                                <li><a href=s.url target="_blank" rel="noopener noreferrer">{s.label}</a></li>
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
            <nav class="step-nav" aria-label="Step navigation" hidden=state.locked>
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
