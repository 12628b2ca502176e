//! The member states' names, read from the static copy of the page the app
//! starts on: every page it runs in carries the table of every member state
//! (src/bin/prerender `member_table`), so the release wasm compiles none
//! in (`data::NAMES_FROM_PAGE`), and a language's names cost its first load
//! once, not twice.

use crate::browser::dom::all;
use crate::data;
use crate::html::page::{MEMBER_ROW_CODE, MEMBER_ROW_NAME, STATIC_COPY_ID};

/// Names the members from the page: call it before anything reads a name
/// and before the static copy is removed (App does, first thing). A state
/// the page does not name (a damaged page) is shown by its code.
pub fn read_member_names() {
    if !data::NAMES_FROM_PAGE {
        return;
    }
    let mut names: Vec<&'static str> = data::members().iter().map(|m| m.iso3).collect();
    let copy = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|document| document.get_element_by_id(STATIC_COPY_ID));
    for cell in copy.iter().flat_map(|copy| all(copy, MEMBER_ROW_NAME)) {
        let index = cell
            .parent_element()
            .and_then(|row| row.get_attribute(MEMBER_ROW_CODE))
            .and_then(|code| data::member_index(&code));
        if let (Some(i), Some(name)) = (index, cell.text_content()) {
            names[i] = name.leak();
        }
    }
    data::name_members(names);
}
