//! Dates as the data and the citations write them: an ISO date
//! (`YYYY-MM-DD`) read into numbers, and the months' English names. It uses
//! nothing else of the crate, so the build's data checks
//! (build_support/dataset.rs) include this same file with `#[path]`, and
//! the build and the app read a date alike.

/// The months' English names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// (year, month 1–12, day 1–31) of an ISO date `YYYY-MM-DD`: four, two and
/// two digits, joined by hyphens; None for anything else.
pub fn parse_iso(s: &str) -> Option<(u16, u8, u8)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u16, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0'))
        })
    };
    let (year, month, day) = (number(&b[..4])?, number(&b[5..7])?, number(&b[8..])?);
    let valid = (1..=12).contains(&month) && (1..=31).contains(&day);
    // Two digits each, so both fit a u8.
    valid.then_some((year, month as u8, day as u8))
}
