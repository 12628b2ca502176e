//! Switches between the map, the equal-size grid and the table: three
//! buttons written as text (markup/view_switch.rs), heard by delegation,
//! pressed by one effect.

use super::effect::effect;
use super::handler::handler;
use crate::browser::dom::{all, closest, set_pressed};
use crate::markup::view_switch::{view_buttons, VIEW};
use crate::model::view_kind::ViewKind;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn ViewSwitch() -> impl IntoView {
    let state = use_app_state();
    let root = NodeRef::<leptos::html::Div>::new();
    effect(move || {
        let shown = state.view.get().slug();
        if let Some(root) = root.get() {
            for b in all(&root, VIEW.selector) {
                set_pressed(&b, b.get_attribute(VIEW.name).as_deref() == Some(shown));
            }
        }
    });
    let pick = move |ev: leptos::ev::MouseEvent| {
        let kind = closest(&ev, VIEW.selector)
            .and_then(|b| b.get_attribute(VIEW.name))
            .and_then(|slug| ViewKind::from_slug(&slug));
        if let Some(kind) = kind {
            state.view.set(kind);
        }
    };
    view! {
        <div node_ref=root class="view-switch" role="group" aria-label="Show the vote as" on:click=handler(pick) inner_html=view_buttons().into_string()></div>
    }
}
