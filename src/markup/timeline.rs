//! The compact timeline, 1998 to today: a scale showing where the story's
//! events fall, and a row of events linking to the steps that cover them.
//! The app moves the "current" marks in place (views/timeline.rs), so the
//! row keeps its scroll position.

use super::{esc, Target};
use crate::data;
use crate::model::decimal::decimal;
use crate::model::story::TimelineEvent;
use crate::model::timeline_scale::{x_of, TICKS};
use std::fmt::Write;

/// Whether `event` belongs to step `index`.
pub fn is_current(event: &TimelineEvent, index: usize) -> bool {
    event.steps.contains(&data::steps()[index].slug)
}

/// The radius of an event's dot: larger for the current step's.
pub fn dot_radius(current: bool) -> &'static str {
    if current {
        "7"
    } else {
        "4.5"
    }
}

fn scale(index: usize) -> String {
    let mut out = String::from(
        "<svg class=\"timeline-scale\" viewBox=\"0 -16 1000 44\" aria-hidden=\"true\" focusable=\"false\"><line class=\"axis\" x1=\"0\" x2=\"1000\" y1=\"10\" y2=\"10\"></line>",
    );
    for year in TICKS {
        let x = decimal(x_of(f32::from(year)), 1);
        let _ = write!(out, "<line class=\"tick\" x1=\"{x}\" x2=\"{x}\" y1=\"4\" y2=\"16\"></line><text class=\"tick-label\" x=\"{x}\" y=\"-4\" text-anchor=\"middle\">{year}</text>");
    }
    for e in data::timeline() {
        let current = is_current(e, index);
        let _ = write!(
            out,
            "<circle class=\"event-dot{}\" cx=\"{}\" cy=\"10\" r=\"{}\"></circle>",
            if current { " current" } else { "" },
            decimal(x_of(e.position), 1),
            dot_radius(current)
        );
    }
    out.push_str("</svg>");
    out
}

fn events(index: usize, target: Target) -> String {
    let mut out = String::from("<ol class=\"timeline-events\">");
    for e in data::timeline() {
        let current = is_current(e, index);
        let body = format!(
            "<time datetime=\"{}\">{}</time><span class=\"event-label\">{}</span>",
            esc(e.date),
            esc(e.date_label),
            esc(e.label)
        );
        let _ = write!(
            out,
            "<li class=\"timeline-event{}\">",
            if current { " current" } else { "" }
        );
        let to = e
            .steps
            .first()
            .and_then(|slug| data::steps().iter().position(|s| s.slug == *slug));
        match to {
            Some(i) => {
                let aria = if current {
                    " aria-current=\"step\""
                } else {
                    ""
                };
                let href = esc(&target.step_href(i));
                let _ = write!(out, "<a href=\"{href}\"{aria}>{body}</a>");
            }
            None => {
                let _ = write!(out, "<span>{body}</span>");
            }
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    out
}

/// What goes inside `<section class="timeline">`: a one-line scale, and
/// the events as cards behind a disclosure, opened on demand.
pub fn timeline_inner(index: usize, target: Target) -> String {
    format!(
        "<h2 id=\"timeline-heading\" class=\"timeline-heading\">Timeline, 1998 to today</h2>{}<details class=\"timeline-cards\"><summary>Timeline events</summary>{}</details>",
        scale(index),
        events(index, target)
    )
}
