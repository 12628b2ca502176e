//! Loads and checks the signatures of the 2024 UN Convention against
//! Cybercrime (`data/signatures/`). A signature is a status, not a vote:
//! each member state has signed (on a date, in Hanoi or at UN Headquarters),
//! had not signed as of a dated source, or has no known status.

use super::csv::{self, DataError};
use super::dataset::{line_of, partial_date_label, toml_error, MemberRow};
use serde::Deserialize;
use std::collections::BTreeMap;

pub const FILE: &str = "data/signatures/2025-convention.csv";
/// How each evidence level reads to a reader, and its sources' addresses.
pub const EVIDENCE_FILE: &str = "data/signatures/evidence.toml";
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
    /// Not signed, on firm evidence (a government's own word, a list seen
    /// whole). `as_of`: the source's date, `YYYY-MM-DD`, optionally `>=`.
    NotSigned {
        as_of: String,
    },
    /// `not-signed` in the file, but only absent from an official list that
    /// could be partly seen: "no signature on record" as of `as_of`.
    NoRecord {
        as_of: String,
    },
    Unknown,
}

impl Status {
    /// The date up to which the row was checked, as the data spells it: the
    /// signature's date or the source's; none if unknown.
    pub fn checked(&self) -> Option<&str> {
        match self {
            Status::Signed { date, .. } => Some(date),
            Status::NotSigned { as_of } | Status::NoRecord { as_of } => Some(as_of),
            Status::Unknown => None,
        }
    }
}

/// The latest of some rows' `checked` dates, as the data spells it. Dates
/// compare as ISO text once a lower bound's `>=` is set aside
/// (`2025-10-25/26` sorts between its two days).
pub fn latest_checked<'a>(statuses: impl IntoIterator<Item = &'a Status>) -> Option<&'a str> {
    statuses
        .into_iter()
        .filter_map(Status::checked)
        .max_by_key(|d| d.trim_start_matches(">="))
}

#[derive(Debug, Clone, PartialEq)]
pub struct SignatureRow {
    pub status: Status,
    /// One of `EVIDENCE`, or empty for an unknown status.
    pub evidence: String,
    /// The evidence in a reader's words (from `EVIDENCE_FILE`), empty for an
    /// unknown status.
    pub reads: String,
    /// The addresses of its sources (from `EVIDENCE_FILE`).
    pub sources: Vec<String>,
}

/// One entry of `EVIDENCE_FILE`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    pub reads: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub partly_seen: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceWords {
    pub level: BTreeMap<String, Wording>,
    #[serde(default)]
    pub state: BTreeMap<String, Wording>,
}

/// Reads `EVIDENCE_FILE`: an entry for every evidence level, plain words
/// (no digits but years and dates are the editor's care; no working notes),
/// web addresses, and states that are members.
pub fn parse_evidence(
    file: &str,
    text: &str,
    members: &[MemberRow],
) -> Result<EvidenceWords, DataError> {
    let words: EvidenceWords = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    for level in EVIDENCE {
        if !words.level.contains_key(level) {
            return Err(DataError::new(
                file,
                0,
                format!("evidence level `{level}` has no [level.{level}] entry"),
            ));
        }
    }
    let entries = words
        .level
        .iter()
        .map(|(k, w)| (format!("level.{k}"), w))
        .chain(words.state.iter().map(|(k, w)| (format!("state.{k}"), w)));
    for (key, w) in entries {
        let fail = |m: String| Err(DataError::new(file, line_of(text, &format!("[{key}]")), m));
        if let Some(level) = key.strip_prefix("level.") {
            if !EVIDENCE.contains(&level) {
                return fail(format!("`{level}` is not an evidence level of {FILE}"));
            }
        }
        if let Some(iso3) = key.strip_prefix("state.") {
            if !members.iter().any(|m| m.iso3 == iso3) {
                return fail(format!("`{iso3}` is not a member state"));
            }
            if w.partly_seen {
                return fail("partly_seen belongs to an evidence level, not a state".into());
            }
        }
        if w.reads.trim().is_empty() || w.reads.ends_with('.') {
            return fail("`reads` is one phrase, not empty, with no final full stop".into());
        }
        if let Some(bad) = w.sources.iter().find(|u| !u.starts_with("http")) {
            return fail(format!("source `{bad}` is not a web address"));
        }
    }
    Ok(words)
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
    words: &EvidenceWords,
) -> Result<Vec<SignatureRow>, DataError> {
    let mut rows: Vec<Option<SignatureRow>> = vec![None; members.len()];
    for row in csv::parse(file, text, &COLUMNS)? {
        // The source and note columns are the reference file's working
        // notes: checked for shape here, never carried into what ships.
        let [iso3, name, status, date, as_of, _source, evidence, _note] = &row.fields[..] else {
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
        let wording = words
            .state
            .get(iso3.as_str())
            .or_else(|| words.level.get(evidence.as_str()));
        if status == Status::Unknown && words.state.contains_key(iso3.as_str()) {
            return fail(format!(
                "{iso3}: an unknown status has no evidence to word in {EVIDENCE_FILE}"
            ));
        }
        let partly_seen = words
            .level
            .get(evidence.as_str())
            .is_some_and(|w| w.partly_seen);
        let status = match status {
            Status::NotSigned { as_of } if partly_seen => Status::NoRecord { as_of },
            status => status,
        };
        let parsed = SignatureRow {
            status,
            evidence: evidence.clone(),
            reads: wording.map(|w| w.reads.clone()).unwrap_or_default(),
            sources: wording.map(|w| w.sources.clone()).unwrap_or_default(),
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
/// not signed in the second, no signature on record in the third, unknown
/// in the last (never with "not signed").
pub fn slot(status: &Status) -> &'static str {
    match status {
        Status::Signed { .. } => "yes",
        Status::NotSigned { .. } => "no",
        Status::NoRecord { .. } => "abstain",
        Status::Unknown => "absent",
    }
}

/// "25 October 2025", "25 or 26 October 2025", "July 2026", and for an
/// as-of date given as a lower bound, "19 November 2025 or later".
pub fn sign_date_label(d: &str) -> String {
    if let Some(label) = super::dataset::in_build_language(|w| w.sign_date(d)) {
        return label;
    }
    if let Some(day) = d.strip_prefix(">=") {
        return format!("{} or later", partial_date_label(day));
    }
    if let Some((day, other)) = d.split_once('/') {
        let label = partial_date_label(day);
        let (first, rest) = label.split_once(' ').unwrap_or((&label, ""));
        return format!("{first} or {other} {rest}");
    }
    partial_date_label(d)
}
