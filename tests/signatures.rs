//! The 2024 Convention's signatures: a status per member state (signed; not
//! signed, on firm evidence, as of a date; no signature on record, absent
//! only from partly seen lists; or unknown), checked against the reference
//! file cell for cell, and never shown or counted as a vote, nor "unknown"
//! or "no signature on record" as "not signed".

mod common;

use std::collections::HashMap;
use std::path::Path;
use uncyber::data;
use uncyber::data::KnownData;
use uncyber::model::compare::Transitions;
use uncyber::model::country_story::signature_sentence;
use uncyber::model::signature::{Place, Status};
use uncyber::model::url_state::parse;
use uncyber::model::Choice;
use uncyber::widgets::comparison::write::transitions_html;
use uncyber::widgets::country_card::write::country_card;
use uncyber::widgets::legend::write::legend_items;

const REFERENCE: &str = "../shared/reference/un-votes/other/2025-convention-signatures.csv";
const DATA: &str = "data/signatures/2025-convention.csv";

/// Rows of a CSV with quoted fields, header first.
fn rows(path: &str) -> Vec<Vec<String>> {
    common::csv_cells(&std::fs::read_to_string(path).unwrap())
}

/// The reference file, which must be beside the project: the data is
/// checked against it, never against itself.
fn reference() -> Vec<Vec<String>> {
    assert!(
        Path::new(REFERENCE).exists(),
        "{REFERENCE} is missing: these tests check {DATA} against it; put the shared reference folder beside the project"
    );
    rows(REFERENCE)
}

/// Evidence levels that mean "absent from an official list that could only
/// be partly seen" (the reference file's notes: "visible through …"), so a
/// `not-signed` row with one is "no signature on record".
const PARTLY_SEEN: [&str; 2] = ["inferred-official", "inferred-official-2"];

/// The status a reference row shows as: signed, not-signed (firm),
/// no-record, unknown.
fn shown_status(row: &[String]) -> &'static str {
    match row[2].as_str() {
        "signed" => "signed",
        "not-signed" if PARTLY_SEEN.contains(&row[6].as_str()) => "no-record",
        "not-signed" => "not-signed",
        _ => "unknown",
    }
}

use common::MONTHS;

/// "July 2026", "19 November 2025 or later": the latest date of the rows,
/// computed from the reference file's own cells.
fn latest_label(rows: &[&Vec<String>]) -> String {
    let date = rows
        .iter()
        .map(|r| if r[2] == "signed" { &r[3] } else { &r[4] })
        .filter(|d| !d.is_empty())
        .max_by_key(|d| d.trim_start_matches(">=").to_string())
        .expect("dated rows");
    let bare = date.trim_start_matches(">=");
    let parts: Vec<&str> = bare.split(['-', '/']).collect();
    let month = MONTHS[parts[1].parse::<usize>().unwrap() - 1];
    let label = match parts[..] {
        [y, _] => format!("{month} {y}"),
        [y, _, d] => format!("{} {month} {y}", d.trim_start_matches('0')),
        [y, _, d, other] => format!("{} or {other} {month} {y}", d.trim_start_matches('0')),
        _ => panic!("{date}"),
    };
    if date.starts_with(">=") {
        format!("{label} or later")
    } else {
        label
    }
}

/// ISO3 -> the 2019 committee vote, read from its CSV.
fn committee_2019() -> HashMap<String, String> {
    rows("data/votes/3c-2019.csv")[1..]
        .iter()
        .map(|r| (r[1].clone(), r[2].clone()))
        .collect()
}

fn record() -> &'static uncyber::model::Vote {
    data::signature_record().expect("the data has the signature record")
}

#[test]
fn every_signature_equals_the_reference_file_cell_for_cell() {
    let reference = reference();
    assert_eq!(
        reference[0],
        ["iso3", "un_name", "status", "date", "as_of", "source", "evidence", "note"]
    );
    assert_eq!(reference.len() - 1, 193);
    assert_eq!(data::signatures().len(), 193);
    for want in &reference[1..] {
        let i = data::member_index(&want[0]).unwrap();
        assert_eq!(data::member_name(i), want[1], "{}", want[0]);
        let s = data::signature(i).unwrap();
        let (status, date, as_of) = match s.status {
            Status::Signed { date, .. } => ("signed", date.iso, ""),
            Status::NotSigned { as_of } => ("not-signed", "", as_of.iso),
            Status::NoRecord { as_of } => ("no-record", "", as_of.iso),
            Status::Unknown => ("unknown", "", ""),
        };
        assert_eq!(
            [status, date, as_of],
            [shown_status(want), want[3].as_str(), want[4].as_str()],
            "{}",
            want[0]
        );
        assert_eq!(
            s.evidence.map(|e| e.slug()).unwrap_or(""),
            want[6],
            "{} evidence",
            want[0]
        );
        // Plain words, and the sources' addresses, for every known status.
        assert_eq!(s.reads.is_empty(), want[2] == "unknown", "{}", want[0]);
        assert!(!s.reads.contains("visible through"), "{}", want[0]);
        for url in data::signature_sources()[i] {
            assert!(url.starts_with("http"), "{}: {url}", want[0]);
        }
    }
}

