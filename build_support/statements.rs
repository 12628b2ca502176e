//! Loads and checks the delegations' statements on the 2019 resolution
//! (`data/statements/statements.csv`, an unchanged copy of the reference
//! file). Unlike the other files it is not one row per member state: only
//! the statements that could be verified are listed.

use super::csv::{self, DataError};
use super::dataset::{read, MemberRow};
use std::fmt::Write;
use std::path::Path;

pub const FILE: &str = "data/statements/statements.csv";
pub const COLUMNS: [&str; 8] = [
    "record",
    "iso3",
    "speaker_country",
    "position",
    "summary",
    "quote",
    "source_url",
    "locator",
];
/// The two UN records the reference README covers: the committee's
/// summary record and the plenary's verbatim record.
pub const RECORDS: [&str; 2] = ["A/C.3/74/SR.50", "A/74/PV.52"];
/// The README's limit on a verbatim quote.
pub const QUOTE_WORDS: usize = 25;

#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub record: String,
    /// Index in `members`.
    pub member: usize,
    pub speaker: String,
    pub position: String,
    pub summary: String,
    /// Verbatim, or empty where none could be verified.
    pub quote: String,
    pub sources: Vec<String>,
    pub locator: String,
}

pub fn load(dir: &Path, members: &[MemberRow]) -> Result<Vec<Statement>, DataError> {
    let text = read(dir, FILE.trim_start_matches("data/"))?;
    parse(FILE, &text, members)
}

pub fn parse(file: &str, text: &str, members: &[MemberRow]) -> Result<Vec<Statement>, DataError> {
    let mut statements = Vec::new();
    for row in csv::parse(file, text, &COLUMNS)? {
        let [record, iso3, speaker, position, summary, quote, source, locator] = &row.fields[..]
        else {
            unreachable!()
        };
        let fail = |m: String| Err(DataError::new(file, row.line, m));
        if !RECORDS.contains(&record.as_str()) {
            return fail(format!(
                "record `{record}` must be one of {}",
                RECORDS.join(", ")
            ));
        }
        let Some(member) = members.iter().position(|m| &m.iso3 == iso3) else {
            return fail(format!("{iso3} is not a member state"));
        };
        // "Finland (on behalf of the European Union)": the state's own
        // name first, as members.csv spells it.
        if !speaker.starts_with(&members[member].name) {
            return fail(format!(
                "{iso3}: the speaker `{speaker}` does not begin with `{}`",
                members[member].name
            ));
        }
        for (column, value) in [
            ("position", position),
            ("summary", summary),
            ("locator", locator),
        ] {
            if value.trim().is_empty() {
                return fail(format!("{iso3}: {column} is empty"));
            }
        }
        let words = quote.split_whitespace().count();
        if words > QUOTE_WORDS {
            return fail(format!(
                "{iso3}: the quote has {words} words, at most {QUOTE_WORDS}"
            ));
        }
        let sources: Vec<String> = source.split(" ; ").map(str::to_string).collect();
        if let Some(bad) = sources.iter().find(|u| !u.starts_with("http")) {
            return fail(format!("source `{bad}` is not a web address"));
        }
        statements.push(Statement {
            record: record.clone(),
            member,
            speaker: speaker.clone(),
            position: position.clone(),
            summary: summary.clone(),
            quote: quote.clone(),
            sources,
            locator: locator.clone(),
        });
    }
    Ok(statements)
}

/// The statements as static Rust (the type in `data::statements`).
pub fn rs(statements: &[Statement], out: &mut String) {
    out.push_str("\n/// In the order of data/statements/statements.csv.\npub static STATEMENTS: &[crate::data::statements::Statement] = &[\n");
    for s in statements {
        let _ = writeln!(
            out,
            "    crate::data::statements::Statement {{ record: {:?}, member: {}, speaker: {:?}, position: {:?}, summary: {:?}, quote: {:?}, sources: &{:?}, locator: {:?} }},",
            s.record, s.member, s.speaker, s.position, s.summary, s.quote, s.sources, s.locator
        );
    }
    out.push_str("];\n");
}
