//! The names that tie the markup to the code that finds it again (classes,
//! attributes, ids) are constants of the markup module that writes them
//! (src/html/names.rs). This test fails if a widget, the browser layer or
//! the app spells a selector out as a string of its own.

use std::fs;
use std::path::Path;

/// String literals in `source` that begin like a selector: `.class`,
/// `#id` or `[attribute`.
fn selector_literals(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in source.lines() {
        let code = line.trim_start();
        // Comments, and the constants that name a selector once.
        if code.starts_with("//") || code.starts_with("pub const") || code.contains("named!(") {
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

/// Tag selectors handed to a lookup (`find(&root, "main")`), and selectors
/// put together with `format!` (`format!("{} .fill-{}", …)`).
fn tag_and_built_selectors(source: &str) -> Vec<String> {
    const LOOKUPS: [&str; 7] = [
        "find(",
        "find_optional(",
        "find_as(",
        "all(",
        "closest(",
        "query_selector(",
        "query_selector_all(",
    ];
    let mut found = Vec::new();
    for line in source.lines() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        for lookup in LOOKUPS {
            let mut rest = code;
            while let Some(at) = rest.find(lookup) {
                let call = &rest[at + lookup.len()..];
                let args = &call[..call.find(')').unwrap_or(call.len())];
                if let Some(start) = args.find('"') {
                    found.push(format!("{lookup}{}", &args[start..]));
                }
                rest = call;
            }
        }
        if let Some(at) = code.find("format!(\"") {
            let literal = &code[at + 9..];
            let literal = &literal[..literal.find('"').unwrap_or(literal.len())];
            let built = ["{} .", "{} [", ".{", "#{", "[{"]
                .iter()
                .any(|p| literal.contains(p));
            if built {
                found.push(format!("format!(\"{literal}\")"));
            }
        }
    }
    found
}

/// The files of the code that finds markup: the browser layer, the
/// components' kit, the app and state, and every widget module built only
/// for the browser (`#[cfg(feature = "browser")]` in its folder's mod.rs).
fn browser_side_files(root: &Path) -> Vec<std::path::PathBuf> {
    let mut files = vec![root.join("src/app.rs"), root.join("src/state.rs")];
    for dir in ["src/browser", "src/view_kit"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut mods = Vec::new();
    rust_files(&root.join("src/widgets"), &mut mods);
    for module in mods.iter().filter(|p| p.ends_with("mod.rs")) {
        let folder = module.parent().unwrap();
        let source = fs::read_to_string(module).unwrap();
        let mut gated = false;
        for line in source.lines().map(str::trim) {
            if let Some(name) = line
                .strip_prefix("pub mod ")
                .and_then(|n| n.strip_suffix(';'))
            {
                if gated {
                    let file = folder.join(format!("{name}.rs"));
                    assert!(
                        file.exists(),
                        "{} names {name}, which is not a file",
                        module.display()
                    );
                    files.push(file);
                }
            }
            gated = line == "#[cfg(feature = \"browser\")]";
        }
    }
    files
}

#[test]
fn the_code_that_finds_markup_spells_no_selector_of_its_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = browser_side_files(root);
    assert!(
        files
            .iter()
            .any(|f| f.ends_with("widgets/stage/map_view.rs")),
        "the scan must see the widgets' browser code"
    );
    let mut spelled = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap();
        for literal in selector_literals(&source)
            .into_iter()
            .chain(tag_and_built_selectors(&source))
        {
            spelled.push(format!("{}: {literal:?}", file.display()));
        }
    }
    assert!(spelled.is_empty(), "selectors spelled out: {spelled:#?}");
}

/// The model is the pure core: no CSS class names. A string literal in
/// `src/model/` that is a class style/main.css styles is one, but for four
/// words that are also the address's keys (`?step=`, `?compare=`,
/// `?explore=`) and a comparison's shift (`same`, written to `data-shift`).
#[test]
fn the_model_names_no_css_class() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let css = fs::read_to_string(root.join("style/main.css")).unwrap();
    let mut classes = std::collections::BTreeSet::new();
    for part in css.split('.').skip(1) {
        let name: String = part
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if name.len() > 2 && name.starts_with(|c: char| c.is_ascii_lowercase()) {
            classes.insert(name);
        }
    }
    assert!(
        classes.contains("legend") && classes.contains("fill-yes"),
        "the CSS scan found too little"
    );
    let mut files = Vec::new();
    rust_files(&root.join("src/model"), &mut files);
    let mut named = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap();
        for (n, literal) in source.split('"').enumerate() {
            let not_a_class = ["step", "compare", "explore", "same"].contains(&literal);
            if n % 2 == 1 && classes.contains(literal) && !not_a_class {
                named.push(format!("{}: {literal:?}", file.display()));
            }
        }
    }
    assert!(
        named.is_empty(),
        "CSS classes named in the model: {named:#?}"
    );
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
    assert_eq!(
        tag_and_built_selectors(
            r##"find(&root, "main"); all(&x, LINKS); f(&format!("{} .fill-{}", a, b));
            let s = format!("{}step-{}.html", a, b); q.query_selector("path");"##
        ),
        [
            "find(\"main\"",
            "format!(\"{} .fill-{}\")",
            "query_selector(\"path\""
        ]
    );
}

/// The legend's items are found by the attribute their writer gives them.
#[test]
fn legend_items_are_found_by_their_choice() {
    use uncyber::model::Choice;
    use uncyber::widgets::legend::write::{item_selector, CHOICE};
    for c in Choice::ALL {
        assert_eq!(item_selector(c), format!("[{}={}]", CHOICE.name, c.slug()));
    }
}
