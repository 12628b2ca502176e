//! The picture beside a step's text: the result of the vote it rests on,
//! and how the states and groups it points at voted, always with numbers.

use super::tally_bar::TallyBar;
use crate::browser::page::focus;
use crate::data;
use crate::model::compare::both_yes;
use crate::model::decimal::decimal;
use crate::model::{Choice, Tally};
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn StepFigure() -> impl IntoView {
    let state = use_app_state();
    let step = move || state.current_step();
    let vote = move || state.vote();
    let tally = Signal::derive(move || vote().tally());
    let summary = |t: Tally| t.in_words();
    view! {
        <div class="step-figure">
            <p class="figure-title">
                <span class="symbol">{move || vote().symbol}</span>
                ", "
                {move || vote().date_label}
                ": "
                <strong>{move || summary(tally.get())}</strong>
            </p>
            <TallyBar tally=tally />
            {
                let shown = Memo::new(move |_| !step().highlight.is_empty());
                move || shown.get().then(|| view! {
                <h3 class="figure-subhead">"Highlighted in this step"</h3>
                <ul class="highlight-list">
                    {move || {
                        step()
                            .highlight
                            .iter()
                            .filter_map(|iso3| data::member_index(iso3))
                            .map(|i| {
                                let member = &data::members()[i];
                                let choice: Choice = vote().choice(i);
                                view! {
                                    <li data-iso3=member.iso3 data-vote=choice.slug()>
                                        <span class="highlight-name">{member.name}</span>
                                        <span class=format!("vote-chip vote-{}", choice.slug())>
                                            <span class="glyph" aria-hidden="true">{choice.glyph()}</span>
                                            " "
                                            {choice.label()}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                            })
            }
            {move || {
                step()
                    .both_yes
                    .iter()
                    .filter_map(|(a, b)| Some((data::vote(a)?, data::vote(b)?)))
                    .map(|(a, b)| {
                        let count = both_yes(a, b).len();
                        let total = data::members().len();
                        let share = decimal(count as f32 * 100.0 / total as f32, 3);
                        view! {
                            <div class="pair-figure">
                                <p class="pair-label">
                                    {format!("Voted yes on both {} and {}: ", a.symbol, b.symbol)}
                                    <strong>{format!("{count} of {total}")}</strong>
                                </p>
                                <svg class="pair-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                    <rect class="pair-rest" x="0" y="0" width="100" height="6" />
                                    <rect class="fill-yes" x="0" y="0" width=share height="6" />
                                </svg>
                                <button
                                    type="button"
                                    class="link-button"
                                    data-compare=format!("{},{}", a.id, b.id)
                                    on:click=move |_| {
                                        state.compare.set(Some((a.id, b.id)));
                                        focus("compare-heading");
                                    }
                                >
                                    "Compare these two votes state by state"
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
            {move || {
                step()
                    .highlight_groups
                    .iter()
                    .map(|group| {
                        let t = group.tally(data::members(), vote());
                        view! {
                            <p class="group-tally">
                                <strong>{format!("{} ({})", group.label(), t.total())}</strong>
                                ": "
                                {summary(t)}
                            </p>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
