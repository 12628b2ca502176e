//! "Copy link to this step" (widgets/share/write.rs): the Clipboard API where
//! allowed, else a selected text field the reader can copy from
//! (sandboxed frames).

use crate::browser::dom::{find, find_as, find_optional, set_text};
use crate::browser::{clipboard::copy_text, page::base_folder};
use crate::state::AppState;
use crate::widgets::share::write::{copy_fallback, COPY_FALLBACK, COPY_LINK, COPY_STATUS};
use leptos::task::spawn_local;
use web_sys::Element;

/// The step's own page: it opens the story there, and link previews show
/// the step's title and summary.
fn link(state: AppState) -> String {
    format!("{}step-{}.html", base_folder(), state.current_step().slug)
}

fn status(root: &Element, text: &str) {
    set_text(root, COPY_STATUS.selector, text);
}

/// Copies the link; when refused, shows it in a field, focused and selected.
pub fn copy(state: AppState, article: Element) {
    let text = link(state);
    spawn_local(async move {
        let ok = copy_text(&text).await;
        let Some(root) = find(&article, COPY_LINK.selector) else {
            return;
        };
        if ok {
            reset(&root);
            status(&root, ui_plain!(share link_copied));
            return;
        }
        status(&root, "");
        if find_optional(&root, COPY_FALLBACK.selector).is_none() {
            let _ = root.insert_adjacent_html("beforeend", copy_fallback().as_str());
        }
        if let Some(input) = find(&root, COPY_FALLBACK.selector)
            .and_then(|field| find_as::<web_sys::HtmlInputElement>(&field, "input"))
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
    if let Some(field) = find_optional(root, COPY_FALLBACK.selector) {
        field.remove();
    }
}
