//! The embedded dataset against the official totals and the verified
//! reference set in ../shared/reference/un-votes/.

mod common;

use std::collections::HashMap;
use std::path::Path;
use uncyber::data;
use uncyber::model::{Choice, RegionalGroup, TotalsBasis};

const REFERENCE: &str = "../shared/reference/un-votes";

/// The reference file for each vote id (the 2020 votes sit in `other/`).
const REFERENCE_FILES: [(&str, &str, &str); 10] = [
    (
        "ga-75-240",
        "other/2020-12-31-plenary-A-RES-75-240.csv",
        "A/RES/75/240",
    ),
    (
        "ga-75-32",
        "other/2020-12-07-plenary-A-RES-75-32.csv",
        "A/RES/75/32",
    ),
    (
        "3c-2019",
        "2019-11-18-third-committee.csv",
        "A/C.3/74/L.11/Rev.1",
    ),
    (
        "ga-74-247",
        "2019-12-27-plenary-A-RES-74-247.csv",
        "A/RES/74/247",
    ),
    (
        "3c-2018",
        "2018-11-13-third-committee.csv",
        "A/C.3/73/L.9/Rev.1",
    ),
    (
        "ga-73-187",
        "2018-12-17-plenary-A-RES-73-187.csv",
        "A/RES/73/187",
    ),
    (
        "ga-73-27",
        "2018-12-05-plenary-A-RES-73-27.csv",
        "A/RES/73/27",
    ),
    (
        "ga-73-266",
        "2018-12-22-plenary-A-RES-73-266.csv",
        "A/RES/73/266",
    ),
    (
        "ga-74-28",
        "2019-12-12-plenary-A-RES-74-28.csv",
        "A/RES/74/28",
    ),
    (
        "ga-74-29",
        "2019-12-12-plenary-A-RES-74-29.csv",
        "A/RES/74/29",
    ),
];

#[test]
fn there_are_193_members_with_unique_codes() {
    let members = data::members();
    assert_eq!(members.len(), 193);
    let mut codes: Vec<&str> = members.iter().map(|m| m.iso3).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 193);
}

#[test]
fn regional_groups_have_their_known_sizes() {
    let size = |g| data::members().iter().filter(|m| m.group == g).count();
    assert_eq!(size(RegionalGroup::African), 54);
    assert_eq!(size(RegionalGroup::AsiaPacific), 54);
    assert_eq!(size(RegionalGroup::EasternEuropean), 23);
    assert_eq!(size(RegionalGroup::LatinAmericanCaribbean), 33);
    assert_eq!(size(RegionalGroup::WesternEuropeanOthers), 29);
}

#[test]
fn every_vote_listed_in_the_issue_exists_with_its_symbol() {
    let votes = data::votes().iter().filter(|v| !v.is_signatures()).count();
    assert_eq!(votes, REFERENCE_FILES.len());
    for (id, _, symbol) in REFERENCE_FILES {
        let vote = data::vote(id).unwrap_or_else(|| panic!("vote {id} is missing"));
        assert_eq!(vote.symbol, symbol, "{id}");
    }
}

#[test]
fn every_vote_has_one_choice_per_member() {
    for vote in data::votes() {
        assert_eq!(vote.choices.len(), data::members().len(), "{}", vote.id);
    }
}

#[test]
fn every_list_adds_up_to_the_official_totals() {
    for vote in data::votes() {
        assert_eq!(vote.tally(), vote.official, "{}", vote.id);
        assert_eq!(vote.tally().total(), 193, "{}", vote.id);
    }
}

#[test]
fn the_2019_committee_vote_is_88_58_34_with_13_absent() {
    let t = data::headline_vote().tally();
    assert_eq!((t.yes, t.no, t.abstain, t.absent), (88, 58, 34, 13));
}

#[test]
fn the_2019_plenary_vote_is_79_60_33() {
    let t = data::vote("ga-74-247").unwrap().tally();
    assert_eq!((t.yes, t.no, t.abstain, t.absent), (79, 60, 33, 21));
}

#[test]
fn the_2020_plenary_votes_match_their_un_digital_library_records() {
    let t = data::vote("ga-75-240").unwrap().tally();
    assert_eq!((t.yes, t.no, t.abstain, t.absent), (92, 50, 21, 30));
    let t = data::vote("ga-75-32").unwrap().tally();
    assert_eq!((t.yes, t.no, t.abstain, t.absent), (163, 10, 7, 13));
}

