//! Copies text with the asynchronous Clipboard API. Sandboxed frames and
//! insecure contexts refuse it; the caller then shows the text to copy by hand.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard; `false` when the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let call = || -> Result<js_sys::Promise, JsValue> {
        let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())?;
        let write = js_sys::Reflect::get(&clipboard, &"writeText".into())?
            .dyn_into::<js_sys::Function>()?;
        write
            .call1(&clipboard, &text.into())?
            .dyn_into::<js_sys::Promise>()
    };
    match call() {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}
