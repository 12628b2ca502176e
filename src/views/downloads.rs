//! "Download the data" and "How to cite": the files are made in the browser
//! from the embedded data at the moment of the click, so they can never
//! differ from what the explainer shows.

use crate::browser::page::base_url;
use crate::data;
use crate::model::export::{dataset_json, votes_csv, LICENCE};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Points the clicked link at a data URL holding `body`, just before the
/// browser follows it.
fn fill_link(ev: &leptos::ev::MouseEvent, mime: &str, body: String) {
    if let Some(a) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let encoded = String::from(js_sys::encode_uri_component(&body));
        let _ = a.set_attribute("href", &format!("data:{mime};charset=utf-8,{encoded}"));
    }
}

/// A link that downloads the file `make` writes, made at the moment of the click.
fn download_link(
    file: &'static str,
    mime: &'static str,
    label: &'static str,
    make: fn() -> String,
) -> impl IntoView {
    view! {
        <a class="button" href="#" download=file on:click=move |ev| fill_link(&ev, mime, make())>
            {label}
        </a>
    }
}

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
                {download_link("un-cyber-votes.csv", "text/csv", "Download CSV", || {
                    votes_csv(data::members(), data::votes())
                })}
                {download_link("un-cyber-votes.json", "application/json", "Download JSON (with sources)", || {
                    dataset_json(data::members(), data::votes())
                })}
            </p>
            <h3>"How to cite"</h3>
            <p class="citation">{citation()}</p>
        </section>
    }
}