#[test]
fn signatures_in_hanoi_are_those_of_the_two_ceremony_days() {
    for (i, s) in data::signatures().iter().enumerate() {
        if let Status::Signed { date, place } = s.status {
            let in_hanoi = date.iso.starts_with("2025-10-25") || date.iso == "2025-10-26";
            assert_eq!(
                place == Place::Hanoi,
                in_hanoi,
                "{}",
                data::members()[i].iso3
            );
        }
    }
    let mauritius = data::member_index("MUS").unwrap();
    assert!(matches!(
        data::signature(mauritius).unwrap().status,
        Status::Signed {
            place: Place::Headquarters,
            ..
        }
    ));
}

#[test]
fn the_record_draws_each_status_in_its_own_slot_and_counts_unknown_apart() {
    let reference = reference();
    let count = |status: &str| {
        reference[1..]
            .iter()
            .filter(|r| shown_status(r) == status)
            .count()
    };
    let record = record();
    assert_eq!(record.id, "signatures");
    for (i, s) in data::signatures().iter().enumerate() {
        assert_eq!(record.choice(i), s.slot(), "{}", data::members()[i].iso3);
    }
    let t = record.tally();
    assert_eq!(usize::from(t.yes), count("signed"));
    assert_eq!(usize::from(t.no), count("not-signed"));
    assert_eq!(usize::from(t.abstain), count("no-record"));
    assert_eq!(usize::from(t.absent), count("unknown"));
    // The two kinds of "not signed" are counted apart and add up to the
    // reference file's `not-signed` rows.
    let not_signed_rows = reference[1..]
        .iter()
        .filter(|r| r[2] == "not-signed")
        .count();
    assert_eq!(usize::from(t.no + t.abstain), not_signed_rows);
    assert!(t.no > 0 && t.abstain > 0);
    assert_eq!(usize::from(t.total()), 193);
    assert!(count("unknown") > 0);
    assert_eq!(
        record.tally_words(),
        format!(
            "{} signed, {} not signed, {} no signature on record, {} status unknown",
            count("signed"),
            count("not-signed"),
            count("no-record"),
            count("unknown")
        )
    );
}

#[test]
fn every_signature_figure_says_the_date_it_is_true_as_of() {
    let reference = reference();
    let all: Vec<&Vec<String>> = reference[1..].iter().collect();
    let record = record();
    assert_eq!(
        record.date_label,
        format!("signatures as of {}", latest_label(&all))
    );
    // Each count in the key is dated by the latest of its own rows.
    let legend = legend_items(record, true);
    for (c, status) in [
        (Choice::Yes, "signed"),
        (Choice::No, "not-signed"),
        (Choice::Abstain, "no-record"),
    ] {
        let rows: Vec<&Vec<String>> = all
            .iter()
            .copied()
            .filter(|r| shown_status(r) == status)
            .collect();
        // The key shortens its months: "27 Jan 2026".
        let date = MONTHS
            .iter()
            .fold(latest_label(&rows), |out, m| out.replace(m, &m[..3]));
        let want = format!("{}, as of {date}", record.label(c));
        assert_eq!(record.dated_label(c), want);
        let shown = format!(
            "<span class=\"legend-label\">{}</span><span class=\"legend-as-of\">, as of {date}</span>",
            record.label(c)
        );
        assert!(legend.contains(&shown), "{shown}: {legend}");
    }
    assert_eq!(record.dated_label(Choice::Absent), "Status unknown");
    // The Hanoi day is not the record's date.
    assert!(!record.date_label.contains("25 October 2025"));
}

#[test]
fn no_unknown_status_is_shown_as_not_signed() {
    let record = record();
    let legend = legend_items(record, true);
    let unknown = format!(
        "<span class=\"legend-label\">Status unknown</span><span class=\"legend-as-of\"></span> <strong class=\"legend-count\">{}</strong>",
        record.tally().absent
    );
    assert!(legend.contains(&unknown), "{legend}");
    for (i, s) in data::signatures().iter().enumerate() {
        if let Status::NoRecord { .. } = s.status {
            let c = record.choice(i);
            assert_eq!(record.label(c), "No signature on record");
            assert_ne!(c, Choice::No);
            let card = country_card(i, "", data::vote("3c-2019").unwrap());
            assert!(card.contains("No signature on record"), "{card}");
            assert!(!card.contains("Not signed"), "{card}");
            assert!(!card.contains("had not signed"), "{card}");
        }
        if s.status != Status::Unknown {
            continue;
        }
        let c = record.choice(i);
        assert_eq!(record.label(c), "Status unknown");
        assert_ne!(c, Choice::No);
        assert!(!record.phrase(c).contains("not signed"));
        let sentence = signature_sentence(Some(Choice::Yes), s);
        assert!(sentence.contains("status unknown"), "{sentence}");
        assert!(!sentence.contains("not signed"), "{sentence}");
        let card = country_card(i, "", data::vote("3c-2019").unwrap());
        assert!(card.contains("status unknown"), "{card}");
        assert!(!card.contains("Not signed"), "{card}");
    }
}

