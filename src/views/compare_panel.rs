//! Compare two votes state by state: the transition table (counts sum to
//! 193), who voted yes on both, and who moved. While a comparison is on,
//! the map colours states by transition.

use crate::data;
use crate::model::compare::Transitions;
use crate::model::{Choice, Vote};
use crate::state::use_app_state;
use leptos::prelude::*;

/// Pairs worth a click: a year's change, committee to plenary, the 2018 split, its 2019 sequel.
const PRESETS: [(&str, &str, &str); 4] = [
    ("3c-2018", "3c-2019", "Committee, 2018 → 2019"),
    ("3c-2019", "ga-74-247", "2019: committee → plenary"),
    ("ga-73-27", "ga-73-266", "2018: OEWG and GGE"),
    ("ga-74-29", "ga-74-28", "2019: both follow-ups"),
];

fn names(indexes: &[usize]) -> String {
    indexes
        .iter()
        .map(|&i| data::members()[i].name)
        .collect::<Vec<_>>()
        .join(", ")
}

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
                {move || pair().map(|(a, b)| view! { <TransitionView a=a b=b /> })}
                            })
            }
        </section>
    }
}

#[component]
fn TransitionView(a: &'static Vote, b: &'static Vote) -> impl IntoView {
    let t = Transitions::between(a, b);
    let both = t.states(Choice::Yes, Choice::Yes).to_vec();
    let moved: Vec<(Choice, Choice, Vec<usize>)> = Choice::ALL
        .into_iter()
        .flat_map(|x| Choice::ALL.into_iter().map(move |y| (x, y)))
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (x, y, t.states(x, y).to_vec()))
        .filter(|(_, _, s)| !s.is_empty())
        .collect();
    let kept: Vec<(Choice, Vec<usize>)> = Choice::ALL
        .into_iter()
        .map(|c| (c, t.states(c, c).to_vec()))
        .filter(|(_, s)| !s.is_empty())
        .collect();
    let header = Choice::ALL
        .into_iter()
        .map(|c| view! { <th scope="col">{c.label()}</th> })
        .collect_view();
    let rows = Choice::ALL
        .into_iter()
        .map(|x| {
            let cells = Choice::ALL
                .into_iter()
                .map(|y| {
                    let n = t.states(x, y).len();
                    view! { <td data-from=x.slug() data-to=y.slug() class:same={x == y}>{n}</td> }
                })
                .collect_view();
            let row_total: usize = Choice::ALL.iter().map(|&y| t.states(x, y).len()).sum();
            view! { <tr><th scope="row">{x.label()}</th>{cells}<td class="total">{row_total}</td></tr> }
        })
        .collect_view();
    view! {
        <p class="compare-summary">
            {format!(
                "From {} to {}: {} of {} member states kept their position; {} changed.",
                a.symbol,
                b.symbol,
                t.unchanged(),
                t.total(),
                t.total() - t.unchanged()
            )}
        </p>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Transition table">
            <table class="transitions">
                <caption>{format!("Rows: {} ({}). Columns: {} ({}).", a.symbol, a.date_label, b.symbol, b.date_label)}</caption>
                <thead><tr><td></td>{header}<th scope="col">"Total"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <div class="both-yes" data-count=both.len().to_string()>
            <h4>{format!("Voted yes on both: {} member states", both.len())}</h4>
            <p>{names(&both)}</p>
        </div>
        <details class="moved">
            <summary>"Who changed position"</summary>
            <ul>
                {moved
                    .into_iter()
                    .map(|(x, y, s)| view! {
                        <li data-from=x.slug() data-to=y.slug()>
                            <strong>{format!("{} → {} ({}): ", x.label(), y.label(), s.len())}</strong>
                            {names(&s)}
                        </li>
                    })
                    .collect_view()}
            </ul>
        </details>
        <details class="kept">
            <summary>"Who kept the same position"</summary>
            <ul>
                {kept
                    .into_iter()
                    .map(|(c, s)| view! {
                        <li data-from=c.slug() data-to=c.slug()>
                            <strong>{format!("{} on both ({}): ", c.label(), s.len())}</strong>
                            {names(&s)}
                        </li>
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}
