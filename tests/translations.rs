//! The story's translations (build_support/translations.rs): every step is
//! translated in every language, from today's English; a stale one, one
//! with other placeholders, one that types its own number, or a language
//! missing a word stops the build.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../build_support/mod.rs"]
#[allow(dead_code)]
mod build_support;

use build_support::content::Story;
use build_support::dataset::Dataset;
use build_support::translations::{english_hash, load, LANGS};
use std::path::{Path, PathBuf};

fn english() -> (Dataset, Story) {
    let data = build_support::dataset::load(Path::new("data")).unwrap();
    let story = build_support::content::load(Path::new("."), &data).unwrap();
    (data, story)
}

/// A scratch copy of every language's folder, to break one file in.
fn scratch(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!(
        "uncyber-translations-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&root);
    for lang in LANGS {
        let to = root.join("content").join(lang).join("steps");
        std::fs::create_dir_all(&to).unwrap();
        let from = Path::new("content").join(lang);
        for file in ["site.toml", "words.toml"] {
            std::fs::copy(from.join(file), root.join("content").join(lang).join(file)).unwrap();
        }
        for entry in std::fs::read_dir(from.join("steps")).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
    root
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} holds {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn every_step_is_translated_in_every_language_from_todays_english() {
    let (data, story) = english();
    let translations = load(Path::new("."), &data, &story).expect("every translation is current");
    assert_eq!(translations.len(), 5);
    for t in &translations {
        assert_eq!(t.steps.len(), story.steps.len(), "{}", t.lang);
        for (tr, en) in t.steps.iter().zip(&story.steps) {
            assert_eq!(tr.slug, en.source.slug);
            let text = format!("{} {} {}", tr.title, tr.summary, tr.paragraphs.join(" "));
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{} {}: every placeholder filled",
                t.lang,
                tr.slug
            );
            assert!(!tr.paragraphs.is_empty(), "{} {}", t.lang, tr.slug);
            // Not the English left in place.
            assert_ne!(
                tr.title, en.source.title,
                "{} {}: translated",
                t.lang, tr.slug
            );
            assert_ne!(tr.summary, en.summary, "{} {}: translated", t.lang, tr.slug);
        }
    }
}

#[test]
fn the_hash_is_the_skeleton_scripts() {
    // scripts/translation-skeleton.py: fnv1a64("Title\x1fSummary, {yes:3c-2019}\x1fBody").
    assert_eq!(
        english_hash(&["Title", "Summary, {yes:3c-2019}", "Body"]),
        "5bacb59d4515a199"
    );
}

#[test]
fn a_translation_of_english_that_has_since_changed_stops_the_build() {
    let (data, mut story) = english();
    story.steps[2].source.body.push_str(" One more sentence.");
    let err = load(Path::new("."), &data, &story).unwrap_err().to_string();
    assert!(
        err.contains("is stale")
            && err.contains(&format!(
                "content/fr/steps/{}",
                story.steps[2].file.rsplit('/').next().unwrap()
            )),
        "{err}"
    );
    let (data, mut story) = english();
    story.site.standfirst.push('!');
    let err = load(Path::new("."), &data, &story).unwrap_err().to_string();
    assert!(
        err.contains("content/fr/site.toml") && err.contains("is stale"),
        "{err}"
    );
}

#[test]
fn other_placeholders_or_a_number_typed_by_hand_stop_the_build() {
    let (data, story) = english();
    let root = scratch("placeholders");
    edit(
        &root,
        "content/es/steps/01-committee-vote.toml",
        "{no:3c-2019}",
        "{abstain:3c-2019}",
    );
    let err = load(&root, &data, &story).unwrap_err().to_string();
    assert!(
        err.contains("content/es/steps/01-committee-vote.toml")
            && err.contains("placeholders differ"),
        "{err}"
    );

    let root = scratch("numbers");
    edit(
        &root,
        "content/ru/steps/01-committee-vote.toml",
        "{yes:3c-2019}",
        "88",
    );
    let err = load(&root, &data, &story).unwrap_err().to_string();
    assert!(
        err.contains("content/ru/steps/01-committee-vote.toml"),
        "{err}"
    );

    let root = scratch("typed");
    edit(
        &root,
        "content/zh/steps/01-committee-vote.toml",
        "{yes:3c-2019}",
        "{yes:3c-2019}（共88票）",
    );
    let err = load(&root, &data, &story).unwrap_err().to_string();
    assert!(
        err.contains("`88` is a number the English does not have"),
        "{err}"
    );
}

#[test]
fn a_language_missing_a_word_or_a_step_stops_the_build() {
    let (data, story) = english();
    let root = scratch("words");
    edit(
        &root,
        "content/ar/words.toml",
        "date_year = ",
        "year_date = ",
    );
    let err = load(&root, &data, &story).unwrap_err().to_string();
    assert!(err.contains("content/ar/words.toml"), "{err}");

    let root = scratch("pattern");
    edit(
        &root,
        "content/fr/words.toml",
        "date_or_later = \"{date} ou plus tard\"",
        "date_or_later = \"plus tard\"",
    );
    let err = load(&root, &data, &story).unwrap_err().to_string();
    assert!(err.contains("`date_or_later` must hold"), "{err}");

    let root = scratch("missing");
    std::fs::remove_file(root.join("content/zh/steps/05-authoritarian-multilateralism.toml"))
        .unwrap();
    let err = load(&root, &data, &story).unwrap_err().to_string();
    assert!(
        err.contains("content/zh/steps/05-authoritarian-multilateralism.toml")
            && err.contains("is missing"),
        "{err}"
    );
}

#[test]
fn each_language_writes_votes_statuses_and_dates_its_own_way() {
    let (data, story) = english();
    let translations = load(Path::new("."), &data, &story).unwrap();
    let committee = story
        .steps
        .iter()
        .position(|s| s.source.slug == "committee-vote")
        .unwrap();
    let when: Vec<(&str, &str)> = translations
        .iter()
        .map(|t| (t.lang, t.steps[committee].when_label.as_str()))
        .collect();
    assert_eq!(
        when,
        [
            ("fr", "18 novembre 2019"),
            ("es", "18 de noviembre de 2019"),
            ("ru", "18 ноября 2019 года"),
            ("zh", "2019年11月18日"),
            ("ar", "18 تشرين الثاني/نوفمبر 2019"),
        ]
    );
    // The United States voted no in committee in 2019 (data/votes): each
    // language's first step says so in its own words.
    let said: Vec<bool> = translations
        .iter()
        .map(|t| {
            t.steps[committee]
                .paragraphs
                .join(" ")
                .contains(t.words.vote_no.as_str())
        })
        .collect();
    assert_eq!(said, [true; 5]);
    let fr = &translations[0].words;
    assert_eq!(
        fr.sign_date(">=2025-11-19"),
        "19 novembre 2025 ou plus tard"
    );
    assert_eq!(fr.sign_date("2025-10-25/26"), "25 ou 26 octobre 2025");
    assert_eq!(fr.partial_date("2026-07"), "juillet 2026");
    assert_eq!(fr.partial_date("2026-07-01"), "1er juillet 2026");
    assert_eq!(translations[3].words.partial_date("2017"), "2017年");
}

#[test]
fn arabic_sets_un_symbols_apart_left_to_right() {
    use build_support::translations::isolate_symbols;
    assert_eq!(
        isolate_symbols("القرار A/RES/74/247 ومشروع A/C.3/74/L.11."),
        "القرار \u{2066}A/RES/74/247\u{2069} ومشروع \u{2066}A/C.3/74/L.11\u{2069}."
    );
    assert_eq!(isolate_symbols("بلا رموز"), "بلا رموز");
    // A press release's symbol begins before its "A/".
    assert_eq!(
        isolate_symbols("البيان GA/DIS/3659."),
        "البيان \u{2066}GA/DIS/3659\u{2069}."
    );
}
