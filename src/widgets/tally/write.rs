//! The result of a vote as one stacked bar, with every count written out
//! beside it so nobody has to read the colours. Drawn in SVG attributes,
//! never inline styles (the page's CSP forbids them). Used by the step's
//! figure and the vote summary. `set_tally_bar` moves a bar already on the
//! page to another vote's numbers without redrawing it: a vote switch then
//! changes a few attributes and numbers instead of building new elements.

use crate::html::names::Class;
use crate::html::Html;
use crate::model::decimal::decimal;
use crate::model::{Choice, Vote};
use crate::widgets::legend::write::{category_item, Sample};
use crate::{format_html, named, write_html};

pub const BAR: Class = named!("." "tally-bar");
pub const LEGEND: Class = named!("." "tally-legend");

/// Each choice's segment of the bar.
pub fn segment(c: Choice) -> Class {
    match c {
        Choice::Yes => named!("." "fill-yes"),
        Choice::No => named!("." "fill-no"),
        Choice::Abstain => named!("." "fill-abstain"),
        Choice::Absent => named!("." "fill-absent"),
    }
}

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
            "<rect class=\"{segment}\" x=\"{x}\" y=\"0\" width=\"{width}\" height=\"10\"></rect>",
            segment = segment(c),
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
