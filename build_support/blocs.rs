//! Loads and checks the groupings ("blocs") of member states in
//! `data/blocs/`: who belonged to which, from when to when (`blocs.csv`, an
//! unchanged copy of the reference file), each grouping's name in words
//! (`names.csv`) and the notes a reader must see beside a count
//! (`caveats.csv`: a suspension, an associate status, a dispute), both
//! written for this project.

use super::csv::{self, DataError};
use super::dataset::{parse_date, read, MemberRow};
use std::fmt::Write;
use std::path::Path;

pub const FILE: &str = "data/blocs/blocs.csv";
pub const NAMES_FILE: &str = "data/blocs/names.csv";
pub const CAVEATS_FILE: &str = "data/blocs/caveats.csv";
pub const COLUMNS: [&str; 6] = ["bloc", "iso3", "name", "member_from", "member_to", "note"];
/// The groupings the reference file documents (its README), in its order.
pub const BLOCS: [&str; 11] = [
    "EU", "AU", "ASEAN", "LAS", "SCO", "BRICS", "CIS", "OIC", "OAS", "NATO", "G77",
];
/// Each kind of caveat, with the words the row's own note must use for it:
/// the project's file sorts the notes, the reference file's words carry
/// them (the reader sees the note itself).
pub const CAVEAT_KINDS: [(&str, &str); 4] = [
    ("suspended", "suspended"),
    ("associate", "associate"),
    ("disputed", "disputed"),
    ("not-participating", "not participate"),
];

#[derive(Debug, Clone)]
pub struct BlocRow {
    /// Index in `BLOCS` (and in the names).
    pub bloc: usize,
    /// Index in `members`.
    pub member: usize,
    /// `YYYY-MM-DD`, `YYYY-MM` or empty (a member before the period).
    pub from: String,
    pub to: String,
    pub note: String,
}

#[derive(Debug, Clone)]
pub struct CaveatRow {
    /// Index of the membership row it qualifies.
    pub row: usize,
    /// One of `CAVEAT_KINDS`.
    pub kind: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, Default)]
pub struct Blocs {
    /// Each grouping's name in words, in the order of `BLOCS`.
    pub names: Vec<String>,
    pub rows: Vec<BlocRow>,
    pub caveats: Vec<CaveatRow>,
}

/// Reads the three files below `dir` (the `data/` folder).
pub fn load(dir: &Path, members: &[MemberRow]) -> Result<Blocs, DataError> {
    // `read` takes a name below `dir`; errors name the file as `data/...`.
    let read_file = |file: &str| read(dir, file.trim_start_matches("data/"));
    let names = parse_names(NAMES_FILE, &read_file(NAMES_FILE)?)?;
    let rows = parse(FILE, &read_file(FILE)?, members)?;
    let caveats = parse_caveats(CAVEATS_FILE, &read_file(CAVEATS_FILE)?, &rows, members)?;
    Ok(Blocs {
        names,
        rows,
        caveats,
    })
}

/// `YYYY-MM-DD` or, where only the month is known, `YYYY-MM`: ISO dates,
/// which compare as text.
pub fn is_day_or_month(s: &str) -> bool {
    parse_date(s).is_some() || parse_date(&format!("{s}-01")).is_some()
}

fn bloc_index(code: &str) -> Option<usize> {
    BLOCS.iter().position(|b| *b == code)
}

/// One name per grouping of `BLOCS`, each exactly once.
pub fn parse_names(file: &str, text: &str) -> Result<Vec<String>, DataError> {
    let mut names: Vec<Option<String>> = vec![None; BLOCS.len()];
    for row in csv::parse(file, text, &["bloc", "name"])? {
        let [code, name] = &row.fields[..] else {
            unreachable!()
        };
        let fail = |m: String| Err(DataError::new(file, row.line, m));
        let Some(i) = bloc_index(code) else {
            return fail(format!("bloc `{code}` must be one of {}", BLOCS.join(", ")));
        };
        if name.trim().is_empty() {
            return fail(format!("{code} has no name"));
        }
        if names[i].replace(name.clone()).is_some() {
            return fail(format!("{code} is named twice"));
        }
    }
    if let Some(i) = names.iter().position(Option::is_none) {
        return Err(DataError::new(file, 0, format!("{} has no name", BLOCS[i])));
    }
    Ok(names.into_iter().flatten().collect())
}

