//! The vote by grouping ("blocs"): the figure's table against counts made
//! here from the reference files alone (../shared/reference/blocs/ and the
//! committee vote in ../shared/reference/un-votes/), the copy in data/
//! byte for byte, and the notes on counted members (the bars' layout:
//! tests/bar_labels.rs).

mod common;

use std::collections::HashMap;
use std::path::Path;
use uncyber::data;
use uncyber::model::figures::blocs::CaveatKind;
use uncyber::widgets::figures::blocs::blocs_figure;

const REFERENCE: &str = "../shared/reference";
const VOTE: &str = "3c-2019";

/// A reference file's text; its absence fails the test, saying why.
fn reference(path: &str) -> String {
    let full = format!("{REFERENCE}/{path}");
    assert!(
        Path::new(&full).exists(),
        "{full} is missing: the blocs figure is checked against it; put the shared reference folder beside the project"
    );
    std::fs::read_to_string(&full).unwrap()
}

/// The figure's groupings in their order, with their names in words.
const FIGURE: [(&str, &str); 8] = [
    ("EU", "European Union"),
    ("AU", "African Union"),
    ("ASEAN", "Association of Southeast Asian Nations"),
    ("LAS", "League of Arab States"),
    ("SCO", "Shanghai Cooperation Organisation"),
    ("BRICS", "BRICS"),
    ("CIS", "Commonwealth of Independent States"),
    ("OAS", "Organization of American States"),
];

/// Members of `bloc` on `date` by the README's rule, from the reference rows.
fn members_on(rows: &[Vec<String>], bloc: &str, date: &str) -> Vec<String> {
    rows.iter()
        .filter(|r| r[0] == bloc)
        .filter(|r| r[3].is_empty() || r[3].as_str() <= date)
        .filter(|r| r[4].is_empty() || r[4].as_str() > date)
        .map(|r| r[1].clone())
        .collect()
}

/// The body cells of the figure's table, keyed by grouping code.
fn table_rows(html: &str) -> HashMap<String, Vec<String>> {
    let table = &html[html.find("<table").unwrap()..html.find("</table>").unwrap()];
    let mut rows = HashMap::new();
    for row in table.split("<tr data-bloc=\"").skip(1) {
        let code = row[..row.find('"').unwrap()].to_string();
        let cells: Vec<String> = row
            .split("</t")
            .filter_map(|part| part.rfind('>').map(|i| part[i + 1..].to_string()))
            .filter(|c| !c.is_empty())
            .collect();
        rows.insert(code, cells);
    }
    rows
}

#[test]
fn the_copy_in_data_is_the_reference_file_byte_for_byte() {
    reference("blocs/blocs.csv");
    let copy = std::fs::read("data/blocs/blocs.csv").unwrap();
    let original = std::fs::read(format!("{REFERENCE}/blocs/blocs.csv")).unwrap();
    assert!(
        copy == original,
        "data/blocs/blocs.csv differs from the reference"
    );
}

