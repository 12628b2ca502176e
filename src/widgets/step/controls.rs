//! The app's controls under a step: Previous and Next, the key hint and
//! "Cite this step". Drawn once; as the reader moves, `update_nav` sets
//! which button is disabled and the count, `update_citation` the citation
//! (called by widgets/step/view.rs).
//! Buttons carry their `Action` (html/action.rs), read by one click listener.

use crate::html::action::Action;
use crate::html::names::Class;
use crate::html::page::STEP_NAV;
use crate::html::Html;
use crate::widgets::citations::write::{cite_styles_html, sources_note};
use crate::{format_html, named};

pub const STEP_COUNT: Class = named!("." "step-count");
/// "Cite this step", filled in as the step changes.
pub const CITE_STEP: Class = named!("." "cite-step");

/// `locked`: the link shows one step only, so there is nowhere to go.
pub fn step_controls_html(locked: bool) -> Html {
    let hidden = if locked { " hidden" } else { "" };
    format_html!(
        concat!(
            "<nav class=\"{nav}\" aria-label=\"", ui!(step step_navigation), "\"{hidden}>",
            "<button type=\"button\" class=\"button\" {previous}><span aria-hidden=\"true\">← </span>", ui!(step previous), "</button>",
            "<span class=\"{count}\"></span>",
            "<button type=\"button\" class=\"button primary\" {next}>", ui!(step next), "<span aria-hidden=\"true\"> →</span></button></nav>",
            "<p class=\"key-hint\"{hidden}>", ui!(step key_hint), "</p>",
            "<details class=\"{cite_step}\"><summary>", ui!(step cite_this_step), "</summary>{styles}",
            "<p class=\"citation-sources\">{note}</p></details>",
        ),
        nav = STEP_NAV,
        hidden,
        count = STEP_COUNT,
        cite_step = CITE_STEP,
        previous = Action::Previous.attr(),
        next = Action::Next.attr(),
        styles = cite_styles_html(None, true),
        note = sources_note(),
    )
}
