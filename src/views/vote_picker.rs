//! Lets the reader switch between the recorded votes.

use crate::data;
use leptos::prelude::*;

#[component]
pub fn VotePicker(
    #[prop(into)] selected: Signal<&'static str>,
    on_pick: impl Fn(&'static str) + 'static,
) -> impl IntoView {
    view! {
        <label class="control vote-picker">
            <span>"Recorded vote"</span>
            <select
                name="vote"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    if let Some(v) = data::vote(&value) {
                        on_pick(v.id);
                    }
                }
            >
                {data::votes()
                    .iter()
                    .map(|v| {
                        view! {
                            <option value=v.id selected=move || selected.get() == v.id>
                                {format!("{} — {} ({})", v.date_label, v.short, v.symbol)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
