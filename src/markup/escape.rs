//! Escaping, and a step's text as HTML paragraphs.

use crate::model::story::{Inline, Step};
use std::fmt::Write;

/// Escapes text for use in HTML text and double-quoted attributes.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A step's paragraphs, with their emphasis.
pub fn paragraphs(step: &Step) -> String {
    let mut out = String::new();
    for p in step.body {
        out.push_str("<p>");
        for run in *p {
            match run {
                Inline::Text(t) => out.push_str(&esc(t)),
                Inline::Em(t) => {
                    let _ = write!(out, "<em>{}</em>", esc(t));
                }
                Inline::Strong(t) => {
                    let _ = write!(out, "<strong>{}</strong>", esc(t));
                }
            }
        }
        out.push_str("</p>");
    }
    out
}
