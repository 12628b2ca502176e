//! A `<details>` whose body follows the vote on show, drawn only while it
//! is open: a closed one (the usual case) costs a vote switch nothing.

use crate::browser::dom::find;
use crate::html::Html;
use crate::model::Vote;
use crate::view_kit::effect::effect;
use leptos::prelude::*;

/// Keeps the element matching `body` inside `details` filled with `html`
/// of the vote while open. Returns the handler for the details' `toggle`.
pub fn draw_while_open(
    details: NodeRef<leptos::html::Details>,
    body: &'static str,
    vote: Signal<&'static Vote>,
    html: fn(&Vote) -> Html,
) -> impl Fn(web_sys::Event) + Copy + 'static {
    let draw = move || {
        let Some(details) = details.get_untracked() else {
            return;
        };
        if details.has_attribute("open") {
            if let Some(body) = find(&details, body) {
                body.set_inner_html(html(vote.get_untracked()).as_str());
            }
        }
    };
    effect(move || {
        vote.track();
        draw();
    });
    move |_| draw()
}
