//! The interface's words: buttons, labels, headings, notices. English in
//! `content/ui/<area>.toml`, each other language in
//! `content/<lang>/ui/<area>.toml`, one file per part of the page.
//!
//! A build is for one language (`UNCYBER_LANG`, English by default), and
//! its words become macros that expand to string literals, so they cost the
//! wasm what a literal costs and the other five languages cost nothing:
//! The macros are exported, so the page writer (src/bin/prerender) uses
//! them too, as `uncyber::ui!`.
//! - `ui!(area key)`: the words escaped for markup, usable inside the format
//!   string of `format_html!` (`concat!("<b>", ui!(step next), "</b>")`);
//! - `ui_plain!(area key)`: the same words unescaped, for a title, an
//!   attribute set from code or a file's text;
//! - `ui_count!(area key, n)`: a phrase with a count, in the plural form
//!   the language's rules pick for `n` (`{n}` filled in), as a `String`.
//!
//! A key missing from a language, one it has that the English does not, a
//! placeholder set other than the English's, a number the English does not
//! type, or a file translated from other English than today's (its
//! `english_hash`) stops the build.

use super::csv::DataError;
use super::dataset::{line_of, toml_error};
use super::translations::{check_numbers, english_hash, placeholders, LANGS};
use std::collections::BTreeMap;
use std::path::Path;

/// One entry: plain words, or a phrase per plural category (`one`, `other`;
/// Russian adds `few` and `many`, Arabic `zero`, `two`, `few` and `many`).
#[derive(Clone, Debug, PartialEq)]
pub enum Words {
    Plain(String),
    Counted(BTreeMap<String, String>),
}

impl Words {
    fn forms(&self) -> Vec<&str> {
        match self {
            Words::Plain(w) => vec![w],
            Words::Counted(forms) => forms.values().map(String::as_str).collect(),
        }
    }
}

/// A part of the page's words: its file's stem, and its entries by key.
#[derive(Debug)]
pub struct Area {
    pub name: String,
    pub entries: BTreeMap<String, Words>,
}

/// The plural categories a language's `ui_count!` phrases must give, as
/// Unicode CLDR names them (src/model/plural.rs picks one for a count).
pub fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "ru" => &["few", "many", "one", "other"],
        "ar" => &["few", "many", "one", "other", "two", "zero"],
        "zh" => &["other"],
        _ => &["one", "other"],
    }
}

fn folder(lang: &str) -> String {
    if lang == "en" {
        "content/ui".to_string()
    } else {
        format!("content/{lang}/ui")
    }
}

fn parse_area(root: &Path, lang: &str, name: &str) -> Result<(Area, Option<String>), DataError> {
    let file = format!("{}/{name}.toml", folder(lang));
    let text = std::fs::read_to_string(root.join(&file))
        .map_err(|e| DataError::new(&file, 0, format!("cannot read: {e}")))?;
    let table: toml::Table = toml::from_str(&text).map_err(|e| toml_error(&file, &text, &e))?;
    let mut entries = BTreeMap::new();
    let mut hash = None;
    for (key, value) in table {
        let at = line_of(&text, &format!("{key} ="));
        let bad = |m: String| DataError::new(&file, at, m);
        if key == "english_hash" && lang != "en" {
            hash = value.as_str().map(str::to_string);
            continue;
        }
        if !key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(bad(format!(
                "`{key}`: a key is lower case letters, digits and _"
            )));
        }
        let words = match value {
            toml::Value::String(s) => Words::Plain(s),
            toml::Value::Table(forms) => {
                let mut out = BTreeMap::new();
                for (form, text) in forms {
                    let text = text
                        .as_str()
                        .ok_or_else(|| bad(format!("`{key}.{form}` is not text")))?;
                    out.insert(form, text.to_string());
                }
                let have: Vec<&str> = out.keys().map(String::as_str).collect();
                if have != plural_categories(lang) {
                    return Err(bad(format!(
                        "`{key}` gives the forms {have:?}; this language's counts need exactly {:?}",
                        plural_categories(lang)
                    )));
                }
                Words::Counted(out)
            }
            _ => {
                return Err(bad(format!(
                    "`{key}` is neither words nor a table of plural forms"
                )))
            }
        };
        for form in words.forms() {
            if form.contains(['\n', '\r']) {
                return Err(bad(format!("`{key}` holds a line break")));
            }
        }
        entries.insert(key, words);
    }
    Ok((
        Area {
            name: name.to_string(),
            entries,
        },
        hash,
    ))
}

/// The English areas, by file name.
pub fn english(root: &Path) -> Result<Vec<Area>, DataError> {
    let dir = root.join(folder("en"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| DataError::new("content/ui", 0, format!("cannot list: {e}")))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".toml").map(str::to_string))
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| parse_area(root, "en", n).map(|(a, _)| a))
        .collect()
}

/// The English an area's translation was made from, as `english_hash`
/// covers it: every entry as `key=words` (a counted one as
/// `key.form=words`), in key order.
pub fn area_fields(area: &Area) -> Vec<String> {
    let mut fields = Vec::new();
    for (key, words) in &area.entries {
        match words {
            Words::Plain(w) => fields.push(format!("{key}={w}")),
            Words::Counted(forms) => {
                fields.extend(forms.iter().map(|(f, w)| format!("{key}.{f}={w}")))
            }
        }
    }
    fields
}

