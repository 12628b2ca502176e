//! "Copy link to this step" (markup/share.rs): the Clipboard API where
//! allowed, else a selected text field the reader can copy from
//! (sandboxed frames).

use crate::browser::dom::{find, find_as, set_text};
use crate::browser::{clipboard::copy_text, page::base_folder};
use crate::markup::share::COPY_FALLBACK;
use crate::state::AppState;
use leptos::task::spawn_local;
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
        let Some(root) = find(&article, ".copy-link") else {
            return;
        };
        if ok {
            reset(&root);
            status(&root, "Link copied");
            return;
        }
        status(&root, "");
        if find(&root, ".copy-fallback").is_none() {
            let _ = root.insert_adjacent_html("beforeend", COPY_FALLBACK);
        }
        if let Some(input) = find_as::<web_sys::HtmlInputElement>(&root, ".copy-fallback input") {
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
    if let Some(field) = find(root, ".copy-fallback") {
        field.remove();
    }
}
