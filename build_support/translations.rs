//! The story in the UN's other five languages: `content/<lang>/steps/`,
//! one file per English step (`NN-slug.toml`, same name), and
//! `content/<lang>/site.toml`, each made from the English and carrying a
//! hash of the English it was made from; `content/<lang>/words.toml` holds
//! the words the language fills in (build_support/words.rs). The build
//! refuses a translation whose English has changed since it was made
//! (stale), whose placeholders differ from the English's, or which types a
//! number the English does not.

use super::content::{fill_in, Story};
use super::csv::DataError;
use super::dataset::{line_of, toml_error, Dataset};
use super::words::Words;
use serde::Deserialize;
use std::path::Path;

/// The translated languages, in the UN's order after English.
pub const LANGS: [&str; 5] = ["fr", "es", "ru", "zh", "ar"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFile {
    slug: String,
    english_hash: String,
    title: String,
    summary: String,
    body: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    pub english_hash: String,
    pub kicker: String,
    pub title: String,
    pub standfirst: String,
    pub credit: String,
}

/// A translated step, its placeholders filled in the language's words.
#[derive(Debug, Clone)]
pub struct TranslatedStep {
    pub slug: String,
    pub title: String,
    /// The step's date in the language.
    pub when_label: String,
    pub summary: String,
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Translation {
    pub lang: &'static str,
    /// The language's words, which its story's placeholders were filled in
    /// (tests/translations.rs reads them; the build needs only the result).
    #[allow(dead_code)]
    pub words: Words,
    pub site: SiteFile,
    pub steps: Vec<TranslatedStep>,
}

/// FNV-1a (64 bits) of `fields` joined by U+001F, as 16 hex digits: the
/// English a translation was made from (scripts/translation-skeleton.py
/// writes the same).
pub fn english_hash(fields: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in fields.join("\u{1f}").bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The `{…}` placeholders of `text`, sorted.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .match_indices('{')
        .filter_map(|(at, _)| Some(&text[at..at + text[at..].find('}')? + 1]))
        .collect();
    found.sort_unstable();
    found
}

/// The runs of digits in `text` outside its placeholders, each with the
/// character that follows it.
fn numbers(text: &str) -> Vec<(String, Option<char>)> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 && c.is_ascii_digit() {
            run.push(c);
        } else if !run.is_empty() {
            out.push((std::mem::take(&mut run), Some(c)));
        }
    }
    out
}

/// Checks that a translation types no number its English does not: a
/// year, a day, an article or a document symbol's numbers, or a month's
/// number before 月 (Chinese dates).
pub fn check_numbers(english: &[&str], translation: &str) -> Result<(), String> {
    let known: Vec<String> = english
        .iter()
        .flat_map(|e| numbers(e))
        .map(|(n, _)| n)
        .collect();
    for (n, next) in numbers(translation) {
        let month = next == Some('月') && n.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
        if !month && !known.contains(&n) {
            return Err(format!(
                "`{n}` is a number the English does not have; use the English's placeholder"
            ));
        }
    }
    Ok(())
}

fn read(path: &Path, name: &str) -> Result<String, DataError> {
    std::fs::read_to_string(path).map_err(|e| DataError::new(name, 0, format!("cannot read: {e}")))
}

/// Loads and checks every language's translation against `story`.
pub fn load(root: &Path, data: &Dataset, story: &Story) -> Result<Vec<Translation>, DataError> {
    LANGS
        .iter()
        .map(|lang| load_language(root, lang, data, story))
        .collect()
}

/// `content/<lang>/words.toml`, checked.
pub fn load_words(root: &Path, lang: &str) -> Result<Words, DataError> {
    let words_file = format!("content/{lang}/words.toml");
    let text = read(&root.join(&words_file), &words_file)?;
    let words: Words = toml::from_str(&text).map_err(|e| toml_error(&words_file, &text, &e))?;
    words
        .check()
        .map_err(|m| DataError::new(&words_file, 0, m))?;
    Ok(words)
}

