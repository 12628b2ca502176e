//! Writes a number with a fixed count of decimals using integer arithmetic.
//! Rust's float formatting machinery costs about 15 KB of wasm; SVG
//! coordinates and percentages need nothing more than this.

/// `value` rounded to `places` decimals (at most 4), without trailing
/// exponent or sign of zero: `decimal(12.345, 1) == "12.3"`.
pub fn decimal(value: f32, places: u32) -> String {
    let places = places.min(4);
    let scale = 10_i64.pow(places);
    let scaled = (f64::from(value) * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let magnitude = scaled.unsigned_abs();
    let whole = magnitude / scale as u64;
    if places == 0 {
        return format!("{sign}{whole}");
    }
    let fraction = magnitude % scale as u64;
    let mut out = format!("{sign}{whole}.");
    let digits = fraction.to_string();
    for _ in digits.len()..places as usize {
        out.push('0');
    }
    out.push_str(&digits);
    out
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn matches_std_formatting() {
        for &(v, p) in &[
            (0.0, 1),
            (12.345, 1),
            (-3.06, 1),
            (99.9999, 3),
            (100.0, 3),
            (0.05, 3),
            (-0.04, 1),
            (512.25, 2),
            (7.0, 0),
        ] {
            let expected = format!("{:.*}", p as usize, v as f64);
            // std keeps "-0.0"; SVG does not care, and we write "0.0".
            let expected = expected.replace("-0.0", "0.0");
            assert_eq!(decimal(v, p), expected, "{v} to {p} places");
        }
    }
}
