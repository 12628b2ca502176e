//! Small reads and writes on parts of the page written as text (see
//! src/widgets/): finding and replacing elements, marking them, and the
//! element an event came from (its clicks are heard by one listener on a
//! container: event delegation).

use crate::html::action::{Action, ATTR as ACTION_ATTR};
use crate::html::names::Attr;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The first element inside `root` matching `selector`. The markup always
/// writes it, so finding none is a bug (markup and code disagree): debug
/// builds and tests panic, naming the selector; a release build carries on
/// without it. Use `find_optional` where it may rightly be absent.
pub fn find(root: &Element, selector: &str) -> Option<Element> {
    expect_found(find_optional(root, selector), selector)
}

/// The first element inside `root` matching `selector`, if there is one
/// (an embed has no embed dialog, a timeline event may have no link).
pub fn find_optional(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// `found`, after a loud failure in debug builds and tests if it is `None`.
pub fn expect_found<T>(found: Option<T>, selector: &str) -> Option<T> {
    debug_assert!(
        found.is_some(),
        "a lookup found nothing: no element matches {selector:?}"
    );
    found
}

/// The first element inside `root` matching `selector`, as the DOM type
/// `T` (an input, a dialog…); loud, as `find`, if none matches or it is
/// another type.
pub fn find_as<T: JsCast>(root: &Element, selector: &str) -> Option<T> {
    let found = find_optional(root, selector).and_then(|el| el.dyn_into::<T>().ok());
    expect_found(found, selector)
}

/// As `find_as`, for an element that may rightly be absent.
pub fn find_optional_as<T: JsCast>(root: &Element, selector: &str) -> Option<T> {
    find_optional(root, selector)?.dyn_into::<T>().ok()
}

/// Sets the text of the first element inside `root` matching `selector`.
pub fn set_text(root: &Element, selector: &str, text: &str) {
    if let Some(el) = find(root, selector) {
        el.set_text_content(Some(text));
    }
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

/// The event's target, or its nearest ancestor, matching `selector`.
pub fn closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    el.closest(selector).ok()?
}

/// The action of the button the event came from (or is inside), with
/// that button.
pub fn action_of(ev: &web_sys::Event) -> Option<(Action, Element)> {
    let button = closest(ev, ACTION_ATTR.selector)?;
    let action = Action::parse(&button.get_attribute(ACTION_ATTR.name)?)?;
    Some((action, button))
}

/// The number in `attr` of the nearest element carrying it.
pub fn index_attr(ev: &web_sys::Event, attr: Attr) -> Option<usize> {
    closest(ev, attr.selector)?
        .get_attribute(attr.name)?
        .parse()
        .ok()
}

/// Sets `aria-pressed` from a yes/no answer.
pub fn set_pressed(el: &web_sys::Element, pressed: bool) {
    let _ = el.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
}

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

/// Sets or removes `aria-current="step"`.
pub fn mark_current_step(el: &Element, current: bool) {
    let _ = if current {
        el.set_attribute("aria-current", "step")
    } else {
        el.remove_attribute("aria-current")
    };
}
