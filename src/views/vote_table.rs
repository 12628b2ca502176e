//! The table of all member states for one vote: sortable by every column,
//! filterable by name and by vote. Each row carries `data-iso3` and
//! `data-vote` so tests and other views can find a state.

use crate::browser::repaint::member_under;
use crate::data;
use crate::markup::options::options;
use crate::markup::vote_table::table_rows;
use crate::model::table::{group_filters, SortKey, TableQuery};
use crate::model::{Choice, Vote};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn VoteTable(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let query = RwSignal::new(TableQuery::default());
    let rows = Memo::new(move |_| query.with(|q| q.rows(data::members(), vote.get())));
    let total = data::members().len();
    // Inside the app, a name opens the state's card (alone, in tests, nothing).
    let app = use_context::<AppState>();

    let header = move |key: SortKey| {
        let aria_sort = move || {
            query.with(|q| {
                if q.sort == key {
                    q.direction.aria()
                } else {
                    "none"
                }
            })
        };
        view! {
            <th scope="col" aria-sort=aria_sort class=key.class()>
                <button type="button" class="sort" on:click=move |_| query.update(|q| q.toggle_sort(key))>
                    {key.label()}
                    // The arrow comes from CSS, by the header's aria-sort.
                    <span class="sort-icon" aria-hidden="true"></span>
                </button>
            </th>
        }
    };

    view! {
        <section class="vote-table" id="vote-table" aria-labelledby="table-heading" tabindex="-1">
            <h2 id="table-heading">"How each member state voted"</h2>
            <div class="table-controls">
                <label class="control">
                    <span>"Find a state"</span>
                    <input
                        type="search"
                        name="q"
                        autocomplete="off"
                        placeholder="Name or ISO code"
                        prop:value=move || query.with(|q| q.name_filter.clone())
                        on:input=move |ev| query.update(|q| q.name_filter = event_target_value(&ev))
                    />
                </label>
                <label class="control">
                    <span>"Group"</span>
                    <select
                        name="group-filter"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            let group = group_filters().into_iter().find(|(v, _)| *v == value).map(|(_, g)| g);
                            query.update(|q| q.group_filter = group);
                        }
                        inner_html=options(
                            [("all", "All member states".to_string())]
                                .into_iter()
                                .chain(group_filters().into_iter().map(|(value, g)| (value, g.label().to_string()))),
                        )
                    ></select>
                </label>
                <label class="control">
                    <span>"Show"</span>
                    <select
                        name="vote-filter"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            query.update(|q| q.vote_filter = Choice::from_slug(&value));
                        }
                        inner_html=options(
                            [("all", "All votes".to_string())]
                                .into_iter()
                                .chain(Choice::ALL.into_iter().map(|c| (c.slug(), c.label().to_string()))),
                        )
                    ></select>
                </label>
            </div>
            <p class="row-count" role="status" aria-live="polite">
                {move || format!("Showing {} of {} member states", rows.with(Vec::len), total)}
            </p>
            <div class="table-scroll">
                <table>
                    <caption class="visually-hidden">
                        {move || format!("Votes of all member states on {}", vote.get().symbol)}
                    </caption>
                    <thead>
                        <tr>{SortKey::ALL.into_iter().map(header).collect_view()}</tr>
                    </thead>
                    <tbody
                        on:click=move |ev| {
                            if let (Some(state), Some(i)) = (app, member_under(&ev)) {
                                state.country.set(Some(i));
                            }
                        }
                        inner_html=move || rows.with(|r| table_rows(r, vote.get()))
                    ></tbody>
                </table>
            </div>
            <p class="empty" hidden=move || rows.with(|r| !r.is_empty())>
                "No member state matches. Clear the search or choose “All votes”."
            </p>
        </section>
    }
}
