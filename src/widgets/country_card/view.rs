//! The selected member state's card (widgets/country_card/write.rs), shown while
//! a state is selected; its Close button clears the selection.

use crate::browser::dom::action_of;
use crate::browser::keep_clear;
use crate::html::action::Action;
use crate::html::page::EXPLORE;
use crate::state::use_app_state;
use crate::view_kit::effect::effect_with;
use crate::view_kit::handler::handler;
use crate::widgets::country_card::write::country_card;
use leptos::prelude::*;

#[component]
pub fn CountryCard() -> impl IntoView {
    let state = use_app_state();
    let close = move |ev: leptos::ev::MouseEvent| {
        if let Some((Action::CloseCard, _)) = action_of(&ev) {
            state.country.set(None);
        }
    };
    // A state picked in the explorer (its search, say) opens its card where
    // the reader can see it. One picked on the stage's map, grid or table
    // shows there already, and the page stays put under the pointer.
    let slot = NodeRef::<leptos::html::Div>::new();
    effect_with(move |before: Option<Option<usize>>| {
        let now = state.country.get();
        if before.is_some() && now.is_some() && before != Some(now) && focus_in_explorer() {
            if let Some(card) = slot.get().and_then(|s| s.first_element_child()) {
                keep_clear::reveal(&card);
            }
        }
        now
    });
    view! {
        <div
            class="card-slot"
            node_ref=slot
            on:click=handler(close)
            inner_html=move || state.country.get().map(|i| country_card(i).into_string()).unwrap_or_default()
        ></div>
    }
}

/// Whether keyboard focus is in the explorer's tools, below the step.
fn focus_in_explorer() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|el| el.closest(EXPLORE.selector).ok().flatten())
        .is_some()
}
