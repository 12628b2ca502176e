//! Keeps the address and the app in step through the History API: a
//! change pushes an entry (so Back works), and `popstate` reads it back.
//! The path names the step (`step-<slug>.html`), the query the rest.
//! Failures (e.g. a sandboxed frame that refuses history) are ignored:
//! the page keeps working, only the URL stops following.

use crate::html::page::{LANGUAGE_OFFER, LANGUAGE_SWITCH};
use crate::model::url_state::{encode, step_in_path, Address};
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};

/// The current `location.search`, or empty.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// How a state change is written to history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    Push,
    Replace,
}

/// Whether the page's current path is a step's own page.
pub fn on_step_page() -> bool {
    step_in_path(&current_path()).is_some()
}

/// The query the current address stands for: its own, plus the step its
/// path names (the query's own `step` comes first, so it wins).
pub fn current_address_query() -> String {
    let path = current_path();
    match step_in_path(&path) {
        Some(slug) => format!("{}&step={}", current_query(), encode(slug)),
        None => current_query(),
    }
}

fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// Points the address bar at `to`: the step's page, relative to the
/// page's folder (so the site works from any folder), or the current path.
pub fn write_address(to: &Address, mode: HistoryMode) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let same_page = match &to.page {
        Some(page) => path.rsplit('/').next() == Some(page.as_str()),
        None => true,
    };
    if same_page && search == to.query {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let hash = location.hash().unwrap_or_default();
    let page = to.page.as_deref().unwrap_or(&path);
    let url = format!("{page}{}{hash}", to.query);
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        HistoryMode::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}

/// `write_address` after the next paint, so the change the reader asked
/// for is drawn first: Chromium's pushState costs milliseconds (about 3 ms
/// on a fast machine, four times that on a slow phone) and, run before the
/// frame, would delay every step change and vote switch. The address is
/// checked again when the write runs, so a Back press that already put the
/// URL there writes nothing; a write scheduled before a Back or Forward
/// press is dropped, or it would push the page the reader just left (a
/// step change schedules a second write when its stage follows, a frame
/// later, and Back can land between the two).
pub fn write_address_soon(to: Address, mode: HistoryMode) {
    let moves_then = HISTORY_MOVES.with(Cell::get);
    super::startup::after_next_paint(move || {
        if HISTORY_MOVES.with(Cell::get) == moves_then {
            write_address(&to, mode)
        }
    });
}

thread_local! {
    static HISTORY_MOVES: Cell<u32> = const { Cell::new(0) };
}

/// Called on `popstate`: the reader moved through history, so writes
/// scheduled before are out of date.
pub fn note_history_move() {
    HISTORY_MOVES.with(|moves| moves.set(moves.get().wrapping_add(1)));
}

/// A link of the language switcher or offer, about to be followed, pointed at the
/// page and query the reader is on now, in its language's folder: the
/// switcher was written for the page the reader loaded, and the reader
/// may have moved on since.
pub fn follow_language_link(ev: &web_sys::Event) {
    // The links hold only words, so a click on one has the link itself as
    // its target.
    let closest = |selector| super::dom::closest(ev, selector).is_some();
    if !closest(LANGUAGE_SWITCH.selector) && !closest(LANGUAGE_OFFER.selector) {
        return;
    }
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Some(href) = link.get_attribute("href") else {
        return;
    };
    let folder = href.rfind('/').map_or("", |at| &href[..=at]);
    let path = current_path();
    let page = path.rsplit('/').next().unwrap_or_default();
    let _ = link.set_attribute("href", &format!("{folder}{page}{}", current_query()));
}
