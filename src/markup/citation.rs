//! The citation styles (model/citation.rs) as markup: each style's label,
//! its text and a button that copies it (views/cite_copy.rs). Used by "How
//! to cite" (filled in here) and "Cite this step" (drawn empty, filled by
//! the app as the step changes).

use super::action::Action;
use super::esc;
use crate::model::citation::{Cited, Style};

/// The works the citations rest on, cited alongside the explainer.
pub const SOURCES_NOTE: &str = "Please cite the work it builds on too: Justin Sherman and Mark Raymond, “The U.N. passed a Russia-backed cybercrime resolution. That’s not good news for Internet freedom”, The Washington Post (Monkey Cage), 3 December 2019; and for the votes, UN summary records A/C.3/74/SR.50 and A/C.3/73/SR.47, UN Digital Library voting records, and Erik Voeten’s UN General Assembly voting data.";

/// One block per style; the text is left empty when `cited` is None.
pub fn cite_styles_html(cited: Option<&Cited>) -> String {
    let mut out = String::from("<div class=\"cite-styles\">");
    for style in Style::ALL {
        let text = cited.map(|c| esc(&c.text(style))).unwrap_or_default();
        let (open, close) = match style {
            Style::Bibtex => ("<pre class=\"cite-text", "</pre>"),
            _ => ("<p class=\"cite-text", "</p>"),
        };
        out.push_str(&format!(
            "<div class=\"cite-style\"><p class=\"cite-label\">{label}</p>{open} {class}\">{text}{close}<button type=\"button\" class=\"button\" {action}>Copy {label}</button> <span class=\"cite-status\" role=\"status\"></span></div>",
            label = style.label(),
            action = Action::CiteCopy.attr(),
            class = style.class(),
        ));
    }
    out.push_str("</div>");
    out
}