/// The UN Digital Library export that gives the 2020 lists also reproduces
/// these four, so they rest on two sources, each cited with its record.
#[test]
fn the_four_track_votes_cite_the_un_record_beside_the_voeten_data() {
    for (id, record) in [
        ("ga-73-27", "1655128"),
        ("ga-73-266", "1657117"),
        ("ga-74-28", "3839870"),
        ("ga-74-29", "3839871"),
    ] {
        let vote = data::vote(id).unwrap();
        let urls: Vec<&str> = vote.sources.iter().map(|s| s.url).collect();
        assert!(
            urls.contains(&format!("https://digitallibrary.un.org/record/{record}").as_str()),
            "{id} cites UN Digital Library record {record}: {urls:?}"
        );
        assert!(
            urls.iter().any(|u| u.contains("dataverse.harvard.edu")),
            "{id} still cites the Voeten data"
        );
        assert_eq!(vote.totals_basis, TotalsBasis::Confirmed, "{id}");
        assert!(
            !vote.note.contains("single dataset") && !vote.note.contains("rest only"),
            "{id}: {}",
            vote.note
        );
    }
}

#[test]
fn italy_is_no_per_the_summary_record_and_the_conflict_is_noted() {
    let vote = data::headline_vote();
    let italy = data::member_index("ITA").unwrap();
    assert_eq!(vote.choice(italy), Choice::No);
    assert!(vote.note.contains("Italy") && vote.note.contains("voting sheet"));
}

#[test]
fn sponsors_are_the_8_on_the_draft_and_cosponsors_the_47_on_the_mfa_list() {
    let sponsors: Vec<&str> = data::members()
        .iter()
        .filter(|m| m.sponsor)
        .map(|m| m.iso3)
        .collect();
    assert_eq!(
        sponsors,
        ["BLR", "KHM", "CHN", "PRK", "MMR", "NIC", "RUS", "VEN"]
    );
    assert_eq!(data::members().iter().filter(|m| m.cosponsor).count(), 47);
}

/// A number in a vote's note or description must be a year, a session
/// ("74th") or one of the vote's own counts (document symbols aside), so prose cannot drift.
#[test]
fn numbers_in_vote_texts_are_years_or_the_votes_own_counts() {
    for vote in data::votes() {
        let t = vote.tally();
        let counts = [t.yes, t.no, t.abstain, t.absent].map(u32::from);
        for text in [vote.note, vote.decided] {
            for word in text.split_whitespace().filter(|w| !w.contains('/')) {
                let digits: String = word.chars().filter(char::is_ascii_digit).collect();
                let Ok(n) = digits.parse::<u32>() else {
                    continue;
                };
                let is_year = (1990..=2030).contains(&n) || word.contains("-20");
                let is_session = ["th", "st", "nd", "rd"]
                    .iter()
                    .any(|s| word.contains(&format!("{n}{s}")));
                assert!(
                    is_year || is_session || counts.contains(&n),
                    "{}: `{word}` is not one of its counts",
                    vote.id
                );
            }
        }
    }
}

/// A CSV file's rows, header left out.
fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    common::csv_cells(&text).split_off(1)
}

#[test]
fn votes_equal_the_reference_set_cell_for_cell() {
    let reference = Path::new(REFERENCE);
    assert!(
        reference.exists(),
        "{REFERENCE} is missing: this test compares the data with the reference set; put the shared reference folder beside the project"
    );
    for (id, file, _) in REFERENCE_FILES {
        let vote = data::vote(id).unwrap();
        let rows = read_csv(&reference.join(file));
        assert_eq!(rows.len(), 193, "{file}");
        let expected: HashMap<&str, &str> = rows
            .iter()
            .map(|r| (r[1].as_str(), r[2].as_str()))
            .collect();
        for (i, member) in data::members().iter().enumerate() {
            assert_eq!(
                Some(&vote.choice(i).slug()),
                expected.get(member.iso3),
                "{id}: {} differs from {file}",
                member.iso3
            );
        }
    }
}

#[test]
fn members_and_sponsors_equal_the_reference_set() {
    let reference = Path::new(REFERENCE);
    assert!(
        reference.exists(),
        "{REFERENCE} is missing: this test compares the data with the reference set; put the shared reference folder beside the project"
    );
    let text = std::fs::read_to_string(reference.join("members.csv")).unwrap();
    let rows: Vec<Vec<&str>> = text
        .lines()
        .skip(1)
        .map(|l| l.splitn(4, ',').collect())
        .collect();
    assert_eq!(rows.len(), data::members().len());
    for (i, (row, member)) in rows.iter().zip(data::members()).enumerate() {
        assert_eq!(
            (row[0], row[1], row[2]),
            (member.iso3, data::member_name(i), member.group.code())
        );
    }
    for row in read_csv(&reference.join("sponsors/A-C.3-74-L.11.sponsors.csv")) {
        let member = &data::members()[data::member_index(&row[0]).unwrap()];
        assert!(member.cosponsor, "{} is on the co-sponsor list", row[0]);
        if row[3].starts_with("original sponsor") {
            assert!(member.sponsor, "{} is a sponsor on the draft", row[0]);
        }
    }
}

#[test]
fn votes_are_listed_newest_first() {
    let dates: Vec<&str> = data::votes().iter().map(|v| v.date).collect();
    let mut sorted = dates.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}
