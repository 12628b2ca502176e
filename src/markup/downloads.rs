//! "Data and citation": links to the data files the build writes beside the
//! pages (src/bin/prerender), their licence, and how to cite the explainer.
//! Shared by the app and the static pages, where it works without
//! JavaScript.

use super::esc;
use crate::data;
use crate::model::export::{CSV_FILE, JSON_FILE, LICENCE};

/// How to cite the explainer; `address` is where it lives, if known.
pub fn citation(address: &str) -> String {
    let at = if address.is_empty() {
        String::new()
    } else {
        format!(", {address}")
    };
    format!(
        "“{}”, interactive explainer{at}. Analysis after Justin Sherman and Mark Raymond, “The U.N. passed a Russia-backed cybercrime resolution. That’s not good news for Internet freedom”, The Washington Post (Monkey Cage), 3 December 2019. Vote data: UN summary records A/C.3/74/SR.50 and A/C.3/73/SR.47, UN Digital Library voting records, and Erik Voeten’s UN General Assembly voting data.",
        data::site().title
    )
}

/// The whole section.
pub fn downloads_html(address: &str) -> String {
    format!(
        "<div class=\"downloads-wrap\"><section class=\"downloads\" aria-labelledby=\"downloads-heading\"><h2 id=\"downloads-heading\">Data and citation</h2><p>All eight recorded votes for every member state, with regional groups and sponsorship, made from the data this page shows. {}</p><p class=\"download-links\"><a class=\"button\" href=\"{CSV_FILE}\" download=\"{CSV_FILE}\">Download CSV</a> <a class=\"button\" href=\"{JSON_FILE}\" download=\"{JSON_FILE}\">Download JSON (with sources)</a></p><h3>How to cite</h3><p class=\"citation\">{}</p></section></div>",
        esc(LICENCE),
        esc(&citation(address))
    )
}
