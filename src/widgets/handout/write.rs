//! The printed handout: every step in order, with its vote's map and
//! numbers, its sources and its link. A static page of its own, which the
//! app links to: it carries every step's words, which the app's wasm does
//! not.

use crate::data;
use crate::generated::map::{MEMBER_SHAPES, PATH_UNITS, VIEW_BOX};
use crate::html::Html;
use crate::model::focus::Frame;
use crate::model::map_shapes::{path_point, path_view_box};
use crate::model::story::Step;
use crate::model::treaty::StepTable;
use crate::model::Vote;
use crate::widgets::stage::map::Outlines;
use crate::widgets::stage::write::map_labels;
use crate::widgets::step::treaty::treaty_block;
use crate::widgets::step::write::paragraphs;
use crate::{format_html, write_html};

/// The printed maps' fills for abstained and did not vote: stripes that
/// survive a black-and-white printer, unlike colour alone. Drawn once, in
/// path units like the maps. In grey the four read, darkest to lightest:
/// yes (solid), no (solid), abstained (striped), did not vote (striped).
fn print_patterns() -> Html {
    format_html!(concat!(
        "<svg class=\"print-defs\" aria-hidden=\"true\" focusable=\"false\"><defs>",
        "<pattern id=\"print-hatch-abstain\" patternUnits=\"userSpaceOnUse\" width=\"16\" height=\"16\" patternTransform=\"rotate(45)\">",
        "<rect width=\"16\" height=\"16\" fill=\"#c98200\"></rect>",
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"16\" stroke=\"#ffffff\" stroke-width=\"8\"></line></pattern>",
        "<pattern id=\"print-hatch-absent\" patternUnits=\"userSpaceOnUse\" width=\"16\" height=\"16\" patternTransform=\"rotate(-45)\">",
        "<rect width=\"16\" height=\"16\" fill=\"#ffffff\"></rect>",
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"16\" stroke=\"#1b1f24\" stroke-width=\"4\"></line></pattern>",
        "</defs></svg>",
    ))
}

/// What the printed map's fills mean, as they print in colour and in grey.
pub const PRINT_KEY: &str = ui_plain!(handout print_key);

/// The same fills for the convention's signatures.
pub const PRINT_KEY_SIGNATURES: &str = ui_plain!(handout print_key_signatures);

/// A static map of one vote, with the step's states labelled as on screen
/// (the larger, narrow-map set, which prints at a readable size).
fn map(step: &Step, vote: &Vote, outlines: &Outlines) -> Html {
    let mut out = format_html!(
        "<svg class=\"print-map\" viewBox=\"{view_box}\" aria-hidden=\"true\">",
        view_box = path_view_box(VIEW_BOX, PATH_UNITS)
    );
    for d in outlines.others.iter().filter(|d| !d.is_empty()) {
        write_html!(out, "<path class=\"other\" d=\"{d}\"></path>", d);
    }
    for (i, shape) in MEMBER_SHAPES.iter().enumerate() {
        write_html!(
            out,
            "<g data-vote=\"{vote}\">",
            vote = vote.choice(i).slug()
        );
        let d = outlines.member(i);
        if !d.is_empty() {
            write_html!(out, "<path d=\"{d}\"></path>", d);
        }
        if shape.marker {
            let (cx, cy) = path_point(shape.centre, PATH_UNITS);
            write_html!(
                out,
                "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"7\"></circle>",
                cx,
                cy
            );
        }
        write_html!(out, "</g>");
    }
    write_html!(
        out,
        "{labels}</svg>",
        labels = map_labels(step, vote, Frame::WORLD, None)
    );
    out
}

/// The whole handout; `site_folder` is where the step pages live, so each
/// step's printed link can be typed in.
pub fn handout_html(site_folder: &str, outlines: &Outlines) -> Html {
    let site = data::site();
    let steps = data::steps();
    let mut out = format_html!(
        concat!(
            "{patterns}<h1>{title}</h1><p>{standfirst}</p><p class=\"print-link\">",
            ui!(handout glossary_link),
            "</p>"
        ),
        patterns = print_patterns(),
        title = site.title,
        standfirst = data::standfirst(),
        link = format!(
            "{site_folder}{}",
            crate::widgets::step::treaty::GLOSSARY_PAGE
        )
    );
    for (n, step) in steps.iter().enumerate() {
        write_html!(
            out,
            concat!(
                "<section class=\"print-step\" data-print-step=\"{slug}\">",
                "<p class=\"print-position\">",
                ui!(handout step_position),
                " · {when}</p><h2>{title}</h2>{paragraphs}",
            ),
            slug = step.slug,
            number = n + 1,
            total = steps.len(),
            when = step.when_label,
            title = data::step_title(n),
            paragraphs = paragraphs(step)
        );
        if step.table == Some(StepTable::Offences) {
            out.push(&treaty_block(step.slug));
        }
        if let Some(v) = step.vote.and_then(data::vote) {
            write_html!(
                out,
                "<p class=\"print-vote\">{symbol}, {date}: {words}. {key}</p>{map}",
                symbol = v.symbol,
                date = v.date_label,
                words = v.tally_words(),
                key = if v.is_signatures() {
                    PRINT_KEY_SIGNATURES
                } else {
                    PRINT_KEY
                },
                map = map(step, v, outlines)
            );
        }
        let sources: Vec<String> = step
            .sources
            .iter()
            .map(|s| format!("{} ({})", s.label, s.url))
            .collect();
        write_html!(
            out,
            concat!(
                "<p class=\"print-sources\">",
                ui!(handout sources),
                "</p><p class=\"print-link\">",
                ui!(handout link),
                "</p></section>"
            ),
            sources = sources.join("; "),
            link = format!("{site_folder}step-{}.html", step.slug)
        );
    }
    write_html!(
        out,
        "<p class=\"print-credit\">{credit}</p>",
        credit = site.credit
    );
    out
}
