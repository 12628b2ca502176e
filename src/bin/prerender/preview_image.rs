//! The link-preview picture of a step (1200 × 630 PNG): the world map
//! coloured by the step's vote, and the result as a bar beneath it. Drawn
//! from the same generated map and data as the app, with no text, so the
//! title and description travel in the page's tags instead.

use uncyber::generated::map::{MEMBER_SHAPES, OTHER_PLACES, PATH_UNITS, VIEW_BOX};
use uncyber::model::{Choice, Vote};

pub const WIDTH: usize = 1200;
pub const HEIGHT: usize = 630;
const MAP_TOP: f32 = 20.0;
const BAR_TOP: usize = 560;
const BAR_HEIGHT: usize = 40;

/// Palette indexes: background, non-member, yes, no, abstain, absent, edge.
const PALETTE: [[u8; 3]; 7] = [
    [255, 255, 255],
    [227, 230, 234],
    [0, 114, 178],
    [213, 94, 0],
    [184, 116, 0],
    [138, 143, 152],
    [27, 31, 36],
];

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
}

impl Canvas {
    fn fill_rings(&mut self, rings: &[Vec<(f32, f32)>], colour: u8) {
        let scale = WIDTH as f32 / (VIEW_BOX.0 * PATH_UNITS);
        let pts: Vec<Vec<(f32, f32)>> = rings
            .iter()
            .map(|r| {
                r.iter()
                    .map(|&(x, y)| (x * scale, y * scale + MAP_TOP))
                    .collect()
            })
            .collect();
        let (min_y, max_y) = pts
            .iter()
            .flatten()
            .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
        let (y0, y1) = (
            min_y.floor().max(0.0) as usize,
            (max_y.ceil() as usize).min(BAR_TOP - 10),
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
                        (to.round() as usize).min(WIDTH),
                    );
                    for col in from..to {
                        self.pixels[row * WIDTH + col] = colour;
                    }
                }
            }
        }
    }

    fn dot(&mut self, (x, y): (f32, f32), colour: u8) {
        let scale = WIDTH as f32 / VIEW_BOX.0;
        let (cx, cy) = (x * scale, y * scale + MAP_TOP);
        for row in (cy - 6.0).max(0.0) as usize..(cy + 6.0) as usize {
            for col in (cx - 6.0).max(0.0) as usize..((cx + 6.0) as usize).min(WIDTH) {
                let (dx, dy) = (col as f32 - cx, row as f32 - cy);
                let d = (dx * dx + dy * dy).sqrt();
                if d <= 6.0 && row < BAR_TOP - 10 {
                    self.pixels[row * WIDTH + col] = if d > 4.6 { 6 } else { colour };
                }
            }
        }
    }
}

/// The picture for a step that shows `vote`, as PNG bytes.
pub fn png(vote: &Vote) -> Vec<u8> {
    let mut canvas = Canvas {
        pixels: vec![0; WIDTH * HEIGHT],
    };
    for place in OTHER_PLACES {
        canvas.fill_rings(&rings(place.d), 1);
    }
    for (i, shape) in MEMBER_SHAPES.iter().enumerate() {
        canvas.fill_rings(&rings(shape.d), colour(vote.choice(i)));
    }
    for (i, shape) in MEMBER_SHAPES.iter().enumerate().filter(|(_, s)| s.marker) {
        canvas.dot(shape.centre, colour(vote.choice(i)));
    }
    // The result as one bar across the foot of the picture.
    let t = vote.tally();
    let mut x = 40usize;
    let span = (WIDTH - 80) as f32;
    for c in Choice::ALL {
        let w = (f32::from(t.get(c)) / f32::from(t.total()) * span).round() as usize;
        for row in BAR_TOP..BAR_TOP + BAR_HEIGHT {
            for col in x..(x + w).min(WIDTH - 40) {
                canvas.pixels[row * WIDTH + col] = colour(c);
            }
        }
        x += w;
    }
    encode(&canvas.pixels)
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
}

/// An 8-bit palette PNG of `pixels` (palette indexes, row by row).
fn encode(pixels: &[u8]) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend_from_slice(&(WIDTH as u32).to_be_bytes());
    header.extend_from_slice(&(HEIGHT as u32).to_be_bytes());
    header.extend_from_slice(&[8, 3, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"PLTE", &PALETTE.concat());
    let mut raw = Vec::with_capacity((WIDTH + 1) * HEIGHT);
    for row in pixels.chunks(WIDTH) {
        raw.push(0);
        raw.extend_from_slice(row);
    }
    chunk(
        &mut out,
        b"IDAT",
        &miniz_oxide::deflate::compress_to_vec_zlib(&raw, 9),
    );
    chunk(&mut out, b"IEND", &[]);
    out
}
