//! Renders step text. Text from content files becomes text nodes only,
//! never HTML, so nothing in a content file or a URL can inject markup.

use crate::model::story::Inline;
use leptos::prelude::*;

#[component]
pub fn Prose(paragraphs: &'static [&'static [Inline]]) -> impl IntoView {
    paragraphs
        .iter()
        .map(|runs| {
            let runs = runs
                .iter()
                .map(|run| match *run {
                    Inline::Text(t) => t.into_any(),
                    Inline::Em(t) => view! { <em>{t}</em> }.into_any(),
                    Inline::Strong(t) => view! { <strong>{t}</strong> }.into_any(),
                })
                .collect_view();
            view! { <p>{runs}</p> }
        })
        .collect_view()
}
