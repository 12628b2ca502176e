//! Words the release app's wasm leaves out because the page it starts on
//! already carries them: every page the app runs in has a static copy of
//! its step with the contents (every step's title), the timeline (every
//! event's date and label), the standfirst and the table of every member
//! state (src/bin/prerender). The app reads them from that copy before it
//! goes (browser/page_words.rs) and gives them here, once; a reader then
//! downloads each word once, not twice. Every other build (the prerender,
//! the tests, a debug app) has them compiled in, and reads those.

use crate::data::{members, steps, timeline};
use std::cell::Cell;

/// Whether this build takes the words from the page: the release wasm.
/// The generated data leaves them empty there (build_support/codegen.rs
/// `not_in_app`).
pub const WORDS_FROM_PAGE: bool = cfg!(all(target_arch = "wasm32", not(debug_assertions)));

/// The words as the page gave them. A list the page did not give in full
/// (a damaged page) is empty, and its words' stand-ins show.
#[derive(Default)]
pub struct PageWords {
    /// Every member's, in the order of `members()`; a member the page
    /// lacks is named by its code.
    pub member_names: Vec<&'static str>,
    /// By step, in reading order.
    pub step_titles: Vec<&'static str>,
    /// By timeline event: its date as written, and its label.
    pub event_dates: Vec<&'static str>,
    pub event_labels: Vec<&'static str>,
    pub standfirst: Option<&'static str>,
}

thread_local! {
    static GIVEN: Cell<Option<&'static PageWords>> = const { Cell::new(None) };
}

/// Gives the words the page carries, once. Only a build that takes them
/// from the page keeps them.
pub fn give(words: PageWords) {
    if WORDS_FROM_PAGE {
        GIVEN.with(|given| given.set(Some(Box::leak(Box::new(words)))));
    }
}

fn given() -> Option<&'static PageWords> {
    GIVEN.with(Cell::get)
}

/// Every member's name, in the order of `members()` (empty in the release
/// wasm until the page gave them).
pub fn member_names() -> &'static [&'static str] {
    if WORDS_FROM_PAGE {
        given().map_or(&[], |w| w.member_names.as_slice())
    } else {
        super::generated_member_names()
    }
}

/// The name of the member at `index` (its code until the page named it).
pub fn member_name(index: usize) -> &'static str {
    member_names()
        .get(index)
        .copied()
        .unwrap_or_else(|| members().get(index).map_or("", |m| m.iso3))
}

/// The title of step `index`. A damaged page that lacks it shows the
/// step's address name.
pub fn step_title(index: usize) -> &'static str {
    let Some(step) = steps().get(index) else {
        return "";
    };
    if !WORDS_FROM_PAGE {
        return step.title;
    }
    given()
        .and_then(|w| w.step_titles.get(index).copied())
        .unwrap_or(step.slug)
}

/// Timeline event `index`'s date as written, and its label. A damaged
/// page that lacks them shows the date as numbers and its step's title.
pub fn timeline_words(index: usize) -> (&'static str, &'static str) {
    let Some(event) = timeline().get(index) else {
        return ("", "");
    };
    if !WORDS_FROM_PAGE {
        return (event.date_label, event.label);
    }
    given()
        .and_then(|w| Some((*w.event_dates.get(index)?, *w.event_labels.get(index)?)))
        .unwrap_or_else(|| {
            let step = event
                .steps
                .first()
                .and_then(|slug| steps().iter().position(|s| s.slug == *slug));
            (event.date, step.map_or("", step_title))
        })
}

/// The line under the explainer's title. A damaged page that lacks it
/// shows none.
pub fn standfirst() -> &'static str {
    if !WORDS_FROM_PAGE {
        return super::site().standfirst;
    }
    given().and_then(|w| w.standfirst).unwrap_or("")
}
