//! What a vote was and its result (markup/vote_summary.rs), and its
//! sources, whose list stays open across vote switches.

use crate::markup::vote_summary::{source_items, vote_summary};
use crate::model::Vote;
use leptos::prelude::*;

#[component]
pub fn VoteSummary(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    view! {
        <section class="vote-summary" aria-labelledby="vote-title">
            <div inner_html=move || vote_summary(vote.get())></div>
            <details class="sources">
                <summary>"Sources"</summary>
                <ul inner_html=move || source_items(vote.get().sources)></ul>
            </details>
        </section>
    }
}
