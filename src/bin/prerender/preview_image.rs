//! The link-preview picture of a step (1200 × 630 PNG): the step's title
//! above the world map coloured by its vote, and the vote's result in words
//! with a key beneath it. Drawn from the same generated map and data as the
//! app; the text uses the bundled font of `preview_text`.

use crate::png;
use crate::preview_text;
use uncyber::generated::map::{MEMBER_PATHS, MEMBER_SHAPES, OTHER_PATHS, PATH_UNITS, VIEW_BOX};
use uncyber::model::{Choice, Tally, Vote};

pub const WIDTH: usize = 1200;
pub const HEIGHT: usize = 630;
const MARGIN: f32 = 40.0;
/// Title sizes to try, largest first: legible when previews shrink the
/// picture to a third of its width.
const TITLE_SIZES: [f32; 4] = [56.0, 52.0, 48.0, 44.0];
const RESULT_SIZE: f32 = 32.0;
const RESULT_BASELINE: f32 = 600.0;
const KEY_SIZE: usize = 22;
/// The map stops above the result line.
const MAP_BOTTOM: f32 = 552.0;

/// Palette indexes: background, non-member, yes, no, abstain, absent, edge;
/// then INK_LEVELS shades from white to the text colour (the page's --fg)
/// for antialiased text on the white background.
const BACKGROUND: u8 = 0;
const EDGE: u8 = 6;
const FIRST_INK: u8 = 7;
const INK_LEVELS: u8 = 16;
const COLOURS: [[u8; 3]; 7] = [
    [255, 255, 255],
    [227, 230, 234],
    [0, 114, 178],
    [184, 74, 0],
    [201, 130, 0],
    [138, 143, 152],
    [27, 31, 36],
];

fn palette() -> Vec<u8> {
    let mut out = COLOURS.concat();
    let [ink, paper] = [COLOURS[EDGE as usize], COLOURS[BACKGROUND as usize]];
    for level in 1..=INK_LEVELS {
        for channel in 0..3 {
            let (i, p) = (f32::from(ink[channel]), f32::from(paper[channel]));
            out.push((p + (i - p) * f32::from(level) / f32::from(INK_LEVELS)).round() as u8);
        }
    }
    out
}

fn colour(c: Choice) -> u8 {
    match c {
        Choice::Yes => 2,
        Choice::No => 3,
        Choice::Abstain => 4,
        Choice::Absent => 5,
    }
}

/// Parses the generator's path data (absolute `M`, relative `l`, `z`) into rings.
fn rings(d: &str) -> Vec<Vec<(f32, f32)>> {
    let mut out = Vec::new();
    for part in d.split('M').filter(|p| !p.is_empty()) {
        let part = part.trim_end_matches('z');
        let (start, moves) = part.split_once('l').unwrap_or((part, ""));
        let nums = |s: &str| -> Vec<f32> {
            let mut v = Vec::new();
            let mut cur = String::new();
            for ch in s.chars() {
                if ch == '-' || ch == ' ' {
                    if !cur.is_empty() {
                        v.push(cur.parse().unwrap_or(0.0));
                        cur.clear();
                    }
                    if ch == '-' {
                        cur.push('-');
                    }
                } else {
                    cur.push(ch);
                }
            }
            if !cur.is_empty() {
                v.push(cur.parse().unwrap_or(0.0));
            }
            v
        };
        let first = nums(start);
        if first.len() < 2 {
            continue;
        }
        let (mut x, mut y) = (first[0], first[1]);
        let mut ring = vec![(x, y)];
        for pair in nums(moves).chunks(2) {
            if let [dx, dy] = pair {
                x += dx;
                y += dy;
                ring.push((x, y));
            }
        }
        out.push(ring);
    }
    out
}

struct Canvas {
    pixels: Vec<u8>,
    /// Where the map's view box lands: pixels per view-box unit, and the
    /// top-left corner; the map is clipped to rows `map_top..MAP_BOTTOM`.
    scale: f32,
    left: f32,
    map_top: f32,
}

