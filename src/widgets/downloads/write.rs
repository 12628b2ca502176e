//! "Data and citation": links to the data files the build writes beside the
//! pages (src/bin/prerender), their licence, and how to cite the explainer.
//! Shared by the app and the static pages, where it works without
//! JavaScript.

use crate::data;
use crate::format_html;
use crate::html::Html;
use crate::model::citation::{Cited, UPDATED};
use crate::widgets::citations::write::{cite_styles_html, sources_note};
use crate::widgets::downloads::files::{licence, CSV_FILE, JSON_FILE};

/// The explainer as cited in "How to cite": at `address`, accessed on
/// `accessed` (today's date, known only in the browser).
pub fn cited<'a>(address: &'a str, accessed: Option<&'a str>) -> Cited<'a> {
    Cited {
        author: data::site().publisher,
        site_title: data::site().title,
        step: None,
        url: address,
        updated: UPDATED,
        accessed,
    }
}

/// The part of every static page that says what the files hold.
pub const SUMMARY_PART: &str = "downloads-summary";

/// What the files hold, in words.
fn summary_words() -> String {
    let votes = data::votes().iter().filter(|v| !v.is_signatures()).count();
    if data::signature_record().is_some() {
        format!(ui_plain!(downloads summary_with_signatures), votes = votes)
    } else {
        format!(ui_plain!(downloads summary), votes = votes)
    }
}

/// The whole section. A static page's (no `accessed` date: the reader's
/// clock is the app's) has no copy buttons, which need the app. What the
/// files hold is a part of the static page (the release app's wasm writes
/// a stand-in, filled from it), like the licence.
pub fn downloads_html(address: &str, accessed: Option<&str>) -> Html {
    let summary = crate::words_part!(SUMMARY_PART, &summary_words());
    format_html!(
        concat!(
            "<div class=\"downloads-wrap\"><section class=\"downloads\" aria-labelledby=\"downloads-heading\">",
            "<h2 id=\"downloads-heading\">", ui!(downloads heading), "</h2>",
            "<p>{summary} {licence}</p><p class=\"download-links\">",
            "<a class=\"button\" href=\"{csv}\" download=\"{csv}\">", ui!(downloads download_csv), "</a> ",
            "<a class=\"button\" href=\"{json}\" download=\"{json}\">", ui!(downloads download_json), "</a></p>",
            "<h3>", ui!(downloads how_to_cite), "</h3><div class=\"citation\">{styles}<p class=\"citation-sources\">{note}</p></div></section></div>",
        ),
        summary,
        licence = licence(),
        csv = CSV_FILE,
        json = JSON_FILE,
        styles = cite_styles_html(Some(&cited(address, accessed)), accessed.is_some()),
        note = sources_note()
    )
}
