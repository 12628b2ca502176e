//! The current step: where it sits in the story, its text, its picture and
//! its sources (widgets/step/write.rs, redrawn when the step changes), then the controls to move on, cite and share it
//! (widgets/step/controls.rs, widgets/share/write.rs: drawn once, updated in
//! place, so a focused button keeps the focus). One click listener serves
//! every button, by its `data-action` or `data-compare`.

use crate::browser::dom::{action_of, closest, find, replace_before};
use crate::browser::fill::{fill_parts, prefetch_story};
use crate::browser::keep_clear;
use crate::browser::page::focus;
use crate::browser::startup::after_next_paint;
use crate::data;
use crate::html::action::Action;
use crate::html::page::STEP_NAV;
use crate::html::Target;
use crate::model::step_nav::{place_on, Move};
use crate::state::{use_app_state, AppState};
use crate::view_kit::effect::{effect, effect_with};
use crate::view_kit::handler::handler;
use crate::widgets::comparison::controls::{COMPARE, COMPARE_HEADING};
use crate::widgets::country_line::update::set_line;
use crate::widgets::guess::update::{mark, set_guess};
use crate::widgets::guess::write::CHOICE as GUESS_CHOICE;
use crate::widgets::share::write::share_html;
use crate::widgets::step::controls::step_controls_html;
use crate::widgets::step::controls_update::{update_citation, update_nav};
use crate::widgets::step::write::{step_html, STEP_TITLE, WRAPPER};
use crate::widgets::{
    citations::view as cite_copy,
    share::{copy_link, embed_dialog},
};
use leptos::prelude::*;
use web_sys::Element;

/// "Compare these two votes" (`COMPARE`, "a,b") opens that comparison
/// in the explorer below.
fn open_comparison(state: AppState, pair: &str) {
    let votes = pair
        .split_once(',')
        .and_then(|(a, b)| Some((data::vote(a)?.id, data::vote(b)?.id)));
    if let Some(votes) = votes {
        state.compare.set(Some(votes));
        focus(COMPARE_HEADING);
    }
}

/// Previous or Next. A button that becomes disabled loses the focus; it
/// goes to the heading instead.
fn press(state: AppState, to: Move) {
    state.go(to);
    let (_, _, first, last) = place_on(state.step.get_untracked(), data::steps().len(), state.path);
    if first || last {
        focus(STEP_TITLE.name);
    }
}

fn on_click(state: AppState, article: &Element, ev: leptos::ev::MouseEvent) {
    if let Some(button) = closest(&ev, GUESS_CHOICE.selector) {
        let index = state.step.get_untracked();
        if mark(article, index, &button) {
            state.guessed.update(|g| g.push(index));
        }
        return;
    }
    if let Some(pair) = closest(&ev, COMPARE.selector).and_then(|b| b.get_attribute(COMPARE.name)) {
        return open_comparison(state, &pair);
    }
    let Some((action, button)) = action_of(&ev) else {
        return;
    };
    match action {
        Action::Previous => press(state, Move::Previous),
        Action::Next => press(state, Move::Next),
        Action::CopyLink => copy_link::copy(state, article.clone()),
        Action::EmbedOpen => embed_dialog::open(state, article),
        Action::EmbedCopy => embed_dialog::copy(article.clone()),
        Action::EmbedClose => embed_dialog::close(article),
        Action::CiteCopy => cite_copy::copy(&button),
        // Heard by the explorer's own listeners.
        Action::Unfollow => state.unfollow(),
        Action::Print => {
            let _ = web_sys::window().map(|w| w.print());
        }
        _ => {}
    }
}

/// Scrolls the step's title clear of the pinned parts in the next frame,
/// before it is drawn: measured after all of this change's writes, the
/// layout is worked out once.
fn reveal_title_next_frame(article: web_sys::HtmlElement) {
    request_animation_frame(move || {
        if let Some(title) = find(&article, STEP_TITLE.selector) {
            keep_clear::reveal(&title);
        }
    });
}

#[component]
pub fn StepPanel() -> impl IntoView {
    let state = use_app_state();
    let article = NodeRef::<leptos::html::Article>::new();
    let target = Target::App {
        embed: state.embed_in_url,
        present: state.presenting,
    };
    // The figure shows the step's own vote, which its text describes; a
    // vote picked in the explorer shows there.
    let step_html_at =
        move |index: usize| step_html(index, data::step_vote(&data::steps()[index]), target);
    let first = state.step.get_untracked();
    let mut html = step_html_at(first);
    html.push(&step_controls_html(state.locked));
    html.push(&share_html(state.embedded));
    let html = html.into_string();
    // A new step redraws the text before the step's navigation; focus on
    // the old text (the heading, after a jump to a step) moves to the new
    // heading. The new step shows from its title, wherever the reader had
    // scrolled to in the old one; focus stays where it is.
    effect_with(move |drawn: Option<usize>| {
        let index = state.step.get();
        let Some(article) = article.get() else {
            return drawn.unwrap_or(first);
        };
        if drawn.unwrap_or(first) != index {
            let nav = find(&article, STEP_NAV.selector);
            if nav.is_some_and(|nav| replace_before(&nav, step_html_at(index).as_str())) {
                focus(STEP_TITLE.name);
            }
            reveal_title_next_frame(article.clone());
        }
        // The guess is written with its step, and kept while it is marked.
        if drawn.is_none_or(|d| d != index) {
            set_guess(&article, index, untrack(|| state.awaits_guess(index)));
        }
        // A part the wasm leaves out comes from the step's static page.
        fill_parts(&article);
        set_line(&article, index, state.followed.get());
        index
    });
    // The stage follows a frame later (see `AppState::go`); where its new
    // key or title makes the pinned figure taller, the title is brought
    // clear of it again.
    effect_with(move |drawn: Option<usize>| {
        let shown = state.stage_step.get();
        if drawn.is_some_and(|d| d != shown) {
            if let Some(article) = article.get() {
                reveal_title_next_frame(article);
            }
        }
        shown
    });
    // What the reader sees at once (the navigation) is written with the
    // step; what sits folded away (the citations, the embed code, the copy
    // button's state) after the new step has been painted, for the step
    // current then.
    effect(move || {
        let index = state.step.get();
        if let Some(article) = article.get() {
            update_nav(&article, index, state.path);
            after_next_paint(move || {
                let index = state.step.get_untracked();
                update_citation(&article, index);
                copy_link::reset(&article);
                embed_dialog::update_code(state, &article);
            });
        }
    });
    view! {
        <article
            class=WRAPPER.class
            data-step=move || state.current_step().slug
            aria-labelledby=WRAPPER.labelled_by
            node_ref=article
            inner_html=html
            on:click=handler(move |ev| {
                if let Some(a) = article.get_untracked() {
                    on_click(state, &a, ev)
                }
            })
            on:pointerover=handler(move |_| prefetch_story())
            on:focusin=handler(move |_| prefetch_story())
            on:change=handler(move |_| {
                if let Some(a) = article.get_untracked() {
                    embed_dialog::update_code(state, &a)
                }
            })
        ></article>
    }
}
