//! Member states' names in the build's language: the UN M49 names
//! (`data/names/un-names-6.csv`) in place of the English, and each state's
//! place in that language's alphabetical order (`data/names/collation.csv`,
//! written by scripts/name-collation.mjs with the Unicode Collation
//! Algorithm, so the app carries no collation rules).

use super::csv::{parse, DataError};
use super::dataset::Dataset;
use std::path::Path;

const NAMES: &str = "data/names/un-names-6.csv";
const COLLATION: &str = "data/names/collation.csv";
const SHORT_NAMES: &str = "data/names/short-names.csv";
const LANG_COLUMNS: [&str; 6] = ["en", "fr", "es", "ru", "zh", "ar"];

fn column(lang: &str) -> Result<usize, DataError> {
    LANG_COLUMNS
        .iter()
        .position(|l| *l == lang)
        .ok_or_else(|| DataError::new(NAMES, 0, format!("no column for the language `{lang}`")))
}

fn read(root: &Path, file: &str) -> Result<String, DataError> {
    std::fs::read_to_string(root.join(file))
        .map_err(|e| DataError::new(file, 0, format!("cannot read: {e}")))
}

/// Gives `data`'s members their names in `lang` (English keeps
/// data/members.csv's), and in place of the English other names
/// (data/aliases.csv), which the map would otherwise label states with,
/// the language's short forms of the long names the map labels
/// (data/names/short-names.csv: "Royaume-Uni").
/// Every language's names stay searchable through the names index fetched
/// on first use (search-names.txt), so the wasm carries only the build's.
pub fn localise(root: &Path, lang: &str, data: &mut Dataset) -> Result<(), DataError> {
    if lang == "en" {
        return Ok(());
    }
    let text = read(root, NAMES)?;
    let mut header = vec!["iso3"];
    header.extend(LANG_COLUMNS);
    header.push("source");
    let rows = parse(NAMES, &text, &header)?;
    let at = 1 + column(lang)?;
    data.aliases = short_names(root, lang, data)?;
    for member in &mut data.members {
        let row = rows
            .iter()
            .find(|r| r.fields[0] == member.iso3)
            .ok_or_else(|| DataError::new(NAMES, 0, format!("no row for {}", member.iso3)))?;
        let name = row.fields[at].trim();
        if name.is_empty() {
            return Err(DataError::new(
                NAMES,
                row.line,
                format!("no {lang} name for {}", member.iso3),
            ));
        }
        member.name = name.to_string();
    }
    Ok(())
}

/// `lang`'s short forms of long names, as (ISO3, short name), each for a
/// member state.
fn short_names(
    root: &Path,
    lang: &str,
    data: &Dataset,
) -> Result<Vec<(String, String)>, DataError> {
    let text = read(root, SHORT_NAMES)?;
    let rows = parse(SHORT_NAMES, &text, &["iso3", "lang", "short"])?;
    let mut out = Vec::new();
    for row in &rows {
        let [iso3, row_lang, short] = [0, 1, 2].map(|i| row.fields[i].trim());
        if !data.members.iter().any(|m| m.iso3 == iso3)
            || column(row_lang).is_err()
            || short.is_empty()
        {
            return Err(DataError::new(
                SHORT_NAMES,
                row.line,
                format!("`{iso3},{row_lang},{short}`: a member's ISO3, a language and a name"),
            ));
        }
        if row_lang == lang {
            out.push((iso3.to_string(), short.to_string()));
        }
    }
    Ok(out)
}

/// Sets each member's place in `lang`'s alphabetical order.
pub fn rank(root: &Path, lang: &str, data: &mut Dataset) -> Result<(), DataError> {
    let text = read(root, COLLATION)?;
    let mut header = vec!["iso3"];
    header.extend(LANG_COLUMNS);
    let rows = parse(COLLATION, &text, &header)?;
    let at = 1 + column(lang)?;
    let stale = |m: String| {
        DataError::new(
            COLLATION,
            0,
            format!("{m}: run node scripts/name-collation.mjs"),
        )
    };
    if rows.len() != data.members.len() {
        return Err(stale(format!(
            "has {} rows for {} members",
            rows.len(),
            data.members.len()
        )));
    }
    let mut seen = vec![false; rows.len()];
    for (member, row) in data.members.iter_mut().zip(&rows) {
        if row.fields[0] != member.iso3 {
            return Err(stale(format!("line {} is not {}", row.line, member.iso3)));
        }
        let rank: usize = row.fields[at]
            .parse()
            .ok()
            .filter(|r: &usize| *r < seen.len() && !seen[*r])
            .ok_or_else(|| {
                stale(format!(
                    "line {}: `{}` is not a free place",
                    row.line, row.fields[at]
                ))
            })?;
        seen[rank] = true;
        member.rank = rank as u8;
    }
    Ok(())
}
