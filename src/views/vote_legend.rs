//! The key to the map and the grid: each category with its swatch, its
//! glyph and how many states are in it.

use crate::model::{Choice, Tally};
use leptos::prelude::*;

#[component]
pub fn VoteLegend(
    #[prop(into)] tally: Signal<Tally>,
    /// Also explain the neutral fill of places that are not member states.
    #[prop(optional)]
    with_non_members: bool,
) -> impl IntoView {
    view! {
        <ul class="legend">
            {Choice::ALL
                .into_iter()
                .map(|c| {
                    view! {
                        <li data-choice=c.slug()>
                            <span class=format!("key key-{}", c.slug()) aria-hidden="true"><span class="key-glyph">{c.glyph()}</span></span>
                            {c.label()}
                            " "
                            <strong class="legend-count">{move || tally.get().get(c)}</strong>
                        </li>
                    }
                })
                .collect_view()}
            {with_non_members.then(|| view! {
                <li data-choice="non-member">
                    <span class="key key-non-member" aria-hidden="true"></span>
                    "Not a member state (observer, territory or disputed)"
                </li>
            })}
        </ul>
    }
}
