//! If the app ever panics, the reader sees a plain message with a reload
//! link instead of a page that silently stopped working.

use std::panic::PanicHookInfo;

pub const CRASH_ID: &str = "crash-message";

/// Shows the message (once) at the top of the page.
pub fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(CRASH_ID).is_some() {
        return;
    }
    let Ok(box_) = document.create_element("div") else {
        return;
    };
    box_.set_id(CRASH_ID);
    let _ = box_.set_attribute("role", "alert");
    let _ = box_.set_attribute("class", "crash-message");
    let Ok(text) = document.create_element("p") else {
        return;
    };
    text.set_text_content(Some(concat!(ui_plain!(browser crash), " ")));
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", "");
        link.set_text_content(Some(ui_plain!(browser reload)));
        let _ = text.append_child(&link);
    }
    let _ = box_.append_child(&text);
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&box_);
    }
}

/// Logs the panic's message to the console, then shows the message. Its
/// place in the source is left out: formatting it cost the wasm 0.4 KB
/// gzip (console_error_panic_hook), and the message names what failed.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("panic");
        web_sys::console::error_1(&message.into());
        show_crash_message();
    }));
}
