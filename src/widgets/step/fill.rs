//! Fills a part of the page that the wasm leaves out from the static page
//! the build wrote for it (widgets/step/treaty.rs: the treaties' table), so the
//! app's first load does not carry it. A failed fetch leaves the link the
//! part was written with.

use crate::browser::dom::find_optional;
use crate::widgets::step::treaty::{FILL_FROM, TABLE_END, TABLE_START};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::Element;

/// The text of the page at `url`, if the fetch succeeds.
async fn page_text(url: &str) -> Option<String> {
    let response: web_sys::Response = JsFuture::from(web_sys::window()?.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Swaps the part of `root` marked `FILL_FROM` for the same part of the
/// page it names.
pub fn fill_from_page(root: &Element) {
    let Some(part) = find_optional(root, FILL_FROM.selector) else {
        return;
    };
    let Some(url) = part.get_attribute(FILL_FROM.name) else {
        return;
    };
    spawn_local(async move {
        let Some(page) = page_text(&url).await else {
            return;
        };
        let Some(start) = page.find(TABLE_START) else {
            return;
        };
        let Some(end) = page[start..].find(TABLE_END) else {
            return;
        };
        // Still in the page (the reader may have moved on meanwhile).
        if part.is_connected() {
            part.set_outer_html(&page[start..start + end + TABLE_END.len()]);
        }
    });
}
