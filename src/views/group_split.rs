//! How each UN regional group, and the sponsors and co-sponsors of the 2019
//! text, split on the vote on show.

use crate::data;
use crate::model::story::HighlightGroup;
use crate::model::{Choice, RegionalGroup, Vote};
use leptos::prelude::*;

const GROUPS: [HighlightGroup; 7] = [
    HighlightGroup::Region(RegionalGroup::African),
    HighlightGroup::Region(RegionalGroup::AsiaPacific),
    HighlightGroup::Region(RegionalGroup::EasternEuropean),
    HighlightGroup::Region(RegionalGroup::LatinAmericanCaribbean),
    HighlightGroup::Region(RegionalGroup::WesternEuropeanOthers),
    HighlightGroup::Sponsors,
    HighlightGroup::Cosponsors,
];

#[component]
pub fn GroupSplit(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    // One pass per vote change, not one per cell.
    let tallies = Memo::new(move |_| GROUPS.map(|g| g.tally(data::members(), vote.get())));
    view! {
        <details class="group-split">
            <summary>"How the groups split"</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Votes by group">
            <table>
                <caption class="visually-hidden">{move || format!("Votes by group on {}", vote.get().symbol)}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Group"</th>
                        {Choice::ALL.into_iter().map(|c| view! { <th scope="col">{c.label()}</th> }).collect_view()}
                        <th scope="col">"Members"</th>
                    </tr>
                </thead>
                <tbody>
                    {GROUPS
                        .into_iter()
                        .enumerate()
                        .map(|(row, g)| {
                            let tally = move || tallies.with(|t| t[row]);
                            view! {
                                <tr data-group=g.slug()>
                                    <th scope="row">{g.label()}</th>
                                    {Choice::ALL
                                        .into_iter()
                                        .map(|c| view! { <td data-choice=c.slug()>{move || tally().get(c)}</td> })
                                        .collect_view()}
                                    <td>{move || tally().total()}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            </div>
        </details>
    }
}
