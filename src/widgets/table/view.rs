//! The table of all member states for one vote: sortable by every column,
//! filterable by name, group and vote. Written as text (widgets/table/write.rs);
//! the controls are heard by delegation and one effect redraws the rows,
//! so typing never loses focus. Each row carries `data-iso3` and `data-vote`.

use crate::browser::dom::{find, index_attr};
use crate::data;
use crate::model::table::{group_filters, SortKey, TableQuery};
use crate::model::{Choice, Vote};
use crate::state::AppState;
use crate::view_kit::effect::effect;
use crate::view_kit::handler::handler;
use crate::widgets::marks::update::member_under;
use crate::widgets::table::write::{
    column_class, table_rows, table_shell, CAPTION, EMPTY, GROUP_FILTER, QUERY, ROWS, ROW_COUNT,
    SORT, VOTE_FILTER,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn VoteTable(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let query = RwSignal::new(TableQuery::default());
    // Inside the app, a name opens the state's card (alone, in tests, nothing).
    let app = use_context::<AppState>();
    let root = NodeRef::<leptos::html::Section>::new();
    effect(move || {
        let vote = vote.get();
        query.with(|q| {
            if let Some(root) = root.get() {
                redraw(
                    &root,
                    q,
                    &q.rows(data::members(), data::member_names(), data::aliases(), vote),
                    vote,
                );
            }
        });
    });
    // Real input and change events bubble up to the section.
    let on_control = move |ev: web_sys::Event| {
        let Some(control) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let value = event_target_value(&ev);
        match control.get_attribute("name").as_deref() {
            Some(name) if name == QUERY.name => query.update(|q| q.name_filter = value),
            Some(name) if name == GROUP_FILTER.name => {
                let group = group_filters()
                    .into_iter()
                    .find(|(v, _)| *v == value)
                    .map(|(_, g)| g);
                query.update(|q| q.group_filter = group);
            }
            Some(name) if name == VOTE_FILTER.name => {
                query.update(|q| q.vote_filter = Choice::from_slug(&value))
            }
            _ => {}
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(key) = index_attr(&ev, SORT).and_then(|k| SortKey::ALL.get(k)) {
            query.update(|q| q.toggle_sort(*key));
        } else if let (Some(state), Some(i)) = (app, member_under(&ev)) {
            state.pick(Some(i));
        }
    };
    view! {
        <section
            node_ref=root
            class="vote-table"
            id="vote-table"
            aria-labelledby="table-heading"
            tabindex="-1"
            on:input=handler(on_control)
            on:change=handler(on_control)
            on:click=handler(on_click)
            inner_html=table_shell().into_string()
        ></section>
    }
}

/// Writes the rows, the count, the caption and each header's sort state.
fn redraw(root: &web_sys::Element, q: &TableQuery, rows: &[usize], vote: &Vote) {
    let find = |selector: &str| find(root, selector);
    if let Some(body) = find(ROWS) {
        body.set_inner_html(table_rows(rows, vote).as_str());
    }
    if let Some(count) = find(ROW_COUNT.selector) {
        count.set_text_content(Some(&format!(
            ui_plain!(table showing),
            shown = rows.len(),
            total = data::members().len()
        )));
    }
    if let Some(caption) = find(CAPTION) {
        caption.set_text_content(Some(&format!(
            ui_plain!(table caption),
            symbol = vote.symbol
        )));
    }
    if let Some(empty) = find(EMPTY.selector) {
        let _ = empty.toggle_attribute_with_force("hidden", !rows.is_empty());
    }
    for key in SortKey::ALL {
        if let Some(th) = find(column_class(key).selector) {
            let sort = if q.sort == key {
                q.direction.aria()
            } else {
                "none"
            };
            let _ = th.set_attribute("aria-sort", sort);
        }
    }
}
