//! The names that tie the markup to the code that finds it again (classes,
//! attributes, ids) are constants of the markup module that writes them
//! (src/markup/names.rs). This test fails if a view or the browser layer
//! spells a selector out as a string of its own.

use std::fs;
use std::path::Path;

/// String literals in `source` that begin like a selector: `.class`,
/// `#id` or `[attribute`.
fn selector_literals(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in source.lines() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut rest = code;
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('"') else { break };
            let literal = &after[..end];
            let mut chars = literal.chars();
            if let (Some('.' | '#' | '['), Some(c)) = (chars.next(), chars.next()) {
                if c.is_ascii_alphabetic() {
                    found.push(literal.to_string());
                }
            }
            rest = &after[end + 1..];
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_code_that_finds_markup_spells_no_selector_of_its_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/app.rs")];
    rust_files(&root.join("src/views"), &mut files);
    rust_files(&root.join("src/browser"), &mut files);
    let mut spelled = Vec::new();
    for file in &files {
        for literal in selector_literals(&fs::read_to_string(file).unwrap()) {
            spelled.push(format!("{}: {literal:?}", file.display()));
        }
    }
    assert!(spelled.is_empty(), "selectors spelled out: {spelled:#?}");
}

#[test]
fn the_scan_sees_selectors() {
    assert_eq!(
        selector_literals(
            r##"find(&root, ".legend"); all(x, "[data-view]"); f("#step-title"); g("{}.x");
            // find(".in-a-comment")"##
        ),
        [".legend", "[data-view]", "#step-title"]
    );
}
