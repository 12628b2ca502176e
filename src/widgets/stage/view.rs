//! The stage's figure, kept in view beside (or above) the story: on a step
//! with a figure of its own, that figure (widgets/figures/chart.rs), with
//! the map a tap away; else a line naming what it shows, then the map, the
//! equal-size grid or the table. Every step, and every control in the
//! explorer, acts on this one figure.

use crate::browser::dom::{action_of, find};
use crate::browser::fill::fill_parts;
use crate::data;
use crate::html::action::Action;
use crate::html::page::STAGE_FIGURE;
use crate::model::region::Region;
use crate::model::view_kind::ViewKind;
use crate::state::use_app_state;
use crate::view_kit::effect::effect;
use crate::view_kit::handler::handler;
use crate::widgets::figures::chart::{chart_panel, CHART};
use crate::widgets::stage::map::REGION;
use crate::widgets::stage::write::{chart_return, stage_title, CHART_RETURN, SHOWING, STAGE_TITLE};
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
    let stage = NodeRef::<leptos::html::Div>::new();
    let first = untrack(|| stage_title(state.vote(), state.comparing())).into_string();
    effect(move || {
        let html = stage_title(state.vote(), state.comparing());
        if let Some(p) = title.get() {
            p.set_inner_html(html.as_str());
        }
    });
    // The panel is drawn when its step's figure is asked for, and emptied
    // when the map is: a hidden figure costs nothing.
    // Set here rather than as reactive attributes, which cost the wasm more.
    effect(move || {
        let step = state.stage_step();
        let showing = state.shows_chart();
        let Some(stage) = stage.get() else {
            return;
        };
        let _ = stage.set_attribute(SHOWING, if showing { "chart" } else { "map" });
        if let Some(back) = find(&stage, CHART_RETURN.selector) {
            let _ = back.toggle_attribute_with_force("hidden", step.figure.is_none());
        }
        if let Some(panel) = find(&stage, CHART.selector) {
            if showing {
                panel.set_inner_html(chart_panel(step).as_str());
                fill_parts(&panel);
            } else {
                panel.set_inner_html("");
            }
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| match action_of(&ev) {
        Some((Action::ShowMap, _)) => state
            .picked_vote
            .set(Some(data::step_vote(state.stage_step()).id)),
        Some((Action::Zoom, button)) => {
            let region = button
                .get_attribute(REGION.name)
                .and_then(|slug| Region::from_slug(&slug));
            state
                .zoom
                .set(region.map(|r| (state.stage_step.get_untracked(), r)));
        }
        Some((Action::ShowChart, _)) => {
            state.picked_vote.set(None);
            state.country.set(None);
            state.view.set(ViewKind::default());
        }
        _ => {}
    };
    // Either, not `into_any()`: a type-erased view carries every rendering
    // method (server ones included) into the wasm.
    view! {
        // The step it shows, which follows the story's a frame later.
        <div
            class=STAGE_FIGURE.name
            data-stage-step=move || state.stage_step().slug
            node_ref=stage
            on:click=handler(on_click)
        >
            <div class=CHART.name></div>
            <p class=STAGE_TITLE.name node_ref=title inner_html=first></p>
            <p class=CHART_RETURN.name hidden inner_html=chart_return().into_string()></p>
            {move || match state.view.get() {
                ViewKind::Map => EitherOf3::A(view! { <WorldMap vote=vote /> }),
                ViewKind::Grid => EitherOf3::B(view! { <TileGrid vote=vote /> }),
                ViewKind::Table => EitherOf3::C(view! { <VoteTable vote=vote /> }),
            }}
        </div>
    }
}
