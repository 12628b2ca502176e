//! The small card that follows hover, keyboard focus and taps on the map
//! and the grid: name, vote, regional group and sponsorship, written here
//! and placed beside its state (`place_tooltip`) in its figure's `SLOT`.

use super::names::Class;
use super::Html;
use crate::browser::dom::find;
use crate::data;
use crate::model::decimal::decimal;
use crate::model::map_shapes::nudge_into;
use crate::model::Vote;
use crate::{format_html, named, write_html};
use wasm_bindgen::JsCast;

/// The element of a map or grid figure that holds the tooltip.
pub const SLOT: Class = named!("." "tooltip-slot");

/// What the tooltip describes.
#[derive(Clone, Copy, PartialEq)]
pub enum Place {
    Member(usize),
    Other {
        name: &'static str,
        note: &'static str,
    },
}

/// The tooltip's text, one line per fact.
fn tooltip_lines(target: Place, vote: &Vote) -> Vec<String> {
    match target {
        Place::Member(i) => {
            let m = &data::members()[i];
            let c = vote.choice(i);
            let caveat = match data::signature(i).and_then(|s| s.caveat()) {
                Some(caveat) if vote.is_signatures() => format!(" ({caveat})"),
                _ => String::new(),
            };
            let mut lines = vec![
                m.name.to_string(),
                format!("{} {}{caveat}", vote.glyph(c), vote.label(c)),
                m.group.label().to_string(),
            ];
            if !m.sponsorship_label().is_empty() {
                lines.push(m.sponsorship_label().to_string());
            }
            lines
        }
        Place::Other { name, note } => vec![name.to_string(), note.to_string()],
    }
}

/// The tooltip: the name in bold, the vote in its colour, then the rest.
/// `flip` puts it left of its point, `below` under it.
pub fn tooltip_html(target: Place, vote: &Vote, flip: bool, below: bool) -> Html {
    let lines = tooltip_lines(target, vote);
    let class = match (flip, below) {
        (true, true) => "state-tooltip flip below",
        (true, false) => "state-tooltip flip",
        (false, true) => "state-tooltip below",
        (false, false) => "state-tooltip",
    };
    let mut out = format_html!("<div class=\"{class}\" aria-hidden=\"true\">", class);
    match target {
        Place::Member(i) => write_html!(
            out,
            "<strong>{name}</strong><span class=\"tooltip-vote vote-{slug}\">{vote}</span>",
            name = lines[0],
            slug = vote.choice(i).slug(),
            vote = lines[1]
        ),
        Place::Other { .. } => write_html!(
            out,
            "<strong>{name}</strong><span class=\"tooltip-note\">{note}</span>",
            name = lines[0],
            note = lines[1]
        ),
    }
    for line in &lines[2..] {
        write_html!(out, "<span>{line}</span>", line);
    }
    write_html!(out, "</div>");
    out
}

/// Shows the tooltip for `target` at its position (percent of `frame`), or
/// removes it. It lives in the frame's `.tooltip-slot`; its position is set
/// through the style object, which the page's CSP allows (a style attribute
/// written as text would be refused).
pub fn place_tooltip(frame: &web_sys::Element, target: Option<(Place, (f32, f32))>, vote: &Vote) {
    let Some(slot) = find(frame, SLOT.selector) else {
        return;
    };
    let Some((t, (x, y))) = target else {
        slot.set_inner_html("");
        return;
    };
    slot.set_inner_html(tooltip_html(t, vote, x > 60.0, y < 25.0).as_str());
    if let Some(tip) = slot.first_element_child() {
        let tip = tip.unchecked_into::<web_sys::HtmlElement>();
        let style = tip.style();
        let _ = style.set_property("left", &format!("{}%", decimal(x, 2)));
        let _ = style.set_property("top", &format!("{}%", decimal(y, 2)));
        keep_across_the_screen(&tip);
    }
}

/// Moves the tooltip sideways, if it must, so no edge of the screen cuts
/// it (a state or tile near the edge, on a phone). `translate` adds to the
/// transform its class sets.
fn keep_across_the_screen(tip: &web_sys::HtmlElement) {
    let Some(width) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map(|root| f64::from(root.client_width()))
    else {
        return;
    };
    let r = tip.get_bounding_client_rect();
    let dx = nudge_into(r.left(), r.right(), width, 4.0);
    if dx != 0.0 {
        let _ = tip
            .style()
            // As a whole number: formatting a float would pull float
            // printing into the wasm.
            .set_property("translate", &format!("{}px 0", dx.round() as i32));
    }
}
