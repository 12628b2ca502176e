//! The names index the prerender writes for search (dist/search-names.txt,
//! docs/search-names.md): every member's six UN names as the reference
//! gives them, the names readers type finding their state with the app's
//! own search, and the non-members each with the line a reader is shown.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{HashMap, HashSet};
use uncyber::data;
use uncyber::model::country_search::search;

const UN_NAMES: &str = "data/names/un-names-6.csv";
const REFERENCE_NAMES: &str = "../shared/reference/names/un-names-6.csv";

/// The generated file's lines, each split at its tabs, from one prerender
/// run for all the tests here.
fn lines() -> Vec<Vec<String>> {
    static LINES: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    LINES.get_or_init(run).clone()
}

fn run() -> Vec<Vec<String>> {
    let dir = common::prerendered("search-names");
    let text = std::fs::read_to_string(dir.join("search-names.txt")).unwrap();
    assert!(!text.starts_with('\u{feff}'), "no byte-order mark");
    assert!(!text.contains('\r'), "lines end in \\n alone");
    assert!(text.ends_with('\n'));
    text.lines()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[derive(serde::Deserialize)]
struct NonMembers {
    entity: Vec<Entity>,
}

#[derive(serde::Deserialize)]
struct Entity {
    code: String,
    names: Vec<String>,
    #[serde(default)]
    signed: Option<String>,
}

fn non_members() -> Vec<Entity> {
    let text = std::fs::read_to_string("data/non-members.toml").unwrap();
    toml::from_str::<NonMembers>(&text).unwrap().entity
}

#[test]
fn the_names_index_covers_every_member_in_six_languages_and_each_non_member_with_its_sentence() {
    let lines = lines();
    // The project's copy is the reference file, unchanged; reading the
    // reference fails if it is missing.
    let copy = std::fs::read(UN_NAMES).unwrap();
    let reference = std::fs::read(REFERENCE_NAMES).unwrap_or_else(|e| {
        panic!("{REFERENCE_NAMES}: {e} (the reference set must be beside the project)")
    });
    assert_eq!(
        copy, reference,
        "{UN_NAMES} is the reference file unchanged"
    );

    let unique: HashSet<&Vec<String>> = lines.iter().collect();
    assert_eq!(unique.len(), lines.len(), "no line occurs twice");
    for l in &lines {
        assert!(
            l.iter().all(|f| !f.trim().is_empty()),
            "an empty field: {l:?}"
        );
    }

    let members: HashSet<&str> = data::members().iter().map(|m| m.iso3).collect();
    assert_eq!(members.len(), 193);
    let entities = non_members();
    let codes: HashSet<&str> = entities.iter().map(|e| e.code.as_str()).collect();
    for code in ["PSE", "VAT", "EUU", "XKX", "TWN"] {
        assert!(codes.contains(code), "{code} is listed");
        assert!(!members.contains(code), "{code} is no member's code");
    }

    // Member lines have two fields; non-member lines three, the last a
    // sentence saying it is not a member state.
    let mut names: HashMap<&str, HashSet<&str>> = HashMap::new();
    for l in &lines {
        let code = l[0].as_str();
        if members.contains(code) {
            assert_eq!(l.len(), 2, "a member's line: {l:?}");
        } else {
            assert!(
                codes.contains(code),
                "{code} is neither a member nor a listed non-member"
            );
            assert_eq!(l.len(), 3, "a non-member's line has its sentence: {l:?}");
            assert!(
                l[2].starts_with("Not a UN member state"),
                "{code}: the sentence says so: {}",
                l[2]
            );
            assert!(l[2].split_whitespace().count() >= 8, "{code}: a sentence");
        }
        names.entry(code).or_default().insert(l[1].as_str());
    }

    // Each member's six names, exactly as the reference file has them.
    let rows = common::csv_cells(&String::from_utf8(reference).unwrap());
    assert_eq!(
        rows[0],
        ["iso3", "en", "fr", "es", "ru", "zh", "ar", "source"]
    );
    assert_eq!(rows.len() - 1, 193);
    for r in &rows[1..] {
        let found = &names[r[0].as_str()];
        for (lang, name) in rows[0][1..7].iter().zip(&r[1..7]) {
            assert!(
                found.contains(name.as_str()),
                "{}: its {lang} name `{name}`",
                r[0]
            );
        }
    }
    // And every alias the app already knows.
    for &(alias, i) in data::aliases() {
        assert!(
            names[data::members()[i].iso3].contains(alias),
            "alias {alias}"
        );
    }
    // Every non-member's names are there.
    for e in &entities {
        for n in &e.names {
            assert!(
                names[e.code.as_str()].contains(n.as_str()),
                "{}: {n}",
                e.code
            );
        }
    }
}

#[test]
fn common_and_former_names_find_their_state_with_the_apps_search() {
    let lines = lines();
    let members = data::members();
    let aliases: Vec<(&str, usize)> = lines
        .iter()
        .filter(|l| l.len() == 2)
        .map(|l| {
            let i = data::member_index(&l[0]).unwrap();
            (l[1].as_str(), i)
        })
        .collect();
    let cases = [
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("turkiye", "TUR"),
        ("Czechia", "CZE"),
        ("Czech Republic", "CZE"),
        ("Eswatini", "SWZ"),
        ("Swaziland", "SWZ"),
        ("Côte d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("North Macedonia", "MKD"),
        ("Macedonia", "MKD"),
        ("Myanmar", "MMR"),
        ("Burma", "MMR"),
        ("Cabo Verde", "CPV"),
        ("Cape Verde", "CPV"),
        ("Timor-Leste", "TLS"),
        ("East Timor", "TLS"),
        ("Brasil", "BRA"),
        ("Deutschland", "DEU"),
        ("Россия", "RUS"),
        ("россия", "RUS"),
        ("РОССИЯ", "RUS"),
        ("中国", "CHN"),
        // Without the hamza the data writes: "أفغانستان".
        ("افغانستان", "AFG"),
    ];
    for (query, iso3) in cases {
        let found = search(query, members, data::member_names(), &aliases, 3);
        assert_eq!(
            found.first().map(|&i| members[i].iso3),
            Some(iso3),
            "`{query}` finds {iso3} first (found {:?})",
            found.iter().map(|&i| members[i].iso3).collect::<Vec<_>>()
        );
    }
    // Without the file's names, the app's own aliases do not reach these.
    for query in ["Россия", "Deutschland", "中国"] {
        assert!(
            search(query, members, data::member_names(), data::aliases(), 3).is_empty(),
            "{query} needs the names index"
        );
    }
}

#[test]
fn the_non_members_that_signed_the_convention_signed_on_the_day_the_reference_gives() {
    let path = "../shared/reference/un-votes/other/2025-convention-signatures.txt";
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e} (the reference set must be beside the project)"));
    assert!(text.contains(
        "Non-members that also signed in Hanoi: European Union and State of Palestine (both 25 Oct 2025)."
    ));
    let lines = lines();
    for e in non_members() {
        let signed = matches!(e.code.as_str(), "EUU" | "PSE");
        assert_eq!(
            e.signed.as_deref(),
            signed.then_some("2025-10-25"),
            "{}: signed as the reference records",
            e.code
        );
        for l in lines.iter().filter(|l| l[0] == e.code) {
            assert_eq!(
                l[2].contains(
                    "signed the 2024 UN Convention against Cybercrime in Hanoi on 25 October 2025"
                ),
                signed,
                "{}: {}",
                e.code,
                l[2]
            );
        }
    }
}
