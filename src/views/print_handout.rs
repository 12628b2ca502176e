//! The printed handout: every step in order, with its vote's map and
//! numbers, its sources and its link. Built only when the page is printed
//! (`beforeprint`), so it costs readers nothing on screen.

use super::prose::Prose;
use crate::browser::page::base_folder;
use crate::data;
use crate::generated::map::{MEMBER_SHAPES, OTHER_PLACES, VIEW_BOX};
use crate::model::Vote;
use crate::model::decimal::decimal;
use leptos::prelude::*;

/// A static map of one vote: no listeners, no reactivity.
fn print_map(vote: &'static Vote) -> impl IntoView {
    let states = MEMBER_SHAPES
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let marker = s.marker.then(|| {
                view! { <circle cx=decimal(s.centre.0, 1) cy=decimal(s.centre.1, 1) r="3.5" /> }
            });
            view! {
                <g data-vote=vote.choice(i).slug()>
                    {(!s.d.is_empty()).then(|| view! { <path d=s.d /> })}
                    {marker}
                </g>
            }
        })
        .collect_view();
    let others = OTHER_PLACES
        .iter()
        .map(|p| view! { <path class="other" d=p.d /> })
        .collect_view();
    view! {
        <svg class="print-map" viewBox=format!("0 0 {} {}", decimal(VIEW_BOX.0, 1), decimal(VIEW_BOX.1, 1)) aria-hidden="true">
            {others}
            {states}
        </svg>
    }
}

#[component]
pub fn PrintHandout() -> impl IntoView {
    let printing = RwSignal::new(false);
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(true));
    let _ = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
    let total = data::steps().len();
    view! {
        <Show when=move || printing.get()>
            <div class="print-handout">
                <h1>{data::site().title}</h1>
                <p>{data::site().standfirst}</p>
                {data::steps()
                    .iter()
                    .enumerate()
                    .map(|(n, step)| {
                        let vote = step.vote.and_then(data::vote);
                        view! {
                            <section class="print-step" data-print-step=step.slug>
                                <p class="print-position">{format!("Step {} of {} · {}", n + 1, total, step.when_label)}</p>
                                <h2>{step.title}</h2>
                                <Prose paragraphs=step.body />
                                {vote.map(|v| {
                                    let t = v.tally();
                                    view! {
                                        <p class="print-vote">
                                            {format!(
                                                "{}, {}: {}. Blue: yes; vermillion: no; hatched orange: abstained; grey: did not vote.",
                                                v.symbol, v.date_label, t.in_words()
                                            )}
                                        </p>
                                        {print_map(v)}
                                    }
                                })}
                                <p class="print-sources">
                                    "Sources: "
                                    {step.sources.iter().map(|s| format!("{} ({})", s.label, s.url)).collect::<Vec<_>>().join("; ")}
                                </p>
                                <p class="print-link">{format!("Link: {}step-{}.html", base_folder(), step.slug)}</p>
                            </section>
                        }
                    })
                    .collect_view()}
                <p class="print-credit">{data::site().credit}</p>
            </div>
        </Show>
    }
}
