//! The compact timeline, 1998 to today: a scale showing where the story's
//! events fall, and a row of events linking to the steps that cover them.
//! The app moves the "current" marks in place (widgets/timeline/view.rs), so the
//! row keeps its scroll position.

use crate::data;
use crate::html::names::{Class, Wrapper};
use crate::html::{Html, Target};
use crate::model::decimal::decimal;
use crate::model::story::TimelineEvent;
use crate::model::timeline_scale::{x_of, TICKS};
use crate::widgets::contents::write::current_step;
use crate::{format_html, named, write_html};

/// The `<section>` around `timeline_inner`.
pub const WRAPPER: Wrapper = Wrapper {
    tag: "section",
    class: "timeline",
    labelled_by: "timeline-heading",
};

/// The events' dots on the scale, the list of events and each event; the
/// current step's carry `CURRENT` too.
pub const DOT: Class = named!("." "event-dot");
pub const EVENTS: Class = named!("." "timeline-events");
pub const EVENT: Class = named!("." "timeline-event");
/// An event's link to its step, inside `EVENT`.
pub const EVENT_LINK: &str = "a";
pub const CURRENT: Class = named!("." "current");

/// The events as cards, behind a disclosure.
pub const CARDS: Class = named!("." "timeline-cards");

/// A dot's class attribute.
pub fn dot_class(current: bool) -> &'static str {
    if current {
        "event-dot current"
    } else {
        "event-dot"
    }
}

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

fn scale(index: usize) -> Html {
    let mut out = format_html!(
        "<svg class=\"timeline-scale\" viewBox=\"0 -16 1000 44\" aria-hidden=\"true\" focusable=\"false\"><line class=\"axis\" x1=\"0\" x2=\"1000\" y1=\"10\" y2=\"10\"></line>"
    );
    for year in TICKS {
        let x = decimal(x_of(f32::from(year)), 1);
        write_html!(out, "<line class=\"tick\" x1=\"{x}\" x2=\"{x}\" y1=\"4\" y2=\"16\"></line><text class=\"tick-label\" x=\"{x}\" y=\"-4\" text-anchor=\"middle\">{year}</text>", x, year);
    }
    for e in data::timeline() {
        let current = is_current(e, index);
        write_html!(
            out,
            "<circle class=\"{class}\" cx=\"{cx}\" cy=\"10\" r=\"{r}\"></circle>",
            class = dot_class(current),
            cx = decimal(x_of(e.position), 1),
            r = dot_radius(current)
        );
    }
    write_html!(out, "</svg>");
    out
}

fn events(index: usize, target: Target) -> Html {
    let mut out = format_html!("<ol class=\"{events}\">", events = EVENTS);
    for (i, e) in data::timeline().iter().enumerate() {
        let current = is_current(e, index);
        let (date_label, label) = data::timeline_words(i);
        let body = format_html!(
            "<time datetime=\"{date}\">{date_label}</time><span class=\"event-label\">{label}</span>",
            date = e.date,
            date_label,
            label
        );
        write_html!(
            out,
            "<li class=\"{event}{current}\">",
            event = EVENT,
            current = if current { " current" } else { "" }
        );
        let to = e
            .steps
            .first()
            .and_then(|slug| data::steps().iter().position(|s| s.slug == *slug));
        match to {
            Some(i) => write_html!(
                out,
                "<a href=\"{href}\"{aria}>{body}</a>",
                href = target.step_href(i),
                aria = current_step(current),
                body
            ),
            None => write_html!(out, "<span>{body}</span>", body),
        }
        write_html!(out, "</li>");
    }
    write_html!(out, "</ol>");
    out
}

/// What goes inside `<section class="timeline">`: a one-line scale, and
/// the events as cards behind a disclosure, opened on demand.
pub fn timeline_inner(index: usize, target: Target) -> Html {
    format_html!(
        concat!(
            "<h2 id=\"{heading}\" class=\"timeline-heading\">",
            ui!(timeline heading),
            "</h2>{scale}",
            "<details class=\"{cards}\"><summary>",
            ui!(timeline events),
            "</summary>{events}</details>",
        ),
        heading = WRAPPER.labelled_by,
        scale = scale(index),
        cards = CARDS,
        events = events(index, target)
    )
}
