//! The build-time checks of the groupings, the Budapest statuses and the
//! statements: a malformed row must stop the build with `file:line: problem`.

#[path = "../build_support/mod.rs"]
#[allow(dead_code)]
mod build_support;

use build_support::dataset::{self, MemberRow};
use build_support::{blocs, budapest, statements};
use std::path::{Path, PathBuf};

fn members() -> Vec<MemberRow> {
    let text = std::fs::read_to_string("data/members.csv").unwrap();
    dataset::parse_members("data/members.csv", &text).unwrap()
}

/// `file` with line `line` (1-based) replaced.
fn with_line(file: &str, line: usize, replacement: &str) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[line - 1] = replacement;
    lines.join("\n")
}

#[test]
fn the_real_files_load() {
    let data = dataset::load(Path::new("data")).unwrap();
    assert_eq!(data.blocs.rows.len(), 402);
    assert_eq!(data.blocs.names.len(), blocs::BLOCS.len());
    assert_eq!(data.blocs.caveats.len(), 5);
    assert_eq!(data.budapest.rows.len(), 193);
    assert_eq!(
        (data.budapest.on.as_str(), data.budapest.as_of.as_str()),
        ("2019-11-18", "2025-06-05")
    );
    assert_eq!(data.statements.len(), 5);
}

#[test]
fn a_bad_bloc_row_names_file_line_and_problem() {
    // Line 2 is Austria in the EU.
    let cases = [
        ("EUX,AUT,Austria,,,x", "bloc `EUX` must be one of EU, AU"),
        ("EU,XXX,Austria,,,x", "XXX is not a member state"),
        (
            "EU,AUT,Österreich,,,x",
            "AUT is named `Österreich`, members.csv says `Austria`",
        ),
        (
            "EU,AUT,Austria,1995-1-1,,x",
            "member_from `1995-1-1` is not a YYYY-MM-DD or YYYY-MM date",
        ),
        (
            "EU,AUT,Austria,,2020-13,x",
            "member_to `2020-13` is not a YYYY-MM-DD or YYYY-MM date",
        ),
        (
            "EU,AUT,Austria,2020-01-01,2019-01-01,x",
            "AUT leaves EU (2019-01-01) before it joins (2020-01-01)",
        ),
        ("EU,AUT,Austria,,,", "AUT in EU has no note"),
        ("EU,AUT,Austria,,", "expected 6 fields"),
        ("EU,BEL,Belgium,,,x", "BEL is listed twice in EU"),
    ];
    for (row, says) in cases {
        let text = with_line(blocs::FILE, 2, row);
        let e = blocs::parse(blocs::FILE, &text, &members())
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("data/blocs/blocs.csv:"), "{e}");
        let line = if says.contains("twice") { 3 } else { 2 };
        assert!(
            e.starts_with(&format!("data/blocs/blocs.csv:{line}: {says}")),
            "{row}: {e}"
        );
    }
}

#[test]
fn a_bad_caveat_or_name_names_file_line_and_problem() {
    let members = members();
    let rows = blocs::parse(
        blocs::FILE,
        &std::fs::read_to_string(blocs::FILE).unwrap(),
        &members,
    )
    .unwrap();
    let cases = [
        (
            "LAS,SYR,expelled,,",
            "kind `expelled` must be one of suspended, associate",
        ),
        (
            "LAS,SYR,associate,,",
            "SYR in LAS: its note in data/blocs/blocs.csv does not say `associate`",
        ),
        (
            "LAS,FRA,suspended,,",
            "FRA in LAS has no row in data/blocs/blocs.csv",
        ),
        (
            "LAS,SYR,suspended,2023-05-07,2011-11",
            "the caveat ends (2011-11) before it starts (2023-05-07)",
        ),
        (
            "LAS,SYR,suspended,Nov 2011,",
            "from `Nov 2011` is not a YYYY-MM-DD or YYYY-MM date",
        ),
    ];
    for (row, says) in cases {
        let text = with_line(blocs::CAVEATS_FILE, 2, row);
        let e = blocs::parse_caveats(blocs::CAVEATS_FILE, &text, &rows, &members)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with(&format!("data/blocs/caveats.csv:2: {says}")),
            "{row}: {e}"
        );
    }
    let text = with_line(blocs::NAMES_FILE, 2, "EC,European Community");
    let e = blocs::parse_names(blocs::NAMES_FILE, &text)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("data/blocs/names.csv:2: bloc `EC` must be one of"),
        "{e}"
    );
    let text = with_line(blocs::NAMES_FILE, 2, "AU,African Union");
    let e = blocs::parse_names(blocs::NAMES_FILE, &text)
        .unwrap_err()
        .to_string();
    assert_eq!(e, "data/blocs/names.csv:3: AU is named twice");
}

