//! Optional auto-height for hosts that run `public/embed-resize.js`: when
//! framed, the app posts its height to the parent whenever it changes, as
//! `{type: "uncyber:resize", v: 1, height}`. The message carries nothing
//! private, and the app acts on no incoming message.

use crate::html::page::{MAIN_PARTS, SCROLLING_MAIN};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub const MESSAGE_TYPE: &str = "uncyber:resize";
pub const MESSAGE_VERSION: u32 = 1;

fn post_height(height: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &MESSAGE_TYPE.into());
    let _ = js_sys::Reflect::set(&message, &"v".into(), &MESSAGE_VERSION.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.ceil().into());
    let _ = parent.post_message(&message, "*");
}

/// The page's height if nothing scrolled inside it: embedded, the text
/// panel (`main`) scrolls, and its hidden overflow is added back, so a
/// host that resizes the frame to this height shows everything.
fn natural_height(document: &web_sys::Document, root: &web_sys::Element) -> f64 {
    let overflow = document
        .query_selector(SCROLLING_MAIN)
        .ok()
        .flatten()
        .map_or(0, |main| {
            (main.scroll_height() - main.client_height()).max(0)
        });
    f64::from(root.scroll_height() + overflow)
}

thread_local! {
    /// One observer for the page; parts are added to it as the app builds them.
    static OBSERVER: Option<web_sys::ResizeObserver> = new_observer();
}

fn new_observer() -> Option<web_sys::ResizeObserver> {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = document.document_element() {
                post_height(natural_height(&document, &root));
            }
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    // The observer lives as long as the page.
    callback.forget();
    observer
}

/// Reports the page's height to the parent frame whenever the page or any
/// part of its text panel present now changes size. Called again as the app
/// builds its parts (observing an element twice is a no-op).
pub fn report_height_to_parent() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    OBSERVER.with(|observer| {
        let Some(observer) = observer else {
            return;
        };
        if let Some(root) = document.document_element() {
            observer.observe(&root);
        }
        if let Ok(parts) = document.query_selector_all(MAIN_PARTS) {
            for i in 0..parts.length() {
                if let Some(part) = parts
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    observer.observe(&part);
                }
            }
        }
    });
}
