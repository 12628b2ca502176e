//! The result of a vote as one stacked bar, with the numbers written out
//! beside it so nobody has to read the colours.

use crate::model::{Choice, Tally};
use leptos::prelude::*;

/// A stacked bar of yes / no / abstain / absent, drawn in SVG (CSP-safe:
/// no inline styles) plus a legend that states each count.
#[component]
pub fn TallyBar(#[prop(into)] tally: Signal<Tally>) -> impl IntoView {
    let segments = move || {
        let t = tally.get();
        let mut x = 0.0;
        Choice::ALL
            .into_iter()
            .map(|c| {
                let width = t.percent(c);
                let start = x;
                x += width;
                view! {
                    <rect
                        class=format!("fill-{}", c.slug())
                        x=format!("{start:.3}")
                        y="0"
                        width=format!("{width:.3}")
                        height="10"
                    />
                }
            })
            .collect_view()
    };
    let legend = move || {
        let t = tally.get();
        Choice::ALL
            .into_iter()
            .map(|c| {
                view! {
                    <li data-choice=c.slug()>
                        <span class=format!("swatch swatch-{}", c.slug()) aria-hidden="true">{c.glyph()}</span>
                        <span class="legend-label">{c.label()}</span>
                        " "
                        <strong class="legend-count">{t.get(c)}</strong>
                    </li>
                }
            })
            .collect_view()
    };
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
