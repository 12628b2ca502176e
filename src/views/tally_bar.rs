//! The result of a vote as one stacked bar, with the numbers written out
//! beside it so nobody has to read the colours.

use crate::model::decimal::decimal;
use crate::model::{Choice, Tally};
use leptos::prelude::*;

/// A stacked bar of yes / no / abstain / absent, drawn in SVG (CSP-safe:
/// no inline styles) plus a legend that states each count. The elements
/// are made once; a new tally only moves their attributes and numbers.
#[component]
pub fn TallyBar(#[prop(into)] tally: Signal<Tally>) -> impl IntoView {
    let t = Memo::new(move |_| tally.get());
    let start = move |c: Choice| t.get().bar_start(c);
    let segments = Choice::ALL
        .into_iter()
        .map(|c| {
            view! {
                <rect
                    class=format!("fill-{}", c.slug())
                    x=move || decimal(start(c), 3)
                    y="0"
                    width=move || decimal(t.get().percent(c), 3)
                    height="10"
                />
            }
        })
        .collect_view();
    let legend = Choice::ALL
        .into_iter()
        .map(|c| {
            view! {
                <li data-choice=c.slug()>
                    <span class=format!("swatch swatch-{}", c.slug()) aria-hidden="true">{c.glyph()}</span>
                    <span class="legend-label">{c.label()}</span>
                    " "
                    <strong class="legend-count">{move || t.get().get(c)}</strong>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="tally">
            <svg class="tally-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                {segments}
            </svg>
            <figcaption>
                <ul class="tally-legend">{legend}</ul>
            </figcaption>
        </figure>
    }
}
