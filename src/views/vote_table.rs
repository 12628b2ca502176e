//! The table of all member states for one vote: sortable by every column,
//! filterable by name and by vote. Each row carries `data-iso3` and
//! `data-vote` so tests and other views can find a state.

use crate::data;
use crate::model::table::{group_filters, SortKey, TableQuery};
use crate::model::{Choice, Vote};
use crate::state::AppState;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn VoteTable(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let query = RwSignal::new(TableQuery::default());
    let rows = Memo::new(move |_| query.with(|q| q.rows(data::members(), vote.get())));
    let total = data::members().len();

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
                    <span class="sort-icon" aria-hidden="true">
                        {move || match aria_sort() {
                            "ascending" => "▲",
                            "descending" => "▼",
                            _ => "↕",
                        }}
                    </span>
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
                    >
                        <option value="all">"All member states"</option>
                        {group_filters()
                            .into_iter()
                            .map(|(value, g)| view! { <option value=value>{g.label()}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label class="control">
                    <span>"Show"</span>
                    <select
                        name="vote-filter"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            query.update(|q| q.vote_filter = Choice::from_slug(&value));
                        }
                    >
                        <option value="all">"All votes"</option>
                        {Choice::ALL
                            .into_iter()
                            .map(|c| view! { <option value=c.slug()>{c.label()}</option> })
                            .collect_view()}
                    </select>
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
                    <tbody>
                        {move || rows.get().into_iter().map(|i| view! { <MemberRow index=i vote=vote /> }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="empty" hidden=move || rows.with(|r| !r.is_empty())>
                "No member state matches. Clear the search or choose “All votes”."
            </p>
        </section>
    }
}

#[component]
fn MemberRow(index: usize, vote: Signal<&'static Vote>) -> impl IntoView {
    let member = &data::members()[index];
    let choice = move || vote.get().choice(index);
    // Inside the app, a name opens the state's card; alone (in tests) it is text.
    let state = use_context::<AppState>();
    view! {
        <tr data-iso3=member.iso3 data-vote=move || choice().slug()>
            <th scope="row">
                {match state {
                    Some(state) => Either::Left(view! {
                        <button type="button" class="link-button" on:click=move |_| state.country.set(Some(index))>
                            {member.name}
                        </button>
                    }),
                    None => Either::Right(member.name),
                }}
            </th>
            <td>
                <abbr title=member.group.label()>{member.group.code()}</abbr>
            </td>
            <td>
                <span class=move || format!("vote-chip vote-{}", choice().slug())>
                    <span class="glyph" aria-hidden="true">{move || choice().glyph()}</span>
                    " "
                    {move || choice().label()}
                </span>
            </td>
            <td>{member.sponsorship_label()}</td>
        </tr>
    }
}
