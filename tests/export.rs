//! The downloadable files against the data.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use uncyber::data;
use uncyber::model::Choice;
use uncyber::widgets::downloads::files::{dataset_json, votes_csv};

/// The CSV's cells, row by row, without the byte-order mark (names with commas are quoted).
fn cells(csv: &str) -> Vec<Vec<String>> {
    common::csv_cells(csv.trim_start_matches('\u{feff}'))
}

#[test]
fn the_csv_starts_with_a_byte_order_mark_so_spreadsheets_read_it_as_utf8() {
    let csv = votes_csv(data::members(), data::votes());
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains("Côte d'Ivoire"));
}

#[test]
fn the_csv_has_a_row_per_member_and_a_column_per_vote_matching_the_data() {
    let csv = votes_csv(data::members(), data::votes());
    let rows = cells(&csv);
    assert_eq!(rows.len(), 194);
    // A vote is one column; the signature record six (status, date, as of,
    // evidence in words, evidence level, sources' addresses).
    let width = |v: &uncyber::model::Vote| if v.is_signatures() { 6 } else { 1 };
    let n: usize = data::votes().iter().map(width).sum();
    assert_eq!(rows[0].len(), 5 + n);
    for row in &rows[1..] {
        assert_eq!(row.len(), 5 + n);
        let i = data::member_index(&row[0]).unwrap();
        assert_eq!(row[1], data::member_name(i));
        let mut k = 5;
        for vote in data::votes() {
            assert_eq!(row[k], vote.label(vote.choice(i)), "{} {}", row[0], vote.id);
            k += width(vote);
        }
    }
    let mut codes: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 193);
}

#[test]
fn the_csv_says_did_not_vote_in_the_apps_words_never_absent() {
    let csv = votes_csv(data::members(), data::votes());
    // The vote columns (the signature record's sources may say a name is
    // "absent from" a list).
    let vote_columns: Vec<usize> = cells(&csv)[0]
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            data::votes()
                .iter()
                .any(|v| !v.is_signatures() && h.starts_with(v.symbol))
        })
        .map(|(k, _)| k)
        .collect();
    assert_eq!(vote_columns.len(), 10);
    for row in cells(&csv) {
        for &k in &vote_columns {
            assert!(!row[k].to_lowercase().contains("absent"), "{row:?}");
        }
    }
    // The signature record's unknowns are "Status unknown", not "Did not vote".
    let did_not_vote: usize = data::votes()
        .iter()
        .filter(|v| !v.is_signatures())
        .map(|v| usize::from(v.tally().get(Choice::Absent)))
        .sum();
    assert!(did_not_vote > 0);
    assert_eq!(csv.matches(",Did not vote").count(), did_not_vote);
}

#[test]
fn the_csv_heads_each_vote_column_with_its_symbol_and_date_not_its_id() {
    let csv = votes_csv(data::members(), data::votes());
    let header = &cells(&csv)[0];
    assert!(header.contains(&"A/C.3/74/L.11/Rev.1 (18 November 2019)".to_string()));
    assert!(header.contains(&"A/RES/74/247 (27 December 2019)".to_string()));
    for v in data::votes() {
        assert!(!header.iter().any(|h| h == v.id), "{}", v.id);
    }
}

#[test]
fn the_files_list_states_by_name_ignoring_accents() {
    let csv = votes_csv(data::members(), data::votes());
    let names: Vec<String> = cells(&csv)[1..].iter().map(|r| r[1].clone()).collect();
    let at = |name: &str| names.iter().position(|n| n == name).unwrap();
    assert!(at("Costa Rica") < at("Côte d'Ivoire"));
    assert!(at("Côte d'Ivoire") < at("Croatia"));
    assert_eq!(names[0], "Afghanistan");
    assert_eq!(names[192], "Zimbabwe");
    let json = dataset_json(data::members(), data::votes());
    let ivoire = json.find("\"un_name\": \"Côte d'Ivoire\"").unwrap();
    let croatia = json.find("\"un_name\": \"Croatia\"").unwrap();
    assert!(ivoire < croatia);
}

#[test]
fn the_json_names_every_vote_member_and_the_licence() {
    let json = dataset_json(data::members(), data::votes());
    assert!(json.contains("\"licence\": \"The votes are public UN records"));
    // The signature record is described apart, with no yes-no totals.
    assert!(json.contains("\"convention_signatures\": {\"id\": \"signatures\""));
    for v in data::votes().iter().filter(|v| !v.is_signatures()) {
        assert!(json.contains(&format!("\"id\": \"{}\"", v.id)));
        assert!(json.contains(&format!(
            "\"yes\": {}, \"no\": {}",
            v.official.yes, v.official.no
        )));
    }
    assert_eq!(json.matches("\"iso3\": ").count(), 193);
    assert!(json.contains("\"un_name\": \"Côte d'Ivoire\""));
}

