//! `dist/search-names.txt`: every name a reader may type to find a member
//! state, and the entities that are not member states with the one line a
//! reader is shown for them. The app fetches it only when the search needs
//! it, so none of it is in the wasm; the format is in docs/search-names.md.
//!
//! The files are compiled into the prerender (include_str!), so a change to
//! them rebuilds it, and a file it cannot use stops the build with the
//! file, line and reason.

use std::collections::HashSet;
use uncyber::data;
use uncyber::model::date::{parse_iso, MONTHS};

// The one CSV reader the project has (build.rs and the tests use it too).
#[allow(dead_code)] // its other readers' parts
#[path = "../../../build_support/csv.rs"]
mod csv;

pub const FILE: &str = uncyber::html::page::SEARCH_NAMES;

const UN_NAMES_FILE: &str = "data/names/un-names-6.csv";
const UN_NAMES: &str = include_str!("../../../data/names/un-names-6.csv");
const UN_NAMES_HEADER: [&str; 8] = ["iso3", "en", "fr", "es", "ru", "zh", "ar", "source"];
const MORE_NAMES_FILE: &str = "data/names/more-names.csv";
const MORE_NAMES: &str = include_str!("../../../data/names/more-names.csv");
const NON_MEMBERS_FILE: &str = "data/non-members.toml";
const NON_MEMBERS: &str = include_str!("../../../data/non-members.toml");
const STATUSES: [&str; 3] = ["observer state", "observer", "not a UN member"];

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct NonMembers {
    entity: Vec<Entity>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Entity {
    code: String,
    status: String,
    names: Vec<String>,
    sentence: String,
    #[serde(default)]
    signed: Option<String>,
    sources: Vec<String>,
    #[allow(dead_code)] // for editors and readers of the file, not shown
    evidence: String,
}

/// A field the format can carry: not empty, and no tab or line break,
/// which would split it.
fn field(file: &str, what: &str, value: &str) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() || value.contains(['\t', '\n', '\r']) {
        return Err(format!(
            "{file}: {what} `{value}` is empty or holds a tab or line break"
        ));
    }
    Ok(value.to_string())
}

/// Rows of a CSV after its header, which must be `header`; each with its
/// 1-based line.
fn rows(file: &str, text: &str, header: &[&str]) -> Result<Vec<(usize, Vec<String>)>, String> {
    let cells = csv::cells(text).map_err(|e| format!("{file}: {e}"))?;
    let Some((head, body)) = cells.split_first() else {
        return Err(format!("{file}: the file is empty"));
    };
    if head != header {
        return Err(format!(
            "{file}: the header is `{}`, expected `{}`",
            head.join(","),
            header.join(",")
        ));
    }
    // Blank lines are skipped by the reader; the line numbers count them.
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, _)| i + 1)
        .skip(1)
        .collect();
    Ok(lines.into_iter().zip(body.iter().cloned()).collect())
}

/// The member's index for `iso3` in a row of `file`, or why not.
fn member(file: &str, line: usize, iso3: &str) -> Result<usize, String> {
    data::member_index(iso3)
        .filter(|&i| data::members()[i].iso3 == iso3)
        .ok_or_else(|| format!("{file}:{line}: {iso3} is not a member state"))
}

