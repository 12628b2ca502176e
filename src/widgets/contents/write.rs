//! The table of contents: every step as a link, the current one marked.
//! The app keeps the marks up to date in place (widgets/contents/view.rs), so an
//! open list stays open.

use crate::data;
use crate::html::names::{Class, Wrapper};
use crate::html::{Html, Target};
use crate::{format_html, named, write_html};

/// The `<nav>` around `contents_inner`.
pub const WRAPPER: Wrapper = Wrapper {
    tag: "nav",
    class: "contents",
    labelled_by: "contents-heading",
};

/// "(step 3 of 12)", kept current by the app.
/// Every step's link in the list.
pub const STEP_LINKS: &str = "ol a";
/// A link the contents (or the timeline) holds, for a click to follow.
pub const LINK: &str = "a[href]";
pub const POSITION: Class = named!("." "contents-position");

/// The mark on the current step's link.
pub fn current_step(current: bool) -> Html {
    if current {
        format_html!(" aria-current=\"step\"")
    } else {
        Html::new()
    }
}

/// A link to every step, as `<li>` items, the current one marked (also
/// the static pages' list of steps at the foot of a step).
pub fn step_items(index: usize, target: Target) -> Html {
    let mut out = Html::new();
    for i in 0..data::steps().len() {
        write_html!(
            out,
            "<li><a href=\"{href}\"{current}>{title}</a></li>",
            href = target.step_href(i),
            current = current_step(i == index),
            title = data::step_title(i)
        );
    }
    out
}

/// "(step 3 of 12)", beside the word Contents.
pub fn position(index: usize) -> String {
    format!(
        ui_plain!(contents position),
        number = index + 1,
        total = data::steps().len()
    )
}

/// What goes inside `<nav class="contents">`: closed, as it first shows.
pub fn contents_inner(index: usize, target: Target) -> Html {
    format_html!(
        concat!(
            "<details><summary id=\"{heading}\">", ui!(contents contents), " ",
            "<span class=\"{position_class}\">{position}</span></summary><ol>{items}</ol></details>",
        ),
        heading = WRAPPER.labelled_by,
        position_class = POSITION,
        position = position(index),
        items = step_items(index, target)
    )
}
