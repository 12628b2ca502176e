//! Loads and checks the vote data in `data/`. Used by `build.rs` (which turns
//! it into static Rust) and by the native tests (which feed it broken files).
//! Every check that fails names the file and line to fix.

use super::csv::{self, DataError};
use super::signatures::{self as sig, SignatureRow};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::Path;

pub const REGIONAL_GROUPS: [&str; 5] = ["AFR", "APG", "EEG", "GRULAC", "WEOG"];
pub const CHOICES: [&str; 4] = ["yes", "no", "abstain", "absent"];
/// The vote the explainer opens on; the app relies on it being there.
pub const HEADLINE_VOTE: &str = "3c-2019";

#[derive(Debug, Clone)]
pub struct MemberRow {
    pub iso3: String,
    pub name: String,
    pub group: String,
    /// Its place in the alphabetical order of the names in the build's
    /// language (build_support/names.rs).
    pub rank: u8,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceLink {
    pub label: String,
    pub url: String,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    pub yes: u16,
    pub no: u16,
    pub abstain: u16,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteMeta {
    pub id: String,
    pub body: String,
    pub date: String,
    pub symbol: String,
    pub title: String,
    pub short: String,
    pub camp: String,
    pub decided: String,
    /// The totals as published; a signature record has none (its counts
    /// are its list's).
    #[serde(default)]
    pub official: Option<Totals>,
    pub totals_basis: String,
    pub note: String,
    pub sources: Vec<SourceLink>,
}

#[derive(Debug, Clone)]
pub struct Vote {
    pub meta: VoteMeta,
    /// One of `CHOICES` per member, in the order of `Dataset::members`
    /// (for a signature record, the slot each status is drawn in).
    pub choices: Vec<String>,
    /// For the body `signatures`: each member's status, with its evidence.
    pub signatures: Option<Vec<SignatureRow>>,
}

#[derive(Debug, Clone)]
pub struct Dataset {
    pub members: Vec<MemberRow>,
    pub votes: Vec<Vote>,
    /// ISO3 codes named as sponsors on A/C.3/74/L.11.
    pub sponsors: Vec<String>,
    /// ISO3 codes on the Russian Foreign Ministry's co-sponsor list.
    pub cosponsors: Vec<String>,
    /// Other names readers search by: (ISO3, alias).
    pub aliases: Vec<(String, String)>,
    /// Groupings of member states, their names and caveats (`data/blocs/`).
    pub blocs: super::blocs::Blocs,
    /// Each member's Budapest Convention status (`data/budapest/`).
    pub budapest: super::budapest::Budapest,
    /// Delegations' statements on the 2019 resolution (`data/statements/`).
    pub statements: Vec<super::statements::Statement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VoteFile {
    vote: Vec<VoteMeta>,
}

/// Reads a file below `dir`, naming it relative to the project in errors.
pub fn read(dir: &Path, name: &str) -> Result<String, DataError> {
    std::fs::read_to_string(dir.join(name))
        .map_err(|e| DataError::new(&format!("data/{name}"), 0, format!("cannot read: {e}")))
}

/// Loads `members.csv`, `votes.toml`, `votes/<id>.csv`, `sponsors.csv`,
/// `aliases.csv`, and the folders `blocs/`, `budapest/` and `statements/`.
pub fn load(dir: &Path) -> Result<Dataset, DataError> {
    let members = parse_members("data/members.csv", &read(dir, "members.csv")?)?;
    let metas = parse_vote_meta("data/votes.toml", &read(dir, "votes.toml")?)?;
    if !metas.iter().any(|m| m.id == HEADLINE_VOTE) {
        return Err(DataError::new(
            "data/votes.toml",
            0,
            format!("vote `{HEADLINE_VOTE}` is missing"),
        ));
    }
    let mut votes = Vec::new();
    // Newest first, whatever the order in the file (ISO dates sort as text).
    let mut metas = metas;
    metas.sort_by(|a, b| b.date.cmp(&a.date));
    for meta in metas {
        if meta.body == "signatures" {
            let text = read(dir, sig::FILE.trim_start_matches("data/"))?;
            let words_text = read(dir, sig::EVIDENCE_FILE.trim_start_matches("data/"))?;
            let words = sig::parse_evidence(sig::EVIDENCE_FILE, &words_text, &members)?;
            let rows = sig::parse(sig::FILE, &text, &members, &words)?;
            let choices = rows
                .iter()
                .map(|r| sig::slot(&r.status).to_string())
                .collect();
            votes.push(Vote {
                meta,
                choices,
                signatures: Some(rows),
            });
            continue;
        }
        let name = format!("votes/{}.csv", meta.id);
        let text = read(dir, &name)?;
        votes.push(parse_vote(&format!("data/{name}"), &text, meta, &members)?);
    }
    let (sponsors, cosponsors) =
        parse_sponsors("data/sponsors.csv", &read(dir, "sponsors.csv")?, &members)?;
    let aliases = parse_aliases("data/aliases.csv", &read(dir, "aliases.csv")?, &members)?;
    let blocs = super::blocs::load(dir, &members)?;
    let budapest = super::budapest::load(dir, &members)?;
    let statements = super::statements::load(dir, &members)?;
    Ok(Dataset {
        members,
        votes,
        sponsors,
        cosponsors,
        aliases,
        blocs,
        budapest,
        statements,
    })
}

pub fn parse_members(file: &str, text: &str) -> Result<Vec<MemberRow>, DataError> {
    let header = [
        "iso3",
        "un_name",
        "regional_group",
        "regional_group_label",
        "group_note",
    ];
    let mut seen = HashSet::new();
    let mut members = Vec::new();
    for row in csv::parse(file, text, &header)? {
        let [iso3, name, group, ..] = &row.fields[..] else {
            unreachable!()
        };
        if !is_iso3(iso3) {
            return Err(DataError::new(
                file,
                row.line,
                format!("`{iso3}` is not an ISO3 code"),
            ));
        }
        if !seen.insert(iso3.clone()) {
            return Err(DataError::new(
                file,
                row.line,
                format!("{iso3} is listed twice"),
            ));
        }
        if name.trim().is_empty() {
            return Err(DataError::new(
                file,
                row.line,
                format!("{iso3} has no name"),
            ));
        }
        if !REGIONAL_GROUPS.contains(&group.as_str()) {
            return Err(DataError::new(
                file,
                row.line,
                format!(
                    "regional group `{group}` is not one of {}",
                    REGIONAL_GROUPS.join(", ")
                ),
            ));
        }
        members.push(MemberRow {
            iso3: iso3.clone(),
            name: name.clone(),
            group: group.clone(),
            rank: 0,
        });
    }
    Ok(members)
}

pub fn parse_vote_meta(file: &str, text: &str) -> Result<Vec<VoteMeta>, DataError> {
    let parsed: VoteFile = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let mut ids = HashSet::new();
    for meta in &parsed.vote {
        let line = line_of(text, &format!("id = \"{}\"", meta.id));
        let fail = |m: String| Err(DataError::new(file, line, m));
        if !meta
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return fail(format!("vote id `{}` must use a-z, 0-9 and '-'", meta.id));
        }
        if !ids.insert(meta.id.clone()) {
            return fail(format!("vote id `{}` appears twice", meta.id));
        }
        if !["plenary", "third-committee", "signatures"].contains(&meta.body.as_str()) {
            return fail(format!(
                "body `{}` must be plenary, third-committee or signatures",
                meta.body
            ));
        }
        if (meta.body == "signatures") != meta.official.is_none() {
            return fail(format!(
                "vote `{}`: a vote needs its official totals; a signature record has none",
                meta.id
            ));
        }
        if !["russia", "us"].contains(&meta.camp.as_str()) {
            return fail(format!("camp `{}` must be russia or us", meta.camp));
        }
        if !["confirmed", "one source", "dataset only"].contains(&meta.totals_basis.as_str()) {
            return fail(format!("totals_basis `{}` is not known", meta.totals_basis));
        }
        if parse_date(&meta.date).is_none() {
            return fail(format!("date `{}` is not a YYYY-MM-DD date", meta.date));
        }
        if let Some(s) = meta.sources.iter().find(|s| !s.url.starts_with("https://")) {
            return fail(format!("source `{}` needs an https:// address", s.label));
        }
    }
    Ok(parsed.vote)
}

pub fn parse_vote(
    file: &str,
    text: &str,
    meta: VoteMeta,
    members: &[MemberRow],
) -> Result<Vote, DataError> {
    let index: HashMap<&str, usize> = members
        .iter()
        .enumerate()
        .map(|(i, m)| (m.iso3.as_str(), i))
        .collect();
    let mut choices: Vec<Option<String>> = vec![None; members.len()];
    for row in csv::parse(file, text, &["country", "iso3", "vote"])? {
        let [country, iso3, choice] = &row.fields[..] else {
            unreachable!()
        };
        let Some(&i) = index.get(iso3.as_str()) else {
            return Err(DataError::new(
                file,
                row.line,
                format!("{iso3} is not a member state"),
            ));
        };
        if *country != members[i].name {
            return Err(DataError::new(
                file,
                row.line,
                format!(
                    "{iso3} is named `{country}`, members.csv says `{}`",
                    members[i].name
                ),
            ));
        }
        if !CHOICES.contains(&choice.as_str()) {
            return Err(DataError::new(
                file,
                row.line,
                format!("vote `{choice}` must be one of {}", CHOICES.join(", ")),
            ));
        }
        if choices[i].replace(choice.clone()).is_some() {
            return Err(DataError::new(
                file,
                row.line,
                format!("{iso3} is listed twice"),
            ));
        }
    }
    if let Some(i) = choices.iter().position(Option::is_none) {
        return Err(DataError::new(
            file,
            0,
            format!("{} has no row", members[i].iso3),
        ));
    }
    let choices: Vec<String> = choices.into_iter().flatten().collect();
    let count = |c: &str| choices.iter().filter(|x| *x == c).count() as u16;
    let found = Totals {
        yes: count("yes"),
        no: count("no"),
        abstain: count("abstain"),
    };
    let official = meta.official.expect("checked in parse_vote_meta");
    if found != official {
        let o = official;
        return Err(DataError::new(
            file,
            0,
            format!(
                "the list adds up to {}-{}-{}, but votes.toml gives the official totals as {}-{}-{}",
                found.yes, found.no, found.abstain, o.yes, o.no, o.abstain
            ),
        ));
    }
    Ok(Vote {
        meta,
        choices,
        signatures: None,
    })
}

pub fn parse_sponsors(
    file: &str,
    text: &str,
    members: &[MemberRow],
) -> Result<(Vec<String>, Vec<String>), DataError> {
    let known: HashSet<&str> = members.iter().map(|m| m.iso3.as_str()).collect();
    let (mut sponsors, mut cosponsors) = (Vec::new(), Vec::new());
    for row in csv::parse(file, text, &["iso3", "role", "name_as_printed"])? {
        let [iso3, role, _] = &row.fields[..] else {
            unreachable!()
        };
        if !known.contains(iso3.as_str()) {
            return Err(DataError::new(
                file,
                row.line,
                format!("{iso3} is not a member state"),
            ));
        }
        let list = match role.as_str() {
            "sponsor" => &mut sponsors,
            "cosponsor" => &mut cosponsors,
            _ => {
                return Err(DataError::new(
                    file,
                    row.line,
                    format!("role `{role}` must be sponsor or cosponsor"),
                ))
            }
        };
        if list.contains(iso3) {
            return Err(DataError::new(
                file,
                row.line,
                format!("{iso3} is listed twice as {role}"),
            ));
        }
        list.push(iso3.clone());
    }
    Ok((sponsors, cosponsors))
}

pub fn parse_aliases(
    file: &str,
    text: &str,
    members: &[MemberRow],
) -> Result<Vec<(String, String)>, DataError> {
    let mut aliases = Vec::new();
    for row in csv::parse(file, text, &["iso3", "alias"])? {
        let [iso3, alias] = &row.fields[..] else {
            unreachable!()
        };
        if !members.iter().any(|m| &m.iso3 == iso3) {
            return Err(DataError::new(
                file,
                row.line,
                format!("{iso3} is not a member state"),
            ));
        }
        if alias.trim().is_empty() {
            return Err(DataError::new(file, row.line, "the alias is empty"));
        }
        aliases.push((iso3.clone(), alias.trim().to_string()));
    }
    Ok(aliases)
}

pub fn is_iso3(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

// `YYYY-MM-DD` to (year, month, day), checking the ranges, and the month
// names: the app's own (src/model/date.rs, pure), so the build checks and
// labels the data's dates as the app reads its own.
#[path = "../src/model/date.rs"]
mod date;
pub use date::{parse_iso as parse_date, MONTHS};

/// "18 November 2019" from `YYYY-MM-DD`.
pub fn date_label(s: &str) -> String {
    if let Some(label) = in_build_language(|w| w.partial_date(s)) {
        return label;
    }
    let (y, m, d) = parse_date(s).expect("dates are checked when loaded");
    format!("{d} {} {y}", MONTHS[usize::from(m) - 1])
}

/// "18 November 2019", "November 2019" or "2019".
pub fn partial_date_label(s: &str) -> String {
    if let Some(label) = in_build_language(|w| w.partial_date(s)) {
        return label;
    }
    let parts: Vec<u32> = s.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts[..] {
        [y, m, d] => format!("{d} {} {y}", MONTHS[m as usize - 1]),
        [y, m] => format!("{} {y}", MONTHS[m as usize - 1]),
        [y] => y.to_string(),
        _ => s.to_string(),
    }
}

thread_local! {
    /// How the build's language writes dates, where that is not English:
    /// set by build.rs before anything is labelled, so every date the data
    /// and the story show is written the language's way.
    static DATE_WORDS: std::cell::RefCell<Option<super::words::Words>> =
        const { std::cell::RefCell::new(None) };
}

/// Writes every later date label in `words`' language (`None`: English).
pub fn write_dates_in(words: Option<super::words::Words>) {
    DATE_WORDS.with(|w| *w.borrow_mut() = words);
}

/// `f` of the build language's words, if that is not English.
pub fn in_build_language<T>(f: impl FnOnce(&super::words::Words) -> T) -> Option<T> {
    DATE_WORDS.with(|w| w.borrow().as_ref().map(f))
}

/// 1-based line of the first line containing `needle`, or 0.
pub fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map_or(0, |i| i + 1)
}

/// A TOML error as a `DataError` with the line toml reports.
pub fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> DataError {
    let line = e.span().map_or(0, |s| {
        text[..s.start.min(text.len())].lines().count().max(1)
    });
    DataError::new(file, line, e.message().to_string())
}
