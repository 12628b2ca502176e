//! The page's outer parts, named once for the app's shell (app.rs), the
//! static pages (src/bin/prerender) and the code that finds them again
//! (browser/).

use super::names::{Class, Id, Name};
use super::Html;
use crate::{format_html, named};

/// The app's root element (`.app`, hidden until it takes over).
pub const APP: Class = named!("." "app");
/// The static copy the build writes into every page: its id and class.
pub const STATIC_COPY_ID: &str = "prerender";
pub const STATIC_COPY: Class = named!("." "prerender");
/// The explorer's section, below the step.
pub const EXPLORE: Id = named!("#" "explore");
/// The `<meta name>` naming the step a static page stands for.
pub const STEP_META: Name = named!("[name=" "uncyber-step" "]");
/// The app's root once shown (the static copy takes the class `app` too
/// when it is framed), and the part that scrolls in an embed.
pub const SHOWN_APP: &str = ".app:not([hidden])";
pub const SCROLLING_MAIN: &str = ".app:not([hidden]) main, .prerender main";

/// The static copy around `inner`.
pub fn static_copy(inner: &Html) -> Html {
    format_html!(
        "<div id=\"{id}\" class=\"{class}\">{inner}</div>",
        id = STATIC_COPY_ID,
        class = STATIC_COPY,
        inner
    )
}
