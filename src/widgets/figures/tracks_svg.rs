//! The "two tracks" figure's drawing (its words are in tracks.rs): the
//! two lanes, their titles, the year axis, each event's mark (a filled dot
//! for a report, a hollow one for none, a diamond for a vote) and its
//! numbered key, where tracks_layout.rs put them. SVG attributes and
//! classes only, never inline styles (the page's CSP forbids them).

use super::tracks::{
    class, picked, AXIS, KEY, KEY_NUMBER, KIND, LANE, LEADER, MARK_CLASS, STEM, SVG, TICK_CLASS,
    TITLE, TRACK, VOTE_ID, YEAR,
};
use crate::html::names::Class;
use crate::html::Html;
use crate::model::decimal::decimal;
use crate::model::figures::labels::Label;
use crate::model::figures::tracks::{Mark, Shape, TrackEvent, TracksLayout};
use crate::model::figures::tracks_layout::{FONT_SIZE, MARK, TICK};
use crate::{format_html, write_html};

fn num(v: f32) -> String {
    decimal(v, 2)
}

/// A label's lines; `middle` centres them on the box (keys, years).
fn text(l: &Label, class: &str, middle: bool, key: Option<usize>) -> Html {
    let (anchor, x) = match middle {
        true => ("middle", l.rect.centre().0),
        false => ("start", l.rect.x),
    };
    let mut out = format_html!(
        "<text class=\"{class}\" text-anchor=\"{anchor}\"",
        class,
        anchor
    );
    if let Some(key) = key {
        write_html!(out, " {attr}=\"{key}\"", attr = KEY_NUMBER, key);
    }
    write_html!(out, ">");
    for (n, line) in l.lines.iter().enumerate() {
        let (x, y) = (num(x), num(l.baseline(n)));
        write_html!(out, "<tspan x=\"{x}\" y=\"{y}\">{line}</tspan>", x, y, line);
    }
    write_html!(out, "</text>");
    out
}

fn line(class: Class, [x1, y1, x2, y2]: [f32; 4]) -> Html {
    format_html!(
        "<line class=\"{class}\" x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\"></line>",
        class,
        x1 = num(x1),
        y1 = num(y1),
        x2 = num(x2),
        y2 = num(y2)
    )
}

fn mark(m: &Mark, e: &TrackEvent, number: usize, em: bool) -> Html {
    let mut attrs = format_html!(
        "class=\"{class}\" {track}=\"{t}\" {kind}=\"{k}\" {key}=\"{number}\"",
        class = class(MARK_CLASS, em),
        track = TRACK,
        t = e.track.slug(),
        kind = KIND,
        k = e.kind.slug(),
        key = KEY_NUMBER,
        number
    );
    if let Some(id) = e.vote {
        write_html!(attrs, " {vote}=\"{id}\"", vote = VOTE_ID, id);
    }
    let title = format!("{}: {}", e.date_label, e.label);
    let (x, y, h) = (m.x, m.y, MARK / 2.0 - 0.5);
    match e.kind.shape() {
        Shape::Dot | Shape::Ring => format_html!(
            "<circle {attrs} cx=\"{cx}\" cy=\"{cy}\" r=\"{r}\"><title>{title}</title></circle>",
            attrs,
            cx = num(x),
            cy = num(y),
            r = num(h - 0.5),
            title
        ),
        Shape::Diamond => format_html!(
            "<path {attrs} d=\"M{x} {top}L{right} {y}L{x} {bottom}L{left} {y}Z\"><title>{title}</title></path>",
            attrs,
            x = num(x),
            y = num(y),
            top = num(y - h),
            bottom = num(y + h),
            left = num(x - h),
            right = num(x + h),
            title
        ),
    }
}

/// The drawing alone: hidden from screen readers, which read the caption
/// and the table instead.
pub fn tracks_svg(lay: &TracksLayout, events: &[TrackEvent], highlight: Option<&str>) -> Html {
    let mut out = format_html!(
        "<svg class=\"{svg}\" viewBox=\"0 0 {w} {h}\" font-size=\"{font}\" aria-hidden=\"true\" focusable=\"false\">",
        svg = SVG,
        w = num(lay.width),
        h = num(lay.height),
        font = num(FONT_SIZE)
    );
    for lane in &lay.lanes {
        write_html!(
            out,
            "<line class=\"{lane}\" {track}=\"{t}\" x1=\"{from}\" y1=\"{y}\" x2=\"{x1}\" y2=\"{y}\"></line>",
            lane = LANE,
            track = TRACK,
            t = lane.track.slug(),
            from = num(lane.from),
            x1 = num(lay.x1),
            y = num(lane.y)
        );
        out.push(&text(&lane.title, TITLE.name, false, None));
        for t in lay
            .ticks
            .iter()
            .filter(|t| t.label.is_some() && t.x >= lane.from)
        {
            out.push(&line(
                TICK_CLASS,
                [t.x, lane.y - TICK / 2.0, t.x, lane.y + TICK / 2.0],
            ));
        }
    }
    out.extend(
        lay.marks
            .iter()
            .filter_map(|m| m.stem)
            .map(|s| line(STEM, s)),
    );
    out.extend(
        lay.keys
            .iter()
            .filter_map(|k| k.label.leader)
            .map(|l| line(LEADER, l)),
    );
    for m in &lay.marks {
        let e = &events[m.event];
        let number = lay.order.iter().position(|&i| i == m.event).unwrap_or(0) + 1;
        out.push(&mark(m, e, number, picked(e, highlight)));
    }
    for k in &lay.keys {
        let em = picked(&events[k.event], highlight);
        out.push(&text(&k.label, &class(KEY, em), true, Some(k.number)));
    }
    out.push(&line(AXIS, [lay.x0, lay.axis_y, lay.x1, lay.axis_y]));
    for t in &lay.ticks {
        out.push(&line(TICK_CLASS, [t.x, lay.axis_y, t.x, lay.axis_y + TICK]));
        if let Some(l) = &t.label {
            out.push(&text(l, YEAR.name, true, None));
        }
    }
    write_html!(out, "</svg>");
    out
}
