//! The page shell: reads the URL once, owns the few signals the views
//! share, and writes state changes back to the URL.

use crate::browser::url_sync::{current_query, write_query, HistoryMode};
use crate::data::{self, KnownData};
use crate::model::url_state::{self, UrlState};
use crate::views::{
    notice::Notice, vote_picker::VotePicker, vote_summary::VoteSummary, vote_table::VoteTable,
};
use leptos::prelude::*;

/// The state the URL carries, resolved against the data.
struct Resolved {
    vote: &'static str,
    notice: Option<String>,
}

fn resolve(query: &str) -> Resolved {
    let (state, rejected) = url_state::parse(query, &KnownData);
    let vote = state
        .vote
        .as_deref()
        .and_then(data::vote)
        .unwrap_or_else(data::headline_vote)
        .id;
    let notice = (!rejected.is_empty()).then(|| {
        let keys: Vec<&str> = rejected.iter().map(|r| r.key).collect();
        format!(
            "Part of this link could not be used ({}), so the explainer shows its default view.",
            keys.join(", ")
        )
    });
    Resolved { vote, notice }
}

#[component]
pub fn App() -> impl IntoView {
    let start = resolve(&current_query());
    let vote_id = RwSignal::new(start.vote);
    let notice = RwSignal::new(start.notice);
    let vote =
        Signal::derive(move || data::vote(vote_id.get()).unwrap_or_else(data::headline_vote));

    // Write state to the URL: replace on the first run (so loading a page
    // adds no history entry), push on every change after.
    Effect::new(move |first_done: Option<()>| {
        let state = UrlState {
            vote: (vote_id.get() != data::headline_vote().id).then(|| vote_id.get().to_string()),
            country: None,
        };
        let mode = if first_done.is_some() {
            HistoryMode::Push
        } else {
            HistoryMode::Replace
        };
        write_query(&url_state::format(&state), mode);
    });
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        vote_id.set(resolve(&current_query()).vote);
    });

    view! {
        <a class="skip-link" href="#vote-table">"Skip to the table of votes"</a>
        <header class="site-header">
            <p class="kicker">"The UN and the future of the Internet"</p>
            <h1>"Countering cybercrime, or controlling the Internet?"</h1>
        </header>
        <main id="main">
            <Notice message=notice />
            <VotePicker selected=vote_id on_pick=move |id| vote_id.set(id) />
            <VoteSummary vote=vote />
            <VoteTable vote=vote />
        </main>
        <footer class="site-footer">
            <p>
                "Vote lists: UN summary records and UN Digital Library voting records, with the Voeten UN General Assembly voting data. "
                "Sponsor: named on draft A/C.3/74/L.11. Co-sponsor: on the list published by Russia’s Foreign Ministry on 22 November 2019, not a UN list."
            </p>
        </footer>
    }
}
