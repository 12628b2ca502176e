//! Compare two votes state by state: presets, two pickers, and the
//! comparison itself, all written as text (widgets/comparison/controls.rs,
//! widgets/comparison/write.rs). One effect keeps the controls in step with the
//! state; while a comparison is on, the map colours states by transition.

use crate::browser::dom::{action_of, all, closest, find, set_pressed};
use crate::browser::page::focus;
use crate::data;
use crate::html::action::Action;
use crate::model::compare::{parse_pair, pick, Side};
use crate::state::use_app_state;
use crate::view_kit::effect::effect_after_paint;
use crate::view_kit::handler::handler;
use crate::widgets::comparison::controls::{
    compare_controls, picker, side_of_picker, COMPARE, COMPARE_HEADING, PICKER, PICKERS,
    TRANSITION_VIEW,
};
use crate::widgets::comparison::write::transitions_html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ComparePanel() -> impl IntoView {
    let state = use_app_state();
    let root = NodeRef::<leptos::html::Section>::new();
    // Below the stage: brought up to date after the change the reader
    // waits for (the stage's own key and colours come first).
    let read = move || {
        root.track();
        state
            .compare
            .get()
            .and_then(|(a, b)| Some((data::vote(a)?, data::vote(b)?)))
    };
    effect_after_paint(read, move |pair| {
        let Some(root) = root.get_untracked() else {
            return;
        };
        let find = |selector: &str| find(&root, selector);
        let value = pair.map(|(a, b)| format!("{},{}", a.id, b.id));
        for b in all(&root, COMPARE.selector) {
            set_pressed(
                &b,
                value.is_some() && b.get_attribute(COMPARE.name) == value,
            );
        }
        if let Some(pickers) = find(PICKERS.selector) {
            let _ = pickers.toggle_attribute_with_force("hidden", pair.is_none());
        }
        if let Some((a, b)) = pair {
            for (side, id) in [(Side::From, a.id), (Side::To, b.id)] {
                if let Some(select) = find(picker(side).selector) {
                    select
                        .unchecked_into::<web_sys::HtmlSelectElement>()
                        .set_value(id);
                }
            }
        }
        if let Some(view) = find(TRANSITION_VIEW.selector) {
            view.set_inner_html(
                pair.map(|(a, b)| transitions_html(a, b))
                    .unwrap_or_default()
                    .as_str(),
            );
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(button) = closest(&ev, COMPARE.selector) {
            let value = button.get_attribute(COMPARE.name).unwrap_or_default();
            if let Some((a, b)) = parse_pair(&value, |id| data::vote(id).is_some()) {
                if let (Some(a), Some(b)) = (data::vote(&a), data::vote(&b)) {
                    state.compare.set(Some((a.id, b.id)));
                }
            }
        } else if matches!(action_of(&ev), Some((Action::StopCompare, _))) {
            state.compare.set(None);
            focus(COMPARE_HEADING);
        }
    };
    let on_change = move |ev: web_sys::Event| {
        let Some(select) = closest(&ev, PICKER) else {
            return;
        };
        let Some(picked) = data::vote(&event_target_value(&ev)) else {
            return;
        };
        let Some(side) = select
            .get_attribute("name")
            .as_deref()
            .and_then(side_of_picker)
        else {
            return;
        };
        let pair = state
            .compare
            .get_untracked()
            .unwrap_or(("3c-2018", "3c-2019"));
        state.compare.set(Some(pick(pair, side, picked.id)));
    };
    view! {
        <section
            node_ref=root
            class="compare"
            aria-labelledby="compare-heading"
            on:click=handler(on_click)
            on:change=handler(on_change)
            inner_html=compare_controls().into_string()
        ></section>
    }
}
