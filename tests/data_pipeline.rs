//! The build-time checks: a malformed or inconsistent data file must fail
//! with a message naming the file and the line to fix.

#[path = "../build_support/mod.rs"]
#[allow(dead_code)]
mod build_support;

use build_support::dataset::{self, MemberRow};
use std::path::{Path, PathBuf};

fn members() -> Vec<MemberRow> {
    let text = std::fs::read_to_string("data/members.csv").unwrap();
    dataset::parse_members("data/members.csv", &text).unwrap()
}

fn meta(id: &str) -> dataset::VoteMeta {
    let text = std::fs::read_to_string("data/votes.toml").unwrap();
    let metas = dataset::parse_vote_meta("data/votes.toml", &text).unwrap();
    metas.into_iter().find(|m| m.id == id).unwrap()
}

/// The real vote file for `id` with line `line` (1-based) replaced.
fn vote_file_with(id: &str, line: usize, replacement: &str) -> String {
    let text = std::fs::read_to_string(format!("data/votes/{id}.csv")).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[line - 1] = replacement;
    lines.join("\n")
}

fn vote_error(id: &str, text: &str) -> String {
    dataset::parse_vote(&format!("data/votes/{id}.csv"), text, meta(id), &members())
        .unwrap_err()
        .to_string()
}

#[test]
fn the_real_data_loads() {
    let data = dataset::load(Path::new("data")).unwrap();
    assert_eq!(
        data.votes.iter().filter(|v| v.signatures.is_none()).count(),
        10
    );
    assert_eq!(data.members.len(), 193);
    let signatures = data
        .votes
        .iter()
        .find_map(|v| v.signatures.as_ref())
        .unwrap();
    assert_eq!(signatures.len(), 193);
}

fn evidence_words() -> build_support::signatures::EvidenceWords {
    use build_support::signatures;
    let text = std::fs::read_to_string(signatures::EVIDENCE_FILE).unwrap();
    signatures::parse_evidence(signatures::EVIDENCE_FILE, &text, &members()).unwrap()
}

fn signature_error(line: usize, replacement: &str) -> String {
    use build_support::signatures;
    let text = std::fs::read_to_string(signatures::FILE).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[line - 1] = replacement;
    signatures::parse(
        signatures::FILE,
        &lines.join("\n"),
        &members(),
        &evidence_words(),
    )
    .unwrap_err()
    .to_string()
}

#[test]
fn a_bad_signature_row_names_file_line_and_problem() {
    let file = "data/signatures/2025-convention.csv";
    // Line 2 is Afghanistan.
    let cases = [
        (
            "AFG,Afghanistan,maybe,,,x,official-1,",
            "status `maybe` must be one of signed, not-signed, unknown",
        ),
        (
            "AFG,Afghanistan,signed,25-10-2025,,x,official-1,",
            "a signature needs a date",
        ),
        (
            "AFG,Afghanistan,signed,2025-10-25,,x,rumour,",
            "evidence `rumour` must be one of",
        ),
        (
            "AFG,Afghanistan,not-signed,,,x,inferred-official,",
            "`not-signed` needs the source's date",
        ),
        (
            "AFG,Afghanistan,not-signed,2025-10-25,>=2025-11-19,x,inferred-official,",
            "not signed, yet it has a date",
        ),
        (
            "AFG,Afghanistan,unknown,,,x,press,",
            "an unknown status has no date, as_of or evidence",
        ),
        (
            "AFG,Afghanistan's,unknown,,,x,,",
            "AFG is named `Afghanistan's`",
        ),
        ("XXX,Nowhere,unknown,,,x,,", "XXX is not a member state"),
        (
            "DZA,Algeria,signed,2025-10-25,,x,official-2,",
            "DZA is listed twice",
        ),
    ];
    for (row, message) in cases {
        let e = signature_error(2, row);
        // A second Algeria is reported where the real one stands, line 4.
        let line = if row.starts_with("DZA") { 4 } else { 2 };
        assert!(e.starts_with(&format!("{file}:{line}: ")), "{e}");
        assert!(e.contains(message), "{row}: {e}");
    }
}

#[test]
fn a_missing_signature_row_names_the_member() {
    use build_support::signatures;
    let text = std::fs::read_to_string(signatures::FILE).unwrap();
    let without: Vec<&str> = text.lines().filter(|l| !l.starts_with("KOR,")).collect();
    let e = signatures::parse(
        signatures::FILE,
        &without.join("\n"),
        &members(),
        &evidence_words(),
    )
    .unwrap_err()
    .to_string();
    assert_eq!(e, format!("{}: KOR has no row", signatures::FILE));
}

#[test]
fn a_signature_record_may_not_have_official_totals_and_a_vote_must() {
    let text = std::fs::read_to_string("data/votes.toml").unwrap();
    let with_totals = text.replacen(
        "\nbody = \"signatures\"",
        "\nbody = \"signatures\"\nofficial = { yes = 1, no = 2, abstain = 0 }",
        1,
    );
    let e = dataset::parse_vote_meta("data/votes.toml", &with_totals)
        .unwrap_err()
        .to_string();
    assert!(e.contains("a signature record has none"), "{e}");
}

#[test]
fn an_unknown_vote_value_names_file_and_line() {
    let text = vote_file_with("3c-2019", 3, "Albania,ALB,maybe");
    let e = vote_error("3c-2019", &text);
    assert!(
        e.starts_with("data/votes/3c-2019.csv:3: vote `maybe`"),
        "{e}"
    );
}

