//! Two pages of the whole story, without the app: `story.html`, every
//! step's words and sources (the release app fills each step's text from
//! it, so its wasm carries none), and `handout.html`, every step with its
//! map and numbers, to print. Like the glossary, they read the site's style
//! sheet from Trunk's index.html and carry no script.

use super::favicon;
use super::glossary::stylesheets;
use uncyber::data;
use uncyber::html::Html;
use uncyber::widgets::handout::write::handout_html;
use uncyber::widgets::stage::map::Outlines;
use uncyber::widgets::step::write::{step_sources, step_summary, step_text};
use uncyber::{format_html, ui, ui_plain, write_html};

pub use uncyber::html::page::HANDOUT_PAGE;
pub use uncyber::html::page::STORY_PAGE;

/// The reading pages' own style sheet (the story in every language, the
/// handout), at the site's root; the app never loads it.
pub const CSS_FILE: &str = "reading.css";
pub const CSS: &str = include_str!("../../../style/reading.css");

/// A page of its own with `title`, `description` and `body`, and `extra`
/// at the end of its head (after the site's style sheets).
fn page(
    template: &str,
    title: &str,
    description: &str,
    body: &Html,
    extra: &Html,
) -> Result<String, String> {
    let head = format_html!(
        concat!(
            "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>{title} · {site}</title>",
            "<meta name=\"description\" content=\"{description}\">",
            "<link rel=\"icon\" href=\"{icon}\" type=\"image/png\">",
        ),
        title,
        site = data::site().title,
        description,
        icon = favicon::data_url()
    );
    Ok(format!(
        "<!doctype html><html lang=\"en\"><head>{}{}{}</head><body>{}</body></html>",
        head.as_str(),
        stylesheets(template)?.concat(),
        extra.as_str(),
        body.as_str()
    ))
}

/// `story.html`: each step's title, words, sources and a link to its page,
/// and the story's other languages (translated_pages.rs).
pub fn story(template: &str) -> Result<String, String> {
    let site = data::site();
    let mut body = format_html!(
        "<main class=\"story-page\"><p class=\"kicker\">{kicker}</p><h1>{title}</h1><p class=\"standfirst\">{standfirst}</p>",
        kicker = site.kicker,
        title = site.title,
        standfirst = site.standfirst
    );
    let steps = data::steps();
    for (n, step) in steps.iter().enumerate() {
        write_html!(
            body,
            concat!(
                "<section class=\"story-step\" id=\"{slug}\"><p class=\"step-position\">",
                ui!(reading_pages step_position),
                " · {when}</p>",
                "<h2><a href=\"step-{slug}.html\">{title}</a></h2>{summary}{text}",
                "<section class=\"step-sources\" aria-label=\"",
                ui!(reading_pages step_sources),
                "\"><h3>",
                ui!(reading_pages sources_heading),
                "</h3>{sources}</section></section>",
            ),
            slug = step.slug,
            number = n + 1,
            total = steps.len(),
            when = step.when_label,
            title = step.title,
            summary = step_summary(step),
            text = step_text(step),
            sources = step_sources(step)
        );
    }
    write_html!(
        body,
        concat!(
            "<p><a href=\"./\">",
            ui!(reading_pages back),
            "</a> · <a href=\"{handout}\">",
            ui!(reading_pages handout_link),
            "</a></p></main>",
        ),
        handout = HANDOUT_PAGE
    );
    // What each vote decided and the note on its totals, for the app's
    // vote summary, and the licence and sources note, for its downloads and
    // citations (its wasm leaves them all out); no part of this page's text.
    write_html!(
        body,
        "<div hidden>{parts}{licence}{note}</div>",
        parts = uncyber::widgets::vote_summary::write::story_page_parts(data::votes()),
        licence = uncyber::widgets::downloads::files::licence(),
        note = uncyber::widgets::citations::write::sources_note()
    );
    page(
        template,
        ui_plain!(reading_pages story_title),
        ui_plain!(reading_pages story_description),
        &body,
        &format_html!("<link rel=\"stylesheet\" href=\"{css}\">", css = CSS_FILE),
    )
}

/// `handout.html`: every step with its vote's map and numbers, its sources
/// and its link, laid out to print. `site_url` makes the printed links
/// complete; without it they are the pages' names.
pub fn handout(template: &str, site_url: &str) -> Result<String, String> {
    let body = format_html!(
        concat!(
            "<main class=\"print-handout\"><p class=\"handout-howto\">",
            ui!(reading_pages handout_howto),
            " <a href=\"./\">",
            ui!(reading_pages back),
            "</a></p>{handout}</main>",
        ),
        handout = handout_html(site_url, &Outlines::compiled())
    );
    page(
        template,
        ui_plain!(reading_pages handout_title),
        ui_plain!(reading_pages handout_description),
        &body,
        &format_html!("<link rel=\"stylesheet\" href=\"{css}\">", css = CSS_FILE),
    )
}
