//! Switches between the map, the equal-size grid and the table: three
//! buttons written as text (widgets/view_switch/write.rs), heard by delegation,
//! pressed by one effect.

use crate::browser::dom::{all, closest, set_pressed};
use crate::model::view_kind::ViewKind;
use crate::state::use_app_state;
use crate::view_kit::effect::effect;
use crate::view_kit::handler::handler;
use crate::widgets::view_switch::write::{view_buttons, VIEW};
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
        <div node_ref=root class="view-switch" role="group" aria-label=ui_plain!(view_switch show_vote_as) on:click=handler(pick) inner_html=view_buttons().into_string()></div>
    }
}
