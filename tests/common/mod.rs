//! Helpers shared by the native tests.

#[allow(dead_code)] // the build's error type, which the tests do not need
#[path = "../../build_support/csv.rs"]
mod csv;

/// The cells of a CSV text, row by row, header first, read by the one CSV
/// reader the build uses (build_support/csv.rs).
#[allow(dead_code)] // not every test crate reads CSV
pub fn csv_cells(text: &str) -> Vec<Vec<String>> {
    csv::cells(text).unwrap_or_else(|e| panic!("a CSV file the tests read is malformed: {e}"))
}

/// Month names, written out here so the tests' expected dates do not come
/// from the code under test.
#[allow(dead_code)] // not every test crate reads dates
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A fresh folder holding the minimal shape of Trunk's index.html, for the
/// prerender to run on.
#[allow(dead_code)] // only the tests that run the prerender use it
pub fn dist_with_template(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("uncyber-prerender-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><html><head><title>T</title><meta content=D name=description><link rel=stylesheet href=main.css></head><body><noscript>plain</noscript></body></html>",
    )
    .unwrap();
    dir
}

/// `dist_with_template(name)` with the prerender run on it; panics with
/// the prerender's own message if it fails.
#[allow(dead_code)] // only the tests that read its pages use it
pub fn prerendered(name: &str) -> std::path::PathBuf {
    let dir = dist_with_template(name);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_prerender"))
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

/// A scratch copy of `content/<lang>/<file>` for each of `langs`, French's
/// changed by `edit`: a translation broken in one place, for a test to show
/// the build refuses it.
#[allow(dead_code)] // only the translation tests break files
pub fn scratch_translations(
    langs: &[&str],
    file: &str,
    name: &str,
    edit: impl Fn(String) -> String,
) -> std::path::PathBuf {
    let root = std::env::temp_dir().join(format!("uncyber-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    for lang in langs {
        let folder = root.join("content").join(lang);
        std::fs::create_dir_all(&folder).unwrap();
        let from = std::path::Path::new("content").join(lang).join(file);
        let text = std::fs::read_to_string(from).unwrap();
        let text = if *lang == "fr" { edit(text) } else { text };
        std::fs::write(folder.join(file), text).unwrap();
    }
    root
}