/// The membership rows: a documented grouping, a member state under its
/// name in members.csv, ISO dates in order, a note; one row per pair.
pub fn parse(file: &str, text: &str, members: &[MemberRow]) -> Result<Vec<BlocRow>, DataError> {
    let mut rows: Vec<BlocRow> = Vec::new();
    for row in csv::parse(file, text, &COLUMNS)? {
        let [code, iso3, name, from, to, note] = &row.fields[..] else {
            unreachable!()
        };
        let fail = |m: String| Err(DataError::new(file, row.line, m));
        let Some(bloc) = bloc_index(code) else {
            return fail(format!("bloc `{code}` must be one of {}", BLOCS.join(", ")));
        };
        let Some(member) = members.iter().position(|m| &m.iso3 == iso3) else {
            return fail(format!("{iso3} is not a member state"));
        };
        if *name != members[member].name {
            return fail(format!(
                "{iso3} is named `{name}`, members.csv says `{}`",
                members[member].name
            ));
        }
        for (column, date) in [("member_from", from), ("member_to", to)] {
            if !date.is_empty() && !is_day_or_month(date) {
                return fail(format!(
                    "{column} `{date}` is not a YYYY-MM-DD or YYYY-MM date"
                ));
            }
        }
        if !from.is_empty() && !to.is_empty() && from >= to {
            return fail(format!(
                "{iso3} leaves {code} ({to}) before it joins ({from})"
            ));
        }
        if note.trim().is_empty() {
            return fail(format!("{iso3} in {code} has no note"));
        }
        if rows.iter().any(|r| r.bloc == bloc && r.member == member) {
            return fail(format!("{iso3} is listed twice in {code}"));
        }
        rows.push(BlocRow {
            bloc,
            member,
            from: from.clone(),
            to: to.clone(),
            note: note.clone(),
        });
    }
    Ok(rows)
}

/// The caveats: each qualifies a membership row whose note says so in
/// its own words, over a period of ISO dates (empty: the row's own).
pub fn parse_caveats(
    file: &str,
    text: &str,
    rows: &[BlocRow],
    members: &[MemberRow],
) -> Result<Vec<CaveatRow>, DataError> {
    let mut caveats: Vec<CaveatRow> = Vec::new();
    for line in csv::parse(file, text, &["bloc", "iso3", "kind", "from", "to"])? {
        let [code, iso3, kind, from, to] = &line.fields[..] else {
            unreachable!()
        };
        let fail = |m: String| Err(DataError::new(file, line.line, m));
        let row = rows.iter().position(|r| {
            BLOCS[r.bloc] == code.as_str() && members[r.member].iso3 == iso3.as_str()
        });
        let Some(row) = row else {
            return fail(format!("{iso3} in {code} has no row in {FILE}"));
        };
        let Some((_, words)) = CAVEAT_KINDS.iter().find(|(k, _)| k == kind) else {
            let kinds: Vec<&str> = CAVEAT_KINDS.iter().map(|(k, _)| *k).collect();
            return fail(format!("kind `{kind}` must be one of {}", kinds.join(", ")));
        };
        if !rows[row].note.to_lowercase().contains(words) {
            return fail(format!(
                "{iso3} in {code}: its note in {FILE} does not say `{words}`"
            ));
        }
        for (column, date) in [("from", from), ("to", to)] {
            if !date.is_empty() && !is_day_or_month(date) {
                return fail(format!(
                    "{column} `{date}` is not a YYYY-MM-DD or YYYY-MM date"
                ));
            }
        }
        if !from.is_empty() && !to.is_empty() && from >= to {
            return fail(format!("the caveat ends ({to}) before it starts ({from})"));
        }
        if caveats.iter().any(|c| c.row == row) {
            return fail(format!("{iso3} in {code} has two caveats"));
        }
        caveats.push(CaveatRow {
            row,
            kind: kind.clone(),
            from: from.clone(),
            to: to.clone(),
        });
    }
    Ok(caveats)
}

/// The groupings as static Rust (types in `model::figures::blocs`).
pub fn rs(blocs: &Blocs, out: &mut String) {
    out.push_str(
        "\nuse crate::model::figures::blocs::{Bloc, CaveatKind, CaveatRule, Membership};\n",
    );
    out.push_str("\npub static BLOCS: &[Bloc] = &[\n");
    for (code, name) in BLOCS.iter().zip(&blocs.names) {
        let _ = writeln!(out, "    Bloc {{ code: {code:?}, name: {name:?} }},");
    }
    out.push_str("];\n\n/// Membership rows, in the order of data/blocs/blocs.csv.\npub static BLOC_MEMBERSHIPS: &[Membership] = &[\n");
    for r in &blocs.rows {
        let _ = writeln!(
            out,
            "    Membership {{ bloc: {}, member: {}, from: {:?}, to: {:?}, note: {:?} }},",
            r.bloc, r.member, r.from, r.to, r.note
        );
    }
    out.push_str("];\n\npub static BLOC_CAVEATS: &[CaveatRule] = &[\n");
    for c in &blocs.caveats {
        let kind = match c.kind.as_str() {
            "suspended" => "Suspended",
            "associate" => "Associate",
            "disputed" => "Disputed",
            _ => "NotParticipating",
        };
        let _ = writeln!(
            out,
            "    CaveatRule {{ membership: {}, kind: CaveatKind::{kind}, from: {:?}, to: {:?} }},",
            c.row, c.from, c.to
        );
    }
    out.push_str("];\n");
}
