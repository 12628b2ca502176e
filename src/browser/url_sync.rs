//! Keeps the query string and the app in step through the History API:
//! a change pushes an entry (so Back works), and `popstate` reads it back.
//! Failures (e.g. a sandboxed frame that refuses history) are ignored:
//! the page keeps working, only the URL stops following.

use wasm_bindgen::JsValue;

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

/// Writes `query` (`?…` or empty) to the address bar, keeping the path.
pub fn write_query(query: &str, mode: HistoryMode) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().search().ok().as_deref() == Some(query) {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let hash = window.location().hash().unwrap_or_default();
    let url = format!("{path}{query}{hash}");
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        HistoryMode::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}

/// `write_query` in a task of its own, so the change the reader asked for
/// is drawn first: Chromium's pushState costs milliseconds (more on slow
/// phones) and would otherwise delay every step change and vote switch.
/// The write checks the address again when it runs, so a Back press that
/// already put the URL there writes nothing.
pub fn write_query_soon(query: String, mode: HistoryMode) {
    leptos::prelude::set_timeout(move || write_query(&query, mode), std::time::Duration::ZERO);
}
