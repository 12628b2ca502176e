//! A page for every member state, written by the prerender: its name in the
//! title, its position on every vote as the data files give it, its
//! signature never shown as signed unless the file says so, a way into the
//! story with the state picked, and its own preview picture.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashMap;
use std::path::PathBuf;

/// The prerender's output for a minimal Trunk page, written once for all
/// the tests here (a run draws 211 pictures).
fn dist() -> PathBuf {
    static DIST: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIST.get_or_init(|| common::prerendered("country-pages"))
        .clone()
}

/// `column` of `file` (a CSV in data/), keyed by ISO3.
fn by_iso3(file: &str, column: &str) -> HashMap<String, String> {
    let rows = common::csv_cells(&std::fs::read_to_string(file).unwrap());
    let at = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    let (iso3, value) = (at("iso3"), at(column));
    rows[1..]
        .iter()
        .map(|r| (r[iso3].clone(), r[value].clone()))
        .collect()
}

/// The `data-vote` of the page's row for record `id`.
fn row_vote<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let key = format!("data-vote-id=\"{id}\" data-vote=\"");
    let start = html.find(&key)? + key.len();
    Some(&html[start..start + html[start..].find('"')?])
}

#[test]
fn every_member_state_has_a_page_with_its_record_as_the_data_files_give_it_and_what_it_said() {
    let dir = dist();
    let members = common::csv_cells(&std::fs::read_to_string("data/members.csv").unwrap());
    let (iso3_at, name_at) = (
        members[0].iter().position(|c| c == "iso3").unwrap(),
        members[0].iter().position(|c| c == "un_name").unwrap(),
    );
    assert_eq!(members.len() - 1, 193);
    let votes: Vec<(String, HashMap<String, String>)> = std::fs::read_dir("data/votes")
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            (id, by_iso3(p.to_str().unwrap(), "vote"))
        })
        .collect();
    assert_eq!(votes.len(), 10);
    let signatures = by_iso3("data/signatures/2025-convention.csv", "status");
    for row in &members[1..] {
        let (iso3, name) = (&row[iso3_at], &row[name_at]);
        let file = dir.join(format!("country-{}.html", iso3.to_lowercase()));
        let html =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        // The page escapes what it writes: compare with the escaped name.
        let escaped = name.replace('&', "&amp;");
        let title = &html[html.find("<title>").unwrap()..html.find("</title>").unwrap()];
        assert!(
            title.contains(&escaped),
            "{iso3}: its name in the title ({title})"
        );
        assert!(
            html.contains(&format!("<h1>{escaped}</h1>")),
            "{iso3}: its name as the heading"
        );
        assert!(
            html.contains(&format!("href=\"./?country={iso3}\"")),
            "{iso3}: a way into the story"
        );
        for (id, positions) in &votes {
            assert_eq!(
                row_vote(&html, id),
                Some(positions[iso3].as_str()),
                "{iso3} on {id}"
            );
        }
        let signature =
            row_vote(&html, "signatures").unwrap_or_else(|| panic!("{iso3}: no signature row"));
        let status = signatures[iso3].as_str();
        assert_eq!(
            signature == "yes",
            status == "signed",
            "{iso3}: shown as signed only if it signed ({status})"
        );
        if status == "unknown" {
            assert_ne!(
                signature, "no",
                "{iso3}: unknown is never shown as not signed"
            );
        }
        let picture =
            std::fs::read(dir.join(format!("country-{}.png", iso3.to_lowercase()))).unwrap();
        assert_eq!(&picture[1..4], b"PNG", "{iso3}: a picture");
        assert!(
            html.contains(&format!("content=\"country-{}.png\"", iso3.to_lowercase())),
            "{iso3}: its picture in the preview tags"
        );
    }
    // A state with a recorded statement shows it; one without says so.
    let usa = std::fs::read_to_string(dir.join("country-usa.html")).unwrap();
    assert!(usa.contains(
        "“There is no consensus among member states on the need or value of drafting a new treaty”"
    ));
    let ken = std::fs::read_to_string(dir.join("country-ken.html")).unwrap();
    assert!(ken.contains("No statement by Kenya at these votes is recorded"));
}

