//! The flow figure: every member state's position on one record (the 2019
//! Third Committee vote) joined to its position or status on another (the
//! Convention's signatures) by bands as thick as the count, each block
//! labelled in words, glyph and number beside it, and the whole told again
//! in a caption and a table. Drawn in SVG attributes, never inline styles
//! (the page's CSP forbids them); colours come from the page's own
//! `fill-yes`… classes, so the bands match the map and the tally bar.

use super::table::cross_table;
use super::{FIGURE, FIGURE_TABLE};
use crate::html::names::{Attr, Class};
use crate::html::Html;
use crate::model::decimal::decimal;
use crate::model::figures::flow::Flow;
use crate::model::figures::flow_layout::{layout, Align, Band, Label, FONT_SIZE};
use crate::model::{Choice, Vote};
use crate::{format_html, named, write_html};

/// The `FIGURE` value of this figure.
pub const FLOW: &str = "flow";
pub const FLOW_FIGURE: Class = named!("." "flow-figure");
pub const SVG: Class = named!("." "flow-svg");
pub const BLOCK: Class = named!("." "flow-block");
/// A band, coloured as its left block, lighter (style/figures.css).
pub const BAND: Class = named!("." "flow-band");
pub const LABEL: Class = named!("." "flow-label");
pub const HEADING: Class = named!("." "flow-heading");
pub const COUNT: Class = named!("." "flow-count");
pub const LEADER: Class = named!("." "flow-leader");
/// A block's or a band's position on the left record (a slug).
pub const FROM: Attr = named!("[" "data-from" "]");
/// A block's or a band's position on the right record (a slug).
pub const TO: Attr = named!("[" "data-to" "]");
/// How many member states a band or a block stands for.
pub const COUNT_ATTR: Attr = named!("[" "data-count" "]");

fn num(v: f32) -> String {
    decimal(v, 2)
}

/// "how they voted on A/C.3/74/L.11/Rev.1 in the General Assembly Third
/// Committee, 18 November 2019", or, for a signature record, its title and
/// the date its list is true as of.
fn described(v: &Vote) -> String {
    if v.is_signatures() {
        format!(
            ui_plain!(figures_flow described_signatures),
            title = v.title,
            date = v.date_label
        )
    } else {
        format!(
            ui_plain!(figures_flow described_vote),
            symbol = v.symbol,
            body = v.body.label(),
            date = v.date_label
        )
    }
}

fn caption(flow: &Flow) -> Html {
    let (a, b) = (flow.left, flow.right);
    let (total, left, right) = (flow.total(), described(a), described(b));
    let mut out = if b.is_signatures() {
        format_html!(ui!(figures_flow caption_status), total, left, right)
    } else {
        format_html!(ui!(figures_flow caption_position), total, left, right)
    };
    let dated: Vec<String> = Choice::ALL
        .into_iter()
        .filter(|&c| !b.as_of_words(c).is_empty())
        .map(|c| b.dated_label(c))
        .collect();
    if !dated.is_empty() {
        write_html!(
            out,
            concat!(" ", ui!(figures_flow caption_dates)),
            dated = dated.join("; ")
        );
    }
    out
}

fn table_caption(flow: &Flow) -> Html {
    let (a, b) = (flow.left, flow.right);
    if b.is_signatures() {
        format_html!(
            ui!(figures_flow table_caption_signatures),
            symbol = a.symbol,
            date = a.date_label,
            status_date = b.date_label
        )
    } else {
        format_html!(
            ui!(figures_flow table_caption_votes),
            symbol = a.symbol,
            date = a.date_label,
            other_symbol = b.symbol,
            other_date = b.date_label
        )
    }
}

