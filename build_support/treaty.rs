//! Loads and checks `content/offences.toml` (what the treaties say, side by
//! side) and `content/glossary.toml` (the words a pupil may not know).
//! Errors name the file and, where it helps, the line.

use super::content::check_digits;
use super::csv::DataError;
use super::dataset::{line_of, toml_error};
use serde::Deserialize;

pub const OFFENCES_FILE: &str = "content/offences.toml";
pub const GLOSSARY_FILE: &str = "content/glossary.toml";

/// The table's columns, in order.
pub const INSTRUMENTS: [&str; 3] = ["budapest", "russia-2017", "un-2024"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    pub id: String,
    pub name: String,
    pub year: u16,
    pub note: String,
    pub confidence: String,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OffenceRow {
    pub kind: String,
    pub topic: String,
    pub budapest: String,
    #[serde(rename = "russia-2017")]
    pub russia_2017: String,
    #[serde(rename = "un-2024")]
    pub un_2024: String,
    pub sources: Vec<String>,
}

impl OffenceRow {
    /// The cells in the order of `INSTRUMENTS`.
    pub fn cells(&self) -> [&str; 3] {
        [&self.budapest, &self.russia_2017, &self.un_2024]
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offences {
    pub instrument: Vec<Instrument>,
    pub row: Vec<OffenceRow>,
}

/// Whether a cell cites an article: "Art. 7", "Arts. 2-10", "Arts. 16-21".
pub fn is_article(cell: &str) -> bool {
    let rest = cell
        .strip_prefix("Arts. ")
        .or_else(|| cell.strip_prefix("Art. "));
    rest.is_some_and(|r| {
        !r.is_empty()
            && r.split(['-', ',', ' ']).filter(|p| !p.is_empty()).all(|p| {
                p.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '(' || c == ')')
                    .chars()
                    .all(|c| c.is_ascii_digit())
            })
            && r.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// A cell: an article, "none" (no such article), "not known" (the sources
/// do not say), or, for a draft whose text was not retrieved, "covered".
fn check_cell(instrument: &str, cell: &str) -> Result<(), String> {
    let ok = is_article(cell)
        || cell == "none"
        || cell == "not known"
        || (instrument == "russia-2017" && cell == "covered");
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{instrument}: `{cell}` must be an article (\"Art. N\", \"Arts. N-M\"), \"none\" or \"not known\"{}",
            if instrument == "russia-2017" { ", or \"covered\"" } else { "" }
        ))
    }
}

pub fn parse_offences(file: &str, text: &str) -> Result<Offences, DataError> {
    let table: Offences = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let ids: Vec<&str> = table.instrument.iter().map(|i| i.id.as_str()).collect();
    if ids != INSTRUMENTS {
        return Err(DataError::new(
            file,
            line_of(text, "[[instrument]]"),
            format!("the instruments must be {INSTRUMENTS:?}, in that order, not {ids:?}"),
        ));
    }
    for i in &table.instrument {
        if !i.source.starts_with("http")
            || i.name.trim().is_empty()
            || i.confidence.trim().is_empty()
        {
            return Err(DataError::new(
                file,
                line_of(text, &format!("id = \"{}\"", i.id)),
                format!("{}: needs a name, a confidence and a source address", i.id),
            ));
        }
    }
    let mut seen_provision = false;
    for row in &table.row {
        let at = line_of(text, &format!("topic = \"{}\"", row.topic));
        let fail = |m: String| DataError::new(file, at, format!("{}: {m}", row.topic));
        match row.kind.as_str() {
            "offence" if seen_provision => {
                return Err(fail("offence rows come before provision rows".into()))
            }
            "offence" => {}
            "provision" => seen_provision = true,
            other => return Err(fail(format!("kind `{other}` must be offence or provision"))),
        }
        for (instrument, cell) in INSTRUMENTS.iter().zip(row.cells()) {
            check_cell(instrument, cell).map_err(fail)?;
        }
        if row.sources.is_empty() {
            return Err(fail("a row names its sources".into()));
        }
        if let Some(bad) = row.sources.iter().find(|u| !u.starts_with("http")) {
            return Err(fail(format!("source `{bad}` is not a web address")));
        }
    }
    if table.row.is_empty() {
        return Err(DataError::new(file, 0, "the table has no rows"));
    }
    Ok(table)
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    /// Lower-case words or phrases that count as a use of the term.
    pub forms: Vec<String>,
    pub definition: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    term: Vec<Term>,
}

/// The longest sentence a step or a definition may have, in words.
pub const MAX_SENTENCE_WORDS: usize = 35;

/// Sentences of prose, each as its words (a placeholder is one word): a
/// sentence ends at `.`, `!` or `?` before a space or the end, or at a
/// paragraph break.
pub fn sentences(text: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    for paragraph in text.split("\n\n") {
        let mut sentence = Vec::new();
        for word in paragraph.split_whitespace() {
            sentence.push(word);
            let bare = word.trim_end_matches(['"', '”', '’', ')', '*']);
            if bare.ends_with(['.', '!', '?']) && !is_abbreviation(bare) {
                out.push(std::mem::take(&mut sentence));
            }
        }
        if !sentence.is_empty() {
            out.push(sentence);
        }
    }
    out
}

/// "Art.", "Arts.", "No.", "e.g.", "i.e.", "U.N.": a full stop that ends no sentence.
fn is_abbreviation(word: &str) -> bool {
    let bare = word.trim_start_matches(['(', '"', '“', '*']);
    ["Art.", "Arts.", "No.", "e.g.", "i.e.", "vs.", "St."].contains(&bare)
        || (bare.len() <= 4 && bare.matches('.').count() >= 2)
}

pub fn parse_glossary(file: &str, text: &str) -> Result<Vec<Term>, DataError> {
    let glossary: GlossaryFile = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let mut previous: Option<String> = None;
    for (n, t) in glossary.term.iter().enumerate() {
        let at = line_of(text, &format!("id = \"{}\"", t.id));
        let fail = |m: String| DataError::new(file, at, format!("{}: {m}", t.id));
        if t.id.is_empty()
            || !t
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(fail("an id uses a-z, 0-9 and '-'".into()));
        }
        if glossary.term[..n].iter().any(|o| o.id == t.id) {
            return Err(fail("the id is used twice".into()));
        }
        if t.term.trim().is_empty() || t.definition.trim().is_empty() {
            return Err(fail("a term needs its words and a definition".into()));
        }
        if t.forms.is_empty()
            || t.forms
                .iter()
                .any(|f| f.is_empty() || f.to_lowercase() != *f)
        {
            return Err(fail(
                "forms are one or more lower-case words or phrases".into(),
            ));
        }
        check_digits(&t.definition).map_err(|(m, _)| fail(m))?;
        if let Some(long) = sentences(&t.definition)
            .iter()
            .find(|s| s.len() > MAX_SENTENCE_WORDS)
        {
            return Err(fail(format!(
                "a sentence of {} words (at most {MAX_SENTENCE_WORDS}): {}",
                long.len(),
                long.join(" ")
            )));
        }
        let key = t.term.to_lowercase();
        if previous.as_ref().is_some_and(|p| *p > key) {
            return Err(fail("terms are in alphabetical order".into()));
        }
        previous = Some(key);
    }
    Ok(glossary.term)
}
