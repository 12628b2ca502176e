//! The small card that follows hover, keyboard focus and taps on the map
//! and the grid: name, vote, regional group and sponsorship.

use crate::browser::dom::find;
use crate::data;
use crate::markup::esc;
use crate::model::decimal::decimal;
use crate::model::map_shapes::nudge_into;
use crate::model::Vote;
use std::fmt::Write;
use wasm_bindgen::JsCast;

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

/// The tooltip's inside: the name in bold, the vote in its colour, then the rest.
fn tooltip_html(target: Place, vote: &Vote) -> String {
    let lines = tooltip_lines(target, vote);
    let vote_class = match target {
        Place::Member(i) => format!("tooltip-vote vote-{}", vote.choice(i).slug()),
        Place::Other { .. } => "tooltip-note".to_string(),
    };
    let mut out = format!(
        "<strong>{}</strong><span class=\"{vote_class}\">{}</span>",
        esc(&lines[0]),
        esc(&lines[1])
    );
    for line in &lines[2..] {
        let _ = write!(out, "<span>{}</span>", esc(line));
    }
    out
}

/// Shows the tooltip for `target` at its position (percent of `frame`), or
/// removes it. It lives in the frame's `.tooltip-slot`; its position is set
/// through the style object, which the page's CSP allows (a style attribute
/// written as text would be refused).
pub fn place_tooltip(frame: &web_sys::Element, target: Option<(Place, (f32, f32))>, vote: &Vote) {
    let Some(slot) = find(frame, ".tooltip-slot") else {
        return;
    };
    let Some((t, (x, y))) = target else {
        slot.set_inner_html("");
        return;
    };
    let class = match (x > 60.0, y < 25.0) {
        (true, true) => "state-tooltip flip below",
        (true, false) => "state-tooltip flip",
        (false, true) => "state-tooltip below",
        (false, false) => "state-tooltip",
    };
    slot.set_inner_html(&format!(
        "<div class=\"{class}\" aria-hidden=\"true\">{}</div>",
        tooltip_html(t, vote)
    ));
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
