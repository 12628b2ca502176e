//! A page for every member state, written by the prerender: its name in the
//! title, its position on every vote as the data files give it, its
//! signature never shown as signed unless the file says so, a way into the
//! story with the state picked, and its own preview picture.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

/// The prerender's output for a minimal Trunk page, written once.
fn dist() -> PathBuf {
    let dir = common::dist_with_template("country-pages");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
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
