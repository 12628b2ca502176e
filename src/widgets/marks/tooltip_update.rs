//! Places the tooltip (tooltip.rs) beside its state in the browser.

use super::tooltip::{tooltip_html, Place, SLOT};
use crate::browser::dom::find;
use crate::model::decimal::decimal;
use crate::model::map_shapes::nudge_into;
use crate::model::Vote;
use wasm_bindgen::JsCast;

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
