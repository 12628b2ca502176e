//! "Data and citation": links to the data files the build writes beside the
//! pages (src/bin/prerender), their licence, and how to cite the explainer.
//! Shared by the app and the static pages, where it works without
//! JavaScript.

use super::citation::{cite_styles_html, SOURCES_NOTE};
use super::esc;
use crate::data;
use crate::model::citation::{Cited, UPDATED};
use crate::model::export::{CSV_FILE, JSON_FILE, LICENCE};

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
pub fn downloads_html(address: &str, accessed: Option<&str>) -> String {
    format!(
        "<div class=\"downloads-wrap\"><section class=\"downloads\" aria-labelledby=\"downloads-heading\"><h2 id=\"downloads-heading\">Data and citation</h2><p>All {} recorded votes for every member state{}, with regional groups and sponsorship, made from the data this page shows. {}</p><p class=\"download-links\"><a class=\"button\" href=\"{CSV_FILE}\" download=\"{CSV_FILE}\">Download CSV</a> <a class=\"button\" href=\"{JSON_FILE}\" download=\"{JSON_FILE}\">Download JSON (with sources)</a></p><h3>How to cite</h3><div class=\"citation\">{}<p class=\"citation-sources\">{}</p></div></section></div>",
        data::votes().iter().filter(|v| !v.is_signatures()).count(),
        if data::signature_record().is_some() {
            " and whether it signed the 2024 Convention (with dates, evidence and sources)"
        } else {
            ""
        },
        esc(LICENCE),
        cite_styles_html(Some(&cited(address, accessed))),
        esc(SOURCES_NOTE)
    )
}
