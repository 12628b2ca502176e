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
use build_support::translations::LANGS;
use std::path::{Path, PathBuf};

fn english() -> (Dataset, Story) {
    let data = build_support::dataset::load(Path::new("data")).unwrap();
    let story = build_support::content::load(Path::new("."), &data).unwrap();
    (data, story)
}

/// Every language's labels.toml in a scratch folder, French's changed by `edit`.
fn scratch(name: &str, edit: impl Fn(String) -> String) -> PathBuf {
    common::scratch_translations(&LANGS, "labels.toml", &format!("labels-{name}"), edit)
}

fn error(name: &str, edit: impl Fn(String) -> String) -> String {
    let (data, story) = english();
    let root = scratch(name, edit);
    let result = load(&root, "en", &data, &story);
    let _ = std::fs::remove_dir_all(&root);
    result.expect_err("the build should refuse it").to_string()
}

#[test]
fn every_language_translates_every_label() {
    let (data, story) = english();
    for lang in LANGS {
        let labels = load(Path::new("."), lang, &data, &story).unwrap().unwrap();
        for kind in ["timeline", "tracks", "votes", "blocs"] {
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
    let (data, story) = english();
    let labels = load(Path::new("."), "fr", &data, &story).unwrap().unwrap();
    let titles = un_titles(Path::new("."), "fr").unwrap();
    let (mut shown, mut told) = (data.clone(), story.clone());
    apply(&labels, &titles, &mut shown, &mut told);
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
