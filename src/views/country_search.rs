//! "Find a country": an ARIA combobox that matches UN names, ISO3 codes and
//! common names, ignoring case and accents. Choosing one selects it
//! everywhere (map, grid, table, card) and in the URL. Written as text; the
//! events are heard on the wrapper and one effect draws the list.

use super::effect::effect;
use super::handler::handler;
use crate::browser::dom::find;
use crate::browser::repaint::member_under;
use crate::data;
use crate::markup::esc;
use crate::model::country_search::search;
use crate::state::use_app_state;
use leptos::prelude::*;
use std::fmt::Write;
use wasm_bindgen::JsCast;

const LIMIT: usize = 8;

const SHELL: &str = "<label for=\"country-search-input\">Find a country</label><div class=\"combobox\"><input id=\"country-search-input\" type=\"text\" role=\"combobox\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"Name, common name or ISO code\" aria-autocomplete=\"list\" aria-controls=\"country-search-list\" aria-expanded=\"false\"><ul id=\"country-search-list\" role=\"listbox\" aria-label=\"Matching member states\" hidden></ul></div><p class=\"search-status visually-hidden\" role=\"status\"></p>";

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

/// What the status line tells a screen reader about the matches.
fn status(open: bool, text: &str, matches: usize) -> String {
    if !open || text.is_empty() {
        return String::new();
    }
    match matches {
        0 => "No member state matches".to_string(),
        1 => "One match".to_string(),
        n => format!("{n} matches"),
    }
}

#[component]
pub fn CountrySearch() -> impl IntoView {
    let state = use_app_state();
    let text = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>); // position in the results
    let results =
        Memo::new(move |_| text.with(|t| search(t, data::members(), data::aliases(), LIMIT)));
    let root = NodeRef::<leptos::html::Div>::new();
    effect(move || {
        let (open, active) = (open.get(), active.get());
        let Some(root) = root.get() else { return };
        results.with(|r| {
            let expanded = open && !r.is_empty();
            if let Some(input) = find(&root, "input") {
                let input: web_sys::HtmlInputElement = input.unchecked_into();
                text.with(|t| {
                    // Only when it differs: rewriting the value moves the caret.
                    if input.value() != *t {
                        input.set_value(t);
                    }
                });
                let _ =
                    input.set_attribute("aria-expanded", if expanded { "true" } else { "false" });
                let _ = match active.filter(|_| open) {
                    Some(p) => {
                        input.set_attribute("aria-activedescendant", &format!("country-option-{p}"))
                    }
                    None => input.remove_attribute("aria-activedescendant"),
                };
            }
            if let Some(list) = find(&root, "ul") {
                list.set_inner_html(&option_items(r, active));
                let _ = list.toggle_attribute_with_force("hidden", !expanded);
            }
            if let Some(line) = find(&root, ".search-status") {
                line.set_text_content(Some(&text.with(|t| status(open, t, r.len()))));
            }
        });
    });
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
        <div
            node_ref=root
            class="country-search"
            on:input=handler(move |ev| {
                text.set(event_target_value(&ev));
                open.set(true);
                active.set(None);
            })
            on:keydown=handler(on_key)
            on:focusout=handler(move |_| open.set(false))
            on:mousedown=handler(move |ev: leptos::ev::MouseEvent| {
                if let Some(i) = member_under(&ev) {
                    ev.prevent_default();
                    choose(i);
                }
            })
            inner_html=SHELL
        ></div>
    }
}
