//! A minimal PNG writer for the prerender's pictures: 8-bit palette images,
//! optionally with a transparency entry per palette colour.

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
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend_from_slice(&(width as u32).to_be_bytes());
    header.extend_from_slice(&(height as u32).to_be_bytes());
    header.extend_from_slice(&[8, 3, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"PLTE", palette);
    if !alpha.is_empty() {
        chunk(&mut out, b"tRNS", alpha);
    }
    let mut raw = Vec::with_capacity((width + 1) * height);
    for row in pixels.chunks(width) {
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

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        // The CRC-32 check value of the ASCII digits 1 to 9 (ISO-HDLC).
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn a_palette_image_has_its_header_and_transparency() {
        let png = encode_indexed(2, 1, &[0, 0, 0, 255, 255, 255], &[0], &[0, 1]);
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&png[12..16], b"IHDR");
        assert_eq!(&png[16..24], &[0, 0, 0, 2, 0, 0, 0, 1]);
        assert!(png.windows(4).any(|w| w == b"tRNS"));
    }
}
