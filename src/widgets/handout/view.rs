//! The printed handout (src/widgets/handout/write.rs), put in the page only when
//! it is printed (`beforeprint`), so it costs readers nothing on screen.

use crate::browser::page::base_folder;
use crate::widgets::handout::write::handout_html;
use crate::widgets::stage::outlines::page_outlines;
use leptos::prelude::*;

#[component]
pub fn PrintHandout() -> impl IntoView {
    let printing = RwSignal::new(false);
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(true));
    let _ = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
    view! {
        {
            let shown = Memo::new(move |_| printing.get());
            move || shown.get().then(|| view! {
            <div class="print-handout" inner_html=handout_html(&base_folder(), &page_outlines()).into_string()></div>
                    })
        }
    }
}
