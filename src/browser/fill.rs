//! Fills the stand-ins of a part of the page (html/fill.rs) with the part
//! lifted from the static page each names. A page is fetched once and kept:
//! every step's words come from the one story page.

use crate::browser::dom::all;
use crate::browser::page::prerendered_step;
use crate::html::fill::{lift, FILL_FROM, FILL_PART};
use crate::html::page::STATIC_COPY_ID;
use crate::html::page::STORY_PAGE;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::Element;

thread_local! {
    /// Pages by address: `None` while on its way. A list, not a map: a
    /// reader meets a handful of pages, and a hash map would cost the wasm
    /// its hasher.
    static PAGES: RefCell<Vec<(String, Option<Rc<str>>)>> = const { RefCell::new(Vec::new()) };
}

/// The text of the file at `url`, if the fetch succeeds.
pub async fn page_text(url: &str) -> Option<String> {
    let response: web_sys::Response = JsFuture::from(web_sys::window()?.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The page at `url` if it has arrived; `Some(None)` if it is on its way.
fn kept(url: &str) -> Option<Option<Rc<str>>> {
    PAGES.with(|p| {
        p.borrow()
            .iter()
            .find(|(u, _)| u == url)
            .map(|(_, t)| t.clone())
    })
}

/// Fetches the page at `url` unless it is kept or on its way; when it
/// arrives, fills every stand-in in the document, whichever asked for it
/// (the reader may have moved on to another step while it was on its
/// way). A failed fetch is forgotten, to be tried again the next time a
/// part is wanted (not at once: a server that is down would be asked again
/// and again).
pub fn load(url: &str) {
    if kept(url).is_some() {
        return;
    }
    PAGES.with(|p| p.borrow_mut().push((url.to_string(), None)));
    let url = url.to_string();
    spawn_local(async move {
        let text = page_text(&url).await;
        let arrived = text.is_some();
        PAGES.with(|p| {
            let mut pages = p.borrow_mut();
            pages.retain(|(u, _)| *u != url);
            if let Some(text) = text {
                pages.push((url, Some(text.into())));
            }
        });
        let body = web_sys::window().and_then(|w| w.document()?.body());
        if let (true, Some(body)) = (arrived, body) {
            fill_parts(&body);
        }
    });
}

/// Starts fetching the story page, once, when the reader shows they may
/// move on (a pointer over the step, or focus in it): the next step's words
/// are then at hand when asked for. A debug build writes the words inline.
pub fn prefetch_story() {
    thread_local!(static ASKED: Cell<bool> = const { Cell::new(false) });
    if !cfg!(debug_assertions) && !ASKED.with(|a| a.replace(true)) {
        load(STORY_PAGE);
    }
}

/// Part `name` of the static copy in the page, if that copy holds the page
/// at `url`'s part: the story page's parts are the copy's own step's.
fn from_static_copy(url: &str, name: &str) -> Option<String> {
    let slug = prerendered_step()?;
    if url != STORY_PAGE && url != format!("step-{slug}.html") {
        return None;
    }
    let copy = web_sys::window()?
        .document()?
        .get_element_by_id(STATIC_COPY_ID)?
        .inner_html();
    lift(&copy, name).map(str::to_string)
}

/// Fills every stand-in inside `root` whose page is at hand, and fetches
/// the pages of the others.
pub fn fill_parts(root: &Element) {
    fill(root, true);
}

/// Fills every stand-in inside `root` whose page is at hand; the others
/// wait for their page to arrive for another reason.
pub fn fill_parts_at_hand(root: &Element) {
    fill(root, false);
}

fn fill(root: &Element, fetch: bool) {
    for stand_in in all(root, FILL_FROM.selector) {
        let (Some(url), Some(name)) = (
            stand_in.get_attribute(FILL_FROM.name),
            stand_in.get_attribute(FILL_PART.name),
        ) else {
            continue;
        };
        // The page's own static copy, while it is still there, holds the
        // parts of its step: taken at once, the app's first screen matches it.
        let part = from_static_copy(&url, &name).or_else(|| {
            let page = kept(&url)??;
            lift(&page, &name).map(str::to_string)
        });
        match part {
            Some(part) => {
                stand_in.set_inner_html(&part);
                let _ = stand_in.remove_attribute(FILL_FROM.name);
            }
            None if fetch => load(&url),
            None => {}
        }
    }
}
