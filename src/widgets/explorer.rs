//! "Explore every recorded vote": the vote picker and summary, the switch
//! between map, grid and table, the country search and card, the group
//! split and the comparison of two votes. They all act on the stage's one
//! figure (widgets/stage/view.rs). Below the step, so the app builds them in a
//! task of its own after the story (see app.rs).

use crate::browser::startup::next_task;
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
        <VotePicker
            selected=Signal::derive(move || state.vote().id)
            on_pick=move |id| state.picked_vote.set(Some(id))
        />
        <VoteSummary vote=vote />
        <div class="explore-tools">
            <ViewSwitch />
            <CountrySearch />
        </div>
        <div class="map-note-wrap" inner_html=map_note().into_string()></div>
        {move || rest_ready.get().then(|| view! {
            <CountryCard />
            <GroupSplit vote=Signal::derive(move || state.shown_vote()) />
            <ComparePanel />
        })}
    }
}
