//! The followed state's line on every step, for every member state: the
//! records it names are the step's (both, where the step compares two), and
//! each position is the data files' own word for that state on that record.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashMap;
use uncyber::data;
use uncyber::widgets::country_line::write::country_line;

/// `column` of a CSV in data/, keyed by ISO3.
fn by_iso3(file: &str, column: &str) -> HashMap<String, String> {
    let rows = common::csv_cells(&std::fs::read_to_string(file).unwrap());
    let at = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    let (iso3, value) = (at("iso3"), at(column));
    rows[1..]
        .iter()
        .map(|r| (r[iso3].clone(), r[value].clone()))
        .collect()
}

/// Each `data-vote-id="…" data-vote="…"` pair of `html`, in order.
fn positions(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("data-vote-id=\"") {
        rest = &rest[at + 14..];
        let id = &rest[..rest.find('"').unwrap()];
        let vote_at = rest.find("data-vote=\"").unwrap() + 11;
        let vote = &rest[vote_at..vote_at + rest[vote_at..].find('"').unwrap()];
        out.push((id.to_string(), vote.to_string()));
    }
    out
}

/// The step's records, read from its content file: the pair it compares,
/// or its vote (the 2019 committee vote for a step without one).
fn records(slug: &str) -> Vec<String> {
    let file = std::fs::read_dir("content/steps")
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .find(|text| text.contains(&format!("slug = \"{slug}\"")))
        .unwrap();
    let head = file.split("\n[").next().unwrap();
    let field = |key: &str| {
        head.lines()
            .find(|l| l.starts_with(&format!("{key} = ")))
            .map(|l| {
                l.split('"')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
    };
    field("compare")
        .or_else(|| field("vote"))
        .unwrap_or_else(|| vec!["3c-2019".to_string()])
}

#[test]
fn every_members_line_on_every_step_gives_its_positions_in_the_data_files_words() {
    let mut files: HashMap<String, HashMap<String, String>> = HashMap::new();
    for entry in std::fs::read_dir("data/votes").unwrap() {
        let path = entry.unwrap().path();
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        files.insert(id, by_iso3(path.to_str().unwrap(), "vote"));
    }
    files.insert(
        "signatures".into(),
        by_iso3("data/signatures/2025-convention.csv", "status"),
    );
    for step in data::steps() {
        let wanted = records(step.slug);
        for (i, member) in data::members().iter().enumerate() {
            let html = country_line(step, i).into_string();
            assert!(html.contains(&format!("data-country-line=\"{}\"", member.iso3)));
            assert!(html.contains(data::member_name(i).split(['&', '\'']).next().unwrap()));
            let got = positions(&html);
            // The line's own pair first (the step's record), then one per record.
            let expected: Vec<(String, String)> = wanted
                .iter()
                .map(|id| (id.clone(), files[id][member.iso3].clone()))
                .collect();
            let own = step.vote.unwrap_or("3c-2019");
            assert_eq!(
                got[0],
                (own.to_string(), files[own][member.iso3].clone()),
                "{} on {}",
                member.iso3,
                step.slug
            );
            assert_eq!(&got[1..], &expected[..], "{} on {}", member.iso3, step.slug);
            assert!(!html.contains("undefined") && !html.contains('{'));
        }
    }
}

#[test]
fn a_weakly_evidenced_signature_says_so_and_unknown_is_never_not_signed() {
    let record = data::steps()
        .iter()
        .find(|s| s.vote == Some("signatures"))
        .unwrap();
    let status = by_iso3("data/signatures/2025-convention.csv", "status");
    let evidence = by_iso3("data/signatures/2025-convention.csv", "evidence");
    let mut weak = 0;
    for (i, member) in data::members().iter().enumerate() {
        let html = country_line(record, i).into_string();
        match status[member.iso3].as_str() {
            "unknown" => {
                assert!(html.contains("not known"), "{}: {html}", member.iso3);
                assert!(!html.contains("had not signed"), "{}", member.iso3);
            }
            "signed" => assert!(
                html.contains(">signed the Convention"),
                "{}: {html}",
                member.iso3
            ),
            _ => {}
        }
        if evidence[member.iso3].starts_with("inferred") {
            weak += 1;
            assert!(
                html.contains("(inferred from official lists)"),
                "{}: {html}",
                member.iso3
            );
        }
    }
    assert!(weak > 100, "most rows rest on an inference ({weak})");
}
