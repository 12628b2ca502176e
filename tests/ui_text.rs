//! The interface's words (build_support/ui_text.rs): a language's file
//! must have every entry the English has and no other, with the English's
//! placeholders and plural forms, made from today's English; the macros the
//! build writes escape markup; and counts take each language's plural form.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../build_support/mod.rs"]
#[allow(dead_code)]
mod build_support;

use build_support::translations::english_hash;
use build_support::ui_text::{area_fields, english, load, rs, translated, Area, Words};
use std::path::{Path, PathBuf};
use uncyber::model::plural::{category_in, Category};

/// A project folder holding only `content/ui/demo.toml` (English) and
/// `content/fr/ui/demo.toml`, made from it.
fn scratch(name: &str, english_text: &str, french_body: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("uncyber-ui-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("content/ui")).unwrap();
    std::fs::create_dir_all(root.join("content/fr/ui")).unwrap();
    std::fs::write(root.join("content/ui/demo.toml"), english_text).unwrap();
    let en = english(&root).unwrap();
    let fields = area_fields(&en[0]);
    let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
    let hash = english_hash(&refs);
    std::fs::write(
        root.join("content/fr/ui/demo.toml"),
        format!("english_hash = \"{hash}\"\n{french_body}"),
    )
    .unwrap();
    root
}

const ENGLISH: &str = "next = \"Next\"\nof = \"Step {n} of {total}\"\nstates = { one = \"{n} state\", other = \"{n} states\" }\n";

fn french_error(name: &str, body: &str) -> String {
    let root = scratch(name, ENGLISH, body);
    let en = english(&root).unwrap();
    translated(&root, "fr", &en).unwrap_err().to_string()
}

#[test]
fn a_complete_current_translation_loads() {
    let root = scratch(
        "complete",
        ENGLISH,
        "next = \"Suivant\"\nof = \"Étape {n} sur {total}\"\nstates = { one = \"{n} État\", other = \"{n} États\" }\n",
    );
    let areas = load(&root, "fr").unwrap();
    assert_eq!(
        areas[0].entries.get("next"),
        Some(&Words::Plain("Suivant".to_string()))
    );
}

#[test]
fn a_missing_or_extra_entry_stops_the_build() {
    let missing = french_error(
        "missing",
        "of = \"Étape {n} sur {total}\"\nstates = { one = \"{n} État\", other = \"{n} États\" }\n",
    );
    assert!(missing.contains("misses `next`"), "{missing}");
    let extra = french_error(
        "extra",
        "next = \"Suivant\"\nlater = \"Plus tard\"\nof = \"Étape {n} sur {total}\"\nstates = { one = \"{n} État\", other = \"{n} États\" }\n",
    );
    assert!(extra.contains("`later` is not in the English"), "{extra}");
}

#[test]
fn other_placeholders_a_typed_number_or_other_plural_forms_stop_the_build() {
    let placeholder = french_error(
        "placeholder",
        "next = \"Suivant\"\nof = \"Étape {n} sur {tout}\"\nstates = { one = \"{n} État\", other = \"{n} États\" }\n",
    );
    assert!(placeholder.contains("placeholders"), "{placeholder}");
    let number = french_error(
        "number",
        "next = \"Suivant\"\nof = \"Étape {n} sur {total}, 18\"\nstates = { one = \"{n} État\", other = \"{n} États\" }\n",
    );
    assert!(number.contains("`18`"), "{number}");
    let forms = french_error(
        "forms",
        "next = \"Suivant\"\nof = \"Étape {n} sur {total}\"\nstates = { other = \"{n} États\" }\n",
    );
    assert!(forms.contains("need exactly"), "{forms}");
    let uncounted = french_error(
        "uncounted",
        "next = \"Suivant\"\nof = \"Étape {n} sur {total}\"\nstates = \"{n} États\"\n",
    );
    assert!(uncounted.contains("counted"), "{uncounted}");
}

#[test]
fn a_translation_of_english_that_has_since_changed_stops_the_build() {
    let root = scratch(
        "stale",
        ENGLISH,
        "next = \"Suivant\"\nof = \"Étape {n} sur {total}\"\nstates = { one = \"{n} État\", other = \"{n} États\" }\n",
    );
    std::fs::write(
        root.join("content/ui/demo.toml"),
        ENGLISH.replace("\"Next\"", "\"Next step\""),
    )
    .unwrap();
    let en = english(&root).unwrap();
    let error = translated(&root, "fr", &en).unwrap_err().to_string();
    assert!(error.contains("is stale"), "{error}");
}

#[test]
fn the_macros_escape_markup_but_not_plain_words() {
    let area = Area {
        name: "demo".to_string(),
        entries: [(
            "quote".to_string(),
            Words::Plain("\"A & B\" <b>".to_string()),
        )]
        .into_iter()
        .collect(),
    };
    let code = rs("en", &[area]);
    assert!(
        code.contains(r#"(demo quote) => { "&quot;A &amp; B&quot; &lt;b&gt;" };"#),
        "{code}"
    );
    assert!(
        code.contains(r#"(demo quote) => { "\"A & B\" <b>" };"#),
        "{code}"
    );
}

#[test]
fn the_hash_is_the_skeleton_scripts() {
    let out = std::process::Command::new("python3")
        .args(["scripts/translation-skeleton.py", "--hash"])
        .output()
        .expect("python3 runs");
    let printed = String::from_utf8(out.stdout).unwrap();
    for area in english(Path::new(".")).unwrap() {
        let fields = area_fields(&area);
        let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
        let line = format!("{} {}", area.name, english_hash(&refs));
        assert!(printed.lines().any(|l| l == line), "{line} in {printed}");
    }
}

#[test]
fn counts_take_each_languages_plural_form() {
    use Category::*;
    let cases: &[(&str, &[(usize, Category)])] = &[
        ("en", &[(0, Other), (1, One), (2, Other), (88, Other)]),
        ("fr", &[(0, One), (1, One), (2, Other), (58, Other)]),
        ("es", &[(1, One), (34, Other)]),
        (
            "ru",
            &[
                (1, One),
                (21, One),
                (11, Many),
                (2, Few),
                (34, Few),
                (12, Many),
                (58, Many),
                (88, Many),
                (101, One),
            ],
        ),
        ("zh", &[(1, Other), (193, Other)]),
        (
            "ar",
            &[
                (0, Zero),
                (1, One),
                (2, Two),
                (3, Few),
                (110, Few),
                (11, Many),
                (88, Many),
                (100, Other),
                (102, Other),
            ],
        ),
    ];
    for (lang, expected) in cases {
        for (n, category) in *expected {
            assert_eq!(category_in(lang, *n), *category, "{lang} {n}");
        }
    }
}
