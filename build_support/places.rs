//! The words for what the map and the search show that are not member
//! states, in the build's language:
//! - each place on the map that is not a member state, its name and note
//!   (`src/generated/other-places.csv`, which `scripts/map/generate.mjs`
//!   writes in the map's order);
//! - each entity a reader may search for, the name it is shown by and its
//!   one sentence (`data/non-members.toml`).
//!
//! The English is the key of `content/<lang>/labels.toml` `[places]` and
//! `[entities]` (build_support/labels.rs checks them, and its `shown_in`
//! gives a language's words); `rs` writes the build's language's words, so
//! a language's wasm carries only its own.

use super::csv::{parse, DataError};
use super::dataset::toml_error;
use std::path::Path;

pub const PLACES_FILE: &str = "src/generated/other-places.csv";
const ENTITIES_FILE: &str = "data/non-members.toml";

/// The English words, in the order the app reads them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Places {
    /// Each place's name and note, in `OTHER_PLACES` order.
    pub places: Vec<(String, String)>,
    /// Each entity's name (its first) and sentence, in the file's order.
    pub entities: Vec<(String, String)>,
}

impl Places {
    /// The `[places]` keys: each name, then each note, once.
    pub fn place_words(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let names = self.places.iter().map(|(name, _)| name);
        for word in names.chain(self.places.iter().map(|(_, note)| note)) {
            if !out.contains(word) {
                out.push(word.clone());
            }
        }
        out
    }

    /// The `[entities]` keys: each name, then each sentence.
    pub fn entity_words(&self) -> Vec<String> {
        let names = self.entities.iter().map(|(name, _)| name.clone());
        names
            .chain(self.entities.iter().map(|(_, s)| s.clone()))
            .collect()
    }
}

#[derive(serde::Deserialize)]
struct Entities {
    entity: Vec<Entity>,
}

#[derive(serde::Deserialize)]
struct Entity {
    names: Vec<String>,
    sentence: String,
}

/// Reads both files under `root`.
pub fn load(root: &Path) -> Result<Places, DataError> {
    let read = |file: &str| {
        std::fs::read_to_string(root.join(file))
            .map_err(|e| DataError::new(file, 0, format!("cannot read: {e}")))
    };
    let text = read(PLACES_FILE)?;
    let places = parse(PLACES_FILE, &text, &["name", "note"])?
        .into_iter()
        .map(|row| (row.fields[0].clone(), row.fields[1].clone()))
        .collect();
    let text = read(ENTITIES_FILE)?;
    let entities: Entities =
        toml::from_str(&text).map_err(|e| toml_error(ENTITIES_FILE, &text, &e))?;
    let mut out = Vec::new();
    for e in entities.entity {
        let Some(name) = e.names.first() else {
            return Err(DataError::new(
                ENTITIES_FILE,
                0,
                format!("no names for \"{}\"", e.sentence),
            ));
        };
        out.push((name.clone(), e.sentence));
    }
    Ok(Places {
        places,
        entities: out,
    })
}

/// The Rust `build.rs` writes to `OUT_DIR/places.rs`: the places' words and
/// the entities' names and sentences in the build's language (`shown` gives
/// a label's words; English gives them back).
pub fn rs(places: &Places, shown: impl Fn(&str, &str) -> String) -> String {
    let mut out = String::from(
        "/// Each place on the map that is not a member state: its name and what it is, in `OTHER_PLACES` order.\n",
    );
    out += &format!(
        "pub static OTHER_PLACE_WORDS: [(&str, &str); {}] = [\n",
        places.places.len()
    );
    for (name, note) in &places.places {
        out += &format!(
            "    ({:?}, {:?}),\n",
            shown("places", name),
            shown("places", note)
        );
    }
    out += "];\n\n/// Each entity's name and sentence: the English (data/non-members.toml), then the build's language's.\n";
    let words = places.entity_words();
    out += &format!(
        "pub static ENTITY_WORDS: [(&str, &str); {}] = [\n",
        words.len()
    );
    for en in &words {
        out += &format!("    ({en:?}, {:?}),\n", shown("entities", en));
    }
    out + "];\n"
}
