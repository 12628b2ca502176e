//! Direct labels for the states a step names: where each label goes on the
//! stage map so that none covers another or another's state, with a short
//! leader line when it has to stand off. A greedy placer: each label takes
//! the first free spot of a fixed list around its state's centre.
//!
//! Placement happens in the zoomed map's own units (`Frame::project`), at a
//! font size that is constant on screen, and is then mapped back to the
//! unzoomed view box, where the labels are drawn inside the zoomed group.

use super::focus::{clamp, Frame};

/// A label to place: the state's centre (view-box units) and its text.
#[derive(Clone, Copy, Debug)]
pub struct LabelSpec<'a> {
    pub anchor: (f32, f32),
    pub text: &'a str,
}

/// A box in view-box units: left, top, width, height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    fn contains(&self, p: (f32, f32)) -> bool {
        p.0 >= self.x && p.0 <= self.x + self.w && p.1 >= self.y && p.1 <= self.y + self.h
    }

    fn grown(&self, by: f32) -> Rect {
        Rect {
            x: self.x - by,
            y: self.y - by,
            w: self.w + 2.0 * by,
            h: self.h + 2.0 * by,
        }
    }

    /// The point of the box nearest to `p`.
    fn nearest(&self, p: (f32, f32)) -> (f32, f32) {
        (
            clamp(p.0, self.x, self.x + self.w),
            clamp(p.1, self.y, self.y + self.h),
        )
    }
}

/// A placed label, in view-box units of the unzoomed map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedLabel {
    /// The box the text takes; the text starts at its left edge.
    pub rect: Rect,
    /// The text's font size (its baseline is near the box's bottom).
    pub font: f32,
    /// A line from the state's centre to the box, when it stands off.
    pub leader: Option<((f32, f32), (f32, f32))>,
}

impl PlacedLabel {
    /// Where the text's baseline starts.
    pub fn baseline(&self) -> (f32, f32) {
        (self.rect.x, self.rect.y + self.font * 0.95)
    }
}

/// Average advance of a character in the labels' bold, as a share of the
/// font size, with some room to spare: Latin (and Arabic, whose letters
/// join narrower, about 0.45) about 0.58; Cyrillic about 0.7 (measured 0.6
/// to 0.66 in the regular weight); Chinese characters a full em.
fn char_width(c: char) -> f32 {
    match c {
        '\u{0400}'..='\u{04FF}' => 0.7,
        '\u{2E80}'.. => 1.0,
        _ => 0.58,
    }
}

/// The text's box, at `font`, with its top-left corner at the origin.
fn text_size(text: &str, font: f32) -> (f32, f32) {
    (text.chars().map(char_width).sum::<f32>() * font, font * 1.2)
}

/// Candidate top-left corners for a box of size `(w, h)` around point `s`,
/// nearest first; the flag says whether the spot needs a leader line.
fn candidates(s: (f32, f32), (w, h): (f32, f32), font: f32) -> Vec<((f32, f32), bool)> {
    let gap = font * 0.45;
    let mut out = vec![
        ((s.0 + gap, s.1 - h / 2.0), false),
        ((s.0 - gap - w, s.1 - h / 2.0), false),
        ((s.0 - w / 2.0, s.1 - gap - h), false),
        ((s.0 - w / 2.0, s.1 + gap), false),
    ];
    for distance in [font * 1.8, font * 3.2, font * 4.8] {
        let d = distance;
        let k = d * 0.7;
        out.extend([
            ((s.0 + k, s.1 - k - h), true),
            ((s.0 + k, s.1 + k), true),
            ((s.0 - k - w, s.1 - k - h), true),
            ((s.0 - k - w, s.1 + k), true),
            ((s.0 + d, s.1 - h / 2.0), true),
            ((s.0 - d - w, s.1 - h / 2.0), true),
            ((s.0 - w / 2.0, s.1 - d - h), true),
            ((s.0 - w / 2.0, s.1 + d), true),
        ]);
    }
    out
}

/// Places one label per spec, in order, on a map of size `view` zoomed by
/// `frame`, with text `font` view-box units high on screen.
pub fn place_labels(
    specs: &[LabelSpec],
    frame: Frame,
    view: (f32, f32),
    font: f32,
) -> Vec<PlacedLabel> {
    // A state whose centre lies outside the zoomed map is labelled at the
    // map's edge nearest to it.
    let edge = font * 0.6;
    let screen: Vec<(f32, f32)> = specs
        .iter()
        .map(|s| {
            let (x, y) = frame.project(s.anchor);
            (clamp(x, edge, view.0 - edge), clamp(y, edge, view.1 - edge))
        })
        .collect();
    let margin = font * 0.2;
    let bounds = Rect {
        x: margin,
        y: margin,
        w: view.0 - 2.0 * margin,
        h: view.1 - 2.0 * margin,
    };
    let inside = |r: &Rect| {
        r.x >= bounds.x
            && r.y >= bounds.y
            && r.x + r.w <= bounds.x + bounds.w
            && r.y + r.h <= bounds.y + bounds.h
    };
    // The map's top right corner is kept for the phone's enlarge toggle
    // (style/main.css), about two and a half label heights square.
    let corner = font * 2.5;
    // The bottom left corner, open sea on the world map, holds the wide
    // screen's zoom buttons (widgets/stage/map.rs), about eleven label
    // heights wide.
    let zoom_buttons = Rect {
        x: 0.0,
        y: view.1 - font * 1.8,
        w: font * 11.0,
        h: font * 1.8,
    };
    let mut taken: Vec<Rect> = vec![
        Rect {
            x: view.0 - corner,
            y: 0.0,
            w: corner,
            h: corner,
        },
        zoom_buttons,
    ];
    let mut placed = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        let s = screen[i];
        let size = text_size(spec.text, font);
        let boxes: Vec<(Rect, bool)> = candidates(s, size, font)
            .into_iter()
            .map(|((x, y), leader)| {
                (
                    Rect {
                        x,
                        y,
                        w: size.0,
                        h: size.1,
                    },
                    leader,
                )
            })
            .collect();
        let free = |r: &Rect| {
            inside(r)
                && taken.iter().all(|t| !t.grown(font * 0.15).overlaps(r))
                && screen
                    .iter()
                    .enumerate()
                    .all(|(j, p)| j == i || !r.grown(font * 0.3).contains(*p))
        };
        // The first free spot; failing that, the nearest one kept inside
        // the map (a label may then touch another, but never leaves).
        let (rect, leader) = boxes
            .iter()
            .copied()
            .find(|(r, _)| free(r))
            .unwrap_or_else(|| {
                let (r, leader) = boxes[0];
                let x = clamp(r.x, bounds.x, (bounds.x + bounds.w - r.w).max(bounds.x));
                let y = clamp(r.y, bounds.y, (bounds.y + bounds.h - r.h).max(bounds.y));
                (Rect { x, y, ..r }, leader)
            });
        taken.push(rect);
        let top_left = frame.unproject((rect.x, rect.y));
        let map_rect = Rect {
            x: top_left.0,
            y: top_left.1,
            w: rect.w / frame.scale,
            h: rect.h / frame.scale,
        };
        placed.push(PlacedLabel {
            rect: map_rect,
            font: font / frame.scale,
            leader: leader.then(|| {
                let from = frame.unproject(s);
                (from, map_rect.nearest(from))
            }),
        });
    }
    placed
}
