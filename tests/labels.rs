//! The figures' and menus' short labels in the other five languages
//! (build_support/labels.rs): every English label has a translation in
//! every language; a changed English label, a label left empty or one that
//! types its own number stops the build; a build in a language shows its
//! labels and only the UN titles a UN page confirms.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../build_support/mod.rs"]
#[allow(dead_code)]
mod build_support;
mod common;

use build_support::content::Story;
use build_support::dataset::Dataset;
use build_support::labels::{apply, load, un_titles};
use build_support::places::Places;
use build_support::translations::LANGS;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn english() -> (Dataset, Story, Places) {
    let data = build_support::dataset::load(Path::new("data")).unwrap();
    let story = build_support::content::load(Path::new("."), &data).unwrap();
    let places = build_support::places::load(Path::new(".")).unwrap();
    (data, story, places)
}

/// Every language's labels.toml in a scratch folder, French's changed by `edit`.
fn scratch(name: &str, edit: impl Fn(String) -> String) -> PathBuf {
    common::scratch_translations(&LANGS, "labels.toml", &format!("labels-{name}"), edit)
}

fn error(name: &str, edit: impl Fn(String) -> String) -> String {
    let (data, story, places) = english();
    let root = scratch(name, edit);
    let result = load(&root, "en", &data, &story, &places);
    let _ = std::fs::remove_dir_all(&root);
    result.expect_err("the build should refuse it").to_string()
}

#[test]
fn every_language_translates_every_label() {
    let (data, story, places) = english();
    for lang in LANGS {
        let labels = load(Path::new("."), lang, &data, &story, &places)
            .unwrap()
            .unwrap();
        for kind in [
            "timeline", "tracks", "votes", "blocs", "treaty", "glossary", "evidence", "places",
            "entities",
        ] {
            assert!(!labels[kind].is_empty(), "{lang}: [{kind}]");
        }
    }
}

#[test]
fn a_changed_english_label_is_missing_and_its_old_entry_left_over() {
    let changed = "\"Snowden revelations begin\"";
    let message = error("changed", |t| {
        t.replace(changed, "\"Snowden revelations start\"")
    });
    assert!(
        message.contains("content/fr/labels.toml")
            && message.contains("no translation of \"Snowden revelations begin\""),
        "{message}"
    );
    let message = error("extra", |t| {
        t.replace(
            "[blocs]\n",
            "[blocs]\n\"Warsaw Pact\" = \"Pacte de Varsovie\"\n",
        )
    });
    assert!(
        message.contains("no longer has") && message.contains("Warsaw Pact"),
        "{message}"
    );
}

#[test]
fn an_empty_label_or_a_typed_number_stops_the_build() {
    let message = error("empty", |t| {
        let at = t.find("\"Snowden revelations begin\" = \"").unwrap()
            + "\"Snowden revelations begin\" = \"".len();
        let end = at + t[at..].find('"').unwrap();
        format!("{}{}", &t[..at], &t[end..])
    });
    assert!(message.contains("not translated yet"), "{message}");
    let message = error("number", |t| {
        let key = "\"Snowden revelations begin\" = \"";
        t.replace(key, &format!("{key}2013 : "))
    });
    assert!(
        message.contains("`2013` is a number the English does not have"),
        "{message}"
    );
}

#[test]
fn a_language_build_shows_its_labels_and_only_confirmed_un_titles() {
    let (data, story, places) = english();
    let labels = load(Path::new("."), "fr", &data, &story, &places)
        .unwrap()
        .unwrap();
    let titles = un_titles(Path::new("."), "fr").unwrap();
    let (mut shown, mut told) = (data.clone(), story.clone());
    apply(&labels, &titles, "fr", &mut shown, &mut told);
    assert_eq!(
        told.timeline[0].label,
        labels["timeline"][&story.timeline[0].label]
    );
    assert_eq!(shown.blocs.names[0], labels["blocs"]["European Union"]);
    let gge = shown
        .votes
        .iter()
        .find(|v| v.meta.symbol == "A/RES/74/28")
        .unwrap();
    assert_eq!(
        gge.meta.title,
        "Favoriser le comportement responsable des États dans le cyberespace dans le contexte de la sécurité internationale"
    );
    // Rated `1 source` in data/titles/un-titles-6.csv: the English stays.
    let cybercrime = shown
        .votes
        .iter()
        .find(|v| v.meta.symbol == "A/RES/74/247")
        .unwrap();
    assert_eq!(
        cybercrime.meta.title,
        "Countering the use of information and communications technologies for criminal purposes"
    );
    assert!(
        un_titles(Path::new("."), "ru").unwrap().is_empty(),
        "no Russian title is confirmed"
    );
}

