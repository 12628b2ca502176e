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

/// The position of `iso3` on the plenary vote of 27 December 2019, as the
/// reference set's vote file gives it.
fn plenary_vote(iso3: &str) -> String {
    let file = "../shared/reference/un-votes/2019-12-27-plenary-A-RES-74-247.csv";
    let rows =
        common::csv_cells(&std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}")));
    let iso3_at = rows[0].iter().position(|c| c == "iso3").unwrap();
    let vote_at = rows[0].iter().position(|c| c == "vote").unwrap();
    rows[1..]
        .iter()
        .find(|r| r[iso3_at] == iso3)
        .map(|r| r[vote_at].clone())
        .unwrap_or_else(|| panic!("{iso3} is not in {file}"))
}

#[test]
fn the_plenary_steps_figure_gives_every_statement_made_there_beside_its_vote() {
    use uncyber::model::figures::StepFigure;
    let step = data::steps()
        .iter()
        .find(|s| matches!(s.figure, Some(StepFigure::Statements { .. })))
        .expect("a step shows what delegations said");
    let Some(StepFigure::Statements { vote }) = step.figure else {
        unreachable!()
    };
    assert_eq!(vote, "ga-74-247");
    let html = uncyber::widgets::figures::chart::step_chart(step).unwrap();
    let html = html.as_str();
    let rows = common::csv_cells(&reference());
    let at_plenary: Vec<&Vec<String>> = rows[1..].iter().filter(|r| r[0] == "A/74/PV.52").collect();
    assert_eq!(
        at_plenary.len(),
        4,
        "the reference lists four statements at the plenary"
    );
    assert_eq!(html.matches("<li data-said-by=").count(), at_plenary.len());
    for r in &at_plenary {
        let (iso3, speaker, quote) = (&r[1], &r[2], &r[5]);
        let vote_slug = plenary_vote(iso3);
        assert!(
            html.contains(&format!(
                "<li data-said-by=\"{iso3}\" data-vote=\"{vote_slug}\">"
            )),
            "{iso3} with its vote, {vote_slug}"
        );
        assert!(
            html.contains(&format!("<strong>{speaker}</strong>")),
            "{speaker} named"
        );
        if quote.is_empty() {
            assert!(
                html.contains("In our words: "),
                "{iso3}: a summary is marked as ours"
            );
        } else {
            assert!(
                html.contains(&format!("“{quote}”")),
                "{iso3}: the quote word for word"
            );
        }
    }
    // The committee's statement is not the plenary's.
    assert!(!html.contains("must vote no on this resolution"));
    assert!(html.contains("<table"), "a table of who said what");
}
