//! The result of a vote as one stacked bar, with every count written out
//! beside it so nobody has to read the colours. Drawn in SVG attributes,
//! never inline styles (the page's CSP forbids them). Used by the step's
//! figure and the vote summary. `set_tally_bar` moves a bar already on the
//! page to another vote's numbers without redrawing it: a vote switch then
//! changes a few attributes and numbers instead of building new elements.

use super::legend::{category_item, set_counts, Sample};
use super::names::Class;
use super::Html;
use crate::browser::dom::find;
use crate::model::decimal::decimal;
use crate::model::{Choice, Vote};
use crate::{format_html, named, write_html};

const BAR: Class = named!("." "tally-bar");
const LEGEND: Class = named!("." "tally-legend");

pub fn tally_bar_html(vote: &Vote) -> Html {
    let t = &vote.tally();
    let mut out = format_html!(
        concat!(
            "<figure class=\"tally\"><svg class=\"{bar}\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" ",
            "aria-hidden=\"true\" focusable=\"false\">",
        ),
        bar = BAR
    );
    for c in Choice::ALL {
        write_html!(
            out,
            "<rect class=\"fill-{slug}\" x=\"{x}\" y=\"0\" width=\"{width}\" height=\"10\"></rect>",
            slug = c.slug(),
            x = decimal(t.bar_start(c), 3),
            width = decimal(t.percent(c), 3)
        );
    }
    write_html!(
        out,
        "</svg><figcaption><ul class=\"{legend}\">",
        legend = LEGEND
    );
    for c in Choice::ALL {
        out.push(&category_item(vote, c, t.get(c), Sample::Swatch));
    }
    write_html!(out, "</ul></figcaption></figure>");
    out
}

/// Moves the bar (and the counts beside it) inside `root` to `vote`.
pub fn set_tally_bar(root: &web_sys::Element, vote: &Vote) {
    let t = &vote.tally();
    for c in Choice::ALL {
        if let Some(rect) = find(root, &format!("{} .fill-{}", BAR.selector, c.slug())) {
            let _ = rect.set_attribute("x", &decimal(t.bar_start(c), 3));
            let _ = rect.set_attribute("width", &decimal(t.percent(c), 3));
        }
    }
    set_counts(root, LEGEND, vote);
}
