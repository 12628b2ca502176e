//! The selected member state's card (widgets/country_card/write.rs), shown while
//! a state is selected; its Close button clears the selection.

use crate::browser::clipboard::copy_text;
use crate::browser::dom::{action_of, find};
use crate::browser::keep_clear;
use crate::html::action::Action;
use crate::html::page::EXPLORE;
use crate::state::use_app_state;
use crate::view_kit::effect::effect_with;
use crate::view_kit::handler::handler;
use crate::widgets::country_card::write::{citable_sentence, country_card, CARD_STATUS};
use leptos::prelude::*;
use wasm_bindgen_futures::spawn_local;

#[component]
pub fn CountryCard() -> impl IntoView {
    let state = use_app_state();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some((action, button)) = action_of(&ev) else {
            return;
        };
        let (Some(i), Some(status)) = (
            state.country.get_untracked(),
            button
                .parent_element()
                .and_then(|p| find(&p, CARD_STATUS.selector)),
        ) else {
            return;
        };
        let text = match action {
            Action::CloseCard => return state.country.set(None),
            Action::CopyCardLink => web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default(),
            Action::CopyCardSentence => citable_sentence(state.shown_vote(), i),
            _ => return,
        };
        // Refused (a sandboxed frame, say): the text shows, to copy by hand.
        spawn_local(async move {
            let copied = copy_text(&text).await;
            status.set_text_content(Some(if copied { "Copied" } else { &text }));
        });
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
