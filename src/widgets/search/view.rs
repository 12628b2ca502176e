//! "Find a country": an ARIA combobox that matches UN names, ISO3 codes and
//! common names, ignoring case and accents; once the reader starts to use
//! it, also the names in the six UN languages, former names and the
//! entities that are not member states (model/search_names.rs, fetched
//! then). Choosing a state selects it everywhere (map, grid, table, card)
//! and in the URL, and follows it; choosing an entity says what it is and
//! did. Written as text; the events are heard on the wrapper and one effect
//! draws the list.

use crate::browser::dom::{find, index_attr};
use crate::browser::fill::page_text;
use crate::data;
use crate::html::page::SEARCH_NAMES;
use crate::model::country_search::{search, KeyAction, Listbox};
use crate::model::search_names::SearchNames;
use crate::state::use_app_state;
use crate::view_kit::effect::effect;
use crate::view_kit::handler::handler;
use crate::widgets::marks::update::member_under;
use crate::widgets::search::write::{
    option_items, shell, status, INPUT, LIST, MORE_NAMES, NOTE, OPTION_ID, OTHER, STATUS,
};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

const LIMIT: usize = 8;
/// Entities shown after the member states, within `LIMIT`.
const OTHERS: usize = 3;

/// The matches: member indexes, then positions among the entities.
#[derive(Clone, Debug, Default, PartialEq)]
struct Found {
    members: Vec<usize>,
    others: Vec<usize>,
}

impl Found {
    fn len(&self) -> usize {
        self.members.len() + self.others.len()
    }
}

fn find_all(text: &str, names: Option<&SearchNames>) -> Found {
    let Some(names) = names else {
        return Found {
            members: search(
                text,
                data::members(),
                data::member_names(),
                data::aliases(),
                LIMIT,
            ),
            others: Vec::new(),
        };
    };
    let aliases: Vec<(&str, usize)> = data::aliases()
        .iter()
        .copied()
        .chain(names.members.iter().map(|(n, i)| (n.as_str(), *i)))
        .collect();
    let members = search(text, data::members(), data::member_names(), &aliases, LIMIT);
    // At most LIMIT options in all; the entities take what is left.
    let room = OTHERS.min(LIMIT - members.len());
    Found {
        others: names.others_matching(text, room),
        members,
    }
}

#[component]
pub fn CountrySearch() -> impl IntoView {
    let state = use_app_state();
    let text = RwSignal::new(String::new());
    let listbox = RwSignal::new(Listbox::default());
    let names = RwSignal::new(None::<Arc<SearchNames>>);
    let asked = StoredValue::new(false);
    let note = RwSignal::new(String::new());
    let results = Memo::new(move |_| {
        let names = names.get();
        text.with(|t| find_all(t, names.as_deref()))
    });
    let root = NodeRef::<leptos::html::Div>::new();
    effect(move || {
        let Listbox { open, active } = listbox.get();
        let Some(root) = root.get() else { return };
        let names = names.get();
        results.with(|r| {
            let expanded = open && r.len() > 0;
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
                let others: Vec<_> = names
                    .as_deref()
                    .map(|n| r.others.iter().map(|&k| (k, &n.others[k])).collect())
                    .unwrap_or_default();
                list.set_inner_html(option_items(&r.members, &others, active).as_str());
                let _ = list.toggle_attribute_with_force("hidden", !expanded);
            }
            if let Some(line) = find(&root, STATUS.selector) {
                line.set_text_content(Some(&text.with(|t| status(open, t, r.len()))));
            }
            if let Some(line) = find(&root, NOTE.selector) {
                note.with(|n| line.set_text_content(Some(n)));
            }
        });
    });
    // The names are fetched once, when the reader first comes to the box.
    let fetch_names = move || {
        if asked.get_value() {
            return;
        }
        asked.set_value(true);
        leptos::task::spawn_local(async move {
            match page_text(SEARCH_NAMES).await {
                Some(file) => {
                    // The new names can add matches and move the old ones:
                    // the option the reader is on stays on its state.
                    let on = listbox
                        .get_untracked()
                        .active
                        .and_then(|p| results.with_untracked(|r| r.members.get(p).copied()));
                    names.set(Some(Arc::new(SearchNames::parse(
                        &file,
                        data::member_index,
                    ))));
                    if let Some(i) = on {
                        let at = results.with_untracked(|r| r.members.iter().position(|&m| m == i));
                        listbox.update(|l| l.active = at);
                    }
                    if let Some(input) = root.get_untracked().and_then(|r| find(&r, INPUT.selector))
                    {
                        let _ = input.set_attribute(MORE_NAMES.name, "");
                    }
                }
                // Asked again the next time the reader comes to the box.
                None => asked.set_value(false),
            }
        });
    };
    let choose = move |index: usize| {
        state.pick(Some(index));
        text.set(data::member_name(index).to_string());
        note.set(String::new());
        listbox.set(Listbox::default());
    };
    let choose_other = move |at: usize| {
        if let Some(other) = names
            .get_untracked()
            .and_then(|n| n.others.get(at).cloned())
        {
            text.set(other.name);
            note.set(other.line);
        }
        listbox.set(Listbox::default());
    };
    let choose_at = move |p: usize| {
        let found = results.get_untracked();
        match found.members.get(p) {
            Some(&i) => choose(i),
            None => {
                if let Some(&at) = found.others.get(p - found.members.len()) {
                    choose_other(at)
                }
            }
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = results.with(Found::len);
        let (next, action) = listbox.get().key(&ev.key(), count);
        listbox.set(next);
        match action {
            KeyAction::Ignore => {}
            KeyAction::Handled => ev.prevent_default(),
            KeyAction::Choose(p) => {
                ev.prevent_default();
                choose_at(p);
            }
            KeyAction::Clear => text.set(String::new()),
        }
    };
    view! {
        <div
            node_ref=root
            class="country-search"
            on:focusin=handler(move |_| fetch_names())
            on:input=handler(move |ev| {
                text.set(event_target_value(&ev));
                note.set(String::new());
                listbox.set(Listbox { open: true, active: None });
            })
            on:keydown=handler(on_key)
            on:focusout=handler(move |_| listbox.update(|l| l.open = false))
            on:mousedown=handler(move |ev: leptos::ev::MouseEvent| {
                if let Some(i) = member_under(&ev) {
                    ev.prevent_default();
                    choose(i);
                } else if let Some(at) = index_attr(&ev, OTHER) {
                    ev.prevent_default();
                    choose_other(at);
                }
            })
            inner_html=shell().into_string()
        ></div>
    }
}
