//! The copy buttons of the citation styles (widgets/citations/write.rs): each
//! copies its own style's text and says so in its status; where the
//! clipboard is refused, it says to select the text instead.

use crate::browser::clipboard::copy_text;
use crate::browser::dom::{find, set_text};
use crate::widgets::citations::write::{STATUS, STYLE, TEXT};
use leptos::task::spawn_local;
use web_sys::Element;

/// Copies the text of the style whose button is `button`.
pub fn copy(button: &Element) {
    let Some(block) = button.closest(STYLE.selector).ok().flatten() else {
        return;
    };
    let text = find(&block, TEXT.selector)
        .and_then(|t| t.text_content())
        .unwrap_or_default();
    spawn_local(async move {
        let status = if copy_text(&text).await {
            ui_plain!(citations copied)
        } else {
            ui_plain!(citations copy_blocked)
        };
        set_text(&block, STATUS.selector, status);
    });
}
