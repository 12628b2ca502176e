//! Text for the preview pictures: the Ubuntu Light font bundled in the
//! `epaint_default_fonts` crate (compiled in with include_bytes!, so the
//! build never looks up a system font; Ubuntu Font Licence 1.0), laid out
//! and rasterised by `ab_glyph` (Apache-2.0).

use ab_glyph::{point, Font, FontRef, GlyphId, PxScale, ScaleFont};

/// The bundled font's bytes.
pub const FONT_BYTES: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;

pub fn font() -> FontRef<'static> {
    FontRef::try_from_slice(FONT_BYTES).expect("epaint_default_fonts ships a valid Ubuntu Light")
}

/// The characters of `text` the font has no glyph for (drawn, they would
/// come out as empty boxes).
pub fn missing_glyphs(text: &str) -> Vec<char> {
    let font = font();
    text.chars()
        .filter(|c| !c.is_whitespace() && font.glyph_id(*c) == GlyphId(0))
        .collect()
}

/// The advance width of `text` at `size` pixels, kerning included.
pub fn width(text: &str, size: f32) -> f32 {
    let font = font();
    let scaled = font.as_scaled(PxScale::from(size));
    let mut x = 0.0;
    let mut previous = None;
    for c in text.chars() {
        let id = font.glyph_id(c);
        if let Some(p) = previous {
            x += scaled.kern(p, id);
        }
        x += scaled.h_advance(id);
        previous = Some(id);
    }
    x
}

/// How far the font rises above and falls below the baseline at `size`.
pub fn ascent_descent(size: f32) -> (f32, f32) {
    let font = font();
    let scaled = font.as_scaled(PxScale::from(size));
    (scaled.ascent(), -scaled.descent())
}

/// `title` in one line, or two of balanced width, at the largest of
/// `sizes` (largest first) where it fits in `max_width`. A title too long
/// for two lines even at the smallest size is cut with an ellipsis.
pub fn wrap_title(title: &str, sizes: &[f32], max_width: f32) -> (f32, Vec<String>) {
    let words: Vec<&str> = title.split_whitespace().collect();
    for &size in sizes {
        if width(title, size) <= max_width {
            return (size, vec![words.join(" ")]);
        }
        // The break that makes the longer line shortest.
        let best = (1..words.len())
            .map(|at| (words[..at].join(" "), words[at..].join(" ")))
            .map(|(a, b)| (width(&a, size).max(width(&b, size)), a, b))
            .filter(|(longest, _, _)| *longest <= max_width)
            .min_by(|x, y| x.0.total_cmp(&y.0));
        if let Some((_, first, second)) = best {
            return (size, vec![first, second]);
        }
    }
    let size = *sizes.last().expect("at least one title size");
    let mut first = String::new();
    let mut rest = words.iter();
    for word in rest.by_ref() {
        let next = if first.is_empty() {
            word.to_string()
        } else {
            format!("{first} {word}")
        };
        if width(&next, size) > max_width && !first.is_empty() {
            let mut second = word.to_string();
            for w in rest.by_ref() {
                second.push(' ');
                second.push_str(w);
            }
            while !second.is_empty() && width(&format!("{second}…"), size) > max_width {
                second.pop();
            }
            return (size, vec![first, format!("{}…", second.trim_end())]);
        }
        first = next;
    }
    (size, vec![first])
}

/// Rasterises `text` with its baseline starting at (`x`, `baseline`),
/// calling `ink(col, row, coverage)` for each covered pixel. `weight`
/// thickens the light face by drawing it again shifted right by that many
/// pixels (a synthetic bold, so small previews stay legible).
pub fn draw(
    text: &str,
    size: f32,
    x: f32,
    baseline: f32,
    weight: f32,
    ink: &mut dyn FnMut(i32, i32, f32),
) {
    let font = font();
    let scale = PxScale::from(size);
    let scaled = font.as_scaled(scale);
    for shift in [0.0, weight] {
        let mut pen = x + shift;
        let mut previous = None;
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = previous {
                pen += scaled.kern(p, id);
            }
            let glyph = id.with_scale_and_position(scale, point(pen, baseline));
            if let Some(outline) = font.outline_glyph(glyph) {
                let bounds = outline.px_bounds();
                outline.draw(|gx, gy, coverage| {
                    ink(
                        bounds.min.x as i32 + gx as i32,
                        bounds.min.y as i32 + gy as i32,
                        coverage,
                    )
                });
            }
            pen += scaled.h_advance(id);
            previous = Some(id);
        }
        if weight == 0.0 {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_title_and_result_label_has_glyphs_in_the_bundled_font() {
        for step in uncyber::data::steps() {
            assert_eq!(
                missing_glyphs(step.title),
                Vec::<char>::new(),
                "{}",
                step.slug
            );
        }
        for c in uncyber::model::Choice::ALL {
            assert!(missing_glyphs(c.label()).is_empty());
        }
        // The signature record's shortened labels (content/ui/preview.toml).
        for words in [
            uncyber::ui_plain!(preview no_record),
            uncyber::ui_plain!(preview unknown),
        ] {
            assert_eq!(missing_glyphs(words), Vec::<char>::new(), "{words}");
        }
        assert!(missing_glyphs("0123456789 · …").is_empty());
    }

    #[test]
    fn a_character_outside_the_font_is_reported() {
        assert_eq!(missing_glyphs("Vote 🗳 today"), vec!['🗳']);
    }

    #[test]
    fn a_long_title_wraps_into_two_balanced_lines_that_fit() {
        let title = "A UN committee backs Russia's cybercrime draft";
        // Wide enough for all but the last word: a greedy wrap would leave
        // "draft" alone on the second line.
        let max = width("A UN committee backs Russia's cybercrime", 56.0) + 1.0;
        let (size, lines) = wrap_title(title, &[56.0, 48.0], max);
        assert_eq!(size, 56.0);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines.join(" "), title);
        let (a, b) = (width(&lines[0], size), width(&lines[1], size));
        assert!(a <= max && b <= max);
        assert!(a.min(b) > 0.35 * width(title, size), "{lines:?}");
    }

    #[test]
    fn a_short_title_stays_on_one_line_at_the_largest_size() {
        let (size, lines) = wrap_title("From resolution to treaty", &[56.0, 48.0], 1120.0);
        assert_eq!((size, lines.len()), (56.0, 1));
    }

    #[test]
    fn a_title_too_long_for_two_lines_is_cut_with_an_ellipsis() {
        let title = "word ".repeat(80);
        let (size, lines) = wrap_title(&title, &[56.0, 44.0], 600.0);
        assert_eq!(size, 44.0);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        assert!(lines.iter().all(|l| width(l, size) <= 600.0));
    }

    #[test]
    fn drawing_inks_pixels_only_near_the_text() {
        let mut covered = Vec::new();
        draw("Yes", 40.0, 100.0, 200.0, 0.0, &mut |x, y, c| {
            if c > 0.5 {
                covered.push((x, y))
            }
        });
        assert!(covered.len() > 100);
        let right = 100.0 + width("Yes", 40.0);
        assert!(covered
            .iter()
            .all(|&(x, y)| (95..=right as i32 + 5).contains(&x) && (160..=212).contains(&y)));
    }
}
