//! A short, dismissible notice, e.g. when a link asked for something the
//! explainer does not have.

use crate::view_kit::handler::handler;
use leptos::prelude::*;

#[component]
pub fn Notice(message: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        {
            let shown = Memo::new(move |_| message.with(Option::is_some));
            move || shown.get().then(|| view! {
            <div class="notice" role="status">
                <p>{move || message.get().unwrap_or_default()}</p>
                <button type="button" class="notice-close" on:click=handler(move |_| message.set(None))>
                    {ui_plain!(notice dismiss)}
                </button>
            </div>
                    })
        }
    }
}
