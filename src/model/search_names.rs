//! The names readers search by beyond those compiled in: each member's
//! names in the six UN languages and its common and former names, and the
//! entities that are not member states (Palestine, the Holy See, the EU…),
//! each with the one line that says what it is and did. They come from
//! `search-names.txt`, which the prerender writes and the search box fetches
//! when the reader first uses it: the first load carries none of them.
//!
//! The file has one name a line, its fields separated by a tab: a member's
//! `ISO3<TAB>name`, or an entity's `CODE<TAB>name<TAB>line`.

use super::country_search::rank;
use super::order::sort_indexes_by;
use super::text::fold;

/// An entity that is not a member state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Other {
    pub code: String,
    /// The name it is shown by: its first name in the file.
    pub name: String,
    /// What it is and did, in a sentence.
    pub line: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchNames {
    /// Each member's names, with its index.
    pub members: Vec<(String, usize)>,
    pub others: Vec<Other>,
    /// Each entity's names, with its position in `others`.
    pub other_names: Vec<(String, usize)>,
}

impl SearchNames {
    /// Reads the file. A line that names no member and carries no line of
    /// its own is skipped: a stale or damaged file finds less, never the
    /// wrong state.
    pub fn parse(text: &str, member_index: impl Fn(&str) -> Option<usize>) -> SearchNames {
        let mut names = SearchNames::default();
        for line in text.lines() {
            let mut fields = line.split('\t');
            let (Some(code), Some(name)) = (fields.next(), fields.next()) else {
                continue;
            };
            let (code, name) = (code.trim(), name.trim());
            if name.is_empty() {
                continue;
            }
            match (member_index(code), fields.next().map(str::trim)) {
                (Some(i), None) => names.members.push((name.to_string(), i)),
                (None, Some(sentence)) if !sentence.is_empty() => {
                    let at = match names.others.iter().position(|o| o.code == code) {
                        Some(at) => at,
                        None => {
                            names.others.push(Other {
                                code: code.to_string(),
                                name: name.to_string(),
                                line: sentence.to_string(),
                            });
                            names.others.len() - 1
                        }
                    };
                    names.other_names.push((name.to_string(), at));
                }
                _ => {}
            }
        }
        names
    }

    /// The entities matching `query`, best first, at most `limit`.
    pub fn others_matching(&self, query: &str, limit: usize) -> Vec<usize> {
        let query = fold(query.trim());
        if query.is_empty() {
            return Vec::new();
        }
        let mut best: Vec<Option<u8>> = vec![None; self.others.len()];
        for (name, at) in &self.other_names {
            if let Some(r) = rank(name, &query) {
                best[*at] = Some(best[*at].map_or(r, |b| b.min(r)));
            }
        }
        let mut found: Vec<usize> = (0..best.len()).filter(|&i| best[i].is_some()).collect();
        sort_indexes_by(&mut found, &|a, b| best[a].cmp(&best[b]));
        found.truncate(limit);
        found
    }
}
