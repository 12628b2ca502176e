//! What a vote was and its result (widgets/vote_summary/write.rs), and its
//! sources, whose list stays open across vote switches. Drawn once; a
//! vote switch rewrites its words and numbers in place.

use crate::browser::dom::find;
use crate::browser::fill::{fill_parts, fill_parts_at_hand, prefetch_story};
use crate::model::Vote;
use crate::view_kit::draw_while_open::draw_while_open;
use crate::view_kit::effect::effect_after_paint;
use crate::view_kit::handler::handler;
use crate::widgets::tally::update::set_tally_bar;
use crate::widgets::vote_summary::write::{
    longer_words, source_items, summary_fields, vote_summary, DATE,
};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

#[component]
pub fn VoteSummary(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let root = NodeRef::<leptos::html::Section>::new();
    let first = vote.get_untracked();
    let sources = NodeRef::<leptos::html::Details>::new();
    let on_toggle = draw_while_open(sources, "ul", vote, |v| source_items(v.sources));
    // The first vote's longer words wait for the story page, which the
    // reader's first sign of reading on fetches (a fetch at start would add
    // it to every first load); a vote the reader picks asks for it at once.
    let picked = Rc::new(Cell::new(false));
    // Below the stage: rewritten after the change the reader waits for.
    effect_after_paint(
        move || vote.get(),
        move |vote: &'static Vote| {
            let Some(root) = root.get_untracked() else {
                return;
            };
            for (selector, text) in summary_fields(vote) {
                // Unchanged words are left alone: rewriting them costs layout.
                if let Some(el) = find(&root, selector) {
                    if el.text_content().as_deref() != Some(text.as_str()) {
                        el.set_text_content(Some(&text));
                    }
                }
            }
            if let Some(time) = find(&root, DATE.selector) {
                let _ = time.set_attribute("datetime", vote.date);
            }
            // The longer words: in the release app, stand-ins filled from
            // the story page (fetched once, then at hand).
            for (selector, html) in longer_words(vote) {
                if let Some(el) =
                    find(&root, selector).filter(|el| el.inner_html() != html.as_str())
                {
                    el.set_inner_html(html.as_str());
                }
            }
            if picked.replace(true) {
                fill_parts(&root);
            } else {
                fill_parts_at_hand(&root);
            }
            set_tally_bar(&root, vote);
        },
    );
    view! {
        <section node_ref=root class="vote-summary" aria-labelledby="vote-title"
            on:pointerover=handler(move |_| prefetch_story())
            on:focusin=handler(move |_| prefetch_story())>
            <div inner_html=vote_summary(first).into_string()></div>
            <details node_ref=sources class="sources" on:toggle=handler(on_toggle)>
                <summary>{ui_plain!(vote_summary sources)}</summary>
                <ul></ul>
            </details>
        </section>
    }
}
