//! Loads and checks `content/sources.toml`, the project's register of the
//! sources that are neither UN documents nor in the shared reference set:
//! each with its title, publisher, date, the claim it supports and a short
//! excerpt copied from it.

use super::content::is_partial_date;
use super::csv::DataError;
use super::dataset::{line_of, toml_error};
use serde::Deserialize;

pub const FILE: &str = "content/sources.toml";
/// The longest excerpt the register may quote, in words.
pub const MAX_EXCERPT_WORDS: usize = 25;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisteredSource {
    pub url: String,
    pub title: String,
    pub publisher: String,
    pub date: String,
    pub claim: String,
    pub excerpt: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegisterFile {
    #[serde(default)]
    source: Vec<RegisteredSource>,
}

pub fn parse(file: &str, text: &str) -> Result<Vec<RegisteredSource>, DataError> {
    let register: RegisterFile = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    for (n, s) in register.source.iter().enumerate() {
        let at = line_of(text, &format!("url = \"{}\"", s.url));
        let fail = |m: String| Err(DataError::new(file, at, m));
        if !s.url.starts_with("http") {
            return fail(format!("`{}` is not a web address", s.url));
        }
        if register.source[..n].iter().any(|o| o.url == s.url) {
            return fail(format!("{} is listed twice", s.url));
        }
        for (field, value) in [
            ("title", &s.title),
            ("publisher", &s.publisher),
            ("claim", &s.claim),
            ("excerpt", &s.excerpt),
        ] {
            if value.trim().is_empty() {
                return fail(format!("{}: `{field}` is empty", s.url));
            }
        }
        if !is_partial_date(&s.date) {
            return fail(format!(
                "{}: date `{}` is not YYYY, YYYY-MM or YYYY-MM-DD",
                s.url, s.date
            ));
        }
        let words = s.excerpt.split_whitespace().count();
        if words > MAX_EXCERPT_WORDS {
            return fail(format!(
                "{}: the excerpt has {words} words (at most {MAX_EXCERPT_WORDS})",
                s.url
            ));
        }
    }
    Ok(register.source)
}
