//! The printed handout: every step in order, with its vote's map and
//! numbers, its sources and its link.

use super::world_map::Outlines;
use super::{esc, paragraphs};
use crate::data;
use crate::generated::map::{MEMBER_SHAPES, PATH_UNITS, VIEW_BOX};
use crate::model::map_shapes::{path_point, path_view_box};
use crate::model::Vote;
use std::fmt::Write;

/// The printed maps' fills for abstained and did not vote: stripes that
/// survive a black-and-white printer, unlike colour alone. Drawn once, in
/// path units like the maps. In grey the four read, darkest to lightest:
/// yes (solid), no (solid), abstained (striped), did not vote (striped).
const PRINT_PATTERNS: &str = "<svg class=\"print-defs\" aria-hidden=\"true\" focusable=\"false\"><defs><pattern id=\"print-hatch-abstain\" patternUnits=\"userSpaceOnUse\" width=\"16\" height=\"16\" patternTransform=\"rotate(45)\"><rect width=\"16\" height=\"16\" fill=\"#b87400\"></rect><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"16\" stroke=\"#ffffff\" stroke-width=\"8\"></line></pattern><pattern id=\"print-hatch-absent\" patternUnits=\"userSpaceOnUse\" width=\"16\" height=\"16\" patternTransform=\"rotate(-45)\"><rect width=\"16\" height=\"16\" fill=\"#ffffff\"></rect><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"16\" stroke=\"#1b1f24\" stroke-width=\"4\"></line></pattern></defs></svg>";

/// What the printed map's fills mean, as they print in colour and in grey.
pub const PRINT_KEY: &str = "Solid blue: yes; solid vermillion: no; orange with white stripes: abstained; white with dark stripes: did not vote; pale grey: not a member state.";

/// The same fills for the convention's signatures.
pub const PRINT_KEY_SIGNATURES: &str = "Solid blue: signed; solid vermillion: not signed; white with dark stripes: status unknown (never counted as not signed); pale grey: not a member state.";

/// A static map of one vote.
fn map(vote: &Vote, outlines: &Outlines) -> String {
    let mut out = format!(
        "<svg class=\"print-map\" viewBox=\"{}\" aria-hidden=\"true\">",
        path_view_box(VIEW_BOX, PATH_UNITS)
    );
    for d in outlines.others.iter().filter(|d| !d.is_empty()) {
        let _ = write!(out, "<path class=\"other\" d=\"{d}\"></path>");
    }
    for (i, shape) in MEMBER_SHAPES.iter().enumerate() {
        let _ = write!(out, "<g data-vote=\"{}\">", vote.choice(i).slug());
        let d = outlines.member(i);
        if !d.is_empty() {
            let _ = write!(out, "<path d=\"{d}\"></path>");
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
pub fn handout_html(site_folder: &str, outlines: &Outlines) -> String {
    let site = data::site();
    let steps = data::steps();
    let mut out = format!(
        "{PRINT_PATTERNS}<h1>{}</h1><p>{}</p>",
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
                "<p class=\"print-vote\">{}, {}: {}. {}</p>{}",
                esc(v.symbol),
                esc(v.date_label),
                v.tally_words(),
                if v.is_signatures() {
                    PRINT_KEY_SIGNATURES
                } else {
                    PRINT_KEY
                },
                map(v, outlines)
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
