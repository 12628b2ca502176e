//! "Find a country": an ARIA combobox that matches UN names, ISO3 codes and
//! common names, ignoring case and accents. Choosing one selects it
//! everywhere (map, grid, table, card) and in the URL. Written as text; the
//! events are heard on the wrapper and one effect draws the list.

use crate::browser::dom::find;
use crate::data;
use crate::model::country_search::{search, KeyAction, Listbox};
use crate::state::use_app_state;
use crate::view_kit::effect::effect;
use crate::view_kit::handler::handler;
use crate::widgets::marks::update::member_under;
use crate::widgets::search::write::{option_items, shell, status, INPUT, LIST, OPTION_ID, STATUS};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const LIMIT: usize = 8;

#[component]
pub fn CountrySearch() -> impl IntoView {
    let state = use_app_state();
    let text = RwSignal::new(String::new());
    let listbox = RwSignal::new(Listbox::default());
    let results =
        Memo::new(move |_| text.with(|t| search(t, data::members(), data::aliases(), LIMIT)));
    let root = NodeRef::<leptos::html::Div>::new();
    effect(move || {
        let Listbox { open, active } = listbox.get();
        let Some(root) = root.get() else { return };
        results.with(|r| {
            let expanded = open && !r.is_empty();
            if let Some(input) = find(&root, INPUT.selector) {
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
                        input.set_attribute("aria-activedescendant", &format!("{OPTION_ID}{p}"))
                    }
                    None => input.remove_attribute("aria-activedescendant"),
                };
            }
            if let Some(list) = find(&root, LIST.selector) {
                list.set_inner_html(option_items(r, active).as_str());
                let _ = list.toggle_attribute_with_force("hidden", !expanded);
            }
            if let Some(line) = find(&root, STATUS.selector) {
                line.set_text_content(Some(&text.with(|t| status(open, t, r.len()))));
            }
        });
    });
    let choose = move |index: usize| {
        state.pick(Some(index));
        text.set(data::members()[index].name.to_string());
        listbox.set(Listbox::default());
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = results.with(Vec::len);
        let (next, action) = listbox.get().key(&ev.key(), count);
        listbox.set(next);
        match action {
            KeyAction::Ignore => {}
            KeyAction::Handled => ev.prevent_default(),
            KeyAction::Choose(p) => {
                if let Some(i) = results.with(|r| r.get(p).copied()) {
                    ev.prevent_default();
                    choose(i);
                }
            }
            KeyAction::Clear => text.set(String::new()),
        }
    };
    view! {
        <div
            node_ref=root
            class="country-search"
            on:input=handler(move |ev| {
                text.set(event_target_value(&ev));
                listbox.set(Listbox { open: true, active: None });
            })
            on:keydown=handler(on_key)
            on:focusout=handler(move |_| listbox.update(|l| l.open = false))
            on:mousedown=handler(move |ev: leptos::ev::MouseEvent| {
                if let Some(i) = member_under(&ev) {
                    ev.prevent_default();
                    choose(i);
                }
            })
            inner_html=shell().into_string()
        ></div>
    }
}
