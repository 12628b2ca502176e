//! Checks the data in `data/` and the story in `content/`, and turns them
//! into static Rust in `OUT_DIR`.
//! A malformed or inconsistent file stops the build with `file:line: problem`.

#[path = "build_support/mod.rs"]
mod build_support;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=build_support");
    println!(
        "cargo:rerun-if-changed={}",
        build_support::places::PLACES_FILE
    );
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo:rerun-if-env-changed=UNCYBER_LANG");
    let root = Path::new(".");
    for file in build_support::build_date::git_files(root) {
        println!("cargo:rerun-if-changed={file}");
    }
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let updated = build_support::build_date::last_updated(root, epoch.as_deref());
    println!("cargo:rustc-env=UNCYBER_UPDATED={updated}");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    // The one language this build shows (its interface, story and names).
    let lang = std::env::var("UNCYBER_LANG").ok();
    let lang = build_support::ui_text::build_language(lang.as_deref()).unwrap_or_else(|e| fail(&e));
    // Its dates, in the language's words, from the first label on.
    if lang != "en" {
        let words =
            build_support::translations::load_words(root, lang).unwrap_or_else(|e| fail(&e));
        build_support::dataset::write_dates_in(Some(words));
    }
    let data = build_support::dataset::load(Path::new("data")).unwrap_or_else(|e| fail(&e));
    let mut shown = data.clone();
    build_support::names::localise(root, lang, &mut shown).unwrap_or_else(|e| fail(&e));
    build_support::names::rank(root, lang, &mut shown).unwrap_or_else(|e| fail(&e));
    let mut story =
        build_support::content::load(Path::new("."), &data).unwrap_or_else(|e| fail(&e));
    // The teacher's page: checked here with the rest of the content, but
    // written to a file of its own that only the page writer includes.
    // Every language's is checked in every build; the build's language's is written.
    let mut teach = build_support::teach::load(root, &data, &story).unwrap_or_else(|e| fail(&e));
    for other in build_support::translations::LANGS {
        let translated = build_support::teach::load_translation(root, other, &data, &story)
            .unwrap_or_else(|e| fail(&e));
        if other == lang {
            teach = translated;
        }
    }
    let code = build_support::teach::rs(&teach);
    std::fs::write(Path::new(&out_dir).join("teach.rs"), code).expect("write teach.rs");
    // The story's translations: every language's is checked in every build
    // (a stale or broken one stops it).
    let translations =
        build_support::translations::load(root, &data, &story).unwrap_or_else(|e| fail(&e));
    let places = build_support::places::load(root).unwrap_or_else(|e| fail(&e));
    let labels = build_support::labels::load(root, lang, &data, &story, &places)
        .unwrap_or_else(|e| fail(&e));
    // What the map and the search show that is not a member state.
    let code = build_support::places::rs(
        &places,
        build_support::labels::shown_in(labels.as_ref(), lang),
    );
    std::fs::write(Path::new(&out_dir).join("places.rs"), code).expect("write places.rs");
    // The story in the build's language, its labels, and the interface's words.
    if let Some(translation) = translations.iter().find(|t| t.lang == lang) {
        build_support::translations::apply(&mut story, translation);
    }
    let vote_words =
        build_support::vote_words::load(root, lang, &data).unwrap_or_else(|e| fail(&e));
    if let Some(words) = vote_words {
        build_support::vote_words::apply(&words, lang, &mut shown);
    }
    if let Some(labels) = labels {
        let titles = build_support::labels::un_titles(root, lang).unwrap_or_else(|e| fail(&e));
        build_support::labels::apply(&labels, &titles, lang, &mut shown, &mut story);
    }
    let code = build_support::codegen::dataset_rs(&shown);
    std::fs::write(Path::new(&out_dir).join("dataset.rs"), code).expect("write dataset.rs");
    let code = build_support::codegen::story_rs(&story);
    std::fs::write(Path::new(&out_dir).join("story.rs"), code).expect("write story.rs");
    let areas = build_support::ui_text::load(root, lang).unwrap_or_else(|e| fail(&e));
    let code = build_support::ui_text::rs(lang, &areas);
    std::fs::write(Path::new(&out_dir).join("ui_text.rs"), code).expect("write ui_text.rs");
}

fn fail(e: &dyn std::fmt::Display) -> ! {
    eprintln!("\nerror: the project's data or content is not valid:\n  {e}\n");
    std::process::exit(1)
}
