//! What each vote decided and the note on its totals, translated
//! (build_support/vote_words.rs): every vote in every language, from
//! today's English; a stale one, a missing one or one that types its own
//! number stops the build, and a language's build shows its words.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../build_support/mod.rs"]
#[allow(dead_code)]
mod build_support;
mod common;

use build_support::dataset::Dataset;
use build_support::translations::LANGS;
use build_support::vote_words::{apply, load};
use std::path::{Path, PathBuf};

fn data() -> Dataset {
    build_support::dataset::load(Path::new("data")).unwrap()
}

/// Every language's votes.toml in a scratch folder, French's changed by `edit`.
fn scratch(name: &str, edit: impl Fn(String) -> String) -> PathBuf {
    common::scratch_translations(&LANGS, "votes.toml", &format!("vote-words-{name}"), edit)
}

fn error(name: &str, edit: impl Fn(String) -> String) -> String {
    let root = scratch(name, edit);
    let result = load(&root, "en", &data());
    let _ = std::fs::remove_dir_all(&root);
    result.expect_err("the build should refuse it").to_string()
}

#[test]
fn every_language_words_every_vote_from_todays_english() {
    let data = data();
    for lang in LANGS {
        let words = load(Path::new("."), lang, &data).unwrap().unwrap();
        assert_eq!(words.len(), data.votes.len(), "{lang}");
    }
}

#[test]
fn a_stale_missing_or_numbered_translation_stops_the_build() {
    let first_hash = |t: &str| {
        let at = t.find("english_hash = \"").unwrap() + "english_hash = \"".len();
        t[at..at + 16].to_string()
    };
    let message = error("stale", |t| {
        let hash = first_hash(&t);
        t.replacen(&hash, "0000000000000000", 1)
    });
    assert!(
        message.contains("content/fr/votes.toml") && message.contains("is stale"),
        "{message}"
    );
    let message = error("missing", |t| {
        let start = t.find("\n[[vote]]\n").unwrap();
        let next = start + 1 + t[start + 1..].find("\n[[vote]]\n").unwrap();
        format!("{}{}", &t[..start], &t[next..])
    });
    assert!(
        message.contains("has no translation of the vote"),
        "{message}"
    );
    let message = error("number", |t| {
        t.replacen("decided = \"", "decided = \"1999 ", 1)
    });
    assert!(
        message.contains("`1999` is a number the English does not have"),
        "{message}"
    );
}

#[test]
fn a_language_build_shows_its_words_with_arabic_symbols_set_apart() {
    let data = data();
    for lang in ["fr", "ar"] {
        let words = load(Path::new("."), lang, &data).unwrap().unwrap();
        let mut shown = data.clone();
        apply(&words, lang, &mut shown);
        for (vote, w) in shown.votes.iter().zip(&data.votes) {
            let translated = words.iter().find(|x| x.id == vote.meta.id).unwrap();
            let strip = |s: &str| s.replace(['\u{2066}', '\u{2069}'], "");
            assert_eq!(
                strip(&vote.meta.decided),
                translated.decided,
                "{lang} {}",
                vote.meta.id
            );
            assert_eq!(
                strip(&vote.meta.note),
                translated.note,
                "{lang} {}",
                vote.meta.id
            );
            assert_ne!(
                vote.meta.decided, w.meta.decided,
                "{lang} {}: translated",
                vote.meta.id
            );
        }
    }
    let ar = load(Path::new("."), "ar", &data).unwrap().unwrap();
    let mut shown = data.clone();
    apply(&ar, "ar", &mut shown);
    let with_symbol = shown
        .votes
        .iter()
        .find(|v| v.meta.note.contains("A/"))
        .expect("a note naming a UN document");
    assert!(
        with_symbol.meta.note.contains('\u{2066}'),
        "{}",
        with_symbol.meta.note
    );
}
