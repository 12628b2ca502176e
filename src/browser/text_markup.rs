//! Markup written as text (src/markup/) in the live page: put beside the
//! elements the app draws itself, updated in place, and its clicks read
//! through one listener on a container (event delegation).

use wasm_bindgen::JsCast;
use web_sys::Element;

/// Replaces the elements before `anchor` (its earlier siblings) with
/// `html`. Returns whether one of them held the focus: removing it drops
/// the focus to the page, and the caller may hand it to the new content.
pub fn replace_before(anchor: &Element, html: &str) -> bool {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let mut had_focus = false;
    while let Some(old) = anchor.previous_element_sibling() {
        had_focus |= active.as_ref().is_some_and(|a| old.contains(Some(a)));
        old.remove();
    }
    let _ = anchor.insert_adjacent_html("beforebegin", html);
    had_focus
}

/// The element matching `selector` that an event happened in (or on).
pub fn closest(ev: &web_sys::Event, selector: &str) -> Option<Element> {
    ev.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()?
}

/// The elements matching `selector` inside `root`, in page order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Sets or removes `aria-current="step"`.
pub fn mark_current_step(el: &Element, current: bool) {
    let _ = if current {
        el.set_attribute("aria-current", "step")
    } else {
        el.remove_attribute("aria-current")
    };
}
