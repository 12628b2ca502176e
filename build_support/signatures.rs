//! Loads and checks the signatures of the 2024 UN Convention against
//! Cybercrime (`data/signatures/`). A signature is a status, not a vote:
//! each member state has signed (on a date, in Hanoi or at UN Headquarters),
//! had not signed as of a dated source, or has no known status.

use super::csv::{self, DataError};
use super::dataset::MemberRow;

pub const FILE: &str = "data/signatures/2025-convention.csv";
pub const COLUMNS: [&str; 8] = [
    "iso3", "un_name", "status", "date", "as_of", "source", "evidence", "note",
];
pub const STATUSES: [&str; 3] = ["signed", "not-signed", "unknown"];
/// Evidence levels as the reference file spells them (see its `.txt`).
pub const EVIDENCE: [&str; 8] = [
    "official-2",
    "official-1",
    "press/government",
    "press",
    "press-only",
    "press-secondary",
    "inferred-official",
    "inferred-official-2",
];
/// The two days of the Hanoi ceremony (Art. 64: Hanoi on 25 and 26 October
/// 2025, thereafter at UN Headquarters).
const HANOI_DAYS: [&str; 3] = ["2025-10-25", "2025-10-26", "2025-10-25/26"];

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// `date`: `YYYY-MM-DD`, `YYYY-MM` or the Hanoi `2025-10-25/26`.
    Signed {
        date: String,
        hanoi: bool,
    },
    /// `as_of`: the source's date, `YYYY-MM-DD`, optionally `>=` before it.
    NotSigned {
        as_of: String,
    },
    Unknown,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SignatureRow {
    pub status: Status,
    /// One of `EVIDENCE`, or empty for an unknown status.
    pub evidence: String,
    pub source: String,
    pub note: String,
}

fn is_day(s: &str) -> bool {
    super::dataset::parse_date(s).is_some()
}

fn is_month(s: &str) -> bool {
    let mut parts = s.split('-');
    let (Some(y), Some(m), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    y.len() == 4
        && y.parse::<u16>().is_ok_and(|y| (2024..=2030).contains(&y))
        && m.len() == 2
        && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
}

/// One row per member state, in the order of `members`.
pub fn parse(
    file: &str,
    text: &str,
    members: &[MemberRow],
) -> Result<Vec<SignatureRow>, DataError> {
    let mut rows: Vec<Option<SignatureRow>> = vec![None; members.len()];
    for row in csv::parse(file, text, &COLUMNS)? {
        let [iso3, name, status, date, as_of, source, evidence, note] = &row.fields[..] else {
            unreachable!()
        };
        let fail = |message: String| Err(DataError::new(file, row.line, message));
        let Some(i) = members.iter().position(|m| &m.iso3 == iso3) else {
            return fail(format!("{iso3} is not a member state"));
        };
        if *name != members[i].name {
            return fail(format!(
                "{iso3} is named `{name}`, members.csv says `{}`",
                members[i].name
            ));
        }
        let status = match status.as_str() {
            "signed" => {
                if !(is_day(date) || is_month(date) || HANOI_DAYS.contains(&date.as_str())) {
                    return fail(format!(
                        "{iso3}: a signature needs a date (YYYY-MM-DD, YYYY-MM or 2025-10-25/26), not `{date}`"
                    ));
                }
                if !as_of.is_empty() {
                    return fail(format!("{iso3}: a signature has a date, not an as_of"));
                }
                Status::Signed {
                    hanoi: HANOI_DAYS.contains(&date.as_str()),
                    date: date.clone(),
                }
            }
            "not-signed" => {
                if !date.is_empty() {
                    return fail(format!("{iso3}: not signed, yet it has a date `{date}`"));
                }
                if !is_day(as_of.trim_start_matches(">=")) {
                    return fail(format!(
                        "{iso3}: `not-signed` needs the source's date in as_of (YYYY-MM-DD or >=YYYY-MM-DD), not `{as_of}`"
                    ));
                }
                Status::NotSigned {
                    as_of: as_of.clone(),
                }
            }
            "unknown" => {
                if !date.is_empty() || !as_of.is_empty() || !evidence.is_empty() {
                    return fail(format!(
                        "{iso3}: an unknown status has no date, as_of or evidence"
                    ));
                }
                Status::Unknown
            }
            other => {
                return fail(format!(
                    "status `{other}` must be one of {}",
                    STATUSES.join(", ")
                ))
            }
        };
        if status != Status::Unknown && !EVIDENCE.contains(&evidence.as_str()) {
            return fail(format!(
                "evidence `{evidence}` must be one of {}",
                EVIDENCE.join(", ")
            ));
        }
        let parsed = SignatureRow {
            status,
            evidence: evidence.clone(),
            source: source.clone(),
            note: note.clone(),
        };
        if rows[i].replace(parsed).is_some() {
            return fail(format!("{iso3} is listed twice"));
        }
    }
    if let Some(i) = rows.iter().position(Option::is_none) {
        return Err(DataError::new(
            file,
            0,
            format!("{} has no row", members[i].iso3),
        ));
    }
    Ok(rows.into_iter().flatten().collect())
}

/// The slot the map, grid and tallies draw a status in: signed in the first,
/// not signed in the second, unknown in the last (never with "not signed").
pub fn slot(status: &Status) -> &'static str {
    match status {
        Status::Signed { .. } => "yes",
        Status::NotSigned { .. } => "no",
        Status::Unknown => "absent",
    }
}
