//! Loads and checks the Budapest Convention's status of each member state
//! (`data/budapest/`, unchanged copies of the reference files): its status
//! on the files' as-of date with the evidence for it (`parties.csv`), and
//! whether it was a Party on the day of the 2019 committee vote
//! (`parties_2019-11-18.csv`). Both dates are read from the second file's
//! header, so the figure's words carry the data's dates.

use super::csv::{self, DataError};
use super::dataset::{date_label, parse_date, read, MemberRow};
use std::fmt::Write;
use std::path::Path;

pub const FILE: &str = "data/budapest/parties.csv";
pub const ON_DAY_FILE: &str = "data/budapest/parties_2019-11-18.csv";
pub const COLUMNS: [&str; 8] = [
    "iso3",
    "name",
    "status",
    "signed",
    "ratified",
    "entry_into_force",
    "source",
    "evidence",
];
/// The statuses the reference README documents, as of its as-of date.
pub const STATUSES: [&str; 5] = ["party", "signatory", "invited", "none", "unknown"];
/// Its answers to "a Party on the day of the vote?".
pub const ON_DAY: [&str; 5] = ["yes", "likely", "no", "no (signatory)", "no (invited 2017)"];

#[derive(Debug, Clone, PartialEq)]
pub struct PartyRow {
    /// One of `STATUSES`, as of `Budapest::as_of`.
    pub status: String,
    pub signed: String,
    pub ratified: String,
    pub in_force: String,
    pub sources: Vec<String>,
    pub evidence: String,
    /// One of `ON_DAY`, on `Budapest::on`.
    pub on_day: String,
}

#[derive(Debug, Clone, Default)]
pub struct Budapest {
    /// The day of the vote and the status's as-of date, `YYYY-MM-DD`.
    pub on: String,
    pub as_of: String,
    /// One row per member state, in the order of `members`.
    pub rows: Vec<PartyRow>,
}

pub fn load(dir: &Path, members: &[MemberRow]) -> Result<Budapest, DataError> {
    let read_file = |file: &str| read(dir, file.trim_start_matches("data/"));
    let mut rows = parse(FILE, &read_file(FILE)?, members)?;
    let (on, as_of) = parse_on_day(ON_DAY_FILE, &read_file(ON_DAY_FILE)?, members, &mut rows)?;
    Ok(Budapest { on, as_of, rows })
}

/// The row of `iso3`, checked to be a member state under its own name.
fn member(
    file: &str,
    line: usize,
    iso3: &str,
    name: &str,
    members: &[MemberRow],
) -> Result<usize, DataError> {
    let Some(i) = members.iter().position(|m| m.iso3 == iso3) else {
        return Err(DataError::new(
            file,
            line,
            format!("{iso3} is not a member state"),
        ));
    };
    if name != members[i].name {
        return Err(DataError::new(
            file,
            line,
            format!(
                "{iso3} is named `{name}`, members.csv says `{}`",
                members[i].name
            ),
        ));
    }
    Ok(i)
}

