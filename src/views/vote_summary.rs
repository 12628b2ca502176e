//! What a vote was and its result (markup/vote_summary.rs), and its
//! sources, whose list stays open across vote switches. Drawn once; a
//! vote switch rewrites its words and numbers in place.

use super::draw_while_open::draw_while_open;
use super::effect::effect_after_paint;
use super::handler::handler;
use crate::browser::dom::find;
use crate::markup::tally::set_tally_bar;
use crate::markup::vote_summary::{source_items, summary_fields, vote_summary, DATE};
use crate::model::Vote;
use leptos::prelude::*;

#[component]
pub fn VoteSummary(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let root = NodeRef::<leptos::html::Section>::new();
    let first = vote.get_untracked();
    let sources = NodeRef::<leptos::html::Details>::new();
    let on_toggle = draw_while_open(sources, "ul", vote, |v| source_items(v.sources));
    // Below the stage: rewritten after the change the reader waits for.
    effect_after_paint(
        move || vote.get(),
        move |vote: &'static Vote| {
            let Some(root) = root.get_untracked() else {
                return;
            };
            for (class, text) in summary_fields(vote) {
                // Unchanged words are left alone: rewriting them costs layout.
                if let Some(el) = find(&root, &format!(".{class}")) {
                    if el.text_content().as_deref() != Some(text.as_str()) {
                        el.set_text_content(Some(&text));
                    }
                }
            }
            if let Some(time) = find(&root, DATE.selector) {
                let _ = time.set_attribute("datetime", vote.date);
            }
            set_tally_bar(&root, vote);
        },
    );
    view! {
        <section node_ref=root class="vote-summary" aria-labelledby="vote-title">
            <div inner_html=vote_summary(first).into_string()></div>
            <details node_ref=sources class="sources" on:toggle=handler(on_toggle)>
                <summary>"Sources"</summary>
                <ul></ul>
            </details>
        </section>
    }
}