#[test]
fn a_bad_budapest_row_names_file_line_and_problem() {
    let members = members();
    // Line 2 is Afghanistan in both files.
    let cases = [
        (
            "AFG,Afghanistan,member,,,,https://x.org,e",
            "status `member` must be one of party, signatory",
        ),
        (
            "AFG,Afghanistan,none,2001-11-32,,,https://x.org,e",
            "signed `2001-11-32` is not a YYYY-MM-DD date",
        ),
        (
            "AFG,Afghanistan,none,,,,www.x.org,e",
            "source `www.x.org` is not a web address",
        ),
        (
            "AFG,Afghanistan,none,,,,https://x.org,",
            "AFG has no evidence",
        ),
    ];
    for (row, says) in cases {
        let text = with_line(budapest::FILE, 2, row);
        let e = budapest::parse(budapest::FILE, &text, &members)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with(&format!("data/budapest/parties.csv:2: {says}")),
            "{row}: {e}"
        );
    }
    let parties = std::fs::read_to_string(budapest::FILE).unwrap();
    let rows = budapest::parse(budapest::FILE, &parties, &members).unwrap();
    for (row, says) in [
        (
            "AFG,Afghanistan,maybe,none",
            "`maybe` must be one of yes, likely, no",
        ),
        (
            "AFG,Afghanistan,no,party",
            "AFG: status `party`, but data/budapest/parties.csv says `none`",
        ),
    ] {
        let text = with_line(budapest::ON_DAY_FILE, 2, row);
        let e = budapest::parse_on_day(budapest::ON_DAY_FILE, &text, &members, &mut rows.clone())
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with(&format!("data/budapest/parties_2019-11-18.csv:2: {says}")),
            "{e}"
        );
    }
}

#[test]
fn a_bad_statement_names_file_line_and_problem() {
    let long = "word ".repeat(26);
    let cases = [
        (
            "A/74/PV.99,USA,United States of America,for,s,,https://x.org,l".to_string(),
            "record `A/74/PV.99` must be one of",
        ),
        (
            "A/74/PV.52,USA,Finland,for,s,,https://x.org,l".to_string(),
            "USA: the speaker `Finland` does not begin with `United States of America`",
        ),
        (
            format!("A/74/PV.52,USA,United States of America,for,s,{long},https://x.org,l"),
            "USA: the quote has 26 words, at most 25",
        ),
    ];
    for (row, says) in cases {
        let text = with_line(statements::FILE, 2, &row);
        let e = statements::parse(statements::FILE, &text, &members())
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with(&format!("data/statements/statements.csv:2: {says}")),
            "{e}"
        );
    }
}

/// A copy of `data/`, every folder included, to break one file in.
fn copy_of_data(name: &str) -> PathBuf {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let target = to.join(path.file_name().unwrap());
            if path.is_dir() {
                copy(&path, &target);
            } else {
                std::fs::copy(&path, &target).unwrap();
            }
        }
    }
    let dir = std::env::temp_dir().join(format!("uncyber-blocs-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy(Path::new("data"), &dir);
    dir
}

#[test]
fn a_malformed_bloc_row_fails_the_whole_load_with_file_and_line() {
    let dir = copy_of_data("malformed");
    let path = dir.join("blocs/blocs.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = 1 + text
        .lines()
        .position(|l| l.starts_with("LAS,SYR,"))
        .unwrap();
    std::fs::write(&path, text.replacen("LAS,SYR,", "LAS,SYX,", 1)).unwrap();
    let e = dataset::load(&dir).unwrap_err().to_string();
    assert_eq!(
        e,
        format!("data/blocs/blocs.csv:{line}: SYX is not a member state")
    );
    let _ = std::fs::remove_dir_all(&dir);
}
