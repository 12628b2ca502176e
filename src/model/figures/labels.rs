//! Text labels inside an SVG figure, as boxes: their width estimated
//! generously (no fonts are at hand natively, nor in the static pages'
//! writer), their words wrapped to fit a column, and a column of them
//! stacked so that no two overlap.

/// The narrowest a figure is drawn: a 320 px phone, less the page's 1rem
/// margins on either side.
pub const MIN_WIDTH_PX: f32 = 288.0;
/// The labels' font size, in the units of the figure's viewBox.
pub const FONT_SIZE: f32 = 13.5;
pub const LINE_HEIGHT: f32 = 16.5;
/// From the top of a line's box to its baseline.
const ASCENT: f32 = 0.8 * FONT_SIZE;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Rect {
    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    pub fn centre(&self) -> (f32, f32) {
        (self.x + self.width / 2.0, self.y + self.height / 2.0)
    }

    /// Whether the two share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// Which edge of its box a label's text is anchored to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    End,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub rect: Rect,
    /// Lines of words; a block's label starts with its glyph.
    pub lines: Vec<String>,
    /// A block's count, on a line of its own after the words.
    pub count: Option<u16>,
    pub align: Align,
    /// From the block to its label (x1, y1, x2, y2), where the neighbours
    /// pushed the label off the block's middle.
    pub leader: Option<[f32; 4]>,
}

impl Label {
    /// The x of the text's anchor.
    pub fn text_x(&self) -> f32 {
        match self.align {
            Align::Start => self.rect.x,
            Align::End => self.rect.right(),
        }
    }

    /// The baseline of line `n` (the count's line follows the words).
    pub fn baseline(&self, n: usize) -> f32 {
        self.rect.y + n as f32 * LINE_HEIGHT + ASCENT
    }
}

/// A generous estimate of `text`'s width at `FONT_SIZE`, in regular
/// weight: each character as wide as DejaVu Sans draws it or wider (one
/// of the widest sans-serif fonts a system may fall back to), so boxes
/// that do not overlap leave drawn text that does not either.
pub fn text_width(text: &str) -> f32 {
    let ems: f32 = text
        .chars()
        .map(|c| match c {
            ' ' | 'i' | 'l' | 'j' | 'I' | '.' | ',' | ':' | ';' | '\'' => 0.32,
            'f' | 't' | 'r' | '/' | '(' | ')' | '-' => 0.42,
            'm' | 'w' | 'M' | 'W' => 1.0,
            'A'..='Z' => 0.78,
            c if c.is_ascii() => 0.64,
            // Glyphs (✓ ✕ ○ −) and letters beyond ASCII.
            _ => 1.0,
        })
        .sum();
    ems * FONT_SIZE
}

/// The same for bold text (the counts): bold faces run about a tenth wider.
pub fn bold_width(text: &str) -> f32 {
    text_width(text) * 1.15
}

/// The pieces a line may break between: words, except that a glyph keeps
/// the word after it ("✓ Yes") and a number the word before it ("July
/// 2026"), so no line starts with a year or ends with a lone glyph.
fn units(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let glued = out.last().is_some_and(|prev| {
            let glyph = prev.chars().count() == 1 && !prev.chars().all(char::is_alphanumeric);
            let number = word.starts_with(|c: char| c.is_ascii_digit())
                && prev.ends_with(|c: char| c.is_alphabetic());
            glyph || number
        });
        match out.last_mut() {
            Some(prev) if glued => {
                prev.push(' ');
                prev.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    out
}

/// `text` in lines no wider than `max`, breaking between `units`; a unit
/// wider than `max` keeps a line of its own.
pub fn wrap(text: &str, max: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for unit in units(text) {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {unit}")) <= max => {
                line.push(' ');
                line.push_str(&unit);
            }
            _ => lines.push(unit),
        }
    }
    lines
}

/// Tops for boxes of `heights` as near as may be to `centres`, in order,
/// `gap` apart, inside `top..bottom` (which has room for them all).
pub fn stack(centres: &[f32], heights: &[f32], gap: f32, top: f32, bottom: f32) -> Vec<f32> {
    let mut tops: Vec<f32> = Vec::with_capacity(centres.len());
    for (c, h) in centres.iter().zip(heights) {
        let floor = match tops.last() {
            Some(&t) => t + heights[tops.len() - 1] + gap,
            None => top,
        };
        tops.push((c - h / 2.0).max(floor));
    }
    // Pushed past the bottom: pull back up, as far as needed.
    let mut ceiling = bottom;
    for (t, h) in tops.iter_mut().zip(heights).rev() {
        *t = t.min(ceiling - h);
        ceiling = *t - gap;
    }
    tops
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_glyph_keeps_its_word_and_a_year_its_month() {
        let narrow = text_width("signature on");
        assert_eq!(
            wrap("○ No signature on record", narrow),
            ["○ No", "signature on", "record"]
        );
        assert_eq!(
            wrap(
                "Signatures as of July 2026",
                text_width("Signatures as of July")
            ),
            ["Signatures as of", "July 2026"]
        );
        // A piece wider than the column keeps a line of its own.
        assert_eq!(wrap("A/C.3/74/L.11/Rev.1", 10.0), ["A/C.3/74/L.11/Rev.1"]);
    }

    #[test]
    fn stacked_boxes_keep_apart_and_inside_their_column() {
        // Four boxes all wanting the same place, in a column with just room.
        let heights = [30.0, 20.0, 40.0, 10.0];
        let tops = stack(&[50.0; 4], &heights, 5.0, 0.0, 115.0);
        for i in 0..4 {
            assert!(tops[i] >= 0.0 && tops[i] + heights[i] <= 115.0, "{tops:?}");
            if i > 0 {
                assert!(tops[i] >= tops[i - 1] + heights[i - 1] + 5.0, "{tops:?}");
            }
        }
        // A box with room stays centred on its wish.
        assert_eq!(stack(&[60.0], &[20.0], 5.0, 0.0, 115.0), [50.0]);
    }

    #[test]
    fn boxes_that_only_touch_do_not_overlap() {
        let a = Rect {
            x: 0.0,
            y: 0.0,
            width: 10.0,
            height: 10.0,
        };
        let b = Rect {
            x: 10.0,
            y: 0.0,
            width: 10.0,
            height: 10.0,
        };
        let c = Rect {
            x: 9.0,
            y: 9.0,
            width: 10.0,
            height: 10.0,
        };
        assert!(!a.overlaps(&b));
        assert!(a.overlaps(&c) && c.overlaps(&b));
    }
}
