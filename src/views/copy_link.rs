//! "Copy link to this step" (markup/share.rs): the Clipboard API where
//! allowed, else a selected text field the reader can copy from
//! (sandboxed frames).

use crate::browser::dom::set_text;
use crate::browser::{clipboard::copy_text, page::base_folder};
use crate::markup::share::COPY_FALLBACK;
use crate::state::AppState;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The step's own page: it opens the story there, and link previews show
/// the step's title and summary.
fn link(state: AppState) -> String {
    format!("{}step-{}.html", base_folder(), state.current_step().slug)
}

fn status(root: &Element, text: &str) {
    set_text(root, ".copy-status", text);
}

/// Copies the link; when refused, shows it in a field, focused and selected.
pub fn copy(state: AppState, article: Element) {
    let text = link(state);
    spawn_local(async move {
        let ok = copy_text(&text).await;
        let Ok(Some(root)) = article.query_selector(".copy-link") else {
            return;
        };
        if ok {
            reset(&root);
            status(&root, "Link copied");
            return;
        }
        status(&root, "");
        if let Ok(None) = root.query_selector(".copy-fallback") {
            let _ = root.insert_adjacent_html("beforeend", COPY_FALLBACK);
        }
        if let Some(input) = root
            .query_selector(".copy-fallback input")
            .ok()
            .flatten()
            .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            // As a value, never markup: it holds the page's own address.
            input.set_value(&link(state));
            let _ = input.focus();
            input.select();
        }
    });
}

/// Back to the bare button (a new step has a new link).
pub fn reset(root: &Element) {
    status(root, "");
    if let Ok(Some(field)) = root.query_selector(".copy-fallback") {
        field.remove();
    }
}
