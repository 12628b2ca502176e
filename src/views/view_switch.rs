//! Switches between the map, the equal-size grid and the table.

use crate::model::view_kind::ViewKind;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn ViewSwitch() -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="view-switch" role="group" aria-label="Show the vote as">
            {ViewKind::ALL
                .into_iter()
                .map(|kind| {
                    view! {
                        <button
                            type="button"
                            class="switch"
                            data-view=kind.slug()
                            aria-pressed=move || if state.view.get() == kind { "true" } else { "false" }
                            on:click=move |_| state.view.set(kind)
                        >
                            {kind.label()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
