//! The key to the map and the grid (written by markup/legend.rs).

use crate::markup::legend::legend_items;
use crate::model::Tally;
use leptos::prelude::*;

#[component]
pub fn VoteLegend(
    #[prop(into)] tally: Signal<Tally>,
    /// Also explain the neutral fill of places that are not member states.
    #[prop(optional)]
    with_non_members: bool,
) -> impl IntoView {
    view! { <ul class="legend" inner_html=move || legend_items(tally.get(), with_non_members)></ul> }
}
