//! The selected member state: its group, its sponsorship of the 2019 text,
//! and how it voted on every recorded vote, newest first.

use crate::data;
use crate::model::country_story::sentences;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn CountryCard() -> impl IntoView {
    let state = use_app_state();
    view! {
        {
            let shown = Memo::new(move |_| state.country.get().is_some());
            move || shown.get().then(|| view! {
            {move || {
                state.country.get().map(|i| {
                    let member = &data::members()[i];
                    let sponsorship = match (member.sponsor, member.cosponsor) {
                        (true, _) => "Named as a sponsor on draft A/C.3/74/L.11, and on the Russian Foreign Ministry’s co-sponsor list.",
                        (false, true) => "On the Russian Foreign Ministry’s list of co-sponsors of the 2019 text (not a UN list).",
                        _ => "Not among the sponsors or co-sponsors of the 2019 text.",
                    };
                    view! {
                        <section class="country-card" data-iso3=member.iso3 aria-labelledby="country-name">
                            <div class="card-head">
                                <h3 id="country-name">{member.name}</h3>
                                <button type="button" class="button" on:click=move |_| state.country.set(None)>
                                    "Close"
                                </button>
                            </div>
                            <p class="card-facts">
                                {member.group.label()}
                                " · "
                                {sponsorship}
                            </p>
                            <ul class="card-notes">
                                {sentences(i, data::vote).into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                            </ul>
                            <table class="card-votes">
                                <caption class="visually-hidden">{format!("How {} voted", member.name)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">"Date"</th>
                                        <th scope="col">"Vote"</th>
                                        <th scope="col">"Position"</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {data::votes()
                                        .iter()
                                        .map(|v| {
                                            let c = v.choice(i);
                                            view! {
                                                <tr data-vote-id=v.id data-vote=c.slug()>
                                                    <td><time datetime=v.date>{v.date_label}</time></td>
                                                    <td>
                                                        <span class="symbol">{v.symbol}</span>
                                                        <span class="card-vote-name">{v.short}</span>
                                                    </td>
                                                    <td>
                                                        <span class=format!("vote-chip vote-{}", c.slug())>
                                                            <span class="glyph" aria-hidden="true">{c.glyph()}</span>
                                                            " "
                                                            {c.label()}
                                                        </span>
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </section>
                    }
                })
            }}
                    })
        }
    }
}
