//! A step as the reader first meets it: where it sits in the story, its
//! title, its text and figure, and its sources (which open in a new tab:
//! the explainer is often framed, and a source must never replace it).
//! The app adds its controls after these (widgets/step/view.rs); the static
//! pages add a list of every step.

use crate::data;
#[cfg(not(all(target_arch = "wasm32", not(debug_assertions))))]
use crate::html::fill::part;
use crate::html::names::{Id, Wrapper};
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
use crate::html::{fill::stand_in, page::STORY_PAGE};
use crate::html::{Html, Target};
use crate::model::story::{Inline, Step};
use crate::model::treaty::StepTable;
use crate::model::Vote;
use crate::widgets::country_line::write::SLOT as LINE_SLOT;
use crate::widgets::guess::write::SLOT as GUESS_SLOT;
use crate::widgets::step::figure::step_figure_html;
use crate::widgets::step::treaty::{treaty_block, GLOSSARY_PAGE};
use crate::widgets::vote_summary::write::source_items;
use crate::{format_html, named, write_html};

/// The step's heading: focus goes there when the step changes under it.
pub const STEP_TITLE: Id = named!("#" "step-title");

/// The `<article>` that `step_html` begins.
pub const WRAPPER: Wrapper = Wrapper {
    tag: "article",
    class: "step",
    labelled_by: STEP_TITLE.name,
};

/// A step's paragraphs, with their emphasis.
pub fn paragraphs(step: &Step) -> Html {
    let mut out = Html::new();
    for p in step.body {
        write_html!(out, "<p>");
        for run in *p {
            match run {
                Inline::Text(t) => out.push_text(t),
                Inline::Em(t) => write_html!(out, "<em>{t}</em>", t),
                Inline::Strong(t) => write_html!(out, "<strong>{t}</strong>", t),
            }
        }
        write_html!(out, "</p>");
    }
    out
}

/// The part of a step's words, and of its sources, on the story page and
/// on the step's own page.
pub fn text_part(step: &Step) -> String {
    format!("text-{}", step.slug)
}
pub fn sources_part(step: &Step) -> String {
    format!("sources-{}", step.slug)
}
/// The part of a step's one-sentence summary, which presenter mode shows
/// in place of its words.
pub fn summary_part(step: &Step) -> String {
    format!("summary-{}", step.slug)
}

/// The part of a step's code to scan, in its `qr-<slug>.html`, which the
/// prerender writes when it knows the site's address (SITE_URL).
pub const QR_PART: &str = "qr";

/// `inner`, written out as part `name` of a page.
#[cfg(not(all(target_arch = "wasm32", not(debug_assertions))))]
fn lifted(name: &str, _fallback: impl FnOnce() -> Html, inner: impl FnOnce() -> Html) -> Html {
    part(name, &inner())
}

/// A stand-in for part `name` of the story page, showing `fallback` until
/// it is filled (or if the fetch fails).
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
fn lifted(name: &str, fallback: impl FnOnce() -> Html, _inner: impl FnOnce() -> Html) -> Html {
    stand_in(STORY_PAGE, name, &fallback())
}

/// The step's words, or their stand-in.
pub fn step_text(step: &Step) -> Html {
    let loading = || {
        format_html!(
            concat!("<p class=\"text-loading\">", ui!(step text_loading), "</p>"),
            link = format_html!(
                concat!(
                    "<a href=\"step-{slug}.html\">",
                    ui!(step text_loading_link),
                    "</a>"
                ),
                slug = step.slug
            )
        )
    };
    lifted(&text_part(step), loading, || paragraphs(step))
}

/// The step's summary, or its stand-in.
pub fn step_summary(step: &Step) -> Html {
    lifted(&summary_part(step), Html::new, || {
        format_html!(
            "<p class=\"step-summary\">{summary}</p>",
            summary = step.summary
        )
    })
}

/// Presenter mode's words: the summary, and the step's link as a code to
/// scan for pupils' phones, or as its address where the build wrote none.
fn presented(step: &Step) -> Html {
    let link = format_html!(
        concat!("<p class=\"present-link\">", ui!(step present_link), "</p>"),
        link = format_html!(
            "<a href=\"step-{slug}.html\">step-{slug}.html</a>",
            slug = step.slug
        )
    );
    format_html!(
        "{summary}{qr}",
        summary = step_summary(step),
        qr = crate::html::fill::stand_in(&format!("qr-{}.html", step.slug), QR_PART, &link)
    )
}

/// The step's list of sources, or its stand-in.
pub fn step_sources(step: &Step) -> Html {
    lifted(&sources_part(step), Html::new, || {
        let items = source_items(step.sources);
        // The sources are in English: in another language's pages their list
        // says so, and reads left to right.
        if crate::ui::IS_ENGLISH {
            format_html!("<ul>{items}</ul>", items)
        } else {
            format_html!("<ul lang=\"en\" dir=\"ltr\">{items}</ul>", items)
        }
    })
}

/// What goes first inside `<article class="step">` for step `index`,
/// with `vote` as its figure's vote.
pub fn step_html(index: usize, vote: &Vote, target: Target) -> Html {
    let steps = data::steps();
    let step = &steps[index];
    let present = matches!(target, Target::App { present: true, .. });
    format_html!(
        concat!(
            "<p class=\"step-position\">", ui!(step position), " · <time datetime=\"{when}\">{when_label}</time></p>",
            "<h2 id=\"{title_id}\" tabindex=\"-1\">{title}</h2>",
            "<div class=\"step-layout\"><div class=\"step-text\"><div class=\"{guess_slot}\"></div><div class=\"{line_slot}\"></div>{paragraphs}{table}</div>{figure}</div>",
            "<section class=\"step-sources\" aria-label=\"", ui!(step sources_label), "\"><h3>", ui!(step sources_heading), "</h3>{sources}",
            "<p class=\"step-glossary\">", ui!(step glossary), "</p></section>",
        ),
        number = index + 1,
        total = steps.len(),
        when = step.when,
        when_label = step.when_label,
        title_id = STEP_TITLE,
        title = data::step_title(index),
        guess_slot = GUESS_SLOT,
        line_slot = LINE_SLOT,
        paragraphs = if present { presented(step) } else { step_text(step) },
        table = match step.table {
            Some(StepTable::Offences) if !present => treaty_block(step.slug),
            _ => Html::new(),
        },
        figure = step_figure_html(step, vote, target),
        sources = step_sources(step),
        link = format_html!(
            concat!(
                "<a href=\"{page}\" target=\"_blank\" rel=\"noopener\">",
                ui!(step glossary_link),
                "</a>"
            ),
            page = GLOSSARY_PAGE
        ),
    )
}
