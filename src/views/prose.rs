//! Renders step text. Text from content files becomes text nodes only,
//! never HTML, so nothing in a content file or a URL can inject markup.

use crate::model::story::Inline;
use leptos::either::EitherOf3;
use leptos::prelude::*;

#[component]
pub fn Prose(paragraphs: &'static [&'static [Inline]]) -> impl IntoView {
    paragraphs
        .iter()
        .map(|runs| {
            let runs = runs
                .iter()
                .map(|run| match *run {
                    Inline::Text(t) => EitherOf3::A(t),
                    Inline::Em(t) => EitherOf3::B(view! { <em>{t}</em> }),
                    Inline::Strong(t) => EitherOf3::C(view! { <strong>{t}</strong> }),
                })
                .collect_view();
            view! { <p>{runs}</p> }
        })
        .collect_view()
}