impl Canvas {
    fn fill_rings(&mut self, rings: &[Vec<(f32, f32)>], colour: u8) {
        let scale = self.scale / PATH_UNITS;
        let pts: Vec<Vec<(f32, f32)>> = rings
            .iter()
            .map(|r| {
                r.iter()
                    .map(|&(x, y)| (x * scale + self.left, y * scale + self.map_top))
                    .collect()
            })
            .collect();
        let (min_y, max_y) = pts
            .iter()
            .flatten()
            .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
        let (y0, y1) = (
            min_y.floor().max(self.map_top) as usize,
            (max_y.ceil() as usize).min(MAP_BOTTOM as usize),
        );
        for row in y0..y1 {
            let sy = row as f32 + 0.5;
            let mut xs: Vec<f32> = Vec::new();
            for ring in &pts {
                for k in 0..ring.len() {
                    let (a, b) = (ring[k], ring[(k + 1) % ring.len()]);
                    if (a.1 <= sy) != (b.1 <= sy) {
                        xs.push(a.0 + (sy - a.1) / (b.1 - a.1) * (b.0 - a.0));
                    }
                }
            }
            xs.sort_by(f32::total_cmp);
            for span in xs.chunks(2) {
                if let [from, to] = span {
                    let (from, to) = (
                        from.round().max(0.0) as usize,
                        (to.round().max(0.0) as usize).min(WIDTH),
                    );
                    for col in from..to {
                        self.pixels[row * WIDTH + col] = colour;
                    }
                }
            }
        }
    }

    /// A marker for a state too small to see: a dot with a dark ring.
    fn dot(&mut self, (x, y): (f32, f32), colour: u8, size: f32) {
        let (cx, cy) = (x * self.scale + self.left, y * self.scale + self.map_top);
        let (radius, ring) = (5.0 * size * self.scale, 3.8 * size * self.scale);
        let rows = (cy - radius).max(self.map_top) as usize
            ..((cy + radius) as usize).min(MAP_BOTTOM as usize);
        for row in rows {
            for col in (cx - radius).max(0.0) as usize..((cx + radius) as usize).min(WIDTH) {
                let (dx, dy) = (col as f32 - cx, row as f32 - cy);
                let d = (dx * dx + dy * dy).sqrt();
                if d <= radius {
                    self.pixels[row * WIDTH + col] = if d > ring { EDGE } else { colour };
                }
            }
        }
    }

    fn rect(&mut self, x: usize, y: usize, w: usize, h: usize, colour: u8) {
        for row in y..(y + h).min(HEIGHT) {
            for col in x..(x + w).min(WIDTH) {
                self.pixels[row * WIDTH + col] = colour;
            }
        }
    }

    /// Text in the ink colour on the white background, at most `strength`
    /// (0–1) dark, so lighter text stays antialiased the same way.
    fn text(&mut self, text: &str, size: f32, x: f32, baseline: f32, strength: f32) {
        if without_text() {
            return;
        }
        let pixels = &mut self.pixels;
        let mut ink = |col: i32, row: i32, coverage: f32| {
            if !(0..WIDTH as i32).contains(&col) || !(0..HEIGHT as i32).contains(&row) {
                return;
            }
            let level = (coverage.min(1.0) * strength * f32::from(INK_LEVELS)).round() as u8;
            let pixel = &mut pixels[row as usize * WIDTH + col as usize];
            let current = match *pixel {
                BACKGROUND => 0,
                p if p >= FIRST_INK => p - FIRST_INK + 1,
                _ => return,
            };
            if level > current {
                *pixel = FIRST_INK + level - 1;
            }
        };
        preview_text::draw(text, size, x, baseline, size / 64.0, &mut ink);
    }
}

/// The picture for the step titled `title` that shows `vote`, as PNG bytes;
/// an error names any character of the title the bundled font cannot draw.
pub fn png(title: &str, vote: &Vote) -> Result<Vec<u8>, String> {
    picture(title, vote, None)
}

/// The picture of one member state's page: the other states pale, this one
/// in its colour on `vote`, with a ringed dot on it so that a small state
/// shows too.
pub fn country_png(title: &str, vote: &Vote, member: usize) -> Result<Vec<u8>, String> {
    picture(title, vote, Some(member))
}

/// Arabic's and Chinese pictures carry the map and no words: the bundled
/// font has neither script, and the rasteriser does no shaping, which
/// Arabic needs. The page's own title and description say the words.
fn without_text() -> bool {
    matches!(uncyber::ui::LANG, "ar" | "zh")
}

