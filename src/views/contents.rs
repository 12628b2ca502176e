//! The table of contents (markup/contents.rs): every step, marked where
//! the reader is, each a real link (`?step=slug`) that also works when
//! opened in a new tab. The marks move in place, so an open list stays open.

use super::effect::effect;
use super::handler::handler;
use crate::browser::dom::{all, closest, find, mark_current_step};
use crate::browser::page::focus;
use crate::data::KnownData;
use crate::markup::contents::{contents_inner, position, POSITION, WRAPPER};
use crate::markup::step::STEP_TITLE;
use crate::markup::Target;
use crate::model::step_nav::Move;
use crate::model::url_state;
use crate::state::{use_app_state, AppState};
use leptos::prelude::*;

/// Follows a step link (one with a `?step=` href) inside the app, unless
/// the reader wants it elsewhere (a modified or middle click).
pub fn follow_step_link(state: AppState, ev: leptos::ev::MouseEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
        return;
    }
    let Some(href) = closest(&ev, "a[href]").and_then(|a| a.get_attribute("href")) else {
        return;
    };
    let Some(index) = url_state::parse(&href, &KnownData).0.step else {
        return;
    };
    ev.prevent_default();
    state.go(Move::To(index));
    focus(STEP_TITLE.name);
}

#[component]
pub fn Contents() -> impl IntoView {
    let state = use_app_state();
    let nav = NodeRef::<leptos::html::Nav>::new();
    let html = contents_inner(
        state.step.get_untracked(),
        Target::App {
            embed: state.embed_in_url,
        },
    )
    .into_string();
    effect(move || {
        let index = state.step.get();
        let Some(nav) = nav.get() else { return };
        if let Some(span) = find(&nav, POSITION.selector) {
            span.set_text_content(Some(&position(index)));
        }
        for (i, a) in all(&nav, "ol a").iter().enumerate() {
            mark_current_step(a, i == index);
        }
    });
    view! {
        <nav
            class=WRAPPER.class
            aria-labelledby=WRAPPER.labelled_by
            node_ref=nav
            inner_html=html
            on:click=handler(move |ev| follow_step_link(state, ev))
        ></nav>
    }
}
