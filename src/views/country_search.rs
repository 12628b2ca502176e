//! "Find a country": an ARIA combobox that matches UN names, ISO3 codes and
//! common names, ignoring case and accents. Choosing one selects it
//! everywhere (map, grid, table, card) and in the URL.

use crate::data;
use crate::model::country_search::search;
use crate::state::use_app_state;
use leptos::prelude::*;

const LIMIT: usize = 8;

#[component]
pub fn CountrySearch() -> impl IntoView {
    let state = use_app_state();
    let text = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>); // position in the results
    let results =
        Memo::new(move |_| text.with(|t| search(t, data::members(), data::aliases(), LIMIT)));
    let choose = move |index: usize| {
        state.country.set(Some(index));
        text.set(data::members()[index].name.to_string());
        open.set(false);
        active.set(None);
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = results.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |p| (p + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(count - 1, |p| (p + count - 1) % count)));
            }
            "Enter" => {
                let pick = active.get().or((count > 0).then_some(0));
                if let Some(i) = pick.and_then(|p| results.with(|r| r.get(p).copied())) {
                    ev.prevent_default();
                    choose(i);
                }
            }
            "Escape" => {
                if open.get() {
                    open.set(false);
                } else {
                    text.set(String::new());
                }
                active.set(None);
            }
            _ => {}
        }
    };
    let option_id = |p: usize| format!("country-option-{p}");
    view! {
        <div class="country-search">
            <label for="country-search-input">"Find a country"</label>
            <div class="combobox">
                <input
                    id="country-search-input"
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder="Name, common name or ISO code"
                    aria-autocomplete="list"
                    aria-controls="country-search-list"
                    aria-expanded=move || if open.get() && results.with(|r| !r.is_empty()) { "true" } else { "false" }
                    aria-activedescendant=move || active.get().filter(|_| open.get()).map(option_id)
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        open.set(true);
                        active.set(None);
                    }
                    on:keydown=on_key
                    on:blur=move |_| open.set(false)
                />
                <ul
                    id="country-search-list"
                    role="listbox"
                    aria-label="Matching member states"
                    hidden=move || !open.get() || results.with(Vec::is_empty)
                >
                    {move || {
                        results
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(p, i)| {
                                let m = &data::members()[i];
                                view! {
                                    <li
                                        id=option_id(p)
                                        role="option"
                                        data-iso3=m.iso3
                                        aria-selected=move || if active.get() == Some(p) { "true" } else { "false" }
                                        on:mousedown=move |ev| {
                                            ev.prevent_default();
                                            choose(i);
                                        }
                                    >
                                        {m.name}
                                        <span class="option-code">{m.iso3}</span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
            <p class="search-status visually-hidden" role="status">
                {move || {
                    if !open.get() || text.with(String::is_empty) {
                        String::new()
                    } else {
                        match results.with(Vec::len) {
                            0 => "No member state matches".to_string(),
                            1 => "One match".to_string(),
                            n => format!("{n} matches"),
                        }
                    }
                }}
            </p>
        </div>
    }
}
