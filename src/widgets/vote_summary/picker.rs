//! Lets the reader switch between the recorded votes.

use crate::data;
use crate::html::options::options;
use crate::view_kit::handler::handler;
use leptos::prelude::*;

#[component]
pub fn VotePicker(
    #[prop(into)] selected: Signal<&'static str>,
    on_pick: impl Fn(&'static str) + 'static,
) -> impl IntoView {
    let items = data::votes().iter().map(|v| {
        (
            v.id,
            format!("{} — {} ({})", v.date_label, v.short, v.symbol),
        )
    });
    // The options first: a select's value can only name an option it has.
    view! {
        <label class="control vote-picker">
            <span>{ui_plain!(vote_summary recorded_vote)}</span>
            <select
                name="vote"
                inner_html=options(items).into_string()
                prop:value=move || selected.get()
                on:change=handler(move |ev| {
                    if let Some(v) = data::vote(&event_target_value(&ev)) {
                        on_pick(v.id);
                    }
                })
            ></select>
        </label>
    }
}