/// The download reads back as JSON, with one entry per vote and per member
/// and each member's position in every vote under the vote's id.
#[test]
fn the_json_reads_back_with_every_vote_and_member() {
    let json: serde_json::Value =
        serde_json::from_str(&dataset_json(data::members(), data::votes())).unwrap();
    let votes: Vec<_> = data::votes()
        .iter()
        .filter(|v| !v.is_signatures())
        .collect();
    assert_eq!(json["convention_signatures"]["id"], "signatures");
    let entries = json["votes"].as_array().unwrap();
    assert_eq!(entries.len(), votes.len());
    for (entry, v) in entries.iter().zip(&votes) {
        assert_eq!(entry["id"], v.id);
        assert_eq!(entry["official"]["absent"], v.official.absent);
        assert_eq!(entry["sources"].as_array().unwrap().len(), v.sources.len());
    }
    let members = json["members"].as_array().unwrap();
    assert_eq!(members.len(), data::members().len());
    for m in members {
        let i = data::member_index(m["iso3"].as_str().unwrap()).unwrap();
        assert_eq!(m["un_name"], data::member_name(i));
        for v in &votes {
            assert_eq!(
                m["votes"][v.id],
                v.choice(i).slug(),
                "{} {}",
                m["iso3"],
                v.id
            );
        }
    }
}

/// The signature columns and the JSON's `convention_signature` against the
/// reference file, cell for cell; "unknown" stays "Status unknown", and a
/// row absent only from partly seen lists is "No signature on record".
#[test]
fn the_downloads_carry_every_signature_with_its_evidence_and_as_of_date() {
    let reference = "../shared/reference/un-votes/other/2025-convention-signatures.csv";
    let text = std::fs::read_to_string(reference).unwrap_or_else(|e| {
        panic!("{reference} is needed: the downloads are checked against it: {e}")
    });
    let expected = cells(&text);
    assert_eq!(expected.len(), 194);
    let csv = votes_csv(data::members(), data::votes());
    let rows = cells(&csv);
    let at = rows[0]
        .iter()
        .position(|h| h.ends_with("signature status"))
        .unwrap();
    assert_eq!(
        rows[0][at + 1..at + 6],
        [
            "Signature date",
            "Status as of",
            "Evidence",
            "Evidence level",
            "Signature sources",
        ]
    );
    let json = dataset_json(data::members(), data::votes());
    for want in &expected[1..] {
        let row = rows.iter().find(|r| r[0] == want[0]).unwrap();
        let partly_seen = want[6].starts_with("inferred-official");
        let (status, slug) = match (want[2].as_str(), partly_seen) {
            ("signed", _) => ("Signed", "signed"),
            ("not-signed", true) => ("No signature on record", "no-record"),
            ("not-signed", false) => ("Not signed", "not-signed"),
            ("unknown", _) => ("Status unknown", "unknown"),
            (other, _) => panic!("{other}"),
        };
        // Signed rows are true as of their signature's date.
        let as_of = if want[2] == "signed" {
            &want[3]
        } else {
            &want[4]
        };
        assert_eq!(row[at], status, "{}", want[0]);
        assert_eq!(row[at + 1], want[3], "{} date", want[0]);
        assert_eq!(&row[at + 2], as_of, "{} as_of", want[0]);
        assert_eq!(
            row[at + 3].is_empty(),
            want[2] == "unknown",
            "{} evidence",
            want[0]
        );
        assert_eq!(row[at + 4], want[6], "{} evidence level", want[0]);
        assert!(
            row[at + 5]
                .split(' ')
                .filter(|s| !s.is_empty())
                .all(|u| u.starts_with("http")),
            "{} sources are addresses: {}",
            want[0],
            row[at + 5]
        );
        if ["official-1", "official-2"].contains(&want[6].as_str()) || partly_seen {
            assert!(
                !row[at + 5].is_empty(),
                "{} has its lists' addresses",
                want[0]
            );
        }
        let member = format!("\"iso3\": \"{}\"", want[0]);
        let line = json.lines().find(|l| l.contains(&member)).unwrap();
        assert!(
            line.contains(&format!(
                "\"convention_signature\": {{\"status\": \"{slug}\""
            )),
            "{line}"
        );
        if !as_of.is_empty() {
            assert!(line.contains(&format!("\"as_of\": \"{as_of}\"")), "{line}");
        }
    }
    // The record as a whole is dated too.
    let record = data::signature_record().unwrap();
    assert!(json.contains(&format!(
        "\"convention_signatures\": {{\"id\": \"signatures\", \"as_of\": \"{}\"",
        record.date
    )));
}
