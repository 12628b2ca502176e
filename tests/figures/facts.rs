//! The dated fact sheet (../shared/reference/timeline-facts.md), read as
//! its entries: each starts at a bold heading line ("**5 Dec 2018. …**")
//! and runs to the next heading, with its sources and confidence tag.

use super::reference::require;

pub const FACTS: &str = "../shared/reference/timeline-facts.md";
use crate::common::MONTHS;

/// The sheet's entries, each a heading and the lines under it.
pub fn entries() -> Vec<String> {
    require(FACTS);
    let text = std::fs::read_to_string(FACTS).unwrap();
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with("**") || line.starts_with("## ") {
            out.push(String::new());
        }
        if let Some(entry) = out.last_mut() {
            entry.push_str(line);
            entry.push('\n');
        }
    }
    out
}

/// Whether `entry` cites `url` exactly: not as the start of a longer one.
pub fn cites(entry: &str, url: &str) -> bool {
    entry.match_indices(url).any(|(at, _)| {
        entry[at + url.len()..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || c == ')')
    })
}

/// The ways the sheet may write a `YYYY[-MM[-DD]]` date: "5 Dec 2018" or
/// "5 December 2018", "May 2021", "2017".
pub fn date_forms(date: &str) -> Vec<String> {
    let parts: Vec<usize> = date.split('-').map(|p| p.parse().unwrap()).collect();
    match parts[..] {
        [y, m, d] => {
            let month = MONTHS[m - 1];
            vec![
                format!("{d} {} {y}", &month[..3]),
                format!("{d} {month} {y}"),
            ]
        }
        [y, m] => {
            let month = MONTHS[m - 1];
            vec![format!("{} {y}", &month[..3]), format!("{month} {y}")]
        }
        [y] => vec![y.to_string()],
        _ => panic!("{date} is no date"),
    }
}
