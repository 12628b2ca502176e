//! The site's header: kicker, title, standfirst, and when embedded a link
//! that opens the whole explainer in a new tab; and its footer: the credit,
//! the other ways to read the story, and what "sponsor" means here.

use crate::data;
use crate::html::names::Class;
use crate::html::{Html, Target};
use crate::{format_html, named};

/// The header's class.
pub const HEADER: Class = named!("." "site-header");
/// Its link to the whole explainer, when embedded.
pub const OPEN_FULL: Class = named!("." "open-full");

/// What goes inside `<header class="site-header">`. `open_full` is the
/// address of the "open the full explainer" link: the app passes one only
/// when embedded; the static pages always do, hidden until their embed
/// script (src/bin/prerender/embed_mode.rs) shows it.
pub fn header_inner(open_full: Option<&str>, target: Target) -> Html {
    let site = data::site();
    let link = open_full.map_or(Html::new(), |href| {
        let hidden = if target == Target::StaticPage {
            " hidden"
        } else {
            ""
        };
        format_html!(
            concat!(
                "<a class=\"{class}\" href=\"{href}\" target=\"_blank\" rel=\"noopener\"{hidden}>",
                ui!(header open_full),
                " ↗</a>"
            ),
            class = OPEN_FULL,
            href,
            hidden
        )
    });
    format_html!(
        "<p class=\"kicker\">{kicker}</p><h1>{title}</h1><p class=\"standfirst\">{standfirst}</p>{link}",
        kicker = site.kicker,
        title = site.title,
        standfirst = data::standfirst(),
        link
    )
}

/// What goes inside `<footer class="site-footer">`: written once, as text
/// (a text writer costs the wasm less than a component's nodes).
pub fn footer_inner() -> Html {
    format_html!(
        concat!(
            "<p>{credit}</p><p>",
            "<a href=\"story.html\">",
            ui!(app story_link),
            "</a> · <a href=\"handout.html\">",
            ui!(app handout_link),
            "</a> · <a href=\"teach.html\">",
            ui!(app teach_link),
            "</a></p><p>",
            ui!(app sponsor_note),
            "</p>"
        ),
        credit = data::site().credit
    )
}