/// `parties.csv`: one row per member state, a documented status, ISO dates
/// or none, web addresses, and evidence in words.
pub fn parse(file: &str, text: &str, members: &[MemberRow]) -> Result<Vec<PartyRow>, DataError> {
    let mut rows: Vec<Option<PartyRow>> = vec![None; members.len()];
    for row in csv::parse(file, text, &COLUMNS)? {
        let [iso3, name, status, signed, ratified, in_force, source, evidence] = &row.fields[..]
        else {
            unreachable!()
        };
        let fail = |m: String| Err(DataError::new(file, row.line, m));
        let i = member(file, row.line, iso3, name, members)?;
        if !STATUSES.contains(&status.as_str()) {
            return fail(format!(
                "status `{status}` must be one of {}",
                STATUSES.join(", ")
            ));
        }
        for (column, date) in [
            ("signed", signed),
            ("ratified", ratified),
            ("entry_into_force", in_force),
        ] {
            if !date.is_empty() && parse_date(date).is_none() {
                return fail(format!("{column} `{date}` is not a YYYY-MM-DD date"));
            }
        }
        let sources: Vec<String> = source.split(" ; ").map(str::to_string).collect();
        if let Some(bad) = sources.iter().find(|u| !u.starts_with("http")) {
            return fail(format!("source `{bad}` is not a web address"));
        }
        if evidence.trim().is_empty() {
            return fail(format!("{iso3} has no evidence"));
        }
        let parsed = PartyRow {
            status: status.clone(),
            signed: signed.clone(),
            ratified: ratified.clone(),
            in_force: in_force.clone(),
            sources,
            evidence: evidence.clone(),
            on_day: String::new(),
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

/// The date in a header cell `prefix` + date (`party_on_2019_11_18`).
fn header_date(file: &str, header: &[&str], prefix: &str) -> Result<String, DataError> {
    let date = header
        .iter()
        .find_map(|h| h.strip_prefix(prefix))
        .map(|d| d.replace('_', "-"))
        .filter(|d| parse_date(d).is_some());
    date.ok_or_else(|| {
        DataError::new(
            file,
            1,
            format!("the header has no `{prefix}YYYY-MM-DD` column"),
        )
    })
}

/// `parties_2019-11-18.csv`: each member's answer for the day of the vote,
/// and its status again, which must equal `parties.csv`'s. Returns the two
/// dates of its header: the day, and the status's as-of date.
pub fn parse_on_day(
    file: &str,
    text: &str,
    members: &[MemberRow],
    rows: &mut [PartyRow],
) -> Result<(String, String), DataError> {
    // The header names the dates; csv::parse then checks it whole.
    let first = text.lines().next().unwrap_or("").trim_end_matches('\r');
    let header: Vec<&str> = first.split(',').collect();
    let on = header_date(file, &header, "party_on_")?;
    let as_of = header_date(file, &header, "status_")?;
    let columns = [
        "iso3".to_string(),
        "name".to_string(),
        format!("party_on_{}", on.replace('-', "_")),
        format!("status_{as_of}"),
    ];
    let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
    let mut seen = vec![false; members.len()];
    for row in csv::parse(file, text, &columns)? {
        let [iso3, name, on_day, status] = &row.fields[..] else {
            unreachable!()
        };
        let fail = |m: String| Err(DataError::new(file, row.line, m));
        let i = member(file, row.line, iso3, name, members)?;
        if !ON_DAY.contains(&on_day.as_str()) {
            return fail(format!("`{on_day}` must be one of {}", ON_DAY.join(", ")));
        }
        if *status != rows[i].status {
            return fail(format!(
                "{iso3}: status `{status}`, but {FILE} says `{}`",
                rows[i].status
            ));
        }
        if std::mem::replace(&mut seen[i], true) {
            return fail(format!("{iso3} is listed twice"));
        }
        rows[i].on_day = on_day.clone();
    }
    if let Some(i) = seen.iter().position(|s| !s) {
        return Err(DataError::new(
            file,
            0,
            format!("{} has no row", members[i].iso3),
        ));
    }
    Ok((on, as_of))
}

/// The statuses as static Rust (types in `model::figures::budapest`).
pub fn rs(data: &Budapest, out: &mut String) {
    out.push_str("\nuse crate::model::figures::budapest::{CoeStatus, OnVoteDay, PartyRow};\n");
    let _ = writeln!(
        out,
        "\n/// The day of the vote and the statuses' as-of date, each with its label.\npub static BUDAPEST_ON: (&str, &str) = ({:?}, {:?});\npub static BUDAPEST_AS_OF: (&str, &str) = ({:?}, {:?});",
        data.on,
        date_label(&data.on),
        data.as_of,
        date_label(&data.as_of)
    );
    out.push_str("\n/// One row per member state, in the order of `MEMBERS`.\npub static BUDAPEST: &[PartyRow] = &[\n");
    for r in &data.rows {
        let on_day = match r.on_day.as_str() {
            "yes" => "Yes",
            "likely" => "Likely",
            _ => "No",
        };
        let mut status = r.status.clone();
        status[..1].make_ascii_uppercase();
        let _ = writeln!(
            out,
            "    PartyRow {{ on_vote_day: OnVoteDay::{on_day}, on_vote_day_words: {:?}, status: CoeStatus::{status}, signed: {:?}, ratified: {:?}, in_force: {:?}, evidence: {:?}, sources: &{:?} }},",
            r.on_day, r.signed, r.ratified, r.in_force, r.evidence, r.sources
        );
    }
    out.push_str("];\n");
}