/// `lang`'s areas, checked against the English ones.
pub fn translated(root: &Path, lang: &str, english: &[Area]) -> Result<Vec<Area>, DataError> {
    let mut out = Vec::new();
    for en in english {
        let file = format!("{}/{}.toml", folder(lang), en.name);
        let (area, hash) = parse_area(root, lang, &en.name)?;
        let text = std::fs::read_to_string(root.join(&file)).unwrap_or_default();
        let fields = area_fields(en);
        let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
        let now = english_hash(&refs);
        match hash {
            Some(h) if h == now => {}
            Some(h) => {
                return Err(DataError::new(
                    &file,
                    line_of(&text, "english_hash"),
                    format!("is stale: its English (content/ui/{}.toml) has changed since it was translated (english_hash {h}, the English's now {now}); update the translation, then set english_hash = \"{now}\"", en.name),
                ))
            }
            None => {
                return Err(DataError::new(
                    &file,
                    0,
                    format!("has no english_hash; the English's is \"{now}\""),
                ))
            }
        }
        for key in area.entries.keys() {
            if !en.entries.contains_key(key) {
                return Err(DataError::new(
                    &file,
                    line_of(&text, &format!("{key} =")),
                    format!(
                        "`{key}` is not in the English (content/ui/{}.toml)",
                        en.name
                    ),
                ));
            }
        }
        for (key, en_words) in &en.entries {
            let Some(words) = area.entries.get(key) else {
                return Err(DataError::new(
                    &file,
                    0,
                    format!("misses `{key}` (content/ui/{}.toml has it)", en.name),
                ));
            };
            let at = line_of(&text, &format!("{key} ="));
            let english_forms = en_words.forms();
            let expected = placeholders(english_forms[english_forms.len() - 1]);
            for form in words.forms() {
                let mut found = placeholders(form);
                found.dedup();
                let mut want = expected.clone();
                want.dedup();
                if found != want {
                    return Err(DataError::new(
                        &file,
                        at,
                        format!("`{key}` has the placeholders {found:?}, the English {want:?}"),
                    ));
                }
                check_numbers(&english_forms, form)
                    .map_err(|m| DataError::new(&file, at, format!("`{key}`: {m}")))?;
            }
            if matches!(en_words, Words::Counted(_)) != matches!(words, Words::Counted(_)) {
                return Err(DataError::new(
                    &file,
                    at,
                    format!("`{key}` must be counted (plural forms) exactly where the English is"),
                ));
            }
        }
        out.push(area);
    }
    Ok(out)
}

/// The build's language: `UNCYBER_LANG`, English when unset.
pub fn build_language(value: Option<&str>) -> Result<&'static str, DataError> {
    match value.unwrap_or("en") {
        "en" => Ok("en"),
        v => LANGS.iter().copied().find(|l| *l == v).ok_or_else(|| {
            DataError::new(
                "UNCYBER_LANG",
                0,
                format!("`{v}` is not one of en, {}", LANGS.join(", ")),
            )
        }),
    }
}

/// The areas the build's language shows.
pub fn load(root: &Path, lang: &str) -> Result<Vec<Area>, DataError> {
    let english = english(root)?;
    if lang == "en" {
        return Ok(english);
    }
    translated(root, lang, &english)
}

fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The macros, for `src/ui.rs` to include.
pub fn rs(lang: &str, areas: &[Area]) -> String {
    let mut markup = String::new();
    let mut plain = String::new();
    let mut counted = String::new();
    for area in areas {
        for (key, words) in &area.entries {
            let pattern = format!("({} {key})", area.name);
            match words {
                Words::Plain(w) => {
                    markup.push_str(&format!("    {pattern} => {{ {:?} }};\n", escape_markup(w)));
                    plain.push_str(&format!("    {pattern} => {{ {w:?} }};\n"));
                }
                Words::Counted(forms) => {
                    // `other`, which every language has, last and as `_`:
                    // a language uses only some of the categories.
                    let mut arms: String = forms
                        .iter()
                        .filter(|(form, _)| *form != "other")
                        .map(|(form, w)| {
                            format!(
                                "            $crate::model::plural::Category::{} => {w:?},\n",
                                capitalised(form)
                            )
                        })
                        .collect();
                    arms.push_str(&format!("            _ => {:?},\n", forms["other"]));
                    counted.push_str(&format!(
                        "    ({} {key}, $n:expr) => {{{{\n        let n = $n;\n        let form = match $crate::model::plural::category(n) {{\n{arms}        }};\n        form.replace(\"{{n}}\", &n.to_string())\n    }}}};\n",
                        area.name
                    ));
                }
            }
        }
    }
    let rtl = lang == "ar";
    let is_english = lang == "en";
    let missing = "    ($area:ident $key:ident) => { compile_error!(concat!(\"no entry `\", stringify!($key), \"` in content/ui/\", stringify!($area), \".toml\")) };\n";
    format!(
        "// @generated by build.rs from content/ui/ and content/<lang>/ui/. Do not edit.\n\n/// The language this build shows (`UNCYBER_LANG`).\npub const LANG: &str = {lang:?};\n\n/// Whether it is English, the language the sources and the data are in.\npub const IS_ENGLISH: bool = {is_english};\n\n/// Whether it is written right to left (Arabic).\npub const RIGHT_TO_LEFT: bool = {rtl};\n\n/// An entry's words, escaped for markup: a string literal.\n#[macro_export]\nmacro_rules! ui {{\n{markup}{missing}}}\n\n/// An entry's words as written, for text that is not markup: a string literal.\n#[macro_export]\nmacro_rules! ui_plain {{\n{plain}{missing}}}\n\n/// A counted phrase in the form the language uses for `n`, `{{n}}` filled in.\n#[macro_export]\nmacro_rules! ui_count {{\n{counted}    ($area:ident $key:ident, $n:expr) => {{ compile_error!(concat!(\"no counted phrase `\", stringify!($key), \"` in content/ui/\", stringify!($area), \".toml\")) }};\n}}\n"
    )
}

fn capitalised(form: &str) -> String {
    let mut c = form.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}
