//! The Budapest Convention's map layer: each member's status recomputed
//! here from the reference files alone (../shared/reference/budapest/),
//! the counts the README gives, the "likely" Parties marked as weak
//! evidence, and the copies in data/ byte for byte.

mod common;

use std::collections::HashMap;
use std::path::Path;
use uncyber::data;
use uncyber::model::figures::budapest::LayerStatus;

const REFERENCE: &str = "../shared/reference/budapest";
const FILES: [&str; 2] = ["parties.csv", "parties_2019-11-18.csv"];

/// A reference file's text; its absence fails the test, saying why.
fn reference(name: &str) -> String {
    let path = format!("{REFERENCE}/{name}");
    assert!(
        Path::new(&path).exists(),
        "{path} is missing: the Budapest layer is checked against it; put the shared reference folder beside the project"
    );
    std::fs::read_to_string(&path).unwrap()
}

/// Each member's expected layer slug, from the two reference files: the
/// answer for the day of the vote first, else the later status.
fn expected_slugs() -> HashMap<String, &'static str> {
    let status: HashMap<String, String> = common::csv_cells(&reference("parties.csv"))[1..]
        .iter()
        .map(|r| (r[0].clone(), r[2].clone()))
        .collect();
    common::csv_cells(&reference("parties_2019-11-18.csv"))[1..]
        .iter()
        .map(|r| {
            let slug = match (r[2].as_str(), status[&r[0]].as_str()) {
                ("yes", _) => "party",
                ("likely", _) => "party-likely",
                (_, "party") => "joined-since",
                (_, "signatory") => "signatory",
                (_, "invited") => "invited",
                (_, "none") => "none",
                (_, "unknown") => "unknown",
                other => panic!("{other:?} is not a documented status"),
            };
            (r[0].clone(), slug)
        })
        .collect()
}

#[test]
fn the_copies_in_data_are_the_reference_files_byte_for_byte() {
    for name in FILES {
        reference(name);
        let copy = std::fs::read(format!("data/budapest/{name}")).unwrap();
        let original = std::fs::read(format!("{REFERENCE}/{name}")).unwrap();
        assert!(
            copy == original,
            "data/budapest/{name} differs from the reference"
        );
    }
}

#[test]
fn every_members_layer_status_is_the_reference_files() {
    let expected = expected_slugs();
    assert_eq!(expected.len(), 193);
    let layer = data::budapest::layer();
    assert_eq!(layer.len(), data::members().len());
    for (m, status) in data::members().iter().zip(&layer) {
        assert_eq!(status.slug(), expected[m.iso3], "{}", m.iso3);
    }
}

#[test]
fn the_counts_are_the_readmes() {
    let expected = expected_slugs();
    let counts = data::budapest::counts();
    for (status, n) in counts {
        let want = expected.values().filter(|s| **s == status.slug()).count();
        assert_eq!(n, want, "{}", status.slug());
    }
    let n = |s: LayerStatus| counts.iter().find(|(x, _)| *x == s).unwrap().1;
    // 64 Parties on the day of the vote = 62 confirmed + 2 likely; 15 since.
    assert_eq!(n(LayerStatus::Party), 62);
    assert_eq!(n(LayerStatus::PartyLikely), 2);
    assert_eq!(n(LayerStatus::JoinedSince), 15);
    assert_eq!(counts.iter().map(|(_, n)| n).sum::<usize>(), 193);
    let slugs: Vec<&str> = LayerStatus::ALL.iter().map(|s| s.slug()).collect();
    assert_eq!(
        slugs,
        [
            "party",
            "party-likely",
            "joined-since",
            "signatory",
            "invited",
            "none",
            "unknown"
        ]
    );
}

#[test]
fn the_likely_parties_are_monaco_and_senegal_on_weak_evidence() {
    let layer = data::budapest::layer();
    let likely: Vec<&str> = data::members()
        .iter()
        .zip(&layer)
        .filter(|(_, s)| **s == LayerStatus::PartyLikely)
        .map(|(m, _)| m.iso3)
        .collect();
    assert_eq!(likely, ["MCO", "SEN"]);
    for status in LayerStatus::ALL {
        assert_eq!(
            status.is_weak(),
            status == LayerStatus::PartyLikely,
            "{status:?}"
        );
    }
    assert!(LayerStatus::PartyLikely
        .caveat()
        .unwrap()
        .contains("weak evidence"));
}

#[test]
fn each_row_carries_the_reference_evidence_sources_and_dates() {
    let rows = common::csv_cells(&reference("parties.csv"));
    assert_eq!(
        rows[0],
        [
            "iso3",
            "name",
            "status",
            "signed",
            "ratified",
            "entry_into_force",
            "source",
            "evidence"
        ]
    );
    for want in &rows[1..] {
        let i = data::member_index(&want[0]).unwrap();
        let row = data::budapest::row(i).unwrap();
        assert_eq!(row.evidence, want[7], "{}", want[0]);
        assert_eq!(row.sources.join(" ; "), want[6], "{}", want[0]);
        assert_eq!(
            [row.signed, row.ratified, row.in_force],
            [want[3].as_str(), want[4].as_str(), want[5].as_str()]
        );
    }
    // The two dates come from the second file's header.
    let header = &common::csv_cells(&reference("parties_2019-11-18.csv"))[0];
    assert_eq!(header[2], "party_on_2019_11_18");
    assert_eq!(header[3], "status_2025-06-05");
    assert_eq!(data::budapest::on(), ("2019-11-18", "18 November 2019"));
    assert_eq!(data::budapest::as_of(), ("2025-06-05", "5 June 2025"));
}
