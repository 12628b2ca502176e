//! What a vote was, when and where it happened, what it set in motion,
//! and its result.

use super::source_list::SourceList;
use super::tally_bar::TallyBar;
use crate::model::Vote;
use leptos::prelude::*;

#[component]
pub fn VoteSummary(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let tally = Signal::derive(move || vote.get().tally());
    view! {
        <section class="vote-summary" aria-labelledby="vote-title">
            <p class="vote-meta">
                <span class="vote-body">{move || vote.get().body.label()}</span>
                " · "
                <time datetime=move || vote.get().date>{move || vote.get().date_label}</time>
                " · "
                <span class="symbol">{move || vote.get().symbol}</span>
            </p>
            <h2 id="vote-title">{move || vote.get().title}</h2>
            <p class="vote-decided">{move || vote.get().decided}</p>
            <p class="vote-result" id="vote-result">
                <span class="result-line">{move || tally.get().result_line()}</span>
                {move || {
                    let t = tally.get();
                    format!(
                        ": {} in favour, {} against, {} abstentions; {} member states did not vote.",
                        t.yes, t.no, t.abstain, t.absent
                    )
                }}
            </p>
            <TallyBar tally=tally />
            <p class="vote-note">
                <span class="basis">{move || vote.get().totals_basis.label()}</span>
                ". "
                {move || vote.get().note}
            </p>
            <SourceList sources=Signal::derive(move || vote.get().sources) />
        </section>
    }
}
