//! The page's outer parts, named once for the app's shell (app.rs), the
//! static pages (src/bin/prerender) and the code that finds them again
//! (browser/).

use crate::html::names::{Attr, Class, Id, Name};
use crate::html::Html;
use crate::{format_html, named};

/// The app's root element (`.app`, hidden until it takes over).
pub const APP: Class = named!("." "app");
/// The static copy the build writes into every page: its id and class.
pub const STATIC_COPY_ID: &str = "prerender";
pub const STATIC_COPY: Class = named!("." "prerender");
/// Where the static copy carries the words the release wasm leaves out
/// (data/page_words.rs), which the app reads from it (browser/page_words.rs).
/// The name cell of each row of its table of every member state
/// (src/bin/prerender `member_table`), and the row's attribute holding
/// the state's ISO3 code:
pub const MEMBER_ROW_NAME: &str = "tr[data-iso3] > th";
pub const MEMBER_ROW_CODE: &str = "data-iso3";
/// Each step's link in its contents, in reading order
/// (widgets/contents/write.rs):
pub const STATIC_STEP_LINKS: &str = "nav.contents ol a";
/// Each event's date and label in its timeline, in the data's order
/// (widgets/timeline/write.rs):
pub const STATIC_EVENT_DATES: &str = "section.timeline .timeline-event time";
pub const STATIC_EVENT_LABELS: &str = "section.timeline .timeline-event .event-label";
/// The line under the title (widgets/header.rs):
pub const STATIC_STANDFIRST: &str = ".site-header .standfirst";
/// The explorer's section, below the step.
pub const EXPLORE: Id = named!("#" "explore");
/// The explorer's controls under the stage's figure (widgets/explorer.rs).
pub const EXPLORE_TOOLS: Class = named!("." "explore-tools");
/// The stage's side: its figure and, under it, the explorer's controls.
pub const STAGE_SIDE: Class = named!("." "stage-side");
/// The `<meta name>` naming the step a static page stands for.
pub const STEP_META: Name = named!("[name=" "uncyber-step" "]");
/// The page's pinned parts on a narrow screen: the stage's figure at the
/// top, and the step's Previous, count and Next at the foot
/// (browser/keep_clear.rs keeps what the reader looks at clear of both).
pub const STAGE_FIGURE: Class = named!("." "stage-figure");
pub const STEP_NAV: Class = named!("." "step-nav");
/// The six languages' links at the end of every page, written by the
/// prerender (src/bin/prerender/localise.rs); the app keeps them pointing
/// at the step the reader is on (browser/url_sync.rs).
pub const LANGUAGE_SWITCH: Class = named!("." "language-switch");
/// At the top of an English page, hidden: one line per other language,
/// offering this page in it. The app shows the line of the language the
/// reader's browser prefers, if it is one of the five (browser/page.rs).
pub const LANGUAGE_OFFER: Class = named!("." "language-offer");
/// The figures' styles (style/figures.css), copied beside the pages as
/// they are: a figure's part of the page links them (a `<link>` applies
/// wherever it sits), so only a page or an app showing a figure loads them.
pub const FIGURES_CSS: &str = "figures.css";
/// Set on `<html>` when a framed page asks for the explorer (`explore=1`):
/// a frame leaves it out otherwise (style/main.css).
pub const EXPLORE_IN_FRAME: &str = "data-explore";
/// The page's `<main>` (app.rs), and its parts.
pub const MAIN: &str = "main";
pub const MAIN_PARTS: &str = "main > *";
/// The sentence that says what the stage's colours mean now (beside the
/// map's title, or at the head of a step's figure): they mean different
/// things from step to step.
pub const COLOUR_KEY: Attr = named!("[" "data-colour-key" "]");
/// A widget that takes the arrow keys itself (the map, the grid): the
/// page's own keys leave it alone.
pub const OWN_KEYS: Attr = named!("[" "data-own-keys" "]");
/// The app's root once shown (the static copy takes the class `app` too
/// when it is framed), and the part that scrolls in an embed.
pub const SHOWN_APP: &str = ".app:not([hidden])";
pub const SCROLLING_MAIN: &str = ".app:not([hidden]) main, .prerender main";

/// Set (on the static copy, and by the app on `<html>`) past the first
/// step: a phone's header then shrinks to one line, leaving the first
/// screen to the step.
pub const LATER_STEP: &str = "data-later-step";

/// The static copy around `inner`, for step `index`.
pub fn static_copy(inner: &Html, index: usize) -> Html {
    format_html!(
        "<div id=\"{id}\" class=\"{class}\"{later}>{inner}</div>",
        id = STATIC_COPY_ID,
        class = STATIC_COPY,
        later = if index > 0 { " data-later-step" } else { "" },
        inner
    )
}

/// The page holding every step's words and sources, each between the two
/// comments of its part (`html/fill.rs`): the release app's wasm carries no
/// story text, and fills a step from this page, fetched once.
pub const STORY_PAGE: &str = "story.html";

/// The printed handout's page: every step with its map, numbers and
/// sources (widgets/handout).
pub const HANDOUT_PAGE: &str = "handout.html";

/// The names readers search by beyond the compiled ones, fetched when the
/// search box is first used (model/search_names.rs has its format).
pub const SEARCH_NAMES: &str = "search-names.txt";