fn load_language(
    root: &Path,
    lang: &'static str,
    data: &Dataset,
    story: &Story,
) -> Result<Translation, DataError> {
    let words = load_words(root, lang)?;

    let site_file = format!("content/{lang}/site.toml");
    let text = read(&root.join(&site_file), &site_file)?;
    let site: SiteFile = toml::from_str(&text).map_err(|e| toml_error(&site_file, &text, &e))?;
    let en = &story.site;
    let english = [en.kicker.as_str(), &en.title, &en.standfirst, &en.credit];
    stale(&site_file, &text, &site.english_hash, &english)?;
    for (field, value) in [
        ("kicker", &site.kicker),
        ("title", &site.title),
        ("standfirst", &site.standfirst),
        ("credit", &site.credit),
    ] {
        check_numbers(&english, value)
            .map_err(|m| DataError::new(&site_file, line_of(&text, &format!("{field} =")), m))?;
    }

    let dir = root.join("content").join(lang).join("steps");
    let mut steps = Vec::new();
    for step in &story.steps {
        let name = Path::new(&step.file)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let file = format!("content/{lang}/steps/{name}");
        let text = read(&dir.join(name), &file).map_err(|_| {
            DataError::new(
                &file,
                0,
                format!("is missing: every step needs its translation (python3 scripts/translation-skeleton.py {lang} writes one to fill in)"),
            )
        })?;
        let t: StepFile = toml::from_str(&text).map_err(|e| toml_error(&file, &text, &e))?;
        let s = &step.source;
        if t.slug != s.slug {
            return Err(DataError::new(
                &file,
                line_of(&text, "slug ="),
                format!("slug must be `{}`, the English step's", s.slug),
            ));
        }
        let english = [s.title.as_str(), &s.summary, &s.body];
        stale(&file, &text, &t.english_hash, &english)?;
        for (field, en, tr) in [
            ("title", &s.title, &t.title),
            ("summary", &s.summary, &t.summary),
            ("body", &s.body, &t.body),
        ] {
            let at = line_of(&text, &format!("{field} ="));
            if placeholders(en) != placeholders(tr) {
                return Err(DataError::new(
                    &file,
                    at,
                    format!(
                        "the {field}'s placeholders differ from the English's ({})",
                        placeholders(en).join(" ")
                    ),
                ));
            }
            check_numbers(&english, tr).map_err(|m| DataError::new(&file, at, m))?;
        }
        let fill = |raw: &str| {
            fill_in(raw, data, &story.facts, Some(&words)).map_err(|m| DataError::new(&file, 0, m))
        };
        let body = fill(&t.body)?;
        // Chinese runs its lines together without spaces.
        let joint = if lang == "zh" { "" } else { " " };
        let paragraphs = body
            .split("\n\n")
            .map(|p| {
                p.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(joint)
            })
            .filter(|p| !p.is_empty())
            .collect();
        steps.push(TranslatedStep {
            slug: t.slug,
            title: fill(&t.title)?,
            when_label: words.partial_date(&s.when),
            summary: fill(&t.summary)?,
            paragraphs,
        });
    }
    Ok(Translation {
        lang,
        words,
        site,
        steps,
    })
}

/// Refuses a translation made from other English than today's.
fn stale(file: &str, text: &str, hash: &str, english: &[&str]) -> Result<(), DataError> {
    let now = english_hash(english);
    if hash == now {
        return Ok(());
    }
    Err(DataError::new(
        file,
        line_of(text, "english_hash"),
        format!("is stale: its English has changed since it was translated (english_hash {hash}, the English's now {now}); update the translation, then set english_hash = \"{now}\""),
    ))
}

/// `text` with each UN document symbol (A/RES/74/247, A/C.3/74/L.11) set
/// apart left to right between Unicode's isolates (U+2066 … U+2069), so that
/// in right-to-left text its slashes and numbers keep their order; an
/// invisible pair, so it needs no markup.
pub fn isolate_symbols(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(found) = rest.find("A/") {
        // A symbol may begin before its "A/" (GA/DIS/3659, press releases).
        let at = rest[..found]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_uppercase())
            .last()
            .map_or(found, |(i, _)| i);
        let symbol_end = rest[found..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '/' || c == '.'))
            .map_or(rest.len(), |e| found + e);
        // A full stop ending the sentence is not part of the symbol.
        let end = if rest[..symbol_end].ends_with('.') {
            symbol_end - 1
        } else {
            symbol_end
        };
        out.push_str(&rest[..at]);
        out.push('\u{2066}');
        out.push_str(&rest[at..end]);
        out.push('\u{2069}');
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Puts `translation`'s words in `story` in place of the English, for a
/// build of the explainer in that language: the site's framing words and
/// each step's title, date, summary and paragraphs. The rest (timeline,
/// glossary, sources) stays English.
pub fn apply(story: &mut Story, translation: &Translation) {
    let rtl = translation.lang == "ar";
    let isolated = |text: &str| {
        if rtl {
            isolate_symbols(text)
        } else {
            text.to_string()
        }
    };
    let site = &translation.site;
    story.site.kicker = site.kicker.clone();
    story.site.title = site.title.clone();
    story.site.standfirst = site.standfirst.clone();
    story.site.credit = site.credit.clone();
    for (step, t) in story.steps.iter_mut().zip(&translation.steps) {
        debug_assert_eq!(step.source.slug, t.slug);
        step.source.title = isolated(&t.title);
        step.summary = isolated(&t.summary);
        step.paragraphs = t.paragraphs.iter().map(|p| isolated(p)).collect();
        step.when_label = Some(t.when_label.clone());
    }
}
