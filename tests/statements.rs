//! Delegations' statements on the 2019 resolution: the copy in data/ byte
//! for byte, and every row as the reference file gives it.

mod common;

use std::path::Path;
use uncyber::data;

const REFERENCE: &str = "../shared/reference/statements/statements.csv";

fn reference() -> String {
    assert!(
        Path::new(REFERENCE).exists(),
        "{REFERENCE} is missing: the statements are checked against it; put the shared reference folder beside the project"
    );
    std::fs::read_to_string(REFERENCE).unwrap()
}

#[test]
fn the_copy_in_data_is_the_reference_file_byte_for_byte() {
    reference();
    let copy = std::fs::read("data/statements/statements.csv").unwrap();
    assert!(
        copy == std::fs::read(REFERENCE).unwrap(),
        "data/statements/statements.csv differs from the reference"
    );
}

#[test]
fn every_statement_loads_as_the_reference_gives_it() {
    let rows = common::csv_cells(&reference());
    assert_eq!(
        rows[0],
        [
            "record",
            "iso3",
            "speaker_country",
            "position",
            "summary",
            "quote",
            "source_url",
            "locator"
        ]
    );
    let all = data::statements::all();
    assert_eq!(all.len(), 5);
    assert_eq!(all.len(), rows.len() - 1);
    for (s, want) in all.iter().zip(&rows[1..]) {
        assert_eq!(data::members()[s.member].iso3, want[1]);
        let got = [
            s.record,
            s.speaker,
            s.position,
            s.summary,
            s.quote,
            &s.sources.join(" ; "),
            s.locator,
        ];
        let want: Vec<&str> = [0, 2, 3, 4, 5, 6, 7]
            .iter()
            .map(|&i| want[i].as_str())
            .collect();
        assert_eq!(got.as_slice(), want.as_slice());
        assert!(want[5].starts_with(s.source_url()));
    }
}

#[test]
fn a_members_statements_are_found_by_its_code() {
    let usa = data::statements::for_member("usa");
    let records: Vec<&str> = usa.iter().map(|s| s.record).collect();
    assert_eq!(records, ["A/C.3/74/SR.50", "A/74/PV.52"]);
    assert!(usa.iter().all(|s| s.position.contains("against")));
    let fin = data::statements::for_member("FIN");
    assert_eq!(fin.len(), 1);
    assert!(fin[0].quote.is_empty(), "no verbatim EU text was found");
    assert!(data::statements::for_member("FRA").is_empty());
    assert!(data::statements::for_member("XXX").is_empty());
}
