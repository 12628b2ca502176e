//! Where the flow figure's parts go, in the units of its viewBox: two
//! columns of stacked blocks, the bands between them, and every label as a
//! rectangle (labels.rs), so tests can show that no two labels overlap.

use super::flow::Flow;
use super::labels::stack;
use super::labels::{bold_width, text_width, wrap};
pub use super::labels::{Align, Label, Rect, FONT_SIZE, LINE_HEIGHT, MIN_WIDTH_PX};
use crate::model::{Choice, Vote};

/// The viewBox's width (the figure is drawn at the page's width): with
/// `FONT_SIZE`, labels of 12 px or more at `MIN_WIDTH_PX`.
pub const VIEW_WIDTH: f32 = 320.0;
/// The height of one member state in a block or a band.
pub const UNIT: f32 = 1.5;
const BLOCK_WIDTH: f32 = 14.0;
/// Between a block and its label: room for a leader line.
const PAD: f32 = 8.0;
/// The widest a block's label may wrap to.
const LABEL_MAX: f32 = 92.0;
const BLOCK_GAP: f32 = 6.0;
const LABEL_GAP: f32 = 5.0;
const HEAD_GAP: f32 = 10.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Block {
    pub choice: Choice,
    pub count: u16,
    pub rect: Rect,
}

/// A band from the left block `from` (top at `y0`) to the right block `to`
/// (top at `y1`), `thickness` = count × `UNIT` at both ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub from: Choice,
    pub to: Choice,
    pub count: u16,
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
    pub thickness: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FlowLayout {
    pub width: f32,
    pub height: f32,
    pub left: [Block; 4],
    pub right: [Block; 4],
    pub bands: Vec<Band>,
    /// The two headings, then the left blocks' labels, then the right's.
    pub labels: Vec<Label>,
}

/// The words over a column: a vote's symbol and date; a signature record's
/// date label ("Signatures as of …"), its symbol being another text's.
fn heading_words(v: &Vote) -> Vec<String> {
    if v.is_signatures() {
        let mut chars = v.date_label.chars();
        let first = chars.next().map(|c| c.to_uppercase().to_string());
        vec![format!("{}{}", first.unwrap_or_default(), chars.as_str())]
    } else {
        vec![v.symbol.to_string(), v.date_label.to_string()]
    }
}

fn heading(v: &Vote, align: Align) -> Label {
    let max = VIEW_WIDTH / 2.0 - PAD;
    let lines: Vec<String> = heading_words(v).iter().flat_map(|w| wrap(w, max)).collect();
    let width = lines.iter().map(|l| text_width(l)).fold(0.0, f32::max);
    let x = match align {
        Align::Start => 0.0,
        Align::End => VIEW_WIDTH - width,
    };
    let height = lines.len() as f32 * LINE_HEIGHT;
    Label {
        rect: Rect {
            x,
            y: 0.0,
            width,
            height,
        },
        lines,
        count: None,
        align,
        leader: None,
    }
}

/// A block's label, sized but not yet placed.
fn block_label(v: &Vote, c: Choice, count: u16, align: Align) -> Label {
    let lines = wrap(&format!("{} {}", v.glyph(c), v.label(c)), LABEL_MAX);
    let width = lines
        .iter()
        .map(|l| text_width(l))
        .fold(bold_width(&count.to_string()), f32::max);
    let height = (lines.len() + 1) as f32 * LINE_HEIGHT;
    Label {
        rect: Rect {
            x: 0.0,
            y: 0.0,
            width,
            height,
        },
        lines,
        count: Some(count),
        align,
        leader: None,
    }
}

