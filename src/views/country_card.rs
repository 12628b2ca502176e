//! The selected member state's card (markup/country_card.rs), shown while
//! a state is selected; its Close button clears the selection.

use crate::browser::keep_clear;
use crate::markup::country_card::country_card;
use crate::state::use_app_state;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn CountryCard() -> impl IntoView {
    let state = use_app_state();
    let close = move |ev: leptos::ev::MouseEvent| {
        let on_close = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-action=close-card]").ok().flatten());
        if on_close.is_some() {
            state.country.set(None);
        }
    };
    // A state picked from the search, the map, the grid or the table opens
    // its card where the reader can see it (the map stays in view anyway).
    let slot = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |before: Option<Option<usize>>| {
        let now = state.country.get();
        if before.is_some() && now.is_some() && before != Some(now) {
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
            on:click=close
            inner_html=move || state.country.get().map(country_card).unwrap_or_default()
        ></div>
    }
}
