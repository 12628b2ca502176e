//! The reference files in ../shared/reference, read here and nowhere
//! else, so the figures are checked against them, never against the data
//! they are drawn from. Every position is kept in the words the site must
//! show it in, so a table's headings find their cells.

use std::collections::HashMap;
use std::path::Path;

const REFERENCE: &str = "../shared/reference";
const VOTES: &str = "../shared/reference/un-votes";
const SIGNATURES: &str = "../shared/reference/un-votes/other/2025-convention-signatures.csv";
/// The project's rule for which `not-signed` rows are only "no signature
/// on record" (its `partly_seen` evidence levels).
const EVIDENCE: &str = "data/signatures/evidence.toml";

pub const VOTE_WORDS: [&str; 4] = ["Yes", "No", "Abstained", "Did not vote"];
pub const STATUS_WORDS: [&str; 4] = [
    "Signed",
    "Not signed",
    "No signature on record",
    "Status unknown",
];

/// ISO3 → a position, in words.
pub type Positions = HashMap<String, &'static str>;

/// The reference folder must be beside the project: without it these
/// tests fail, never pass on the data checked against itself.
pub fn require(path: &str) {
    assert!(
        Path::new(path).exists(),
        "{path} is missing: these tests recount every figure from it; put the shared reference folder beside the project"
    );
}

fn csv(path: &str) -> Vec<Vec<String>> {
    require(REFERENCE);
    require(path);
    crate::common::csv_cells(&std::fs::read_to_string(path).unwrap())
}

/// A reference vote file (`un-votes/…csv`), each state's vote in words.
pub fn reference_vote(file: &str) -> Positions {
    let rows = csv(&format!("{VOTES}/{file}"));
    assert_eq!(rows[0], ["country", "iso3", "vote"], "{file}");
    let words = |v: &str| match v {
        "yes" => VOTE_WORDS[0],
        "no" => VOTE_WORDS[1],
        "abstain" => VOTE_WORDS[2],
        "absent" => VOTE_WORDS[3],
        other => panic!("{file}: vote {other}"),
    };
    let out: Positions = rows[1..]
        .iter()
        .map(|r| (r[1].clone(), words(&r[2])))
        .collect();
    assert_eq!(out.len(), 193, "{file}");
    out
}

/// Yes, no, abstentions as published ("OFFICIAL TOTALS: 88 in favour, 58
/// against, 34 abstentions"), from the vote's .txt beside its list.
pub fn published(file: &str) -> [usize; 3] {
    let path = format!("{VOTES}/{}", file.replace(".csv", ".txt"));
    require(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("OFFICIAL TOTALS:"))
        .unwrap_or_else(|| panic!("{path} states no official totals"));
    let n: Vec<usize> = line
        .split(['[', ','])
        .take(3)
        .map(|p| p.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    [n[0], n[1], n[2]]
}

/// The evidence levels that evidence.toml marks `partly_seen`.
fn partly_seen_levels() -> Vec<String> {
    let text = std::fs::read_to_string(EVIDENCE).unwrap();
    let mut section = String::new();
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line.trim_matches(['[', ']']).to_string();
        } else if line.replace(' ', "") == "partly_seen=true" {
            let level = section
                .strip_prefix("level.")
                .expect("partly_seen is a level's");
            out.push(level.trim_matches('"').to_string());
        }
    }
    assert!(!out.is_empty(), "{EVIDENCE} marks no level partly_seen");
    out
}

/// Each state's signature status, in words: a `not-signed` row whose
/// evidence is partly seen has "no signature on record", and an unknown
/// one "status unknown", never "not signed".
pub fn reference_status() -> Positions {
    let partly = partly_seen_levels();
    let rows = csv(SIGNATURES);
    assert_eq!(rows[0][..3], ["iso3", "un_name", "status"]);
    assert_eq!(rows[0][6], "evidence");
    let out: Positions = rows[1..]
        .iter()
        .map(|r| {
            let status = match r[2].as_str() {
                "signed" => STATUS_WORDS[0],
                "not-signed" if partly.contains(&r[6]) => STATUS_WORDS[2],
                "not-signed" => STATUS_WORDS[1],
                "unknown" => STATUS_WORDS[3],
                other => panic!("{}: status {other}", r[0]),
            };
            (r[0].clone(), status)
        })
        .collect();
    assert_eq!(out.len(), 193);
    out
}

/// How many states are `row` in `a` and `col` in `b`.
pub fn recount(a: &Positions, b: &Positions, row: &str, col: &str) -> usize {
    a.iter()
        .filter(|(iso3, v)| **v == row && b[*iso3] == col)
        .count()
}

/// How many states are `words` in `a`.
pub fn count(a: &Positions, words: &str) -> usize {
    a.values().filter(|v| **v == words).count()
}
