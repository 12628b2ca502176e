//! "Embed this": writes the iframe snippet for a course page or an article,
//! with the step to start at and whether to show only that step.

use crate::browser::{clipboard::copy_text, page::base_url};
use crate::data::{self, KnownData};
use crate::model::url_state::{self, UrlState};
use crate::state::use_app_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The snippet for these choices. `base` is the explainer's address.
pub fn snippet(base: &str, step: Option<usize>, lock: bool, height: u32) -> String {
    let state = UrlState {
        step,
        embed: true,
        lock: lock && step.is_some(),
        ..UrlState::default()
    };
    let src = format!("{base}{}", url_state::format(&state, &KnownData));
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" allow=\"clipboard-write\" style=\"border:0\"></iframe>",
        src.replace('&', "&amp;"),
        data::site().title.replace('"', "&quot;"),
    )
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let state = use_app_state();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let from_step = RwSignal::new(true);
    let lock = RwSignal::new(false);
    let height = RwSignal::new(600u32);
    let copied = RwSignal::new(None::<bool>);
    let code = move || {
        snippet(
            &base_url(),
            from_step.get().then(|| state.step.get()),
            lock.get(),
            height.get(),
        )
    };
    let area = NodeRef::<leptos::html::Textarea>::new();
    let copy = move |_| {
        let text = code();
        spawn_local(async move {
            let ok = copy_text(&text).await;
            copied.set(Some(ok));
            if !ok {
                if let Some(area) = area.get_untracked() {
                    let _ = area.focus();
                    area.select();
                }
            }
        });
    };
    view! {
        <button
            type="button"
            class="button"
            on:click=move |_| {
                copied.set(None);
                if let Some(d) = dialog.get() {
                    let _ = d.show_modal();
                }
            }
        >
            "Embed this"
        </button>
        // Built once the app is on screen, not while it starts.
        {move || state.revealed.get().then(|| view! {
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-heading">
            <h2 id="embed-heading">"Embed this explainer"</h2>
            <p>"Paste this into a web page or a course page. It needs no script on your page."</p>
            <div class="embed-options">
                <label>
                    <input type="checkbox" prop:checked=move || from_step.get() on:change=move |ev| from_step.set(event_target_checked(&ev)) />
                    " Start at the current step"
                </label>
                <label>
                    <input type="checkbox" prop:checked=move || lock.get() prop:disabled=move || !from_step.get() on:change=move |ev| lock.set(event_target_checked(&ev)) />
                    " Show only that step"
                </label>
                <label class="control">
                    <span>"Height"</span>
                    <select name="embed-height" on:change=move |ev| height.set(event_target_value(&ev).parse().unwrap_or(600))>
                        {[450u32, 550, 600, 650]
                            .into_iter()
                            .map(|h| view! { <option value=h.to_string() selected=move || height.get() == h>{format!("{h} px")}</option> })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <label class="embed-code">
                <span>"Embed code"</span>
                <textarea node_ref=area readonly rows="4" prop:value=code></textarea>
            </label>
            <p class="embed-help">
                "Optional: add public/embed-resize.js to your page to let the frame grow to fit (see the README)."
            </p>
            <div class="dialog-actions">
                <button type="button" class="button primary" on:click=copy>"Copy embed code"</button>
                <span role="status">
                    {move || match copied.get() {
                        Some(true) => "Copied",
                        Some(false) => "Copying is blocked here: the code is selected, copy it by hand.",
                        None => "",
                    }}
                </span>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        if let Some(d) = dialog.get() {
                            d.close();
                        }
                    }
                >
                    "Close"
                </button>
            </div>
        </dialog>
        })}
    }
}
