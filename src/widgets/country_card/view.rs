//! The selected member state's card (widgets/country_card/write.rs), shown
//! on the stage while a state is selected: its Close button clears the
//! selection, and its link and sentence copy as the citations do.

use crate::browser::dom::action_of;
use crate::browser::keep_clear;
use crate::browser::page::base_folder;
use crate::data;
use crate::html::action::Action;
use crate::html::page::EXPLORE;
use crate::state::{use_app_state, AppState};
use crate::view_kit::effect::effect_with;
use crate::view_kit::handler::handler;
use crate::widgets::citations::view as cite_copy;
use crate::widgets::country_card::write::country_card;
use leptos::prelude::*;

#[component]
pub fn CountryCard() -> impl IntoView {
    let state = use_app_state();
    let on_click = move |ev: leptos::ev::MouseEvent| match action_of(&ev) {
        Some((Action::CloseCard, _)) => state.country.set(None),
        Some((Action::CiteCopy, button)) => cite_copy::copy(&button),
        _ => {}
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
            on:click=handler(on_click)
            inner_html=move || {
                state
                    .country
                    .get()
                    .map(|i| country_card(i, &card_link(state, i), state.shown_vote()).into_string())
                    .unwrap_or_default()
            }
        ></div>
    }
}

/// A link to the current step's page with member `i` selected.
fn card_link(state: AppState, i: usize) -> String {
    format!(
        "{}step-{}.html?country={}",
        base_folder(),
        state.current_step().slug,
        data::members()[i].iso3
    )
}

/// Whether keyboard focus is in the explorer's tools, below the step.
fn focus_in_explorer() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|el| el.closest(EXPLORE.selector).ok().flatten())
        .is_some()
}
