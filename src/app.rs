//! The page shell: creates the shared state from the URL, keeps the URL,
//! the title and the keyboard in step with it, and lays out the views.

use crate::browser::embed_resize::report_height_to_parent;
use crate::browser::page::{base_url, prerendered_step, remove_prerendered};
use crate::browser::page::{is_framed, set_title, wants_own_keys};
use crate::browser::url_sync::{current_query, write_query_soon, HistoryMode};
use crate::data::{self, KnownData};
use crate::model::step_nav::Move;
use crate::model::url_state;
use crate::model::view_kind::ViewKind;
use crate::state::AppState;
use crate::views::print_handout::PrintHandout;
use crate::views::{
    compare_panel::ComparePanel, contents::Contents, country_card::CountryCard,
    country_search::CountrySearch, downloads::Downloads, group_split::GroupSplit, notice::Notice,
    step_panel::StepPanel, tile_grid::TileGrid, timeline::Timeline, view_switch::ViewSwitch,
    vote_picker::VotePicker, vote_summary::VoteSummary, vote_table::VoteTable, world_map::WorldMap,
};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let framed = is_framed();
    // A prerendered step page opens at its step unless the link names another
    // (the first `step` in the query wins).
    let query = match prerendered_step() {
        Some(slug) => format!("{}&step={}", current_query(), url_state::encode(&slug)),
        None => current_query(),
    };
    let state = AppState::from_query(&query, framed);
    provide_context(state);
    if framed {
        report_height_to_parent();
    }

    // The URL follows the state. The first write replaces (loading adds no
    // history entry); later ones push, unless embedded, where the host
    // page's history must stay untouched.
    Effect::new(move |done_before: Option<()>| {
        let query = url_state::format(&state.url_state(), &KnownData);
        let push = done_before.is_some() && !state.embedded;
        write_query_soon(
            query,
            if push {
                HistoryMode::Push
            } else {
                HistoryMode::Replace
            },
        );
    });
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        state.apply_query(&current_query())
    });
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        let modified = ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.shift_key();
        if ev.default_prevented() || modified || wants_own_keys(ev.target()) {
            return;
        }
        if let Some(to) = Move::from_key(&ev.key()) {
            ev.prevent_default();
            state.go(to);
        }
    });
    // The static copy written at build time gives way once the app has drawn.
    Effect::new(move |_| remove_prerendered());
    Effect::new(move |_| {
        set_title(&format!(
            "{} · {}",
            state.current_step().title,
            data::site().title
        ))
    });

    let site = data::site();
    let vote = Signal::derive(move || state.vote());
    view! {
        <div class="app" class:embedded=state.embedded>
            <a class="skip-link" href="#step-title">"Skip to the story"</a>
            <a class="skip-link" href="#explore">"Skip to the votes"</a>
            <header class="site-header">
                <p class="kicker">{site.kicker}</p>
                <h1>{site.title}</h1>
                <p class="standfirst">{site.standfirst}</p>
                {state.embedded.then(|| view! {
                    <a
                        class="open-full"
                        href=move || format!("{}?step={}", base_url(), state.current_step().slug)
                        target="_blank"
                        rel="noopener"
                    >
                        "Open the full explainer ↗"
                    </a>
                })}
            </header>
            <main id="main">
                <Notice message=state.notice />
                <p class="visually-hidden" aria-live="polite">{move || state.announcement.get()}</p>
                {(!state.locked).then(|| view! { <Contents /> <Timeline /> })}
                <StepPanel />
                <section class="explore" id="explore" tabindex="-1" aria-labelledby="explore-heading" hidden=state.locked>
                    <h2 id="explore-heading">"Explore every recorded vote"</h2>
                    <VotePicker
                        selected=Signal::derive(move || state.vote().id)
                        on_pick=move |id| state.picked_vote.set(Some(id))
                    />
                    <VoteSummary vote=vote />
                    <div class="explore-tools">
                        <ViewSwitch />
                        <CountrySearch />
                    </div>
                    {move || match state.view.get() {
                        ViewKind::Map => view! { <WorldMap vote=vote /> }.into_any(),
                        ViewKind::Grid => view! { <TileGrid vote=vote /> }.into_any(),
                        ViewKind::Table => view! { <VoteTable vote=vote /> }.into_any(),
                    }}
                    <CountryCard />
                    <GroupSplit vote=vote />
                    <ComparePanel />
                </section>
            </main>
            {(!state.embedded).then(|| view! { <div class="downloads-wrap"><Downloads /></div> })}
            <PrintHandout />
            <footer class="site-footer">
                <p>{site.credit}</p>
                <p>
                    "Sponsor: named on draft A/C.3/74/L.11. Co-sponsor: on the list published by Russia’s Foreign Ministry on 22 November 2019, not a UN list."
                </p>
            </footer>
        </div>
    }
}
