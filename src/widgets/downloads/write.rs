//! "Data and citation": links to the data files the build writes beside the
//! pages (src/bin/prerender), their licence, and how to cite the explainer.
//! Shared by the app and the static pages, where it works without
//! JavaScript.

use crate::data;
use crate::format_html;
use crate::html::Html;
use crate::model::citation::{Cited, UPDATED};
use crate::widgets::citations::write::{cite_styles_html, SOURCES_NOTE};
use crate::widgets::downloads::files::{CSV_FILE, JSON_FILE, LICENCE};

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

/// The whole section.
pub fn downloads_html(address: &str, accessed: Option<&str>) -> Html {
    format_html!(
        concat!(
            "<div class=\"downloads-wrap\"><section class=\"downloads\" aria-labelledby=\"downloads-heading\">",
            "<h2 id=\"downloads-heading\">Data and citation</h2>",
            "<p>All {votes} recorded votes for every member state{signatures}, with regional groups and sponsorship, ",
            "made from the data this page shows. {licence}</p><p class=\"download-links\">",
            "<a class=\"button\" href=\"{csv}\" download=\"{csv}\">Download CSV</a> ",
            "<a class=\"button\" href=\"{json}\" download=\"{json}\">Download JSON (with sources)</a></p>",
            "<h3>How to cite</h3><div class=\"citation\">{styles}<p class=\"citation-sources\">{note}</p></div></section></div>",
        ),
        votes = data::votes().iter().filter(|v| !v.is_signatures()).count(),
        signatures = if data::signature_record().is_some() {
            " and whether it signed the 2024 Convention (with dates, evidence and sources)"
        } else {
            ""
        },
        licence = LICENCE,
        csv = CSV_FILE,
        json = JSON_FILE,
        styles = cite_styles_html(Some(&cited(address, accessed))),
        note = SOURCES_NOTE
    )
}
