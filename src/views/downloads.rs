//! "Data and citation" (markup/downloads.rs), citing the page's own address.

use crate::browser::page::base_url;
use crate::markup::downloads::downloads_html;
use leptos::prelude::*;

#[component]
pub fn Downloads() -> impl IntoView {
    view! { <div inner_html=downloads_html(&base_url())></div> }
}