/// A band as a closed path: down its left end, across to the right by a
/// curve, and back. Its two ends are `thickness` tall (tests read them).
fn band(b: &Band, flow: &Flow) -> Html {
    let mid = (b.x0 + b.x1) / 2.0;
    let (top0, top1) = (b.y0, b.y1);
    let (bot0, bot1) = (b.y0 + b.thickness, b.y1 + b.thickness);
    let d = format!(
        "M{x0} {top0}C{mid} {top0} {mid} {top1} {x1} {top1}L{x1} {bot1}C{mid} {bot1} {mid} {bot0} {x0} {bot0}Z",
        x0 = num(b.x0),
        x1 = num(b.x1),
        mid = num(mid),
        top0 = num(top0),
        top1 = num(top1),
        bot0 = num(bot0),
        bot1 = num(bot1)
    );
    format_html!(
        "<path class=\"{band} fill-{slug}\" {from}=\"{f}\" {to}=\"{t}\" {count}=\"{n}\" d=\"{d}\"><title>{n}: {fl} → {tl}</title></path>",
        band = BAND,
        slug = b.from.slug(),
        from = FROM,
        to = TO,
        count = COUNT_ATTR,
        f = b.from.slug(),
        t = b.to.slug(),
        n = b.count,
        d,
        fl = flow.left.label(b.from),
        tl = flow.right.label(b.to)
    )
}

fn label(l: &Label) -> Html {
    let class = if l.count.is_some() { LABEL } else { HEADING };
    let anchor = match l.align {
        Align::Start => "start",
        Align::End => "end",
    };
    let mut out = Html::new();
    if let Some([x1, y1, x2, y2]) = l.leader {
        write_html!(
            out,
            "<line class=\"{leader}\" x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\"></line>",
            leader = LEADER,
            x1 = num(x1),
            y1 = num(y1),
            x2 = num(x2),
            y2 = num(y2)
        );
    }
    let x = num(l.text_x());
    write_html!(
        out,
        "<text class=\"{class}\" text-anchor=\"{anchor}\">",
        class,
        anchor
    );
    for (n, line) in l.lines.iter().enumerate() {
        write_html!(
            out,
            "<tspan x=\"{x}\" y=\"{y}\">{line}</tspan>",
            x,
            y = num(l.baseline(n)),
            line
        );
    }
    if let Some(count) = l.count {
        write_html!(
            out,
            "<tspan class=\"{class}\" x=\"{x}\" y=\"{y}\">{count}</tspan>",
            class = COUNT,
            x,
            y = num(l.baseline(l.lines.len())),
            count
        );
    }
    write_html!(out, "</text>");
    out
}

/// The drawing alone: hidden from screen readers, which read the caption
/// and the table instead.
pub fn flow_svg(flow: &Flow) -> Html {
    let lay = layout(flow);
    let mut out = format_html!(
        concat!(
            "<svg class=\"{svg}\" viewBox=\"0 0 {w} {h}\" font-size=\"{font}\" ",
            "aria-hidden=\"true\" focusable=\"false\">"
        ),
        svg = SVG,
        w = num(lay.width),
        h = num(lay.height),
        font = num(FONT_SIZE)
    );
    for b in &lay.bands {
        out.push(&band(b, flow));
    }
    for (side, blocks) in [(FROM, &lay.left), (TO, &lay.right)] {
        for b in blocks.iter().filter(|b| b.count > 0) {
            write_html!(
                out,
                "<rect class=\"{block} fill-{slug}\" {side}=\"{slug}\" {count}=\"{n}\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"></rect>",
                block = BLOCK,
                slug = b.choice.slug(),
                side,
                count = COUNT_ATTR,
                n = b.count,
                x = num(b.rect.x),
                y = num(b.rect.y),
                w = num(b.rect.width),
                h = num(b.rect.height)
            );
        }
    }
    out.extend(lay.labels.iter().map(label));
    write_html!(out, "</svg>");
    out
}

/// The whole figure for `left` (a vote) against `right` (another vote, or
/// the signature record): drawing, caption and table.
pub fn flow_html(left: &Vote, right: &Vote) -> Html {
    let flow = Flow::between(left, right);
    format_html!(
        "<figure class=\"{class}\" {figure}=\"{name}\">{svg}<figcaption>{caption}</figcaption>{table}</figure>",
        class = FLOW_FIGURE,
        figure = FIGURE,
        name = FLOW,
        svg = flow_svg(&flow),
        caption = caption(&flow),
        table = cross_table(left, right, &flow.counts, &table_caption(&flow), FIGURE_TABLE, None)
    )
}
