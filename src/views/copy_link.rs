//! "Copy link to this step": the Clipboard API where allowed, else a
//! selected text field the reader can copy from (sandboxed frames).

use crate::browser::{clipboard::copy_text, page::base_folder};
use crate::state::use_app_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Idle,
    Copied,
    Refused,
}

#[component]
pub fn CopyLink() -> impl IntoView {
    let state = use_app_state();
    let outcome = RwSignal::new(Outcome::Idle);
    // A link to the step alone: a shared link opens the story there.
    // The step's own page: it opens the story there, and link previews
    // show the step's title and summary.
    let link = move || format!("{}step-{}.html", base_folder(), state.current_step().slug);
    Effect::new(move |_| {
        state.step.track();
        outcome.set(Outcome::Idle);
    });
    let copy = move |_| {
        let text = link();
        spawn_local(async move {
            let ok = copy_text(&text).await;
            outcome.set(if ok {
                Outcome::Copied
            } else {
                Outcome::Refused
            });
        });
    };
    let field = NodeRef::<leptos::html::Input>::new();
    // Fill, focus and select in one go: the value binding may not have run
    // yet, and setting a value later would drop the selection.
    Effect::new(move |_| {
        if outcome.get() == Outcome::Refused {
            if let Some(input) = field.get() {
                input.set_value(&link());
                let _ = input.focus();
                input.select();
            }
        }
    });
    view! {
        <div class="copy-link">
            <button type="button" class="button" on:click=copy>"Copy link to this step"</button>
            <span class="copy-status" role="status">
                {move || (outcome.get() == Outcome::Copied).then_some("Link copied")}
            </span>
            {
                let shown = Memo::new(move |_| outcome.get() == Outcome::Refused);
                move || shown.get().then(|| view! {
                <label class="copy-fallback">
                    <span>"Copying is blocked here. Select and copy this link:"</span>
                    <input node_ref=field type="text" readonly prop:value=link />
                </label>
                            })
            }
        </div>
    }
}
