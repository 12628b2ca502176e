//! What each vote decided and the note on its totals, in the UN's other
//! five languages: `content/<lang>/votes.toml`, one `[[vote]]` per vote in
//! data/votes.toml (by `id`), each with the hash of the English it was
//! made from (`decided`, `note`). A missing vote, an unknown one, a stale
//! hash or a number the English does not have stops every build.
//!
//! These words cost the release wasm nothing: the app fills them from the
//! story page (widgets/vote_summary/write.rs).

use super::csv::DataError;
use super::dataset::{line_of, toml_error, Dataset};
use super::translations::{check_numbers, english_hash, isolate_symbols, LANGS};
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteWords {
    pub id: String,
    pub english_hash: String,
    pub decided: String,
    pub note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VotesFile {
    vote: Vec<VoteWords>,
}

fn load_language(root: &Path, lang: &str, data: &Dataset) -> Result<Vec<VoteWords>, DataError> {
    let file = format!("content/{lang}/votes.toml");
    let text = std::fs::read_to_string(root.join(&file)).map_err(|e| {
        DataError::new(
            &file,
            0,
            format!("cannot read ({e}): python3 scripts/translation-skeleton.py {lang} writes it to translate"),
        )
    })?;
    let parsed: VotesFile = toml::from_str(&text).map_err(|e| toml_error(&file, &text, &e))?;
    for words in &parsed.vote {
        let at = line_of(&text, &format!("id = \"{}\"", words.id));
        let Some(vote) = data.votes.iter().find(|v| v.meta.id == words.id) else {
            return Err(DataError::new(
                &file,
                at,
                format!("`{}` is no vote in data/votes.toml", words.id),
            ));
        };
        let english = [vote.meta.decided.as_str(), vote.meta.note.as_str()];
        let now = english_hash(&english);
        if words.english_hash != now {
            return Err(DataError::new(
                &file,
                at,
                format!(
                    "`{}` is stale: its English has changed since it was translated (english_hash {}, the English's now {now}); update the translation, then set english_hash = \"{now}\"",
                    words.id, words.english_hash
                ),
            ));
        }
        for translated in [&words.decided, &words.note] {
            check_numbers(&english, translated)
                .map_err(|m| DataError::new(&file, at, format!("`{}`: {m}", words.id)))?;
        }
    }
    if let Some(vote) = data
        .votes
        .iter()
        .find(|v| !parsed.vote.iter().any(|w| w.id == v.meta.id))
    {
        return Err(DataError::new(
            &file,
            0,
            format!("has no translation of the vote `{}`", vote.meta.id),
        ));
    }
    Ok(parsed.vote)
}

/// Every language's words, checked, with the build's language's.
pub fn load(root: &Path, lang: &str, data: &Dataset) -> Result<Option<Vec<VoteWords>>, DataError> {
    let mut build = None;
    for other in LANGS {
        let words = load_language(root, other, data)?;
        if other == lang {
            build = Some(words);
        }
    }
    Ok(build)
}

/// Puts `words` in place of the votes' English; in Arabic, with the UN
/// symbols set apart left to right (translations::isolate_symbols).
pub fn apply(words: &[VoteWords], lang: &str, data: &mut Dataset) {
    let shown = |text: &str| {
        if lang == "ar" {
            isolate_symbols(text)
        } else {
            text.to_string()
        }
    };
    for vote in &mut data.votes {
        if let Some(w) = words.iter().find(|w| w.id == vote.meta.id) {
            vote.meta.decided = shown(&w.decided);
            vote.meta.note = shown(&w.note);
        }
    }
}
