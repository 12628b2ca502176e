//! The map's outlines, read back from the static copy of the page the app
//! starts on (every page the build writes carries the step's map), so the
//! wasm need not carry the same path data a second time. A debug build
//! without the prerender (`trunk serve`) falls back to the compiled ones.

use crate::browser::dom::{all, find_optional};
use crate::data;
use crate::html::page::STATIC_COPY_ID;
use crate::widgets::marks::write::{ISO3, STATE};
use crate::widgets::stage::map::{Outlines, FOCUS, OTHER_PLACE, OUTLINE};
use std::rc::Rc;

thread_local! {
    static PAGE_OUTLINES: Rc<Outlines> = Rc::new(read());
}

/// The outlines, read from the page on the first call: call it before the
/// static copy is removed (App does, first thing).
pub fn page_outlines() -> Rc<Outlines> {
    PAGE_OUTLINES.with(Rc::clone)
}

/// Each place's first path in the static map, in order; empty for a place
/// drawn only as a marker. A page without a static map (no prerender, as
/// under `trunk serve`) gets `Outlines::without_static_map`.
fn read() -> Outlines {
    let map = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|document| document.get_element_by_id(STATIC_COPY_ID))
        .and_then(|copy| find_optional(&copy, FOCUS.selector));
    let Some(map) = map else {
        return Outlines::without_static_map();
    };
    let path_of = |g: &web_sys::Element| {
        g.query_selector(OUTLINE)
            .ok()
            .flatten()
            .and_then(|p| p.get_attribute("d"))
            .unwrap_or_default()
    };
    // The states are drawn in draw order, not data order: placed by code.
    let mut members = vec![String::new(); data::members().len()];
    for g in all(&map, STATE.selector) {
        let index = g
            .get_attribute(ISO3.name)
            .and_then(|c| data::member_index(&c));
        if let Some(i) = index {
            members[i] = path_of(&g);
        }
    }
    Outlines {
        members,
        others: all(&map, OTHER_PLACE.selector)
            .iter()
            .map(path_of)
            .collect(),
    }
}
