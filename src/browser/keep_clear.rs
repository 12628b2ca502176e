//! Keeps what the reader is looking at clear of the stage's pinned parts: on
//! narrow screens the figure is pinned at the top and the step's navigation
//! at the bottom. A link tabbed to beneath either would be hidden (WCAG
//! 2.4.11); a new step or a newly opened card must show from its top.

use crate::browser::dom::find_optional;
use crate::html::page::{MAIN, SHOWN_APP, STAGE_FIGURE, STEP_NAV};
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusEvent};

/// The part of the viewport, top and bottom, that pinned parts cover for
/// an element in the columns below them.
fn covered(el: &Element, document: &web_sys::Document, height: f64) -> (f64, f64) {
    let r = el.get_bounding_client_rect();
    let overlaps = |other: &web_sys::DomRect| other.left() < r.right() && r.left() < other.right();
    // Pinned at the top of the page, or of the embedded page's `main`.
    let Ok(Some(app)) = document.query_selector(SHOWN_APP) else {
        return (0.0, height);
    };
    let rect_of =
        |selector: &str| find_optional(&app, selector).map(|e| e.get_bounding_client_rect());
    let pinned_at = rect_of(MAIN).map_or(0.0, |m| m.top().max(0.0));
    let top = rect_of(STAGE_FIGURE.selector)
        .filter(|f| f.top() <= pinned_at + 1.0 && overlaps(f))
        .map_or(0.0, |f| f.bottom());
    let bottom = rect_of(STEP_NAV.selector)
        .filter(|n| n.bottom() >= height - 1.0 && overlaps(n))
        .map_or(height, |n| n.top());
    (top, bottom)
}

/// On focus, scrolls the page just enough that the focused element is not
/// under a pinned part.
pub fn on_focus_in(ev: FocusEvent) {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let pinned = |selector| el.closest(selector).ok().flatten().is_some();
    if !pinned(STAGE_FIGURE.selector) && !pinned(STEP_NAV.selector) {
        reveal(&el);
    }
}

/// Scrolls the page (or the embedded page's scrolling `main`) just enough
/// that `el` is in the clear part of the screen, its top first when it is
/// taller than that part. Does nothing when it already is.
pub fn reveal(el: &Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let (top, bottom) = covered(el, &document, height);
    let r = el.get_bounding_client_rect();
    let by = if r.top() < top {
        r.top() - top - 8.0
    } else if r.bottom() > bottom {
        (r.bottom() - bottom + 8.0).min(r.top() - top - 8.0)
    } else {
        return;
    };
    // Only one of the two scrolls: the window normally, `main` when embedded.
    window.scroll_by_with_x_and_y(0.0, by);
    let main = document.query_selector(SHOWN_APP).ok().flatten();
    if let Some(main) = main.and_then(|app| find_optional(&app, MAIN)) {
        main.scroll_by_with_x_and_y(0.0, by);
    }
}
