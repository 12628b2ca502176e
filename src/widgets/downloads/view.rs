//! "Data and citation" (widgets/downloads/write.rs), citing the page's own address
//! with today's date as the access date; its copy buttons copy a citation.

use crate::browser::dom::action_of;
use crate::browser::page::{base_url, today_iso};
use crate::html::action::Action;
use crate::view_kit::handler::handler;
use crate::widgets::citations::view as cite_copy;
use crate::widgets::downloads::write::downloads_html;
use leptos::prelude::*;

#[component]
pub fn Downloads() -> impl IntoView {
    let on_click = |ev: leptos::ev::MouseEvent| {
        if let Some((Action::CiteCopy, button)) = action_of(&ev) {
            cite_copy::copy(&button);
        }
    };
    view! { <div on:click=handler(on_click) inner_html=downloads_html(&base_url(), Some(&today_iso())).into_string()></div> }
}
