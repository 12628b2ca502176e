//! The table of contents: every step as a link, the current one marked.
//! The app keeps the marks up to date in place (views/contents.rs), so an
//! open list stays open.

use super::{esc, Target};
use crate::data;
use std::fmt::Write;

/// A link to every step, as `<li>` items, the current one marked (also
/// the static pages' list of steps at the foot of a step).
pub fn step_items(index: usize, target: Target) -> String {
    let mut out = String::new();
    for (i, s) in data::steps().iter().enumerate() {
        let current = if i == index {
            " aria-current=\"step\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<li><a href=\"{}\"{current}>{}</a></li>",
            esc(&target.step_href(i)),
            esc(s.title)
        );
    }
    out
}

/// "(step 3 of 12)", beside the word Contents.
pub fn position(index: usize) -> String {
    format!("(step {} of {})", index + 1, data::steps().len())
}

/// What goes inside `<nav class="contents">`: closed, as it first shows.
pub fn contents_inner(index: usize, target: Target) -> String {
    format!(
        "<details><summary id=\"contents-heading\">Contents <span class=\"contents-position\">{}</span></summary><ol>{}</ol></details>",
        position(index),
        step_items(index, target)
    )
}
