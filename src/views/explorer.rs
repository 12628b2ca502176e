//! "Explore every recorded vote": the vote picker and summary, the map,
//! grid or table, the country search and card, the group split and the
//! comparison of two votes. Below the fold, so the app builds it in a task
//! of its own after the story (see app.rs).

use super::{
    compare_panel::ComparePanel, country_card::CountryCard, country_search::CountrySearch,
    group_split::GroupSplit, tile_grid::TileGrid, view_switch::ViewSwitch, vote_picker::VotePicker,
    vote_summary::VoteSummary, vote_table::VoteTable, world_map::WorldMap,
};
use crate::browser::startup::next_task;
use crate::model::view_kind::ViewKind;
use crate::state::use_app_state;
use leptos::either::EitherOf3;
use leptos::prelude::*;

#[component]
pub fn Explorer() -> impl IntoView {
    let state = use_app_state();
    let vote = Signal::derive(move || state.vote());
    // The card, group split and comparison come a task later still.
    let rest_ready = RwSignal::new(false);
    next_task(move || rest_ready.set(true));
    // Either, not `into_any()`: a type-erased view carries every rendering
    // method (server ones included) into the wasm.
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
        {move || match state.view.get() {
            ViewKind::Map => EitherOf3::A(view! { <WorldMap vote=vote /> }),
            ViewKind::Grid => EitherOf3::B(view! { <TileGrid vote=vote /> }),
            ViewKind::Table => EitherOf3::C(view! { <VoteTable vote=vote /> }),
        }}
        {move || rest_ready.get().then(|| view! {
            <CountryCard />
            <GroupSplit vote=vote />
            <ComparePanel />
        })}
    }
}
