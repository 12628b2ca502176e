//! The page shell: creates the shared state from the URL, keeps the URL,
//! the title and the keyboard in step with it, and lays out the views.

use crate::browser::embed_resize::report_height_to_parent;
use crate::browser::fill::fill_parts_at_hand;
use crate::browser::keep_clear;
use crate::browser::page::{is_framed, mark_later_step, set_title, wants_own_keys};
use crate::browser::page::{place_language_offer, prerendered_step, remove_prerendered};
use crate::browser::page_words::read_page_words;
use crate::browser::startup::{after_next_paint, next_task};
use crate::browser::url_sync::{current_address_query, current_query, on_step_page};
use crate::browser::url_sync::{
    follow_language_link, note_history_move, write_address_soon, HistoryMode,
};
use crate::data::{self, KnownData};
use crate::html::page::{APP, EXPLORE, STAGE_SIDE};
use crate::html::Target;
use crate::model::step_nav::Move;
use crate::model::url_state;
use crate::state::AppState;
use crate::view_kit::effect::{effect, effect_with};
use crate::widgets::header::{footer_inner, header_inner, HEADER, OPEN_FULL};
use crate::widgets::stage::outlines::page_outlines;
use crate::widgets::step::write::STEP_TITLE;
use crate::widgets::{
    contents::view::Contents,
    downloads::view::Downloads,
    explorer::{Explorer, StageTools},
    notice::Notice,
    stage::view::StageFigure,
    step::view::StepPanel,
    timeline::view::Timeline,
};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let framed = is_framed();
    // Before the static copy goes: the words it carries for the release
    // wasm (data/page_words.rs) and the map's outlines are read from it.
    read_page_words();
    let _ = page_outlines();
    // A prerendered step page opens at its step unless the link names another
    // (the first `step` in the query wins).
    let query = match prerendered_step() {
        Some(slug) => format!("{}&step={}", current_query(), url_state::encode(&slug)),
        None => current_query(),
    };
    let state = AppState::from_query(&query, framed);
    provide_context(state);
    if framed {
        report_height_to_parent();
    }

    // The address follows the state (its path names the step, so a copied
    // address previews the step on show). The first write replaces
    // (loading adds no history entry); later ones push, unless embedded,
    // where the host page's history must stay untouched.
    effect_with(move |done_before: Option<()>| {
        let to = url_state::address(&state.url_state(), &KnownData, on_step_page());
        let push = done_before.is_some() && !state.embedded;
        write_address_soon(
            to,
            if push {
                HistoryMode::Push
            } else {
                HistoryMode::Replace
            },
        );
    });
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        note_history_move();
        state.apply_query(&current_address_query())
    });
    let _ = window_event_listener(leptos::ev::focusin, keep_clear::on_focus_in);
    let _ = window_event_listener(leptos::ev::click, |ev| follow_language_link(&ev));
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        let modified = ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.shift_key();
        if ev.default_prevented() || modified || wants_own_keys(ev.target()) {
            return;
        }
        let key = ev.key();
        let clicker = || Move::from_clicker_key(&key).filter(|_| state.presenting);
        if let Some(to) = Move::from_key(&key).or_else(clicker) {
            ev.prevent_default();
            state.go(to);
        }
    });
    // The tab's title is not what the reader waits for: it follows the paint.
    effect(move || {
        let title = format!(
            "{} · {}",
            data::step_title(state.step.get()),
            data::site().title
        );
        mark_later_step(state.step.get() > 0);
        after_next_paint(move || set_title(&title));
    });

    // Starting up is spread over tasks, so none blocks a slow phone for
    // long. Beside the static copy written at build time, hidden: (1) the
    // step and the stage's figure are built, (2) the contents and timeline. (3) After the static
    // copy has been painted at least once (so it stays the page's Largest
    // Contentful Paint), the two swap in one go: same layout, nothing
    // moves. (4) The explorer's tools, below the step.
    let header = NodeRef::<leptos::html::Header>::new();
    let navigation_ready = RwSignal::new(false);
    let explorer_ready = RwSignal::new(false);
    next_task(move || {
        navigation_ready.set(true);
        after_next_paint(move || {
            // Words every static page carries (the licence, the sources
            // note) are taken from the copy before it goes.
            if let Some(body) = web_sys::window().and_then(|w| w.document()?.body()) {
                fill_parts_at_hand(&body);
            }
            remove_prerendered();
            state.revealed.set(true);
            // A framed page's height is the teacher's: no offer there.
            if crate::ui::IS_ENGLISH {
                let header = header.get_untracked();
                place_language_offer(header.as_deref(), !framed && !state.embedded);
            }
            next_task(move || {
                explorer_ready.set(true);
                // Watch the parts that now exist (see embed_resize).
                if framed {
                    next_task(report_height_to_parent);
                }
            });
        });
    });

    // Its "open the full explainer" link shows only when embedded, and
    // follows the step in place (a focused link keeps the focus).
    let full = Target::App {
        embed: false,
        present: false,
    };
    let open_full = state
        .embedded
        .then(|| full.step_href(state.step.get_untracked()));
    let header_html = header_inner(open_full.as_deref(), full).into_string();
    if state.embedded {
        effect(move || {
            let href = full.step_href(state.step.get());
            if let Some(a) = header
                .get()
                .and_then(|h| h.query_selector(OPEN_FULL.selector).ok()?)
            {
                let _ = a.set_attribute("href", &href);
            }
        });
    }
    let no_explorer = state.locked || state.presenting || (state.embedded && !state.explore_in_url);
    view! {
        <div class=APP.name class:embedded=state.embedded class:presenting=state.presenting class:guess-hidden=move || state.awaits_guess(state.step.get()) hidden=move || !state.revealed.get()>
            <a class="skip-link" href=STEP_TITLE.selector>{ui_plain!(app skip_to_story)}</a>
            // A locked embed, or a frame that did not ask for the explorer,
            // has no votes to skip to.
            {(!no_explorer).then(|| view! { <a class="skip-link" href=EXPLORE.selector>{ui_plain!(app skip_to_votes)}</a> })}
            <header class=HEADER.name node_ref=header inner_html=header_html></header>
            <main id="main">
                <Notice message=state.notice />
                <p class="visually-hidden" aria-live="polite">{move || state.announcement.get()}</p>
                {move || (navigation_ready.get() && !state.locked).then(|| view! { <Contents /> <Timeline /> })}
                // The stage: the story's text beside (or below) the one
                // figure it drives, which stays in view (style/main.css).
                <div class="stage">
                    <div class="stage-text">
                        <StepPanel />
                        <section class="explore" id=EXPLORE.name tabindex="-1" aria-labelledby="explore-heading" hidden=no_explorer>
                            <h2 id="explore-heading">{ui_plain!(app explore_heading)}</h2>
                            {move || (explorer_ready.get() && !no_explorer).then(|| view! { <Explorer /> })}
                        </section>
                    </div>
                    <div class=STAGE_SIDE.name>
                        <StageFigure />
                        {move || (explorer_ready.get() && !no_explorer).then(|| view! { <StageTools /> })}
                    </div>
                </div>
            </main>
            {(!state.embedded).then(|| view! { <Downloads /> })}
            <footer class="site-footer" inner_html=footer_inner().into_string()></footer>
        </div>
    }
}
