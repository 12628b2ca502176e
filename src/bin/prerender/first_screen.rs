//! The app's opening screen as static HTML, written by the same functions
//! as the app's views (src/markup/), so the page looks the same before the
//! WebAssembly arrives and the app takes over without moving anything.
//! Links go to the static step pages, so everything also works with
//! JavaScript off. Only the outer elements are written here, as the app's
//! views write them (the end-to-end test "the app takes over without a
//! layout jump" compares the two).

use uncyber::markup::contents::{contents_inner, step_items};
use uncyber::markup::header::header_inner;
use uncyber::markup::step::step_html;
use uncyber::markup::timeline::timeline_inner;
use uncyber::markup::Target;
use uncyber::model::Vote;

const PAGES: Target = Target::StaticPage;

/// The header, its link to the full explainer hidden unless embedded.
pub fn header(index: usize) -> String {
    format!(
        "<header class=\"site-header\">{}</header>",
        header_inner(Some(&PAGES.step_href(index)), PAGES)
    )
}

/// The contents, the timeline and step `index` (with `vote` in its
/// figure), the step followed by a link to every step's page.
pub fn story(index: usize, vote: &Vote) -> String {
    format!(
        "<nav class=\"contents\" aria-labelledby=\"contents-heading\">{}</nav><section class=\"timeline\" aria-labelledby=\"timeline-heading\">{}</section><article class=\"step\" aria-labelledby=\"step-title\">{}<nav class=\"prerender-nav\" aria-label=\"Steps\"><ol>{}</ol></nav></article>",
        contents_inner(index, PAGES),
        timeline_inner(index, PAGES),
        step_html(index, vote, PAGES),
        step_items(index, PAGES)
    )
}