#[test]
fn the_tables_counts_are_the_reference_files_for_the_committee_vote() {
    let rows = common::csv_cells(&reference("blocs/blocs.csv"));
    assert_eq!(
        rows[0],
        ["bloc", "iso3", "name", "member_from", "member_to", "note"]
    );
    let votes: HashMap<String, String> =
        common::csv_cells(&reference("un-votes/2019-11-18-third-committee.csv"))[1..]
            .iter()
            .map(|r| (r[1].clone(), r[2].clone()))
            .collect();
    let vote = data::vote(VOTE).unwrap();
    assert_eq!(vote.date, "2019-11-18");
    let html = blocs_figure(vote);
    let table = table_rows(&html);
    assert_eq!(table.len(), FIGURE.len());
    for (code, name) in FIGURE {
        let members = members_on(&rows[1..], code, vote.date);
        let count = |v: &str| members.iter().filter(|m| votes[*m] == v).count();
        let want = [
            name.to_string(),
            members.len().to_string(),
            count("yes").to_string(),
            count("no").to_string(),
            count("abstain").to_string(),
            count("absent").to_string(),
        ];
        assert_eq!(table[code], want, "{code}");
    }
    // The README's own counts for the day.
    for (code, n) in [("EU", "28"), ("SCO", "8"), ("BRICS", "5"), ("ASEAN", "10")] {
        assert_eq!(table[code][1], n, "{code}");
    }
    // In the figure's order, with the full names.
    let order: Vec<usize> = FIGURE
        .iter()
        .map(|(code, _)| html.find(&format!("<tr data-bloc=\"{code}\">")).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn the_caption_names_the_vote_and_its_day_from_the_data() {
    let vote = data::vote(VOTE).unwrap();
    let html = blocs_figure(vote);
    assert!(html.starts_with("<figure class=\"blocs-figure\" data-figure=\"blocs\">"));
    let caption = &html[html.find("<figcaption>").unwrap()..html.find("</figcaption>").unwrap()];
    assert!(caption.contains(vote.symbol), "{caption}");
    assert!(caption.contains("18 November 2019"), "{caption}");
    assert!(
        caption.contains("Every member on that day is counted"),
        "{caption}"
    );
    // The table is there for screen readers; the bars are hidden from them.
    assert!(html.contains("<table class=\"blocs-table visually-hidden\">"));
    assert!(html.contains("<div class=\"blocs-chart\" aria-hidden=\"true\">"));
    for (_, name) in FIGURE {
        assert!(
            html.contains(&format!("<th scope=\"row\">{name}</th>")),
            "{name}"
        );
    }
}

#[test]
fn suspended_associate_and_disputed_members_are_counted_and_noted() {
    let rows = common::csv_cells(&reference("blocs/blocs.csv"));
    let note = |bloc: &str, iso3: &str| {
        let row = rows.iter().find(|r| r[0] == bloc && r[1] == iso3).unwrap();
        row[5].clone()
    };
    let vote = data::vote(VOTE).unwrap();
    let tallies = data::blocs::figure_tallies(vote);
    let html = blocs_figure(vote);
    let notes = &html[html.find("<ol class=\"blocs-caveats\">").unwrap()..];
    for (bloc, iso3, kind) in [
        ("LAS", "SYR", CaveatKind::Suspended),
        ("CIS", "TKM", CaveatKind::Associate),
        ("OAS", "CUB", CaveatKind::NotParticipating),
        ("OAS", "VEN", CaveatKind::Disputed),
    ] {
        let t = tallies.iter().find(|t| t.bloc.code == bloc).unwrap();
        let i = data::member_index(iso3).unwrap();
        assert!(t.members.contains(&i), "{iso3} is counted in {bloc}");
        let caveat = t.caveats.iter().find(|c| c.member == i).unwrap();
        assert_eq!(
            (caveat.kind, caveat.note),
            (kind, note(bloc, iso3).as_str())
        );
        // The note in the figure, in the data's words (escaped as text).
        let escaped = uncyber::html::Html::text(caveat.note);
        assert!(notes.contains(escaped.as_str()), "{bloc} {iso3}");
    }
    let count: usize = tallies.iter().map(|t| t.caveats.len()).sum();
    assert_eq!(count, 4, "no other caveat on the day");
    // Syria's suspension ended on its readmission (7 May 2023).
    let data = data::blocs::data();
    let (las, _) = data.bloc("LAS").unwrap();
    assert_eq!(data.caveats_on(las, "2019-11-18").len(), 1);
    assert!(data.caveats_on(las, "2023-06-01").is_empty());
}

#[test]
fn membership_holds_from_its_first_day_to_the_day_before_it_ends() {
    let data = data::blocs::data();
    let member = |bloc: &str, iso3: &str, date: &str| {
        let (b, _) = data.bloc(bloc).unwrap();
        data.members_on(b, date)
            .contains(&data::member_index(iso3).unwrap())
    };
    assert!(member("EU", "GBR", "2020-01-30"));
    assert!(!member("EU", "GBR", "2020-01-31"));
    assert!(!member("CIS", "GEO", "2019-11-18"));
    assert!(!member("CIS", "UKR", "2019-11-18"));
    assert!(member("SCO", "IND", "2017-06-09"));
    assert!(!member("SCO", "IND", "2017-06-08"));
    assert!(member("OAS", "NIC", "2019-11-18"));
    assert!(!member("BRICS", "EGY", "2019-11-18"));
}
