//! The map's labels in a language's build: a state whose UN M49 name is
//! long is labelled with the language's short form
//! (data/names/short-names.csv), so that the states the steps label fit
//! on the map ("Royaume-Uni", not "Royaume-Uni de Grande-Bretagne et
//! d'Irlande du Nord").

#![cfg(not(target_arch = "wasm32"))]

#[path = "../build_support/mod.rs"]
#[allow(dead_code)]
mod build_support;

use build_support::translations::LANGS;
use std::path::Path;

const SHORT: usize = 16;

#[test]
fn every_state_a_step_labels_has_a_short_name_in_every_language() {
    let data = build_support::dataset::load(Path::new("data")).unwrap();
    let story = build_support::content::load(Path::new("."), &data).unwrap();
    let labelled: Vec<&str> = story
        .steps
        .iter()
        .flat_map(|s| s.source.highlight.iter().map(String::as_str))
        .collect();
    assert!(
        labelled.contains(&"GBR") && labelled.contains(&"USA"),
        "{labelled:?}"
    );
    for lang in LANGS {
        let mut shown = data.clone();
        build_support::names::localise(Path::new("."), lang, &mut shown).unwrap();
        for iso3 in &labelled {
            let member = shown.members.iter().find(|m| m.iso3 == *iso3).unwrap();
            let name = member.name.as_str();
            let short = shown
                .aliases
                .iter()
                .any(|(code, alias)| code == iso3 && alias.chars().count() <= SHORT);
            assert!(
                name.chars().count() <= SHORT || short,
                "{lang}: {iso3} `{name}` has no short form"
            );
        }
        assert!(
            shown
                .aliases
                .iter()
                .all(|(_, a)| a.chars().count() <= SHORT),
            "{lang}"
        );
    }
    let mut fr = data.clone();
    build_support::names::localise(Path::new("."), "fr", &mut fr).unwrap();
    assert!(fr
        .aliases
        .contains(&("GBR".to_string(), "Royaume-Uni".to_string())));
    assert!(
        !fr.aliases.iter().any(|(_, a)| a == "United Kingdom"),
        "no English other names in French"
    );
}
