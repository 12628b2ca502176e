//! A short list of sources as links that open in a new tab (the explainer
//! is often framed, and a source must never replace it).

use crate::model::SourceLink;
use leptos::prelude::*;

#[component]
pub fn SourceList(#[prop(into)] sources: Signal<&'static [SourceLink]>) -> impl IntoView {
    view! {
        <details class="sources">
            <summary>"Sources"</summary>
            <ul>
                {move || {
                    sources
                        .get()
                        .iter()
                        .map(|s| {
                            view! {
                                <li>
                                    <a href=s.url target="_blank" rel="noopener noreferrer">{s.label}</a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </details>
    }
}