/// Places a column's block labels beside its blocks, with a leader line
/// where a label could not stay level with its block.
fn place(labels: &mut [Label], blocks: &[Block; 4], edge: f32, top: f32, bottom: f32) {
    let centres: Vec<f32> = blocks
        .iter()
        .map(|b| b.rect.y + b.rect.height / 2.0)
        .collect();
    let heights: Vec<f32> = labels.iter().map(|l| l.rect.height).collect();
    let tops = stack(&centres, &heights, LABEL_GAP, top, bottom);
    for ((label, y), centre) in labels.iter_mut().zip(tops).zip(centres) {
        label.rect.y = y;
        let (from, to) = match label.align {
            Align::End => (edge, edge - PAD + 2.0),
            Align::Start => (edge, edge + PAD - 2.0),
        };
        label.rect.x = match label.align {
            Align::End => edge - PAD - label.rect.width,
            Align::Start => edge + PAD,
        };
        if centre < y || centre > label.rect.bottom() {
            let near = centre.clamp(
                y + LINE_HEIGHT / 2.0,
                label.rect.bottom() - LINE_HEIGHT / 2.0,
            );
            label.leader = Some([from, centre, to, near]);
        }
    }
}

/// Stacks a column's blocks from `top`, `BLOCK_GAP` apart.
fn blocks(totals: [u16; 4], x: f32, top: f32) -> [Block; 4] {
    let mut y = top;
    Choice::ALL.map(|choice| {
        let count = totals[choice as usize];
        let rect = Rect {
            x,
            y,
            width: BLOCK_WIDTH,
            height: f32::from(count) * UNIT,
        };
        y += rect.height + BLOCK_GAP;
        Block {
            choice,
            count,
            rect,
        }
    })
}

/// The whole figure's geometry for `flow`.
pub fn layout(flow: &Flow) -> FlowLayout {
    let (lt, rt) = (flow.left_totals(), flow.right_totals());
    let heads = [
        heading(flow.left, Align::Start),
        heading(flow.right, Align::End),
    ];
    let mut left_labels: Vec<Label> = Choice::ALL
        .iter()
        .map(|&c| block_label(flow.left, c, lt[c as usize], Align::End))
        .collect();
    let mut right_labels: Vec<Label> = Choice::ALL
        .iter()
        .map(|&c| block_label(flow.right, c, rt[c as usize], Align::Start))
        .collect();
    let widest = |ls: &[Label]| ls.iter().map(|l| l.rect.width).fold(0.0, f32::max);
    let left_x = widest(&left_labels) + PAD;
    let right_x = VIEW_WIDTH - widest(&right_labels) - PAD - BLOCK_WIDTH;

    let top = heads.iter().map(|h| h.rect.height).fold(0.0, f32::max) + HEAD_GAP;
    let plot = f32::from(flow.total()) * UNIT + 3.0 * BLOCK_GAP;
    let needed =
        |ls: &[Label]| ls.iter().map(|l| l.rect.height + LABEL_GAP).sum::<f32>() - LABEL_GAP;
    // A line to spare below the blocks, so the last label need not climb
    // away from a short last block.
    let column = plot.max(needed(&left_labels)).max(needed(&right_labels)) + LINE_HEIGHT;
    // Blocks sit in the middle of the column when their labels need more room.
    let block_top = top + (column - LINE_HEIGHT - plot) / 2.0;
    let left = blocks(lt, left_x, block_top);
    let right = blocks(rt, right_x, block_top);
    place(&mut left_labels, &left, left_x, top, top + column);
    place(
        &mut right_labels,
        &right,
        right_x + BLOCK_WIDTH,
        top,
        top + column,
    );

    // Bands leave each left block in the order of the right column, and
    // reach each right block in the order of the left.
    let mut out_y = left.map(|b| b.rect.y);
    let mut in_y = right.map(|b| b.rect.y);
    let bands = flow
        .streams()
        .into_iter()
        .map(|s| {
            let thickness = f32::from(s.count) * UNIT;
            let (y0, y1) = (out_y[s.from as usize], in_y[s.to as usize]);
            out_y[s.from as usize] += thickness;
            in_y[s.to as usize] += thickness;
            Band {
                from: s.from,
                to: s.to,
                count: s.count,
                x0: left_x + BLOCK_WIDTH,
                y0,
                x1: right_x,
                y1,
                thickness,
            }
        })
        .collect();

    let mut labels: Vec<Label> = heads.into_iter().collect();
    labels.extend(left_labels);
    labels.extend(right_labels);
    FlowLayout {
        width: VIEW_WIDTH,
        height: top + column + 2.0,
        left,
        right,
        bands,
        labels,
    }
}
