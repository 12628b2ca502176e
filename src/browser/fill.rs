//! Fills the stand-ins of a part of the page (html/fill.rs) with the part
//! lifted from the static page each names.

use crate::browser::dom::all;
use crate::browser::page::prerendered_step;
use crate::html::fill::{lift, FILL_FROM, FILL_PART};
use crate::html::page::STATIC_COPY_ID;
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

/// Part `name` of the static copy in the page, if that copy is the page at
/// `url`.
fn from_static_copy(url: &str, name: &str) -> Option<String> {
    let slug = prerendered_step()?;
    if url != format!("step-{slug}.html") {
        return None;
    }
    let copy = web_sys::window()?
        .document()?
        .get_element_by_id(STATIC_COPY_ID)?
        .inner_html();
    lift(&copy, name).map(str::to_string)
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
        // The page's own static copy, while it is still there, holds the
        // parts of its step: taken at once, the app's first screen matches it.
        if let Some(part) = from_static_copy(&url, &name) {
            stand_in.set_inner_html(&part);
            let _ = stand_in.remove_attribute(FILL_FROM.name);
            continue;
        }
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
