//! The source's layout: no modules import each other in a circle, at the
//! top level (`model`, `data`, `html`, `widgets`, `browser`, …) or between
//! widgets; and the browser layer knows no widget.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The unit a file belongs to: its top-level module, or `widgets/<name>`.
fn unit_of(src: &Path, file: &Path) -> Option<String> {
    let parts: Vec<String> = file
        .strip_prefix(src)
        .ok()?
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [first, ..] if first == "bin" => None,
        [first, name, ..] if first == "widgets" => Some(format!("widgets/{name}")),
        [first, ..] => Some(first.clone()),
        [] => None,
    }
}

/// The units `source` names through `crate::…` paths.
fn uses(source: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in source.match_indices("crate::") {
        let rest = &source[at + "crate::".len()..];
        let word = |s: &str| -> String {
            s.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        };
        let first = word(rest);
        if first == "widgets" {
            let second = word(rest["widgets".len()..].trim_start_matches("::"));
            if !second.is_empty() {
                out.insert(format!("widgets/{second}"));
                continue;
            }
        }
        // Macros exported at the crate root are not modules.
        if !first.is_empty() && !["format_html", "write_html", "named"].contains(&first.as_str()) {
            out.insert(first);
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let Some(unit) = unit_of(&src, &file) else {
            continue;
        };
        let named = uses(&fs::read_to_string(&file).unwrap());
        let entry = edges.entry(unit.clone()).or_default();
        // A widget naming the widgets module names another widget or itself.
        entry.extend(named.into_iter().filter(|u| *u != unit && u != "widgets"));
    }
    edges
}

/// A cycle through `from`, if any (depth-first).
fn cycle_from(edges: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    fn walk(
        edges: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        at: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in edges.get(at).into_iter().flatten() {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(edges, start, next, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![from.to_string()];
    walk(edges, from, from, &mut path, &mut BTreeSet::new()).then_some(path)
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    let edges = graph();
    assert!(
        edges.contains_key("widgets/stage") && edges.contains_key("model"),
        "the scan sees the source"
    );
    let cycles: Vec<String> = edges
        .keys()
        .filter_map(|unit| cycle_from(&edges, unit))
        .map(|c| c.join(" -> "))
        .collect();
    assert!(cycles.is_empty(), "modules in a circle: {cycles:#?}");
}

#[test]
fn the_browser_layer_knows_no_widget() {
    let edges = graph();
    let widgets: Vec<&String> = edges["browser"]
        .iter()
        .filter(|u| u.starts_with("widgets"))
        .collect();
    assert!(widgets.is_empty(), "browser/ uses {widgets:?}");
}

#[test]
fn the_scan_finds_a_circle() {
    let mut edges = BTreeMap::new();
    edges.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    edges.insert("b".to_string(), BTreeSet::from(["a".to_string()]));
    edges.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(
        cycle_from(&edges, "a"),
        Some(vec!["a".into(), "b".into(), "a".into()])
    );
    assert_eq!(cycle_from(&edges, "c"), None);
    assert_eq!(
        uses("use crate::widgets::marks::write::X; crate::data::members(); crate::format_html!"),
        BTreeSet::from(["widgets/marks".to_string(), "data".to_string()])
    );
}
