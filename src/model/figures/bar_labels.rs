//! Where a stacked bar's parts and counts go, as plain geometry in the
//! bar's own units (an SVG `viewBox` `WIDTH` wide). A count is written on
//! its part when it fits there; otherwise on a line beside the bar (below
//! it), under its part as near as the other counts allow, with a leader
//! line up to the part. No two counts overlap and none leaves the bar's
//! width: the tests check the rectangles this returns.

pub use super::labels::Rect;
use super::labels::{self, bold_width};
use crate::model::{Choice, Tally};

/// The bar's width in its units; the parts share it by count.
pub const WIDTH: f32 = 360.0;
pub const BAR_HEIGHT: f32 = 24.0;
/// The counts' font size, in the same units.
pub const FONT: f32 = 12.0;
const LABEL_HEIGHT: f32 = 16.0;
/// Room on either side of a count's text.
const PAD: f32 = 3.0;
/// The least space between two counts beside the bar.
const GAP: f32 = 4.0;
/// The top of the line of counts beside the bar (room for the leaders).
const BESIDE_TOP: f32 = BAR_HEIGHT + 6.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// On its part of the bar.
    Inside,
    /// On the line below the bar, with a leader line up to its part.
    Beside,
}

impl Placement {
    pub fn slug(self) -> &'static str {
        match self {
            Placement::Inside => "inside",
            Placement::Beside => "beside",
        }
    }
}

/// One part of the bar: a position with at least one state.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub choice: Choice,
    pub x: f32,
    pub width: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub choice: Choice,
    pub text: String,
    pub rect: Rect,
    pub placement: Placement,
    /// The middle of its part, where a leader line starts.
    pub anchor_x: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarLayout {
    /// Non-empty positions only, left to right in `Choice::ALL` order.
    pub segments: Vec<Segment>,
    pub labels: Vec<Label>,
    /// The height the bar and its counts need.
    pub height: f32,
}

/// A generous guess at the width `text` takes at `FONT`, in bold (the
/// counts are), with its padding: the flow figure's measure, scaled.
pub fn text_width(text: &str) -> f32 {
    bold_width(text) * FONT / labels::FONT_SIZE + 2.0 * PAD
}

/// The parts of `tally`'s bar and its counts, each count's text written by
/// `label` ("✓ 36"). An empty position has neither part nor count.
pub fn bar_layout(tally: &Tally, label: impl Fn(Choice, u16) -> String) -> BarLayout {
    let total = f32::from(tally.total().max(1));
    let mut segments = Vec::new();
    let mut x = 0.0;
    for c in Choice::ALL {
        let n = tally.get(c);
        if n > 0 {
            let width = WIDTH * f32::from(n) / total;
            segments.push(Segment {
                choice: c,
                x,
                width,
            });
            x += width;
        }
    }
    let mut labels: Vec<Label> = segments
        .iter()
        .map(|s| {
            let text = label(s.choice, tally.get(s.choice));
            let width = text_width(&text);
            let anchor_x = s.x + s.width / 2.0;
            let (placement, y) = if width <= s.width {
                (Placement::Inside, (BAR_HEIGHT - LABEL_HEIGHT) / 2.0)
            } else {
                (Placement::Beside, BESIDE_TOP)
            };
            let rect = Rect {
                x: anchor_x - width / 2.0,
                y,
                width,
                height: LABEL_HEIGHT,
            };
            Label {
                choice: s.choice,
                text,
                rect,
                placement,
                anchor_x,
            }
        })
        .collect();
    spread_beside(&mut labels);
    let beside = labels.iter().any(|l| l.placement == Placement::Beside);
    let height = if beside {
        BESIDE_TOP + LABEL_HEIGHT
    } else {
        BAR_HEIGHT
    };
    BarLayout {
        segments,
        labels,
        height,
    }
}

/// Moves the counts beside the bar apart, keeping their left-to-right
/// order: each pushed right of the one before, then, if the last passes
/// the bar's end, all pulled back from the right. Four counts of a few
/// digits take far less than `WIDTH`, so both passes always fit.
fn spread_beside(labels: &mut [Label]) {
    let mut beside: Vec<&mut Label> = labels
        .iter_mut()
        .filter(|l| l.placement == Placement::Beside)
        .collect();
    let mut next_free = 0.0_f32;
    for l in beside.iter_mut() {
        l.rect.x = l.rect.x.max(next_free);
        next_free = l.rect.right() + GAP;
    }
    let mut limit = WIDTH;
    for l in beside.iter_mut().rev() {
        l.rect.x = l.rect.x.min(limit - l.rect.width);
        limit = l.rect.x - GAP;
    }
}
