//! The result of a vote as one stacked bar, with every count written out
//! beside it so nobody has to read the colours. Drawn in SVG attributes,
//! never inline styles (the page's CSP forbids them). Used by the step's
//! figure and the vote summary; browser/tally_in_place.rs moves it to
//! another vote's numbers without redrawing it.

use super::legend::{category_item, Sample};
use crate::model::decimal::decimal;
use crate::model::{Choice, Vote};
use std::fmt::Write;

pub fn tally_bar_html(vote: &Vote) -> String {
    let t = &vote.tally();
    let mut out = String::from("<figure class=\"tally\"><svg class=\"tally-bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">");
    for c in Choice::ALL {
        let _ = write!(
            out,
            "<rect class=\"fill-{}\" x=\"{}\" y=\"0\" width=\"{}\" height=\"10\"></rect>",
            c.slug(),
            decimal(t.bar_start(c), 3),
            decimal(t.percent(c), 3)
        );
    }
    out.push_str("</svg><figcaption><ul class=\"tally-legend\">");
    for c in Choice::ALL {
        out.push_str(&category_item(vote, c, t.get(c), Sample::Swatch));
    }
    out.push_str("</ul></figcaption></figure>");
    out
}