#[test]
fn a_state_listed_twice_names_file_and_line() {
    let text = vote_file_with("3c-2019", 3, "Afghanistan,AFG,absent");
    let e = vote_error("3c-2019", &text);
    assert!(
        e.starts_with("data/votes/3c-2019.csv:3: AFG is listed twice"),
        "{e}"
    );
}

#[test]
fn a_missing_field_names_file_and_line() {
    let text = vote_file_with("ga-74-247", 10, "Austria,AUT");
    let e = vote_error("ga-74-247", &text);
    assert!(
        e.starts_with("data/votes/ga-74-247.csv:10: expected 3 fields"),
        "{e}"
    );
}

#[test]
fn an_unknown_state_names_file_and_line() {
    let text = vote_file_with("3c-2018", 5, "Atlantis,ATL,yes");
    let e = vote_error("3c-2018", &text);
    assert!(
        e.starts_with("data/votes/3c-2018.csv:5: ATL is not a member state"),
        "{e}"
    );
}

#[test]
fn a_list_that_does_not_match_the_official_totals_fails() {
    // Line 3 is Albania, recorded as no; flipping it to yes breaks 88-58-34.
    let text = vote_file_with("3c-2019", 3, "Albania,ALB,yes");
    let e = vote_error("3c-2019", &text);
    assert!(
        e.contains("adds up to 89-57-34") && e.contains("88-58-34"),
        "{e}"
    );
}

#[test]
fn a_missing_state_is_reported() {
    let text = std::fs::read_to_string("data/votes/3c-2019.csv").unwrap();
    let without_albania: Vec<&str> = text.lines().filter(|l| !l.contains(",ALB,")).collect();
    let e = vote_error("3c-2019", &without_albania.join("\n"));
    assert!(e.contains("ALB has no row"), "{e}");
}

#[test]
fn an_unclosed_quote_names_file_and_line() {
    let text =
        "iso3,un_name,regional_group,regional_group_label,group_note\nAFG,\"Afghanistan,APG,x,\n";
    let e = dataset::parse_members("data/members.csv", text)
        .unwrap_err()
        .to_string();
    assert_eq!(e, "data/members.csv:2: a quoted field is not closed");
}

#[test]
fn an_unknown_regional_group_names_file_and_line() {
    let text = "iso3,un_name,regional_group,regional_group_label,group_note\nAFG,Afghanistan,APG,x,\nALB,Albania,EUR,x,\n";
    let e = dataset::parse_members("data/members.csv", text)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("data/members.csv:3: regional group `EUR`"),
        "{e}"
    );
}

#[test]
fn broken_toml_names_file_and_line() {
    let text = std::fs::read_to_string("data/votes.toml")
        .unwrap()
        .replacen("date = ", "date == ", 1);
    let e = dataset::parse_vote_meta("data/votes.toml", &text).unwrap_err();
    let expected_line = text.lines().position(|l| l.contains("date == ")).unwrap() + 1;
    assert_eq!(
        (e.file.as_str(), e.line),
        ("data/votes.toml", expected_line),
        "{e}"
    );
}

#[test]
fn a_bad_date_names_the_vote() {
    let text = std::fs::read_to_string("data/votes.toml")
        .unwrap()
        .replacen("2019-11-18", "2019-13-18", 1);
    let e = dataset::parse_vote_meta("data/votes.toml", &text)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("date `2019-13-18` is not a YYYY-MM-DD date"),
        "{e}"
    );
}

#[test]
fn a_corrupt_file_in_a_data_folder_fails_the_whole_load() {
    let dir = copy_of_data("corrupt");
    let path = dir.join("votes/ga-73-27.csv");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replacen(",yes", ",yess", 1);
    std::fs::write(&path, text).unwrap();
    let e = dataset::load(&dir).unwrap_err().to_string();
    assert!(e.starts_with("data/votes/ga-73-27.csv:"), "{e}");
    assert!(e.contains("vote `yess`"), "{e}");
}

fn copy_of_data(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("uncyber-data-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("votes")).unwrap();
    std::fs::create_dir_all(dir.join("signatures")).unwrap();
    for entry in std::fs::read_dir("data")
        .unwrap()
        .chain(std::fs::read_dir("data/votes").unwrap())
        .chain(std::fs::read_dir("data/signatures").unwrap())
    {
        let path = entry.unwrap().path();
        if path.is_file() {
            let rel = path.strip_prefix("data").unwrap();
            std::fs::copy(&path, dir.join(rel)).unwrap();
        }
    }
    dir
}

#[test]
fn build_dates_are_civil_dates_from_day_counts() {
    use build_support::build_date::{is_iso_date, iso_date_from_days, last_updated};
    assert_eq!(iso_date_from_days(0), "1970-01-01");
    assert_eq!(iso_date_from_days(18_218), "2019-11-18");
    assert_eq!(iso_date_from_days(11_016), "2000-02-29");
    assert_eq!(iso_date_from_days(-1), "1969-12-31");
    // Outside git (a tarball), SOURCE_DATE_EPOCH gives the date.
    let outside = std::env::temp_dir();
    let no_git = !outside.join(".git").exists();
    if no_git {
        assert_eq!(last_updated(&outside, Some("1574035200")), "2019-11-18");
    }
    assert!(is_iso_date(&last_updated(&outside, None)));
}
