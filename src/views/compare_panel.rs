//! Compare two votes state by state: presets, two pickers, and the
//! comparison itself (src/markup/compare.rs). While a comparison is on,
//! the map colours states by transition.

use crate::data;
use crate::markup::compare::transitions_html;
use crate::state::use_app_state;
use leptos::prelude::*;

/// Pairs worth a click: a year's change, committee to plenary, the 2018 split, its 2019 sequel.
const PRESETS: [(&str, &str, &str); 4] = [
    ("3c-2018", "3c-2019", "Committee, 2018 → 2019"),
    ("3c-2019", "ga-74-247", "2019: committee → plenary"),
    ("ga-73-27", "ga-73-266", "2018: OEWG and GGE"),
    ("ga-74-29", "ga-74-28", "2019: both follow-ups"),
];

#[component]
fn VoteSelect(
    label: &'static str,
    name: &'static str,
    value: Signal<Option<&'static str>>,
    on_pick: impl Fn(&'static str) + 'static,
) -> impl IntoView {
    view! {
        <label class="control">
            <span>{label}</span>
            <select
                name=name
                on:change=move |ev| {
                    if let Some(v) = data::vote(&event_target_value(&ev)) {
                        on_pick(v.id);
                    }
                }
            >
                {data::votes()
                    .iter()
                    .map(|v| view! { <option value=v.id selected=move || value.get() == Some(v.id)>{format!("{} ({})", v.short, v.date_label)}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

#[component]
pub fn ComparePanel() -> impl IntoView {
    let state = use_app_state();
    let pair = move || {
        state
            .compare
            .get()
            .and_then(|(a, b)| Some((data::vote(a)?, data::vote(b)?)))
    };
    let set_from = move |id: &'static str| {
        let to = state.compare.get_untracked().map_or("3c-2019", |(_, b)| b);
        state
            .compare
            .set(Some((id, if to == id { state.vote().id } else { to })));
    };
    let set_to = move |id: &'static str| {
        let from = state.compare.get_untracked().map_or("3c-2018", |(a, _)| a);
        state.compare.set(Some((from, id)));
    };
    view! {
        <section class="compare" aria-labelledby="compare-heading">
            <h3 id="compare-heading" tabindex="-1">"Compare two votes"</h3>
            <div class="presets" role="group" aria-label="Useful pairs">
                {PRESETS
                    .into_iter()
                    .map(|(a, b, label)| {
                        view! {
                            <button
                                type="button"
                                class="button"
                                data-compare=format!("{a},{b}")
                                aria-pressed=move || if state.compare.get() == Some((a, b)) { "true" } else { "false" }
                                on:click=move |_| state.compare.set(Some((a, b)))
                            >
                                {label}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            {
                let shown = Memo::new(move |_| pair().is_some());
                move || shown.get().then(|| view! {
                <div class="compare-pickers">
                    <VoteSelect label="From" name="compare-from" value=Signal::derive(move || state.compare.get().map(|p| p.0)) on_pick=set_from />
                    <VoteSelect label="To" name="compare-to" value=Signal::derive(move || state.compare.get().map(|p| p.1)) on_pick=set_to />
                    <button type="button" class="button" on:click=move |_| state.compare.set(None)>"Stop comparing"</button>
                </div>
                {move || pair().map(|(a, b)| view! { <div class="transition-view" inner_html=transitions_html(a, b)></div> })}
                            })
            }
        </section>
    }
}
