//! The map's outlines, read back from the static copy of the page the app
//! starts on (every page the build writes carries the step's map), so the
//! wasm need not carry the same path data a second time.

use crate::data;
use crate::markup::world_map::Outlines;
use std::rc::Rc;
use wasm_bindgen::JsCast;

thread_local! {
    static PAGE_OUTLINES: Rc<Outlines> = Rc::new(read());
}

/// The outlines, read from the page on the first call: call it before the
/// static copy is removed (App does, first thing).
pub fn page_outlines() -> Rc<Outlines> {
    PAGE_OUTLINES.with(Rc::clone)
}

/// Each place's first path in the static map, in order; empty for a place
/// drawn only as a marker, and all empty on a page without a static map
/// (then only the markers show).
fn read() -> Outlines {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Outlines::default();
    };
    let all = |selector: &str| -> Vec<web_sys::Element> {
        let Ok(list) = document.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .collect()
    };
    let path_of = |g: &web_sys::Element| {
        g.query_selector("path")
            .ok()
            .flatten()
            .and_then(|p| p.get_attribute("d"))
            .unwrap_or_default()
    };
    // The states are drawn in draw order, not data order: placed by code.
    let mut members = vec![String::new(); data::members().len()];
    for g in all("#prerender .map-focus g.state") {
        let index = g
            .get_attribute("data-iso3")
            .and_then(|c| data::member_index(&c));
        if let Some(i) = index {
            members[i] = path_of(&g);
        }
    }
    Outlines {
        members,
        others: all("#prerender .map-focus g.other-place")
            .iter()
            .map(path_of)
            .collect(),
    }
}
