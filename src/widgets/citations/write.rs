//! The citation styles (model/citation.rs) as markup: each style's label,
//! its text and a button that copies it (widgets/citations/view.rs). Used by "How
//! to cite" (filled in here) and "Cite this step" (drawn empty, filled by
//! the app as the step changes).

use crate::html::action::Action;
use crate::html::names::Class;
use crate::html::Html;
use crate::model::citation::{Cited, Style};
use crate::{format_html, named, write_html};

/// One style's block, its text (also classed by `Style::class`) and the
/// status its copy button writes.
pub const STYLE: Class = named!("." "cite-style");
pub const TEXT: Class = named!("." "cite-text");
pub const STATUS: Class = named!("." "cite-status");

/// The element holding a style's text.
pub fn style_class(style: Style) -> Class {
    match style {
        Style::Apa => named!("." "cite-apa"),
        Style::Chicago => named!("." "cite-chicago"),
        Style::Bibtex => named!("." "cite-bibtex"),
    }
}

/// The works the citations rest on, cited alongside the explainer.
pub const SOURCES_NOTE: &str = ui_plain!(citations sources_note);
pub const SOURCES_NOTE_PART: &str = "sources-note";

/// The sources note as every page writes it: a part of a static page (the
/// release app's wasm writes a stand-in, filled from a page's part).
pub fn sources_note() -> Html {
    crate::words_part!(SOURCES_NOTE_PART, SOURCES_NOTE)
}

/// One block per style; the text is left empty when `cited` is None. A
/// static page (`copyable` false) has no copy buttons: they need the app.
pub fn cite_styles_html(cited: Option<&Cited>, copyable: bool) -> Html {
    let mut out = format_html!("<div class=\"cite-styles\">");
    for style in Style::ALL {
        let text = cited.map(|c| c.text(style)).unwrap_or_default();
        let tag = match style {
            Style::Bibtex => "pre",
            _ => "p",
        };
        let copy = if copyable {
            format_html!(
                concat!(
                    "<button type=\"button\" class=\"button\" {action}>",
                    ui!(citations copy_style),
                    "</button> <span class=\"{status}\" role=\"status\"></span>"
                ),
                action = Action::CiteCopy.attr(),
                label = style.label(),
                status = STATUS,
            )
        } else {
            Html::new()
        };
        write_html!(
            out,
            concat!(
                "<div class=\"{style_class}\"><p class=\"cite-label\">{label}</p>",
                "<{tag} class=\"{text_class} {class}\">{text}</{tag}>{copy}</div>",
            ),
            style_class = STYLE,
            label = style.label(),
            tag,
            text_class = TEXT,
            class = style_class(style),
            text,
            copy,
        );
    }
    write_html!(out, "</div>");
    out
}
