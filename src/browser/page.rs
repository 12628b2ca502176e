//! Small facts about, and changes to, the page the app runs in.

use crate::html::page::OWN_KEYS;
use crate::html::page::{LANGUAGE_OFFER, LANGUAGE_SWITCH, LATER_STEP, STATIC_COPY_ID, STEP_META};
use wasm_bindgen::JsCast;

/// Whether the page runs inside a frame (an iframe on a course page, say).
pub fn is_framed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // A cross-origin parent makes `top` unreadable; that too means framed.
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        _ => true,
    }
}

/// Marks the page as past its first step (`LATER_STEP`), or not.
pub fn mark_later_step(later: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.toggle_attribute_with_force(LATER_STEP, later);
    }
}

pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The page's address without its query or hash, for building share links.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Whether a key press happened in a place that wants the arrow keys
/// itself: text fields, selects, editable content, and widgets marked
/// `data-own-keys` (the map and the tile grid).
pub fn wants_own_keys(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
        || el.closest(OWN_KEYS.selector).ok().flatten().is_some()
}

/// The step a prerendered page (`step-<slug>.html`) stands for, from its
/// `<meta name="uncyber-step">`.
pub fn prerendered_step() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document.query_selector(STEP_META.selector).ok()??;
    meta.get_attribute("content")
}

/// Removes the static copy of the page written at build time, once the
/// app has drawn its own, and moves the language switcher (last in the
/// static page) after the app, which was added to the body's end: the page
/// ends with it, as every page does, and the app's skip links stay first.
pub fn remove_prerendered() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = document.get_element_by_id(STATIC_COPY_ID) {
        el.remove();
    }
    if let (Some(body), Ok(Some(switch))) = (
        document.body(),
        document.query_selector(LANGUAGE_SWITCH.selector),
    ) {
        let _ = body.append_with_node_1(&switch);
    }
}

/// Puts the English page's offer of another language (written hidden at
/// the top of the body, before the app) just before the app's `header`,
/// after its skip links, which stay the page's first links; shows the line
/// of the language the reader's browser prefers, if that is one of the
/// other five and comes before English in the reader's list. A page that
/// makes no offer (`offered` false: in a frame) drops it. Following it,
/// like the switcher, keeps the reader's step (browser/url_sync.rs).
pub fn place_language_offer(header: Option<&web_sys::Element>, offered: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Ok(Some(offer)) = document.query_selector(LANGUAGE_OFFER.selector) else {
        return;
    };
    let Some(header) = header.filter(|_| offered) else {
        offer.remove();
        return;
    };
    let _ = header.before_with_node_1(&offer);
    let lines = offer.children();
    for preferred in window.navigator().languages().iter() {
        let preferred = preferred
            .as_string()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let code = preferred.split('-').next().unwrap_or_default();
        if code == "en" {
            return;
        }
        // Each line is marked with its language's tag (zh-Hans for Chinese).
        let of_language = |line: &web_sys::Element| {
            line.get_attribute("lang")
                .is_some_and(|tag| tag.split('-').next() == Some(code))
        };
        if let Some(line) = (0..lines.length())
            .filter_map(|i| lines.item(i))
            .find(of_language)
        {
            let _ = line.remove_attribute("hidden");
            let _ = offer.remove_attribute("hidden");
            return;
        }
    }
}

/// The folder the page is served from (origin and path up to the last `/`).
pub fn base_folder() -> String {
    let url = base_url();
    match url.rfind('/') {
        Some(i) => url[..=i].to_string(),
        None => url,
    }
}

/// Today's date on the reader's clock, `YYYY-MM-DD`: the access date in citations.
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
