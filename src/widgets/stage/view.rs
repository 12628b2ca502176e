//! The stage's figure, kept in view beside (or above) the story: a line
//! naming what it shows, then the map, the equal-size grid or the table.
//! Every step, and every control in the explorer, acts on this one figure.

use crate::html::page::STAGE_FIGURE;
use crate::model::view_kind::ViewKind;
use crate::state::use_app_state;
use crate::view_kit::effect::effect;
use crate::widgets::stage::write::{stage_title, STAGE_TITLE};
use crate::widgets::{
    stage::map_view::WorldMap, table::view::VoteTable, tile_grid::view::TileGrid,
};
use leptos::either::EitherOf3;
use leptos::prelude::*;

#[component]
pub fn StageFigure() -> impl IntoView {
    let state = use_app_state();
    let vote = Signal::derive(move || state.shown_vote());
    let title = NodeRef::<leptos::html::P>::new();
    let first = untrack(|| stage_title(state.vote(), state.comparing())).into_string();
    effect(move || {
        let html = stage_title(state.vote(), state.comparing());
        if let Some(p) = title.get() {
            p.set_inner_html(html.as_str());
        }
    });
    // Either, not `into_any()`: a type-erased view carries every rendering
    // method (server ones included) into the wasm.
    view! {
        // The step it shows, which follows the story's a frame later.
        <div class=STAGE_FIGURE.name data-stage-step=move || state.stage_step().slug>
            <p class=STAGE_TITLE.name node_ref=title inner_html=first></p>
            {move || match state.view.get() {
                ViewKind::Map => EitherOf3::A(view! { <WorldMap vote=vote /> }),
                ViewKind::Grid => EitherOf3::B(view! { <TileGrid vote=vote /> }),
                ViewKind::Table => EitherOf3::C(view! { <VoteTable vote=vote /> }),
            }}
        </div>
    }
}