#[test]
fn the_2019_vote_to_signature_table_sums_to_193_and_matches_the_files() {
    let committee = committee_2019();
    let reference = reference();
    let a = data::vote("3c-2019").unwrap();
    let t = Transitions::between(a, record());
    assert_eq!(t.total(), 193);
    let html = transitions_html(a, record());
    for (from, from_slug) in [
        ("yes", "yes"),
        ("no", "no"),
        ("abstain", "abstain"),
        ("absent", "absent"),
    ] {
        for (status, to_slug) in [
            ("signed", "yes"),
            ("not-signed", "no"),
            ("no-record", "abstain"),
            ("unknown", "absent"),
        ] {
            let want = reference[1..]
                .iter()
                .filter(|r| committee[&r[0]] == from && shown_status(r) == status)
                .count();
            let got = t
                .states(
                    Choice::from_slug(from_slug).unwrap(),
                    Choice::from_slug(to_slug).unwrap(),
                )
                .len();
            assert_eq!(got, want, "{from} -> {status}");
            let cell = format!("<td data-from=\"{from_slug}\" data-to=\"{to_slug}\">{want}</td>");
            assert!(html.contains(&cell), "{cell}");
        }
    }
    // Its own headings: never "Yes" or "Abstained" as a column of statuses.
    for heading in [
        "Signed",
        "Not signed",
        "No signature on record",
        "Status unknown",
    ] {
        assert!(
            html.contains(&format!("<th scope=\"col\">{heading}</th>")),
            "{heading}"
        );
    }
    assert!(!html.contains("<th scope=\"col\">Abstained</th>"));
    assert!(!html.contains("kept their position"));
}

#[test]
fn a_card_says_how_a_state_voted_in_2019_and_whether_it_signed() {
    let card = |iso3: &str| {
        country_card(
            data::member_index(iso3).unwrap(),
            "",
            data::vote("3c-2019").unwrap(),
        )
    };
    assert!(card("AUS").contains(
        "Voted no in committee in 2019; signed the Convention in Hanoi on 25 October 2025."
    ));
    assert!(card("GBR").contains(
        "Voted no in committee in 2019; signed the Convention in Hanoi on 25 or 26 October 2025."
    ));
    assert!(card("MUS").contains("signed the Convention at UN Headquarters on 19 November 2025"));
    // Each line says, in plain words, what the status rests on: Canada's
    // signature is known only second-hand, Sweden's from one report.
    assert!(card("CAN").contains(
        "Voted no in committee in 2019; signed the Convention at UN Headquarters in July 2026. Evidence: Only news digests that cite Canada's announcement of July 2026."
    ));
    assert!(card("SWE").contains("Evidence: A single news report only"));
    assert!(card("USA").contains(
        "Voted no in committee in 2019; had not signed the Convention as of 29 October 2025. Evidence: The State Department"
    ));
    // Absent from a list seen only in part: no signature on record, never
    // "had not signed".
    assert!(card("JPN").contains(
        "had no signature of the Convention on record as of 19 November 2025 or later. Evidence: Absent from the part of the Netherlands treaty database"
    ));
    assert!(card("KOR").contains(
        "Voted no in committee in 2019; whether it has signed the Convention is not known (status unknown)."
    ));
}

#[test]
fn weak_evidence_and_only_weak_evidence_carries_a_caveat() {
    let weak = [
        "press",
        "press-only",
        "press-secondary",
        "inferred-official",
        "inferred-official-2",
    ];
    for want in &reference()[1..] {
        let s = data::signature(data::member_index(&want[0]).unwrap()).unwrap();
        assert_eq!(
            s.caveat().is_some(),
            weak.contains(&want[6].as_str()),
            "{} ({})",
            want[0],
            want[6]
        );
    }
}

#[test]
fn links_accept_the_signature_record_as_a_vote_and_in_a_comparison() {
    let (state, rejected) = parse("?compare=3c-2019,signatures&vote=signatures", &KnownData);
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(
        state.compare,
        Some(("3c-2019".to_string(), "signatures".to_string()))
    );
    assert_eq!(state.vote.as_deref(), Some("signatures"));
}

#[test]
fn a_compare_preset_sets_the_2019_committee_vote_against_signing() {
    use uncyber::model::compare::parse_pair;
    use uncyber::widgets::comparison::controls::compare_controls;
    let html = compare_controls();
    // Each preset button's pair, as the compare panel reads it on a click.
    let pairs: Vec<(String, String)> = html
        .match_indices("data-compare=\"")
        .map(|(at, open)| {
            let rest = &html[at + open.len()..];
            let value = &rest[..rest.find('"').unwrap()];
            parse_pair(value, |id| data::vote(id).is_some())
                .unwrap_or_else(|| panic!("preset {value:?} is not a pair of records"))
        })
        .collect();
    assert!(
        pairs.contains(&("3c-2019".to_string(), "signatures".to_string())),
        "{pairs:?}"
    );
    let signing = html
        .split("<button")
        .find(|b| b.contains("data-compare=\"3c-2019,signatures\""))
        .unwrap();
    assert!(signing.contains("signing"), "{signing}");
}