#[test]
fn a_language_build_shows_the_treaties_table_and_the_glossary_in_its_words() {
    let (data, story, places) = english();
    for lang in LANGS {
        let labels = load(Path::new("."), lang, &data, &story, &places)
            .unwrap()
            .unwrap();
        let (mut shown, mut told) = (data.clone(), story.clone());
        apply(&labels, &BTreeMap::new(), lang, &mut shown, &mut told);
        let word = |en: &str| {
            let text = labels["treaty"][en].clone();
            if lang == "ar" {
                build_support::translations::isolate_symbols(&text)
            } else {
                text
            }
        };
        let (before, after) = (&story.offences, &told.offences);
        for (en, shown) in before.instrument.iter().zip(&after.instrument) {
            assert_eq!(shown.name, word(&en.name), "{lang}");
            assert_eq!(shown.confidence, word(&en.confidence), "{lang}");
        }
        for (en, shown) in before.row.iter().zip(&after.row) {
            assert_eq!(shown.topic, word(&en.topic), "{lang}");
            for (en, shown) in en.cells().iter().zip(shown.cells()) {
                // An article keeps its numbers after the language's
                // abbreviation; a word is the language's.
                let expected = match ["Arts. ", "Art. "].iter().find(|p| en.starts_with(*p)) {
                    Some(prefix) => format!("{} {}", word(prefix.trim_end()), &en[prefix.len()..]),
                    None => {
                        assert_ne!(shown, *en, "{lang}: {en} is translated");
                        word(en)
                    }
                };
                assert_eq!(shown, expected, "{lang}: {en}");
            }
        }
        // Each state's signature evidence reads in the language.
        let rows = |d: &Dataset| {
            d.votes
                .iter()
                .filter_map(|v| v.signatures.clone())
                .flatten()
                .collect::<Vec<_>>()
        };
        let (english_rows, shown_rows) = (rows(&data), rows(&shown));
        assert!(!english_rows.is_empty());
        for (en, row) in english_rows.iter().zip(&shown_rows) {
            if en.reads.is_empty() {
                assert!(row.reads.is_empty());
            } else {
                let text = labels["evidence"][&en.reads].clone();
                let expected = if lang == "ar" {
                    build_support::translations::isolate_symbols(&text)
                } else {
                    text
                };
                assert_eq!(row.reads, expected, "{lang}");
                assert_ne!(row.reads, en.reads, "{lang}: {} is translated", en.reads);
            }
        }
        for (en, shown) in story.glossary.iter().zip(&told.glossary) {
            assert_eq!(shown.id, en.id, "{lang}: the anchors stay");
            assert_eq!(shown.term, labels["glossary"][&en.term], "{lang}");
            assert_ne!(shown.definition, en.definition, "{lang}: {}", en.id);
        }
    }
}

#[test]
fn arabic_sets_the_treaties_un_symbols_apart() {
    let (data, story, places) = english();
    let labels = load(Path::new("."), "ar", &data, &story, &places)
        .unwrap()
        .unwrap();
    let (mut shown, mut told) = (data.clone(), story.clone());
    apply(&labels, &BTreeMap::new(), "ar", &mut shown, &mut told);
    let note = &told
        .offences
        .instrument
        .iter()
        .find(|i| i.id == "un-2024")
        .unwrap()
        .note;
    assert!(note.contains("\u{2066}A/RES/79/243\u{2069}"), "{note}");
}

#[test]
fn a_language_build_names_the_maps_other_places_and_the_searched_entities_in_its_words() {
    let (data, story, places) = english();
    assert!(places.places.len() > 20 && places.entities.len() >= 5);
    for lang in LANGS {
        let labels = load(Path::new("."), lang, &data, &story, &places)
            .unwrap()
            .unwrap();
        let code = build_support::places::rs(
            &places,
            build_support::labels::shown_in(Some(&labels), lang),
        );
        for (name, note) in &places.places {
            let (name, note) = (&labels["places"][name], &labels["places"][note]);
            assert!(
                code.contains(&format!("({name:?}, {note:?})")),
                "{lang}: {name}, {note}"
            );
        }
        for (_, note) in &places.places {
            assert_ne!(
                &labels["places"][note], note,
                "{lang}: the note is translated"
            );
        }
        for (name, sentence) in &places.entities {
            let shown = &labels["entities"][sentence];
            assert_ne!(shown, sentence, "{lang}");
            assert!(
                code.contains(&format!("({sentence:?}, {shown:?})")),
                "{lang}"
            );
            let shown = &labels["entities"][name];
            assert!(
                code.contains(&format!("({name:?}, {shown:?})")),
                "{lang}: {name}"
            );
        }
    }
    // English gives back its own words.
    let code = build_support::places::rs(&places, build_support::labels::shown_in(None, "en"));
    assert!(
        code.contains("(\"Taiwan\", \"not a UN member state\")"),
        "{code}"
    );
}
