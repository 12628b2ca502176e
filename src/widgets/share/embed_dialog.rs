//! "Embed this" (widgets/share/write.rs): writes the iframe snippet for a course
//! page or an article, with the step to start at and whether to show only
//! that step. The dialog's controls are read whenever one changes.

use crate::browser::clipboard::copy_text;
use crate::browser::dom::{find, find_as, find_optional};
use crate::browser::page::{base_folder, base_url};
use crate::data::{self, KnownData};
use crate::model::step_nav::find_step;
use crate::model::url_state::{self, UrlState};
use crate::state::AppState;
use crate::widgets::share::write::{
    EMBED_DIALOG, EMBED_SCRIPT, EMBED_STATUS, FROM_STEP, GUESS, HEIGHT, LOCK, PATH,
};
use leptos::prelude::GetUntracked;
use leptos::task::spawn_local;
use web_sys::{Element, HtmlDialogElement, HtmlInputElement, HtmlTextAreaElement};

/// The snippet for these choices. `base` is the explainer's address;
/// `path`, the page's own path of chosen steps (`steps=`), which the frame
/// keeps.
pub fn snippet(
    base: &str,
    step: Option<usize>,
    path: &[usize],
    guess: bool,
    lock: bool,
    height: u32,
) -> String {
    let state = UrlState {
        step,
        path: path.to_vec(),
        guess,
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

fn status(article: &Element, text: &str) {
    if let Some(el) = find(article, EMBED_DIALOG.selector).and_then(|d| find(&d, EMBED_STATUS)) {
        el.set_text_content(Some(text));
    }
}

/// Writes the code for the current step and choices into the dialog.
pub fn update_code(state: AppState, article: &Element) {
    // An embedded page has no dialog.
    if find_optional(article, EMBED_DIALOG.selector).is_none() {
        return;
    }
    let (Some(from_step), Some(lock), Some(code)) = (
        find_as::<HtmlInputElement>(article, FROM_STEP.selector),
        find_as::<HtmlInputElement>(article, LOCK.selector),
        find(article, EMBED_DIALOG.selector)
            .and_then(|d| find_as::<HtmlTextAreaElement>(&d, "textarea")),
    ) else {
        return;
    };
    let from_step = from_step.checked();
    lock.set_disabled(!from_step);
    let height = find_as::<web_sys::HtmlSelectElement>(article, HEIGHT.selector)
        .and_then(|s| s.value().parse().ok())
        .unwrap_or(600);
    let step = from_step.then(|| state.step.get_untracked());
    let guess = find_as::<HtmlInputElement>(article, GUESS.selector).is_some_and(|g| g.checked());
    let typed = find_as::<HtmlInputElement>(article, PATH.selector).map(|p| p.value());
    let path = match typed.as_deref().map(str::trim) {
        None | Some("") => Vec::new(),
        Some(text) => match path_from(text) {
            Some(path) => path,
            None => {
                status(article, ui_plain!(share unknown_step));
                Vec::new()
            }
        },
    };
    code.set_value(&snippet(
        &base_url(),
        step,
        &path,
        guess,
        lock.checked(),
        height,
    ));
    if let Some(script) = find_as::<Element>(article, EMBED_SCRIPT.selector) {
        // As text: it holds the page's own address.
        script.set_text_content(Some(&resize_script(&base_folder())));
    }
}

/// The optional host script's tag; `folder` is where the explainer is served.
pub fn resize_script(folder: &str) -> String {
    format!("<script src=\"{folder}public/embed-resize.js\" defer></script>")
}

/// The steps a path field names, by number or slug, in its order; `None`
/// if one is not a step.
fn path_from(text: &str) -> Option<Vec<usize>> {
    text.split([',', ' '])
        .filter(|s| !s.is_empty())
        .map(|s| find_step(data::steps(), s))
        .collect()
}

pub fn open(state: AppState, article: &Element) {
    status(article, "");
    // A page walking a path offers it, as numbers a teacher can edit.
    if let Some(field) = find_as::<HtmlInputElement>(article, PATH.selector) {
        if field.value().is_empty() && !state.path.is_empty() {
            let numbers: Vec<String> = state.path.iter().map(|i| (i + 1).to_string()).collect();
            field.set_value(&numbers.join(", "));
        }
    }
    update_code(state, article);
    if let Some(dialog) = find_as::<HtmlDialogElement>(article, EMBED_DIALOG.selector) {
        let _ = dialog.show_modal();
    }
}

pub fn close(article: &Element) {
    status(article, "");
    if let Some(dialog) = find_as::<HtmlDialogElement>(article, EMBED_DIALOG.selector) {
        dialog.close();
    }
}

/// Copies the code; when refused, selects it for copying by hand.
pub fn copy(article: Element) {
    let Some(code) = find(&article, EMBED_DIALOG.selector)
        .and_then(|d| find_as::<HtmlTextAreaElement>(&d, "textarea"))
    else {
        return;
    };
    spawn_local(async move {
        let ok = copy_text(&code.value()).await;
        if ok {
            status(&article, ui_plain!(share copied));
        } else {
            status(&article, ui_plain!(share copy_code_blocked));
            let _ = code.focus();
            code.select();
        }
    });
}
