//! Rewrites the tally bar (write.rs) for another vote in place.

use super::write::{segment, BAR, LEGEND};
use crate::browser::dom::find;
use crate::model::decimal::decimal;
use crate::model::{Choice, Vote};
use crate::widgets::legend::update::set_counts;

/// Moves the bar (and the counts beside it) inside `root` to `vote`.
pub fn set_tally_bar(root: &web_sys::Element, vote: &Vote) {
    let t = &vote.tally();
    let Some(bar) = find(root, BAR.selector) else {
        return;
    };
    for c in Choice::ALL {
        if let Some(rect) = find(&bar, segment(c).selector) {
            let _ = rect.set_attribute("x", &decimal(t.bar_start(c), 3));
            let _ = rect.set_attribute("width", &decimal(t.percent(c), 3));
        }
    }
    set_counts(root, LEGEND, vote);
}
