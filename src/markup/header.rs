//! The site's header: kicker, title, standfirst, and when embedded a link
//! that opens the whole explainer in a new tab.

use super::{esc, Target};
use crate::data;

/// What goes inside `<header class="site-header">`. `open_full` is the
/// address of the "open the full explainer" link: the app passes one only
/// when embedded; the static pages always do, hidden until their embed
/// script (src/bin/prerender/embed_mode.rs) shows it.
pub fn header_inner(open_full: Option<&str>, target: Target) -> String {
    let site = data::site();
    let link = open_full.map_or(String::new(), |href| {
        let hidden = if target == Target::StaticPage {
            " hidden"
        } else {
            ""
        };
        format!(
            "<a class=\"open-full\" href=\"{}\" target=\"_blank\" rel=\"noopener\"{hidden}>Open the full explainer ↗</a>",
            esc(href)
        )
    });
    format!(
        "<p class=\"kicker\">{}</p><h1>{}</h1><p class=\"standfirst\">{}</p>{link}",
        esc(site.kicker),
        esc(site.title),
        esc(site.standfirst)
    )
}
