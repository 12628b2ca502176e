//! The story read by a class of fifteen-year-olds: no sentence over 35
//! words, every hard term used in a step defined in the glossary, and the
//! treaties' table citing an article in each cell and a source in each row.

#[path = "../build_support/mod.rs"]
#[allow(dead_code)]
mod build_support;

use build_support::treaty::{is_article, sentences, MAX_SENTENCE_WORDS};
use uncyber::data;

/// (slug, summary, body) of each step, from the source files: placeholders
/// count as one word, as editors write them.
fn step_texts() -> Vec<(String, String, String)> {
    let mut names: Vec<_> = std::fs::read_dir("content/steps")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| {
            let t: toml::Table = toml::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
            let f = |k: &str| t[k].as_str().unwrap().to_string();
            (f("slug"), f("summary"), f("body"))
        })
        .collect()
}

#[test]
fn no_sentence_in_any_step_runs_over_thirty_five_words() {
    let mut long = Vec::new();
    for (slug, summary, body) in step_texts() {
        for text in [summary, body] {
            for s in sentences(&text) {
                if s.len() > MAX_SENTENCE_WORDS {
                    long.push(format!("{slug} ({} words): {}", s.len(), s.join(" ")));
                }
            }
        }
    }
    assert!(
        long.is_empty(),
        "sentences over {MAX_SENTENCE_WORDS} words:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_sentence_counter_splits_at_full_stops_but_not_after_article_abbreviations() {
    let text =
        "Under Arts. 2-10 it lists nine. It passed by {yes:3c-2019} votes!\n\nA new paragraph";
    let lengths: Vec<usize> = sentences(text).iter().map(Vec::len).collect();
    assert_eq!(lengths, [6, 5, 3]);
    let long = "word ".repeat(MAX_SENTENCE_WORDS + 1);
    assert_eq!(sentences(&long)[0].len(), MAX_SENTENCE_WORDS + 1);
}

/// The terms the issue asks the glossary to define, at least.
const REQUIRED_TERMS: [&str; 13] = [
    "abstain",
    "sponsor",
    "co-sponsor",
    "sign",
    "ratify",
    "in force",
    "consensus",
    "oewg",
    "gge",
    "third committee",
    "council of europe",
    "mutual legal assistance",
    "capacity-building",
];

/// Words a pupil of fifteen will not know without help, beyond those:
/// wherever a step uses one, the glossary must define it (the editor's list
/// in shared/reference/sources-2026/corrections.md, and the forms of the
/// required terms a step may use).
const OTHER_HARD_TERMS: [&str; 9] = [
    "abstained",
    "abstention",
    "ratified",
    "multilateral",
    "illiberal",
    "territoriality",
    "ad hoc committee",
    "general assembly",
    "resolution",
];

/// The glossary term whose forms include `word`, if any.
fn defined(word: &str, glossary: &[build_support::treaty::Term]) -> bool {
    glossary
        .iter()
        .any(|t| t.forms.iter().any(|f| f == word) || t.term.to_lowercase() == word)
}

/// Whether `text` uses `word` as a word (not inside another).
fn uses(text: &str, word: &str) -> bool {
    let lower = text.to_lowercase();
    lower.match_indices(word).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + word.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
    })
}

fn glossary() -> Vec<build_support::treaty::Term> {
    let file = build_support::treaty::GLOSSARY_FILE;
    build_support::treaty::parse_glossary(file, &std::fs::read_to_string(file).unwrap()).unwrap()
}

#[test]
fn every_hard_term_a_step_uses_is_defined_in_the_glossary() {
    let glossary = glossary();
    let mut missing = Vec::new();
    for (slug, summary, body) in step_texts() {
        let text = format!("{summary} {body}");
        for term in REQUIRED_TERMS.iter().chain(&OTHER_HARD_TERMS) {
            if uses(&text, term) && !defined(term, &glossary) {
                missing.push(format!("{slug}: {term}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "used but not in the glossary: {missing:?}"
    );
    // A term missing from the glossary is caught.
    let without: Vec<_> = glossary
        .into_iter()
        .filter(|t| t.id != "consensus")
        .collect();
    assert!(!defined("consensus", &without));
}

#[test]
fn the_glossary_defines_at_least_the_terms_a_class_needs() {
    let glossary = glossary();
    for term in REQUIRED_TERMS {
        assert!(defined(term, &glossary), "{term}");
    }
    // The Council of Europe is told apart from the EU.
    let coe = glossary
        .iter()
        .find(|t| t.id == "council-of-europe")
        .unwrap();
    assert!(
        coe.definition.contains("European Union"),
        "{}",
        coe.definition
    );
    // What the page shows is the glossary file, in order.
    let shown: Vec<&str> = data::glossary().iter().map(|t| t.id).collect();
    let file: Vec<&str> = glossary.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(shown, file);
}

#[test]
fn a_glossary_sentence_over_the_limit_or_out_of_order_is_refused() {
    let file = build_support::treaty::GLOSSARY_FILE;
    let text = std::fs::read_to_string(file).unwrap();
    let first = &glossary()[0];
    let long = text.replacen(
        &first.definition,
        &format!("{}.", "word ".repeat(MAX_SENTENCE_WORDS + 1).trim()),
        1,
    );
    let e = build_support::treaty::parse_glossary(file, &long)
        .unwrap_err()
        .to_string();
    assert!(e.contains("a sentence of 36 words"), "{e}");
}

#[test]
fn each_cell_of_the_treaties_table_cites_its_article_and_each_row_its_sources() {
    let rows = data::offence_rows();
    assert!(rows.len() >= 10, "{} rows", rows.len());
    assert_eq!(data::instruments().len(), 3);
    for row in rows {
        assert!(!row.sources.is_empty(), "{}: names its sources", row.topic);
        for (n, cell) in row.cells.iter().enumerate() {
            let allowed = is_article(cell)
                || *cell == "none"
                || *cell == "not known"
                || (n == 1 && *cell == "covered");
            assert!(allowed, "{}: `{cell}`", row.topic);
        }
        // The two treaties whose texts were read give an article or say none.
        for n in [0, 2] {
            assert_ne!(row.cells[n], "covered", "{}", row.topic);
        }
    }
    // Every offence of the Budapest Convention's Arts. 2-10 has its row.
    for art in 2..=10 {
        let cite = format!("Art. {art}");
        assert!(
            rows.iter().any(|r| r.cells[0] == cite),
            "Budapest {cite} has a row"
        );
    }
    assert!(
        is_article("Art. 7")
            && is_article("Arts. 16-21")
            && !is_article("Article")
            && !is_article("covered")
    );
}

#[test]
fn the_convention_step_shows_the_table_in_the_app_the_static_page_and_the_handout() {
    use uncyber::model::treaty::StepTable;
    let step = data::steps()
        .iter()
        .position(|s| s.table == Some(StepTable::Offences))
        .expect("a step shows the treaties' table");
    assert_eq!(data::steps()[step].slug, "convention");
    let vote = data::step_vote(&data::steps()[step]);
    let html =
        uncyber::widgets::step::write::step_html(step, vote, uncyber::html::Target::StaticPage);
    assert!(
        html.contains("What the treaties say, side by side"),
        "{html}"
    );
    for row in data::offence_rows() {
        assert!(
            html.contains(&uncyber::html::Html::text(row.topic).into_string()),
            "{}",
            row.topic
        );
    }
    assert!(html.contains("href=\"glossary.html\""));
}
