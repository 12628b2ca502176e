//! "Find a country": an ARIA combobox that matches UN names, ISO3 codes and
//! common names, ignoring case and accents. Choosing one selects it
//! everywhere (map, grid, table, card) and in the URL.

use crate::browser::repaint::member_under;
use crate::data;
use crate::markup::esc;
use crate::model::country_search::search;
use crate::state::use_app_state;
use leptos::prelude::*;
use std::fmt::Write;

const LIMIT: usize = 8;

/// The matches as options (`data-index` is the member index), the active one selected.
fn option_items(results: &[usize], active: Option<usize>) -> String {
    let mut out = String::new();
    for (p, &i) in results.iter().enumerate() {
        let m = &data::members()[i];
        let _ = write!(
            out,
            "<li id=\"country-option-{p}\" role=\"option\" data-index=\"{i}\" data-iso3=\"{iso3}\" aria-selected=\"{}\">{}<span class=\"option-code\">{iso3}</span></li>",
            active == Some(p),
            esc(m.name),
            iso3 = m.iso3
        );
    }
    out
}

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
                    aria-activedescendant=move || active.get().filter(|_| open.get()).map(|p| format!("country-option-{p}"))
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
                    on:mousedown=move |ev| {
                        if let Some(i) = member_under(&ev) {
                            ev.prevent_default();
                            choose(i);
                        }
                    }
                    inner_html=move || results.with(|r| option_items(r, active.get()))
                ></ul>
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
