//! The prerender's pictures as PNG files (the `png` crate): 8-bit palette
//! images, optionally with a transparency entry per palette colour.

/// An 8-bit palette PNG of `pixels` (palette indexes, row by row, `width`
/// per row). `palette` holds RGB triples; `alpha`, if not empty, the opacity
/// of the first `alpha.len()` palette colours (the rest are opaque).
pub fn encode_indexed(
    width: usize,
    height: usize,
    palette: &[u8],
    alpha: &[u8],
    pixels: &[u8],
) -> Vec<u8> {
    assert_eq!(pixels.len(), width * height, "one palette index per pixel");
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width as u32, height as u32);
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette);
    if !alpha.is_empty() {
        encoder.set_trns(alpha);
    }
    // Palette indexes are labels, not intensities: differences between
    // neighbours (the other filters) only hide the runs deflate finds.
    encoder.set_filter(png::Filter::NoFilter);
    encoder.set_deflate_compression(png::DeflateCompression::Level(9));
    let mut writer = encoder.write_header().expect("a valid PNG header");
    writer
        .write_image_data(pixels)
        .expect("the pixels fill the picture");
    writer.finish().expect("the PNG ends");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_palette_image_has_its_header_and_transparency() {
        let png = encode_indexed(2, 1, &[0, 0, 0, 255, 255, 255], &[0], &[0, 1]);
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&png[12..16], b"IHDR");
        assert_eq!(&png[16..24], &[0, 0, 0, 2, 0, 0, 0, 1]);
        assert_eq!(
            &png[24..29],
            &[8, 3, 0, 0, 0],
            "8-bit palette, no interlace"
        );
        assert!(png.windows(4).any(|w| w == b"tRNS"));
    }

    #[test]
    fn a_palette_image_decodes_to_its_pixels() {
        let palette = [0, 0, 0, 255, 255, 255, 200, 0, 0];
        let pixels = [0, 1, 2, 2, 1, 0];
        let png = encode_indexed(3, 2, &palette, &[0, 128], &pixels);
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().unwrap();
        let info = reader.info();
        assert_eq!(info.palette.as_deref(), Some(&palette[..]));
        assert_eq!(info.trns.as_deref(), Some(&[0, 128][..]));
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        reader.next_frame(&mut buf).unwrap();
        // Unexpanded, a palette image decodes to its indexes.
        assert_eq!(buf, pixels);
    }
}
