//! The printed handout: every step in order, with its vote's map and
//! numbers, its sources and its link.

use super::{esc, paragraphs};
use crate::data;
use crate::generated::map::{MEMBER_SHAPES, OTHER_PLACES, PATH_UNITS, VIEW_BOX};
use crate::model::map_shapes::{path_point, path_view_box};
use crate::model::Vote;
use std::fmt::Write;

/// A static map of one vote.
fn map(vote: &Vote) -> String {
    let mut out = format!(
        "<svg class=\"print-map\" viewBox=\"{}\" aria-hidden=\"true\">",
        path_view_box(VIEW_BOX, PATH_UNITS)
    );
    for place in OTHER_PLACES {
        let _ = write!(out, "<path class=\"other\" d=\"{}\"></path>", place.d);
    }
    for (i, shape) in MEMBER_SHAPES.iter().enumerate() {
        let _ = write!(out, "<g data-vote=\"{}\">", vote.choice(i).slug());
        if !shape.d.is_empty() {
            let _ = write!(out, "<path d=\"{}\"></path>", shape.d);
        }
        if shape.marker {
            let (cx, cy) = path_point(shape.centre, PATH_UNITS);
            let _ = write!(out, "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"7\"></circle>");
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// The whole handout; `site_folder` is where the step pages live, so each
/// step's printed link can be typed in.
pub fn handout_html(site_folder: &str) -> String {
    let site = data::site();
    let steps = data::steps();
    let mut out = format!(
        "<h1>{}</h1><p>{}</p>",
        esc(site.title),
        esc(site.standfirst)
    );
    for (n, step) in steps.iter().enumerate() {
        let _ = write!(
            out,
            "<section class=\"print-step\" data-print-step=\"{}\"><p class=\"print-position\">Step {} of {} · {}</p><h2>{}</h2>{}",
            step.slug,
            n + 1,
            steps.len(),
            esc(step.when_label),
            esc(step.title),
            paragraphs(step)
        );
        if let Some(v) = step.vote.and_then(data::vote) {
            let _ = write!(
                out,
                "<p class=\"print-vote\">{}, {}: {}. Blue: yes; vermillion: no; hatched orange: abstained; grey: did not vote.</p>{}",
                esc(v.symbol),
                esc(v.date_label),
                v.tally().in_words(),
                map(v)
            );
        }
        let sources: Vec<String> = step
            .sources
            .iter()
            .map(|s| format!("{} ({})", esc(s.label), esc(s.url)))
            .collect();
        let _ = write!(
            out,
            "<p class=\"print-sources\">Sources: {}</p><p class=\"print-link\">Link: {}step-{}.html</p></section>",
            sources.join("; "),
            esc(site_folder),
            step.slug
        );
    }
    let _ = write!(out, "<p class=\"print-credit\">{}</p>", esc(site.credit));
    out
}
