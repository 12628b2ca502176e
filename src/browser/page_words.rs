//! Reads the words the release wasm leaves out (data/page_words.rs) from
//! the static copy of the page the app starts on: the members' names from
//! its table, the steps' titles from its contents, the timeline's events
//! and the standfirst. Where the copy lacks some (a damaged page), the data
//! module gives plain stand-ins.

use crate::browser::dom::all;
use crate::data::{self, page_words::PageWords};
use crate::html::page::{
    MEMBER_ROW_CODE, MEMBER_ROW_NAME, STATIC_COPY_ID, STATIC_EVENT_DATES, STATIC_EVENT_LABELS,
    STATIC_STANDFIRST, STATIC_STEP_LINKS,
};
use web_sys::Element;

fn text(el: &Element) -> &'static str {
    el.text_content().map_or("", |t| t.leak())
}

/// The text of each element `selector` finds in `copy`, in page order;
/// none unless it finds `count`.
fn texts(copy: &Element, selector: &str, count: usize) -> Vec<&'static str> {
    let found = all(copy, selector);
    if found.len() == count {
        found.iter().map(text).collect()
    } else {
        Vec::new()
    }
}

/// Reads them: call it before anything shows a word and before the static
/// copy is removed (App does, first thing).
pub fn read_page_words() {
    if !data::page_words::WORDS_FROM_PAGE {
        return;
    }
    let mut words = PageWords {
        member_names: data::members().iter().map(|m| m.iso3).collect(),
        ..PageWords::default()
    };
    let copy = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|document| document.get_element_by_id(STATIC_COPY_ID));
    if let Some(copy) = copy {
        // The table is in the language's order: each row names its state.
        for cell in all(&copy, MEMBER_ROW_NAME) {
            let index = cell
                .parent_element()
                .and_then(|row| row.get_attribute(MEMBER_ROW_CODE))
                .and_then(|code| data::member_index(&code));
            if let Some(i) = index {
                words.member_names[i] = text(&cell);
            }
        }
        // The contents and the timeline are in the data's order.
        words.step_titles = texts(&copy, STATIC_STEP_LINKS, data::steps().len());
        let events = data::timeline().len();
        words.event_dates = texts(&copy, STATIC_EVENT_DATES, events);
        words.event_labels = texts(&copy, STATIC_EVENT_LABELS, events);
        words.standfirst = texts(&copy, STATIC_STANDFIRST, 1).first().copied();
    }
    data::page_words::give(words);
}
