//! The app's controls under a step: Previous and Next, the key hint and
//! "Cite this step". Drawn once; the app sets which button is disabled,
//! the count and the citation as the reader moves (views/step_panel.rs).
//! Buttons name their action in `data-action`, read by one click listener.

use super::citation::{cite_styles_html, SOURCES_NOTE};
use super::esc;

/// `locked`: the link shows one step only, so there is nowhere to go.
pub fn step_controls_html(locked: bool) -> String {
    let hidden = if locked { " hidden" } else { "" };
    format!(
        "<nav class=\"step-nav\" aria-label=\"Step navigation\"{hidden}><button type=\"button\" class=\"button\" data-action=\"previous\"><span aria-hidden=\"true\">← </span>Previous</button><span class=\"step-count\"></span><button type=\"button\" class=\"button primary\" data-action=\"next\">Next<span aria-hidden=\"true\"> →</span></button></nav><p class=\"key-hint\"{hidden}>Tip: the ← and → keys move between steps; Home and End jump to the first and last.</p><details class=\"cite-step\"><summary>Cite this step</summary>{}<p class=\"citation-sources\">{}</p></details>",
        cite_styles_html(None),
        esc(SOURCES_NOTE)
    )
}
