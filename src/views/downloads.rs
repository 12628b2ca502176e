//! "Download the data" and "How to cite". The files are written by the
//! build from the same data the pages show (src/bin/prerender), so they
//! match what the explainer shows and download without JavaScript.

use crate::browser::page::base_url;
use crate::data;
use crate::model::export::{CSV_FILE, JSON_FILE, LICENCE};
use leptos::prelude::*;

/// How to cite the explainer as a whole.
pub fn citation() -> String {
    format!(
        "“{}”, interactive explainer, {}. Analysis after Justin Sherman and Mark Raymond, “The U.N. passed a Russia-backed cybercrime resolution. That’s not good news for Internet freedom”, The Washington Post (Monkey Cage), 3 December 2019. Vote data: UN summary records A/C.3/74/SR.50 and A/C.3/73/SR.47, UN Digital Library voting records, and Erik Voeten’s UN General Assembly voting data.",
        data::site().title,
        base_url()
    )
}

#[component]
pub fn Downloads() -> impl IntoView {
    view! {
        <section class="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">"Data and citation"</h2>
            <p>
                "All eight recorded votes for every member state, with regional groups and sponsorship, made from the data this page shows. "
                {LICENCE}
            </p>
            <p class="download-links">
                <a class="button" href=CSV_FILE download=CSV_FILE>"Download CSV"</a>
                <a class="button" href=JSON_FILE download=JSON_FILE>"Download JSON (with sources)"</a>
            </p>
            <h3>"How to cite"</h3>
            <p class="citation">{citation()}</p>
        </section>
    }
}