fn picture(title: &str, vote: &Vote, focus: Option<usize>) -> Result<Vec<u8>, String> {
    let title = if without_text() { "" } else { title };
    let missing = preview_text::missing_glyphs(title);
    if !missing.is_empty() {
        return Err(format!(
            "the preview picture's font has no glyph for {missing:?} in the step title {title:?}; use other characters"
        ));
    }
    // The title, wrapped over at most two lines.
    let (size, lines) = preview_text::wrap_title(title, &TITLE_SIZES, WIDTH as f32 - 2.0 * MARGIN);
    let (ascent, descent) = preview_text::ascent_descent(size);
    let line_height = (size * 1.12).round();
    let first_baseline = (MARGIN * 0.6 + ascent * 0.85).round();
    let last_baseline = first_baseline + line_height * (lines.len() - 1) as f32;

    // The map fills what is left between the title and the result.
    let map_top = (last_baseline + descent * 0.6 + 12.0).round();
    let scale = (WIDTH as f32 / VIEW_BOX.0).min((MAP_BOTTOM - map_top) / VIEW_BOX.1);
    let mut canvas = Canvas {
        pixels: vec![BACKGROUND; WIDTH * HEIGHT],
        scale,
        left: ((WIDTH as f32 - VIEW_BOX.0 * scale) / 2.0).round(),
        map_top,
    };
    for (i, line) in lines.iter().enumerate() {
        canvas.text(
            line,
            size,
            MARGIN,
            first_baseline + line_height * i as f32,
            1.0,
        );
    }
    for d in OTHER_PATHS {
        canvas.fill_rings(&rings(d), 1);
    }
    let paint = |i: usize| match focus {
        Some(f) if f != i => 1,
        _ => colour(vote.choice(i)),
    };
    for (i, d) in MEMBER_PATHS.iter().enumerate() {
        canvas.fill_rings(&rings(d), paint(i));
    }
    for (i, shape) in MEMBER_SHAPES.iter().enumerate().filter(|(_, s)| s.marker) {
        canvas.dot(shape.centre, paint(i), 1.0);
    }
    if let Some(f) = focus {
        canvas.dot(MEMBER_SHAPES[f].centre, paint(f), 2.6);
    }

    // The result in words, each count behind a key in its vote colour:
    // "■ 88 yes · ■ 58 no · ■ 34 abstained · ■ 13 did not vote".
    let t = vote.tally();
    let mut x = MARGIN;
    let separator = "  ·  ";
    for (k, &c) in Choice::ALL.iter().enumerate() {
        if k > 0 {
            canvas.text(separator, RESULT_SIZE, x, RESULT_BASELINE, 1.0);
            x += preview_text::width(separator, RESULT_SIZE);
        }
        let key_top = RESULT_BASELINE as usize - KEY_SIZE;
        canvas.rect(x as usize, key_top, KEY_SIZE, KEY_SIZE, colour(c));
        x += KEY_SIZE as f32 + 10.0;
        let words = format!("{} {}", t.get(c), picture_label(vote, c));
        canvas.text(&words, RESULT_SIZE, x, RESULT_BASELINE, 1.0);
        x += preview_text::width(&words, RESULT_SIZE);
    }
    // Which vote, in grey at the right: its symbol and date, or the date
    // alone where both do not fit.
    let which_size = RESULT_SIZE * 0.75;
    let with_symbol = format!("{}, {}", vote.symbol, vote.date_label);
    // A signature record's date is "signatures as of …": its last words
    // carry the date the counts are true as of, and must be drawn.
    let as_of = vote.date_label.trim_start_matches("signatures ");
    for which in [with_symbol.as_str(), vote.date_label, as_of] {
        let which_x = WIDTH as f32 - MARGIN - preview_text::width(which, which_size);
        if which_x > x + MARGIN {
            canvas.text(which, which_size, which_x, RESULT_BASELINE, 0.7);
            break;
        }
    }
    Ok(png::encode_indexed(
        WIDTH,
        HEIGHT,
        &palette(),
        &[],
        &canvas.pixels,
    ))
}

/// A position's words in the picture: the table's, shortened for the
/// signature record's last two so that its date fits on the line.
fn picture_label(vote: &Vote, c: Choice) -> String {
    match (vote.is_signatures(), c) {
        (true, Choice::Abstain) => uncyber::ui_plain!(preview no_record).to_string(),
        (true, Choice::Absent) => uncyber::ui_plain!(preview unknown).to_string(),
        _ => vote.label(c).to_lowercase(),
    }
}

/// "88 yes": one count of the result with the table's label for it.
pub fn result_words(t: &Tally, c: Choice) -> String {
    format!("{} {}", t.get(c), c.label().to_lowercase())
}
