//! Small reads and writes on parts of the page written as text (see
//! src/markup/): finding elements, and the element an event came from.

use wasm_bindgen::JsCast;

/// The first element inside `root` matching `selector`.
pub fn find(root: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).ok().flatten()
}

/// Runs `f` on every element inside `root` matching `selector`.
pub fn for_each(root: &web_sys::Element, selector: &str, mut f: impl FnMut(web_sys::Element)) {
    let Ok(list) = root.query_selector_all(selector) else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into().ok()) {
            f(el);
        }
    }
}

/// The event's target, or its nearest ancestor, matching `selector`.
pub fn closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    el.closest(selector).ok()?
}

/// The number in `attr` of the nearest element carrying it.
pub fn index_attr(ev: &web_sys::Event, attr: &str) -> Option<usize> {
    closest(ev, &format!("[{attr}]"))?
        .get_attribute(attr)?
        .parse()
        .ok()
}

/// Sets `aria-pressed` from a yes/no answer.
pub fn set_pressed(el: &web_sys::Element, pressed: bool) {
    let _ = el.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
}
