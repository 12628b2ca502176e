//! The figures' and menus' short labels in the UN's other five languages:
//! `content/<lang>/labels.toml`, one table per kind of label, each entry
//! keyed by the English exactly as `content/` or `data/` writes it:
//! - `timeline`: the timeline's events (content/timeline.toml);
//! - `tracks`: the two tracks' events (content/tracks.toml);
//! - `votes`: the votes' names in menus (data/votes.toml `short`);
//! - `blocs`: the groupings' names (data/blocs/);
//! - `treaty`: the treaties' table (content/offences.toml): the treaties'
//!   names, notes and confidence, the rows' topics, the cells' words
//!   ("none", "not known", "covered") and the article abbreviations
//!   ("Art.", "Arts.") put before an article's number;
//! - `glossary`: each term and its definition (content/glossary.toml);
//! - `evidence`: how the evidence behind each signature status reads
//!   (data/signatures/evidence.toml `reads`);
//! - `places`: the names and notes of the map's places that are not member
//!   states (src/generated/other-places.csv; build_support/places.rs);
//! - `entities`: the name and the sentence the search shows for an entity
//!   that is not a member state (data/non-members.toml).
//!
//! Keyed by the English, a translation cannot go stale unseen: when an
//! English label changes, its old key is left over and the new one is
//! missing, and the build names both. A translation may not type a number
//! its English does not have.
//!
//! The votes' titles are the UN's own, never translated here: those a UN
//! page confirms in the language (`data/titles/un-titles-6.csv`) replace
//! the English; the others stay English.

use super::content::Story;
use super::csv::{parse, DataError};
use super::dataset::{line_of, toml_error, Dataset};
use super::places::Places;
use super::translations::{check_numbers, LANGS};
use std::collections::BTreeMap;
use std::path::Path;

const TITLES: &str = "data/titles/un-titles-6.csv";

/// The kinds of label, as `labels.toml` names its tables.
const KINDS: [&str; 9] = [
    "timeline", "tracks", "votes", "blocs", "treaty", "glossary", "evidence", "places", "entities",
];

/// The article abbreviations an article cell starts with, longest first.
const ARTICLE_PREFIXES: [&str; 2] = ["Arts.", "Art."];

/// An article cell's abbreviation and the rest ("Arts.", " 16-21").
fn article_prefix(cell: &str) -> Option<(&'static str, &str)> {
    ARTICLE_PREFIXES
        .iter()
        .find_map(|p| cell.strip_prefix(p).map(|rest| (*p, rest)))
        .filter(|_| super::treaty::is_article(cell))
}

/// One language's labels: kind -> English -> translation.
pub type Labels = BTreeMap<String, BTreeMap<String, String>>;

/// The English labels of each kind, in the order they first appear.
fn english(data: &Dataset, story: &Story, places: &Places) -> Vec<(&'static str, Vec<String>)> {
    let unique = |labels: Vec<String>| {
        let mut out: Vec<String> = Vec::new();
        for label in labels {
            if !out.contains(&label) {
                out.push(label);
            }
        }
        out
    };
    vec![
        (
            "timeline",
            unique(story.timeline.iter().map(|e| e.label.clone()).collect()),
        ),
        (
            "tracks",
            unique(story.tracks.iter().map(|e| e.label.clone()).collect()),
        ),
        (
            "votes",
            unique(data.votes.iter().map(|v| v.meta.short.clone()).collect()),
        ),
        ("blocs", unique(data.blocs.names.clone())),
        ("treaty", unique(treaty_words(story))),
        (
            "glossary",
            unique(
                story
                    .glossary
                    .iter()
                    .flat_map(|t| [t.term.clone(), t.definition.clone()])
                    .collect(),
            ),
        ),
        (
            "evidence",
            unique(
                data.votes
                    .iter()
                    .filter_map(|v| v.signatures.as_ref())
                    .flatten()
                    .map(|row| row.reads.clone())
                    .filter(|reads| !reads.is_empty())
                    .collect(),
            ),
        ),
        ("places", places.place_words()),
        ("entities", unique(places.entity_words())),
    ]
}

/// The treaties' table's words: each treaty's name, note and confidence,
/// each row's topic, then the cells' words and article abbreviations.
fn treaty_words(story: &Story) -> Vec<String> {
    let table = &story.offences;
    let mut out: Vec<String> = table
        .instrument
        .iter()
        .flat_map(|i| [i.name.clone(), i.note.clone(), i.confidence.clone()])
        .collect();
    out.extend(table.row.iter().map(|r| r.topic.clone()));
    for cell in table.row.iter().flat_map(|r| r.cells()) {
        out.push(match article_prefix(cell) {
            Some((prefix, _)) => prefix.to_string(),
            None => cell.to_string(),
        });
    }
    out
}