/// Each vote's positions as the reference set gives them (slugs: yes, no,
/// abstain, absent), keyed by the vote's id and then by ISO3. Reading fails
/// if ../shared/reference is missing: the check is never skipped.
fn reference_votes() -> Vec<(&'static str, HashMap<String, String>)> {
    let read = |path: &str| {
        std::fs::read_to_string(path).unwrap_or_else(|e| {
            panic!("{path}: {e} (the reference set must be beside the project)")
        })
    };
    let wide = common::csv_cells(&read("../shared/reference/un-votes/all_votes_wide.csv"));
    let columns = [
        ("3c-2018", "2018-11-13-third-committee"),
        ("ga-73-27", "2018-12-05-plenary-A-RES-73-27"),
        ("ga-73-187", "2018-12-17-plenary-A-RES-73-187"),
        ("ga-73-266", "2018-12-22-plenary-A-RES-73-266"),
        ("3c-2019", "2019-11-18-third-committee"),
        ("ga-74-28", "2019-12-12-plenary-A-RES-74-28"),
        ("ga-74-29", "2019-12-12-plenary-A-RES-74-29"),
        ("ga-74-247", "2019-12-27-plenary-A-RES-74-247"),
    ];
    let iso3 = wide[0].iter().position(|c| c == "iso3").unwrap();
    let mut out: Vec<(&str, HashMap<String, String>)> = columns
        .iter()
        .map(|&(id, column)| {
            let at = wide[0].iter().position(|c| c == column).unwrap();
            let rows = wide[1..].iter().map(|r| (r[iso3].clone(), r[at].clone()));
            (id, rows.collect())
        })
        .collect();
    for (id, file) in [
        ("ga-75-32", "2020-12-07-plenary-A-RES-75-32.csv"),
        ("ga-75-240", "2020-12-31-plenary-A-RES-75-240.csv"),
    ] {
        let rows = common::csv_cells(&read(&format!("../shared/reference/un-votes/other/{file}")));
        assert_eq!(rows[0], ["country", "iso3", "vote"]);
        out.push((
            id,
            rows[1..]
                .iter()
                .map(|r| (r[1].clone(), r[2].clone()))
                .collect(),
        ));
    }
    for (id, positions) in &out {
        assert_eq!(positions.len(), 193, "{id}: one row per member state");
    }
    out
}

/// The CSV's words for a reference slug, written here, not taken from the
/// code under test.
fn csv_words(slug: &str) -> &'static str {
    match slug {
        "yes" => "Yes",
        "no" => "No",
        "abstain" => "Abstained",
        "absent" => "Did not vote",
        other => panic!("the reference has an unknown position `{other}`"),
    }
}

