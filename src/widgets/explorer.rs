//! "Explore every recorded vote": the vote picker, the switch between map,
//! grid and table and the country search (`StageTools`, under the stage's
//! figure, so they are in view beside it), and below the step the vote's
//! summary, the country card, the group split and the comparison of two
//! votes (`Explorer`). They all act on the stage's one figure
//! (widgets/stage/view.rs). The app builds them in a task of its own after
//! the story (see app.rs).

use crate::browser::startup::next_task;
use crate::html::page::EXPLORE_TOOLS;
use crate::state::use_app_state;
use crate::widgets::stage::map::map_note;
use crate::widgets::{
    comparison::view::ComparePanel, country_card::view::CountryCard, group_split::view::GroupSplit,
    search::view::CountrySearch, view_switch::view::ViewSwitch, vote_summary::picker::VotePicker,
    vote_summary::view::VoteSummary,
};
use leptos::prelude::*;

#[component]
pub fn Explorer() -> impl IntoView {
    let state = use_app_state();
    let vote = Signal::derive(move || state.vote());
    // The card, group split and comparison come a task later still.
    let rest_ready = RwSignal::new(false);
    next_task(move || rest_ready.set(true));
    view! {
        <VoteSummary vote=vote />
        <div class="map-note-wrap" inner_html=map_note().into_string()></div>
        {move || rest_ready.get().then(|| view! {
            <CountryCard />
            <GroupSplit vote=Signal::derive(move || state.shown_vote()) />
            <ComparePanel />
        })}
    }
}

/// The explorer's controls, under the stage's figure: map, grid or table,
/// a country, and which vote.
#[component]
pub fn StageTools() -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class=EXPLORE_TOOLS.name>
            <ViewSwitch />
            <CountrySearch />
            <VotePicker
                selected=Signal::derive(move || state.vote().id)
                on_pick=move |id| state.picked_vote.set(Some(id))
            />
        </div>
    }
}
