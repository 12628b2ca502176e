//! The tab's icon: a 32 × 32 PNG drawn here (a dark rounded square with a
//! bar of three colours) and written into every page as a `data:` address.
//!
//! Why not a file, or an SVG: the app writes the reader's place into the
//! address (`replaceState`) at every step and vote, and Chromium then
//! fetches and decodes the page's icon again on the page's main thread. An
//! SVG icon file added about 2.7 ms of main-thread time to each address
//! change here (the SVG becomes a document of its own), a PNG file about
//! 0.8 ms, and a PNG inside the page about nothing (no fetch, a tiny decode).

use crate::png;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

const SIZE: usize = 32;
const CORNER_RADIUS: f32 = 6.0;
/// Levels of coverage for the square's antialiased corners.
const COVERAGE_LEVELS: u8 = 16;
/// The square's colour, then the bar's: a dark blue, and three Okabe-Ito
/// colours (sky blue, vermilion, orange), as the SVG icon before it had.
const SQUARE: [u8; 3] = [0x0b, 0x3d, 0x5c];
const BAR: [([u8; 3], usize, usize); 3] = [
    ([0x56, 0xb4, 0xe9], 5, 16),
    ([0xd5, 0x5e, 0x00], 16, 23),
    ([0xe6, 0x9f, 0x00], 23, 27),
];
const BAR_ROWS: (usize, usize) = (12, 20);

/// How much of pixel (x, y) the rounded square covers, 0 to COVERAGE_LEVELS
/// (4 × 4 samples, each counted once).
fn coverage(x: usize, y: usize) -> u8 {
    let inside = |px: f32, py: f32| {
        let r = CORNER_RADIUS;
        let cx = px.clamp(r, SIZE as f32 - r);
        let cy = py.clamp(r, SIZE as f32 - r);
        (px - cx).powi(2) + (py - cy).powi(2) <= r * r
    };
    let mut n = 0;
    for sy in 0..4 {
        for sx in 0..4 {
            let px = x as f32 + (sx as f32 + 0.5) / 4.0;
            let py = y as f32 + (sy as f32 + 0.5) / 4.0;
            n += u8::from(inside(px, py));
        }
    }
    n
}

/// The icon as PNG bytes.
pub fn png() -> Vec<u8> {
    // Palette: the square at each coverage level (index = level), then the bar.
    let mut palette = Vec::new();
    let mut alpha = Vec::new();
    for level in 0..=COVERAGE_LEVELS {
        palette.extend_from_slice(&SQUARE);
        alpha.push((u32::from(level) * 255 / u32::from(COVERAGE_LEVELS)) as u8);
    }
    let first_bar = COVERAGE_LEVELS + 1;
    for (colour, _, _) in BAR {
        palette.extend_from_slice(&colour);
    }
    let mut pixels = vec![0u8; SIZE * SIZE];
    for y in 0..SIZE {
        for x in 0..SIZE {
            let bar = BAR
                .iter()
                .position(|&(_, from, to)| (from..to).contains(&x));
            pixels[y * SIZE + x] = match bar {
                Some(i) if (BAR_ROWS.0..BAR_ROWS.1).contains(&y) => first_bar + i as u8,
                _ => coverage(x, y),
            };
        }
    }
    png::encode_indexed(SIZE, SIZE, &palette, &alpha, &pixels)
}

/// The icon as a `data:` address, for `<link rel="icon">`: drawn once,
/// however many pages carry it.
pub fn data_url() -> &'static str {
    static URL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    URL.get_or_init(|| format!("data:image/png;base64,{}", STANDARD.encode(png())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_square_is_full_inside_and_empty_beyond_its_rounded_corners() {
        assert_eq!(coverage(16, 2), COVERAGE_LEVELS);
        assert_eq!(coverage(0, 0), 0);
        assert_eq!(coverage(31, 31), 0);
        let edge = coverage(1, 1);
        assert!(
            edge > 0 && edge < COVERAGE_LEVELS,
            "a corner pixel is partly covered, not {edge}"
        );
    }

    #[test]
    fn the_icon_is_a_small_32_pixel_png() {
        let png = png();
        assert_eq!(&png[16..24], &[0, 0, 0, 32, 0, 0, 0, 32]);
        assert!(
            png.len() < 400,
            "{} bytes: every page carries it",
            png.len()
        );
    }

    #[test]
    fn the_data_address_carries_the_icon_in_standard_base64() {
        let url = data_url();
        let encoded = url.strip_prefix("data:image/png;base64,").unwrap();
        assert!(encoded
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b)));
        assert_eq!(STANDARD.decode(encoded).unwrap(), png());
    }
}