fn json(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_member_state_has_its_own_csv_and_json_with_its_votes_as_the_reference_gives_them() {
    let dir = dist();
    let reference = reference_votes();
    let full_csv = std::fs::read_to_string(dir.join("un-cyber-votes.csv")).unwrap();
    let full_rows = common::csv_cells(full_csv.trim_start_matches('\u{feff}'));
    let header = &full_rows[0];
    let full_json = json(&dir.join("un-cyber-votes.json"));
    let full_members = full_json["members"].as_array().unwrap();
    assert_eq!(full_members.len(), 193);
    // The CSV's vote columns are headed "symbol (date)"; each vote's
    // symbol comes from the full JSON's votes, its id with it.
    let symbols: HashMap<&str, &str> = full_json["votes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["id"].as_str().unwrap(), v["symbol"].as_str().unwrap()))
        .collect();
    assert_eq!(symbols.len(), 10);
    let mut seen = 0;
    for full_row in &full_rows[1..] {
        let iso3 = &full_row[0];
        let lower = iso3.to_lowercase();
        // The page links both files.
        let page = std::fs::read_to_string(dir.join(format!("country-{lower}.html"))).unwrap();
        for ext in ["csv", "json"] {
            assert!(
                page.contains(&format!(
                    "href=\"country-{lower}.{ext}\" download=\"country-{lower}.{ext}\""
                )),
                "{iso3}: its page links its {ext}"
            );
        }
        // The CSV: the full file's header, byte-order mark and all, and
        // its one row, which carries the reference's positions.
        let text = std::fs::read_to_string(dir.join(format!("country-{lower}.csv"))).unwrap();
        assert!(
            text.starts_with('\u{feff}'),
            "{iso3}: the CSV starts with a byte-order mark"
        );
        let rows = common::csv_cells(text.trim_start_matches('\u{feff}'));
        assert_eq!(rows.len(), 2, "{iso3}: a header and one row");
        assert_eq!(&rows[0], header, "{iso3}: the full CSV's columns");
        assert_eq!(&rows[1], full_row, "{iso3}: the full CSV's row");
        for (id, positions) in &reference {
            let at = header
                .iter()
                .position(|h| h.starts_with(&format!("{} (", symbols[id])))
                .unwrap_or_else(|| panic!("no column for {id}"));
            assert_eq!(
                rows[1][at],
                csv_words(&positions[iso3]),
                "{iso3} on {id} in its CSV"
            );
        }
        // The JSON: the full file's keys and, for its one member, the full
        // file's entry, whose votes are the reference's.
        let own = json(&dir.join(format!("country-{lower}.json")));
        let keys =
            |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(
            keys(&own),
            keys(&full_json),
            "{iso3}: the full JSON's shape"
        );
        assert_eq!(
            own["votes"], full_json["votes"],
            "{iso3}: every vote's metadata"
        );
        let members = own["members"].as_array().unwrap();
        assert_eq!(members.len(), 1, "{iso3}: one member");
        let full_entry = full_members
            .iter()
            .find(|m| m["iso3"] == iso3.as_str())
            .unwrap();
        assert_eq!(&members[0], full_entry, "{iso3}: the full JSON's entry");
        for (id, positions) in &reference {
            assert_eq!(
                members[0]["votes"][id],
                positions[iso3].as_str(),
                "{iso3} on {id} in its JSON"
            );
        }
        seen += 1;
    }
    assert_eq!(seen, 193);
}

#[test]
fn the_json_downloads_carry_each_states_recorded_statements() {
    let dir = dist();
    let rows =
        common::csv_cells(&std::fs::read_to_string("data/statements/statements.csv").unwrap());
    let at = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    let dates = HashMap::from([
        ("A/C.3/74/SR.50", "2019-11-18"),
        ("A/74/PV.52", "2019-12-27"),
    ]);
    let full = json(&dir.join("un-cyber-votes.json"));
    let members = full["members"].as_array().unwrap();
    let mut expected: HashMap<String, Vec<serde_json::Value>> = HashMap::new();
    for r in &rows[1..] {
        let sources: Vec<&str> = r[at("source_url")].split(" ; ").collect();
        let quote = &r[at("quote")];
        expected.entry(r[at("iso3")].clone()).or_default().push(serde_json::json!({
            "speaker": r[at("speaker_country")],
            "record": r[at("record")],
            "date": dates[r[at("record")].as_str()],
            "position": r[at("position")],
            "quote": if quote.is_empty() { serde_json::Value::Null } else { quote.as_str().into() },
            "summary": r[at("summary")],
            "source_url": sources[0],
            "sources": sources,
            "locator": r[at("locator")],
        }));
    }
    assert_eq!(
        expected.values().map(Vec::len).sum::<usize>(),
        5,
        "the file's five statements"
    );
    for m in members {
        let iso3 = m["iso3"].as_str().unwrap();
        let want = serde_json::Value::Array(expected.get(iso3).cloned().unwrap_or_default());
        assert_eq!(
            m["statements"], want,
            "{iso3}: its statements in the full JSON"
        );
        let own = json(&dir.join(format!("country-{}.json", iso3.to_lowercase())));
        assert_eq!(
            own["members"][0]["statements"], want,
            "{iso3}: in its own JSON"
        );
    }
    // The United States spoke at both meetings; Kenya at neither.
    let usa = members.iter().find(|m| m["iso3"] == "USA").unwrap();
    assert_eq!(usa["statements"].as_array().unwrap().len(), 2);
    let ken = members.iter().find(|m| m["iso3"] == "KEN").unwrap();
    assert_eq!(ken["statements"], serde_json::json!([]));
}
