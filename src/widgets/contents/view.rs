//! The table of contents (widgets/contents/write.rs): every step, marked where
//! the reader is, each a real link (`?step=slug`) that also works when
//! opened in a new tab. The marks move in place, so an open list stays open.

use crate::browser::dom::{all, closest, find, mark_current_step};
use crate::browser::page::focus;
use crate::data::KnownData;
use crate::html::names::Wrapper;
use crate::html::{Html, Target};
use crate::model::step_nav::Move;
use crate::model::url_state;
use crate::state::{use_app_state, AppState};
use crate::view_kit::effect::effect;
use crate::view_kit::handler::handler;
use crate::widgets::contents::write::{
    contents_inner, position, LINK, POSITION, STEP_LINKS, WRAPPER,
};
use crate::widgets::step::write::STEP_TITLE;
use leptos::attr::{aria_labelledby, Attribute};
use leptos::ev::{click, on};
use leptos::html::inner_html;
use leptos::prelude::*;
use leptos::tachys::html::class::class;

/// Follows a step link (one with a `?step=` href) inside the app, unless
/// the reader wants it elsewhere (a modified or middle click).
fn follow_step_link(state: AppState, ev: leptos::ev::MouseEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
        return;
    }
    let Some(href) = closest(&ev, LINK).and_then(|a| a.get_attribute("href")) else {
        return;
    };
    let Some(index) = url_state::parse(&href, &KnownData).0.step else {
        return;
    };
    ev.prevent_default();
    state.go(Move::To(index));
    focus(STEP_TITLE.name);
}

/// What the contents and the timeline share: the app's state, and the
/// attributes of their outer element (`wrapper`): its class and heading, the
/// HTML `inner` writes for the current step, as the app shows it, and a click
/// handler that follows its step links inside the app.
pub fn step_links(
    wrapper: Wrapper,
    inner: fn(usize, Target) -> Html,
) -> (AppState, impl Attribute) {
    let state = use_app_state();
    let html = inner(
        state.step.get_untracked(),
        Target::App {
            embed: state.embed_in_url,
            present: state.presenting,
        },
    )
    .into_string();
    let attributes = (
        class(wrapper.class),
        aria_labelledby(wrapper.labelled_by),
        inner_html(html),
        on(click, handler(move |ev| follow_step_link(state, ev))),
    );
    (state, attributes)
}

#[component]
pub fn Contents() -> impl IntoView {
    let (state, links) = step_links(WRAPPER, contents_inner);
    let nav = NodeRef::<leptos::html::Nav>::new();
    effect(move || {
        let index = state.step.get();
        let Some(nav) = nav.get() else { return };
        if let Some(span) = find(&nav, POSITION.selector) {
            span.set_text_content(Some(&position(index)));
        }
        for (i, a) in all(&nav, STEP_LINKS).iter().enumerate() {
            mark_current_step(a, i == index);
        }
    });
    view! { <nav {..links} node_ref=nav></nav> }
}
