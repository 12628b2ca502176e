//! Fills the stand-ins of a part of the page (html/fill.rs) with the part
//! lifted from the static page each names.

use crate::browser::dom::all;
use crate::html::fill::{lift, FILL_FROM, FILL_PART};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::Element;

/// The text of the page at `url`, if the fetch succeeds. The browser's
/// cache serves a page fetched before.
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

/// Fills every stand-in inside `root`.
pub fn fill_parts(root: &Element) {
    for stand_in in all(root, FILL_FROM.selector) {
        let (Some(url), Some(name)) = (
            stand_in.get_attribute(FILL_FROM.name),
            stand_in.get_attribute(FILL_PART.name),
        ) else {
            continue;
        };
        spawn_local(async move {
            let Some(page) = page_text(&url).await else {
                return;
            };
            // Still in the page (the reader may have moved on meanwhile).
            if let (Some(part), true) = (lift(&page, &name), stand_in.is_connected()) {
                stand_in.set_inner_html(part);
                let _ = stand_in.remove_attribute(FILL_FROM.name);
            }
        });
    }
}
