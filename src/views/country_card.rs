//! The selected member state's card (markup/country_card.rs), shown while
//! a state is selected; its Close button clears the selection.

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
    view! {
        <div
            class="card-slot"
            on:click=close
            inner_html=move || state.country.get().map(country_card).unwrap_or_default()
        ></div>
    }
}