/// The whole file's text, or what is wrong with the data it is made from.
pub fn text() -> Result<String, String> {
    let members = data::members();
    // Each member's names, in this order: the UN name the app shows, the
    // six UN languages, the app's aliases, then the other forms.
    let mut names: Vec<Vec<String>> = data::member_names()
        .iter()
        .map(|n| vec![n.to_string()])
        .collect();
    let mut seen_un = vec![false; members.len()];
    for (line, row) in rows(UN_NAMES_FILE, UN_NAMES, &UN_NAMES_HEADER)? {
        let i = member(UN_NAMES_FILE, line, &row[0])?;
        if std::mem::replace(&mut seen_un[i], true) {
            return Err(format!(
                "{UN_NAMES_FILE}:{line}: {} is listed twice",
                row[0]
            ));
        }
        for (lang, name) in UN_NAMES_HEADER[1..7].iter().zip(&row[1..7]) {
            let at = format!("{UN_NAMES_FILE}:{line}");
            names[i].push(field(&at, &format!("the {lang} name"), name)?);
        }
    }
    if let Some(i) = seen_un.iter().position(|s| !s) {
        return Err(format!("{UN_NAMES_FILE}: {} has no row", members[i].iso3));
    }
    for &(alias, i) in data::aliases() {
        names[i].push(field("data/aliases.csv", "the alias", alias)?);
    }
    for (line, row) in rows(MORE_NAMES_FILE, MORE_NAMES, &["iso3", "name", "note"])? {
        let i = member(MORE_NAMES_FILE, line, &row[0])?;
        let at = format!("{MORE_NAMES_FILE}:{line}");
        field(&at, "the note", &row[2])?;
        names[i].push(field(&at, "the name", &row[1])?);
    }
    let mut seen = HashSet::new();
    let mut out = String::new();
    let mut push = |line: String| {
        if seen.insert(line.clone()) {
            out.push_str(&line);
            out.push('\n');
        }
    };
    for (m, list) in members.iter().zip(&names) {
        for name in list {
            push(format!("{}\t{name}", m.iso3));
        }
    }
    for e in non_members()? {
        // In the build's language (content/<lang>/labels.toml [entities]);
        // the first name is the one the search shows.
        let words = |en: &str| {
            data::entity_words(en).ok_or_else(|| {
                format!(
                    "{NON_MEMBERS_FILE}: entity {}: the build has no words for \"{en}\"",
                    e.code
                )
            })
        };
        let sentence = words(&e.sentence)?;
        let shown = words(&e.names[0])?;
        for name in std::iter::once(shown).chain(e.names.iter().map(String::as_str)) {
            push(format!("{}\t{name}\t{sentence}", e.code));
        }
    }
    Ok(out)
}

/// `data/non-members.toml`, checked: codes that are no member's, a known
/// status, names and a sentence the format can carry, a source, and the
/// signature's day in the sentence where one is given.
fn non_members() -> Result<Vec<Entity>, String> {
    let file = NON_MEMBERS_FILE;
    let parsed: NonMembers = toml::from_str(NON_MEMBERS).map_err(|e| format!("{file}: {e}"))?;
    let mut codes = HashSet::new();
    let mut out = Vec::new();
    for mut e in parsed.entity {
        let code = e.code.clone();
        let at = format!("{file}: entity {code}");
        if !(code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())) {
            return Err(format!("{at}: the code must be three capital letters"));
        }
        if data::member_index(&code).is_some() {
            return Err(format!("{at}: {code} is a member state's code"));
        }
        if !codes.insert(code.clone()) {
            return Err(format!("{at}: listed twice"));
        }
        if !STATUSES.contains(&e.status.as_str()) {
            return Err(format!(
                "{at}: status `{}` must be one of {}",
                e.status,
                STATUSES.join(", ")
            ));
        }
        if e.names.is_empty() {
            return Err(format!("{at}: no names"));
        }
        e.names = e
            .names
            .iter()
            .map(|n| field(&at, "the name", n))
            .collect::<Result<_, _>>()?;
        e.sentence = field(&at, "the sentence", &e.sentence)?;
        if e.sources.is_empty() || e.sources.iter().any(|s| !s.starts_with("http")) {
            return Err(format!("{at}: needs its sources as web addresses"));
        }
        if let Some(day) = &e.signed {
            let Some((y, m, d)) = parse_iso(day) else {
                return Err(format!("{at}: signed `{day}` is not a YYYY-MM-DD date"));
            };
            let label = format!("{d} {} {y}", MONTHS[usize::from(m) - 1]);
            if !e.sentence.contains(&label) {
                return Err(format!(
                    "{at}: the sentence does not give the day it signed, {label}"
                ));
            }
        }
        out.push(e);
    }
    Ok(out)
}
