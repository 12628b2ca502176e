//! Optional auto-height for hosts that run `public/embed-resize.js`: when
//! framed, the app posts its height to the parent whenever it changes, as
//! `{type: "uncyber:resize", v: 1, height}`. The message carries nothing
//! private, and the app acts on no incoming message.

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

/// Starts reporting the document's height to the parent frame.
pub fn report_height_to_parent() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
            post_height(entry.target().scroll_height() as f64);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // The observer lives as long as the page.
        callback.forget();
    }
}