/// `content/<lang>/labels.toml`, checked against today's English.
fn load_language(
    root: &Path,
    lang: &str,
    data: &Dataset,
    story: &Story,
    places: &Places,
) -> Result<Labels, DataError> {
    let file = format!("content/{lang}/labels.toml");
    let text = std::fs::read_to_string(root.join(&file)).map_err(|e| {
        DataError::new(
            &file,
            0,
            format!("cannot read ({e}): every language needs its labels (python3 scripts/translation-skeleton.py {lang} writes the file to fill in)"),
        )
    })?;
    let labels: Labels = toml::from_str(&text).map_err(|e| toml_error(&file, &text, &e))?;
    if let Some(kind) = labels.keys().find(|k| !KINDS.contains(&k.as_str())) {
        return Err(DataError::new(
            &file,
            line_of(&text, &format!("[{kind}]")),
            format!("`[{kind}]` is not a kind of label ({})", KINDS.join(", ")),
        ));
    }
    for (kind, englishes) in english(data, story, places) {
        let table = labels.get(kind).cloned().unwrap_or_default();
        for en in &englishes {
            let Some(translated) = table.get(en) else {
                return Err(DataError::new(
                    &file,
                    line_of(&text, &format!("[{kind}]")),
                    format!("[{kind}] has no translation of \"{en}\" (new or changed English)"),
                ));
            };
            let at = line_of(&text, &format!("\"{en}\""));
            if translated.trim().is_empty() {
                return Err(DataError::new(
                    &file,
                    at,
                    format!("[{kind}] \"{en}\" is not translated yet"),
                ));
            }
            check_numbers(&[en.as_str()], translated).map_err(|m| DataError::new(&file, at, m))?;
        }
        if let Some(gone) = table.keys().find(|k| !englishes.contains(k)) {
            return Err(DataError::new(
                &file,
                line_of(&text, &format!("\"{gone}\"")),
                format!("[{kind}] translates \"{gone}\", which the English no longer has (changed or removed): translate the new English, then delete this entry"),
            ));
        }
    }
    Ok(labels)
}

/// Every language's labels, checked (a stale or missing one stops every
/// build, as the story's translations do), with the build's language's.
pub fn load(
    root: &Path,
    lang: &str,
    data: &Dataset,
    story: &Story,
    places: &Places,
) -> Result<Option<Labels>, DataError> {
    let mut build = None;
    for other in LANGS {
        let labels = load_language(root, other, data, story, places)?;
        if other == lang {
            build = Some(labels);
        }
    }
    Ok(build)
}

/// The UN titles in `lang` that a UN page confirms: English title -> title.
pub fn un_titles(root: &Path, lang: &str) -> Result<BTreeMap<String, String>, DataError> {
    let text = std::fs::read_to_string(root.join(TITLES))
        .map_err(|e| DataError::new(TITLES, 0, format!("cannot read: {e}")))?;
    let rows = parse(
        TITLES,
        &text,
        &[
            "key",
            "lang",
            "title",
            "confidence",
            "source_url",
            "excerpt",
        ],
    )?;
    // key, lang, title, confidence
    let cells: Vec<[&str; 4]> = rows
        .iter()
        .map(|r| [0, 1, 2, 3].map(|i| r.fields[i].as_str()))
        .collect();
    let mut out = BTreeMap::new();
    for [key, _, english, _] in cells.iter().filter(|c| c[1] == "en") {
        let confirmed = cells
            .iter()
            .find(|c| c[0] == *key && c[1] == lang && c[3] == "confirmed");
        if let Some([_, _, title, _]) = confirmed {
            out.insert(english.to_string(), title.to_string());
        }
    }
    Ok(out)
}

/// `shown` for a language's labels: its words, or the English where it
/// has none (English itself); in Arabic, with UN symbols set apart.
pub fn shown_in<'a>(
    labels: Option<&'a Labels>,
    lang: &'a str,
) -> impl Fn(&str, &str) -> String + 'a {
    move |kind, en| {
        let text = labels
            .and_then(|l| l.get(kind))
            .and_then(|t| t.get(en))
            .cloned()
            .unwrap_or_else(|| en.to_string());
        if lang == "ar" {
            super::translations::isolate_symbols(&text)
        } else {
            text
        }
    }
}

/// Puts `labels` (and the confirmed UN titles) in place of the English;
/// in Arabic, with the UN symbols set apart left to right
/// (translations::isolate_symbols).
pub fn apply(
    labels: &Labels,
    titles: &BTreeMap<String, String>,
    lang: &str,
    data: &mut Dataset,
    story: &mut Story,
) {
    let shown = shown_in(Some(labels), lang);
    for event in &mut story.timeline {
        event.label = shown("timeline", &event.label);
    }
    for event in &mut story.tracks {
        event.label = shown("tracks", &event.label);
    }
    for vote in &mut data.votes {
        for row in vote.signatures.iter_mut().flatten() {
            if !row.reads.is_empty() {
                row.reads = shown("evidence", &row.reads);
            }
        }
        vote.meta.short = shown("votes", &vote.meta.short);
        if let Some(title) = titles.get(&vote.meta.title) {
            vote.meta.title = title.clone();
        }
    }
    let names: Vec<String> = data.blocs.names.iter().map(|n| shown("blocs", n)).collect();
    data.blocs.names = names;
    for i in &mut story.offences.instrument {
        i.name = shown("treaty", &i.name);
        i.note = shown("treaty", &i.note);
        i.confidence = shown("treaty", &i.confidence);
    }
    for row in &mut story.offences.row {
        row.topic = shown("treaty", &row.topic);
        for cell in [&mut row.budapest, &mut row.russia_2017, &mut row.un_2024] {
            *cell = match article_prefix(cell) {
                Some((prefix, rest)) => format!("{}{rest}", shown("treaty", prefix)),
                None => shown("treaty", cell),
            };
        }
    }
    for t in &mut story.glossary {
        t.term = shown("glossary", &t.term);
        t.definition = shown("glossary", &t.definition);
    }
}
