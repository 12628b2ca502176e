//! Loads and checks the story in `content/` and `data/facts.toml`, and fills
//! its number placeholders from the vote data, so no figure in the prose is
//! ever typed by hand. Errors name the file (and line where it helps).

use super::csv::DataError;
pub use super::dataset::partial_date_label;
use super::dataset::{line_of, toml_error, Dataset, SourceLink, MONTHS, REGIONAL_GROUPS};
use super::signatures::{latest_checked, sign_date_label, SignatureRow, Status};
use super::words::Words;
use super::{register, treaty};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

pub const GROUPS: [&str; 2] = ["sponsors", "cosponsors"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepSource {
    pub slug: String,
    pub title: String,
    pub when: String,
    pub vote: Option<String>,
    pub highlight: Vec<String>,
    pub highlight_groups: Vec<String>,
    /// Pairs of vote ids whose double-yes count the step's picture shows.
    #[serde(default)]
    pub both_yes: Vec<[String; 2]>,
    /// Member states the stage's map frames (zooms to) for this step.
    #[serde(default)]
    pub focus: Vec<String>,
    /// Two vote ids the stage's map compares state by state for this step.
    #[serde(default)]
    pub compare: Option<[String; 2]>,
    /// A table beneath the step's words: `offences`.
    #[serde(default)]
    pub table: Option<String>,
    /// The figure the stage shows in place of the map: `flow:FROM:TO`,
    /// `matrix` (the step's `both_yes` pairs), `blocs:VOTE`, `tracks` or
    /// `tracks:YEAR` (that year's events picked out), `budapest`.
    #[serde(default)]
    pub figure: Option<String>,
    pub summary: String,
    pub body: String,
    pub sources: Vec<SourceLink>,
}

/// A step with its placeholders filled in.
#[derive(Debug, Clone)]
pub struct Step {
    pub file: String,
    pub source: StepSource,
    pub summary: String,
    /// Paragraphs of filled-in text, still with `*` / `**` markup.
    pub paragraphs: Vec<String>,
    /// The step's date as the build's language writes it, where that is not
    /// English (the English is written from `source.when` by codegen).
    pub when_label: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineEvent {
    pub date: String,
    pub label: String,
    pub steps: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimelineFile {
    event: Vec<TimelineEvent>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub value: u32,
    pub as_of: String,
    pub what: String,
    pub confidence: String,
    pub source: String,
    pub url: String,
}

/// Words that frame the whole explainer, from `content/site.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub kicker: String,
    pub title: String,
    pub standfirst: String,
    pub credit: String,
    /// The project, cited as author and publisher.
    pub publisher: String,
}

#[derive(Debug, Clone)]
pub struct Story {
    pub site: Site,
    pub steps: Vec<Step>,
    pub timeline: Vec<TimelineEvent>,
    pub facts: BTreeMap<String, Fact>,
    pub offences: super::treaty::Offences,
    pub glossary: Vec<super::treaty::Term>,
    /// The two UN tracks' milestones (`content/tracks.toml`).
    pub tracks: Vec<super::tracks::TrackEvent>,
}

fn read(path: &Path, name: &str) -> Result<String, DataError> {
    std::fs::read_to_string(path).map_err(|e| DataError::new(name, 0, format!("cannot read: {e}")))
}

/// Loads `content/steps/*.toml` (in file-name order), `content/timeline.toml`,
/// `content/site.toml` and `data/facts.toml` from the project folder `root`.
pub fn load(root: &Path, data: &Dataset) -> Result<Story, DataError> {
    let facts_text = read(&root.join("data/facts.toml"), "data/facts.toml")?;
    let facts = parse_facts("data/facts.toml", &facts_text)?;
    let dir = root.join("content/steps");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| DataError::new("content/steps", 0, format!("cannot read: {e}")))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    let mut steps = Vec::new();
    for name in names {
        let file = format!("content/steps/{name}");
        let text = read(&dir.join(&name), &file)?;
        steps.push(parse_step(&file, &text, data, &facts)?);
    }
    if steps.is_empty() {
        return Err(DataError::new("content/steps", 0, "there are no steps"));
    }
    let mut slugs = HashSet::new();
    for step in &steps {
        if !slugs.insert(step.source.slug.as_str()) {
            return Err(DataError::new(
                &step.file,
                1,
                format!("slug `{}` is used twice", step.source.slug),
            ));
        }
    }
    let timeline_text = read(&root.join("content/timeline.toml"), "content/timeline.toml")?;
    let timeline = parse_timeline("content/timeline.toml", &timeline_text, &slugs)?;
    let site_text = read(&root.join("content/site.toml"), "content/site.toml")?;
    let site: Site =
        toml::from_str(&site_text).map_err(|e| toml_error("content/site.toml", &site_text, &e))?;
    for (field, value) in [
        ("standfirst", &site.standfirst),
        ("credit", &site.credit),
        ("title", &site.title),
        ("publisher", &site.publisher),
    ] {
        check_digits(value).map_err(|m| {
            DataError::new(
                "content/site.toml",
                line_of(&site_text, &format!("{field} =")),
                m.0,
            )
        })?;
    }
    let offences_text = read(&root.join(treaty::OFFENCES_FILE), treaty::OFFENCES_FILE)?;
    let offences = treaty::parse_offences(treaty::OFFENCES_FILE, &offences_text)?;
    let glossary_text = read(&root.join(treaty::GLOSSARY_FILE), treaty::GLOSSARY_FILE)?;
    let glossary = treaty::parse_glossary(treaty::GLOSSARY_FILE, &glossary_text)?;
    let register_text = read(&root.join(register::FILE), register::FILE)?;
    // Checked for shape here; tests/content.rs holds every source to it.
    register::parse(register::FILE, &register_text)?;
    let tracks = super::tracks::load(root, data)?;
    Ok(Story {
        site,
        steps,
        timeline,
        facts,
        offences,
        glossary,
        tracks,
    })
}

pub fn parse_facts(file: &str, text: &str) -> Result<BTreeMap<String, Fact>, DataError> {
    let facts: BTreeMap<String, Fact> =
        toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    for (key, fact) in &facts {
        if !["confirmed", "1 source"].contains(&fact.confidence.as_str()) {
            let line = line_of(text, &format!("[{key}]"));
            return Err(DataError::new(
                file,
                line,
                format!("{key}: confidence must be `confirmed` or `1 source`"),
            ));
        }
    }
    Ok(facts)
}

pub fn parse_step(
    file: &str,
    text: &str,
    data: &Dataset,
    facts: &BTreeMap<String, Fact>,
) -> Result<Step, DataError> {
    let source: StepSource = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let at = |field: &str| line_of(text, &format!("{field} ="));
    let fail = |field: &str, m: String| Err(DataError::new(file, at(field), m));
    if source.slug.is_empty()
        || !source
            .slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return fail(
            "slug",
            format!("slug `{}` must use a-z, 0-9 and '-'", source.slug),
        );
    }
    if source.title.trim().is_empty() || source.title.chars().count() > 80 {
        return fail("title", "the title must have 1 to 80 characters".into());
    }
    if !is_partial_date(&source.when) {
        return fail(
            "when",
            format!("`{}` is not YYYY, YYYY-MM or YYYY-MM-DD", source.when),
        );
    }
    if let Some(table) = &source.table {
        if table != "offences" {
            return fail("table", format!("table `{table}` must be `offences`"));
        }
    }
    if let Some(figure) = &source.figure {
        let known = |id: &str| data.votes.iter().any(|v| v.meta.id == id);
        let parts: Vec<&str> = figure.split(':').collect();
        let ok = match parts.as_slice() {
            ["flow", from, to] => known(from) && known(to) && from != to,
            ["matrix"] => !source.both_yes.is_empty(),
            ["blocs", vote] => known(vote),
            ["tracks"] | ["budapest"] => true,
            ["statements", vote] => known(vote),
            ["tracks", year] => year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()),
            _ => false,
        };
        if !ok {
            return fail(
                "figure",
                format!("figure `{figure}` must be flow:FROM:TO (two vote ids), matrix (with both_yes pairs), blocs:VOTE, tracks, tracks:YEAR, budapest or statements:VOTE"),
            );
        }
    }
    if let Some(vote) = &source.vote {
        if !data.votes.iter().any(|v| &v.meta.id == vote) {
            return fail(
                "vote",
                format!("there is no vote `{vote}` in data/votes.toml"),
            );
        }
    }
    // Every ISO3 code must be a member's, every vote id a vote's.
    for (field, codes) in [("highlight", &source.highlight), ("focus", &source.focus)] {
        if let Some(code) = codes
            .iter()
            .find(|c| !data.members.iter().any(|m| &m.iso3 == *c))
        {
            return fail(field, format!("`{code}` is not a member state's ISO3 code"));
        }
    }
    if source.focus.len() == 1 {
        return fail(
            "focus",
            "name at least two member states to frame (or none for the world)".into(),
        );
    }
    if let Some(g) = source
        .highlight_groups
        .iter()
        .find(|g| !GROUPS.contains(&g.as_str()) && !REGIONAL_GROUPS.contains(&g.as_str()))
    {
        return fail("highlight_groups", format!("`{g}` is not a known group"));
    }
    let pairs = [
        (
            "both_yes",
            source.both_yes.iter().flatten().collect::<Vec<_>>(),
        ),
        ("compare", source.compare.iter().flatten().collect()),
    ];
    for (field, ids) in pairs {
        if let Some(id) = ids
            .iter()
            .find(|id| !data.votes.iter().any(|v| &v.meta.id == **id))
        {
            return fail(field, format!("there is no vote `{id}` in data/votes.toml"));
        }
    }
    if source.sources.is_empty() {
        return fail("slug", "a step needs at least one source".into());
    }
    if let Some(s) = source
        .sources
        .iter()
        .find(|s| !s.url.starts_with("https://") && !s.url.starts_with("http://"))
    {
        return Err(DataError::new(
            file,
            line_of(text, &s.url),
            format!("source `{}` needs a web address", s.label),
        ));
    }
    let fill_field = |field: &str, raw: &str| -> Result<String, DataError> {
        check_digits(raw)
            .map_err(|m| DataError::new(file, line_of(text, &m.1).max(at(field)), m.0))?;
        fill(raw, data, facts).map_err(|m| DataError::new(file, at(field), m))
    };
    let summary = fill_field("summary", &source.summary)?;
    let body = fill_field("body", &source.body)?;
    let paragraphs = body
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    Ok(Step {
        file: file.to_string(),
        source,
        summary,
        paragraphs,
        when_label: None,
    })
}

pub fn parse_timeline(
    file: &str,
    text: &str,
    slugs: &HashSet<&str>,
) -> Result<Vec<TimelineEvent>, DataError> {
    let parsed: TimelineFile = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    for event in &parsed.event {
        let line = line_of(text, &format!("date = \"{}\"", event.date));
        if !is_partial_date(&event.date) {
            return Err(DataError::new(
                file,
                line,
                format!("`{}` is not YYYY, YYYY-MM or YYYY-MM-DD", event.date),
            ));
        }
        if let Some(s) = event.steps.iter().find(|s| !slugs.contains(s.as_str())) {
            return Err(DataError::new(
                file,
                line,
                format!("there is no step `{s}`"),
            ));
        }
        if event.label.chars().any(|c| c.is_ascii_digit()) {
            return Err(DataError::new(
                file,
                line,
                "timeline labels carry no numbers".to_string(),
            ));
        }
    }
    Ok(parsed.event)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn is_partial_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        p.len() == len && p.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    match parts[..] {
        [y] => num(y, 4, 1900..=2100),
        [y, m] => num(y, 4, 1900..=2100) && num(m, 2, 1..=12),
        [y, m, d] => num(y, 4, 1900..=2100) && num(m, 2, 1..=12) && num(d, 2, 1..=31),
        _ => false,
    }
}

/// Checks the digit rule on prose with its placeholders: digits only inside
/// placeholders, years, day-of-month dates, `A/` document symbols and
/// "Article N" (and the group ARTICLE 19). Returns (message, offending word) on failure.
pub fn check_digits(raw: &str) -> Result<(), (String, String)> {
    let without_placeholders = strip_placeholders(raw);
    let words: Vec<&str> = without_placeholders.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        if !word.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
        let is_symbol = bare.starts_with("A/");
        let is_year = bare.len() == 4
            && bare
                .parse::<u32>()
                .is_ok_and(|y| (1990..=2035).contains(&y));
        let is_day = bare.len() <= 2
            && bare.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            && words
                .get(i + 1)
                .is_some_and(|next| MONTHS.iter().any(|m| next.starts_with(m)));
        // "Article 32" of a treaty, and the free-expression group ARTICLE 19,
        // which writes its name in capitals.
        let is_article = i > 0
            && (words[i - 1] == "Article" || (words[i - 1] == "ARTICLE" && bare == "19"))
            && bare.parse::<u32>().is_ok();
        if !(is_symbol || is_year || is_day || is_article) {
            return Err((
                format!("`{word}` is a number typed by hand; use a placeholder such as {{yes:3c-2019}} or {{fact:KEY}}"),
                word.to_string(),
            ));
        }
    }
    Ok(())
}

fn strip_placeholders(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        match rest[start..].find('}') {
            Some(end) => {
                out.push('#');
                rest = &rest[start + end + 1..];
            }
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Replaces every `{…}` placeholder with its value from the data.
pub fn fill(raw: &str, data: &Dataset, facts: &BTreeMap<String, Fact>) -> Result<String, String> {
    fill_in(raw, data, facts, None)
}

/// Like `fill`, in the language of `words` (English without).
pub fn fill_in(
    raw: &str,
    data: &Dataset,
    facts: &BTreeMap<String, Fact>,
    words: Option<&Words>,
) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..].find('}').ok_or("a `{` is not closed")?;
        out.push_str(&placeholder(
            &rest[start + 1..start + end],
            data,
            facts,
            words,
        )?);
        rest = &rest[start + end + 1..];
    }
    if rest.contains('}') {
        return Err("a `}` has no opening `{`".into());
    }
    out.push_str(rest);
    Ok(out)
}

fn placeholder(
    spec: &str,
    data: &Dataset,
    facts: &BTreeMap<String, Fact>,
    words: Option<&Words>,
) -> Result<String, String> {
    let parts: Vec<&str> = spec.split(':').collect();
    let record = |id: &str| {
        data.votes
            .iter()
            .find(|v| v.meta.id == id)
            .ok_or_else(|| format!("{{{spec}}}: there is no vote `{id}`"))
    };
    // A vote's placeholders refuse the signature record (its statuses are
    // not yes and no), and the signature placeholders refuse votes.
    let vote = |id: &str| {
        record(id).and_then(|v| match v.signatures {
            Some(_) => Err(format!(
                "{{{spec}}}: `{id}` is a signature record, not a vote; use {{signed:{id}}}, {{not_signed:{id}}}, {{no_record:{id}}}, {{status_unknown:{id}}}, {{as_of:{id}}} or {{status:{id}:ISO3}}"
            )),
            None => Ok(v),
        })
    };
    let signatures = |id: &str| {
        record(id).and_then(|v| {
            v.signatures
                .as_deref()
                .ok_or_else(|| format!("{{{spec}}}: `{id}` is a vote, not a signature record"))
        })
    };
    // signed, signed-hanoi, not-signed, no-record, unknown; `all` for `as_of`.
    let has_status = |row: &SignatureRow, status: &str| -> Result<bool, String> {
        Ok(match (status, &row.status) {
            ("signed", Status::Signed { .. }) => true,
            ("signed-hanoi", Status::Signed { hanoi, .. }) => *hanoi,
            ("not-signed", Status::NotSigned { .. }) => true,
            ("no-record", Status::NoRecord { .. }) => true,
            ("unknown", Status::Unknown) => true,
            ("signed" | "signed-hanoi" | "not-signed" | "no-record" | "unknown", _) => false,
            _ => {
                return Err(format!(
                "{{{spec}}}: status `{status}` must be signed, signed-hanoi, not-signed, no-record or unknown"
            ))
            }
        })
    };
    let count_status = |id: &str, status: &str| -> Result<String, String> {
        let mut n = 0;
        for row in signatures(id)? {
            n += usize::from(has_status(row, status)?);
        }
        Ok(n.to_string())
    };
    // The date up to which the rows with `status` were checked: the latest.
    let as_of = |id: &str, status: &str| -> Result<String, String> {
        let mut rows = Vec::new();
        for row in signatures(id)? {
            if status == "all" || has_status(row, status)? {
                rows.push(&row.status);
            }
        }
        latest_checked(rows)
            .map(|d| words.map_or_else(|| sign_date_label(d), |w| w.sign_date(d)))
            .ok_or_else(|| format!("{{{spec}}}: no row with status `{status}` has a date"))
    };
    let member = |iso3: &str| {
        data.members
            .iter()
            .position(|m| m.iso3 == iso3)
            .ok_or_else(|| format!("{{{spec}}}: `{iso3}` is not a member state"))
    };
    let count = |id: &str, choice: &str| -> Result<String, String> {
        Ok(vote(id)?
            .choices
            .iter()
            .filter(|c| *c == choice)
            .count()
            .to_string())
    };
    match parts[..] {
        [c @ ("yes" | "no" | "abstain" | "absent"), id] => count(id, c),
        ["vote", id, iso3] => {
            let choice = &vote(id)?.choices[member(iso3)?];
            if let Some(w) = words {
                return Ok(w.vote(choice).to_string());
            }
            Ok(match choice.as_str() {
                "yes" => "voted yes",
                "no" => "voted no",
                "abstain" => "abstained",
                _ => "did not vote",
            }
            .to_string())
        }
        ["both_yes", a, b] => {
            let (a, b) = (vote(a)?, vote(b)?);
            let n = a
                .choices
                .iter()
                .zip(&b.choices)
                .filter(|(x, y)| *x == "yes" && *y == "yes")
                .count();
            Ok(n.to_string())
        }
        ["signed", id] => count_status(id, "signed"),
        ["signed_hanoi", id] => count_status(id, "signed-hanoi"),
        ["not_signed", id] => count_status(id, "not-signed"),
        ["no_record", id] => count_status(id, "no-record"),
        ["as_of", id] => as_of(id, "all"),
        ["as_of", id, status] => as_of(id, status),
        ["status_unknown", id] => count_status(id, "unknown"),
        ["status", id, iso3] => {
            let row = &signatures(id)?[member(iso3)?];
            if let Some(w) = words {
                return Ok(match row.status {
                    Status::Signed { .. } => &w.status_signed,
                    Status::NotSigned { .. } => &w.status_not_signed,
                    Status::NoRecord { .. } => &w.status_no_record,
                    Status::Unknown => &w.status_unknown,
                }
                .clone());
            }
            Ok(match row.status {
                Status::Signed { .. } => "signed",
                Status::NotSigned { .. } => "had not signed",
                Status::NoRecord { .. } => "had no signature on record",
                Status::Unknown => "has no known signature status",
            }
            .to_string())
        }
        ["then", a, choice, id, status] => {
            let a = vote(a)?;
            if !super::dataset::CHOICES.contains(&choice) {
                return Err(format!(
                    "{{{spec}}}: `{choice}` must be one of {}",
                    super::dataset::CHOICES.join(", ")
                ));
            }
            let mut n = 0;
            for (c, row) in a.choices.iter().zip(signatures(id)?) {
                n += usize::from(has_status(row, status)? && c == choice);
            }
            Ok(n.to_string())
        }
        ["sponsors"] => Ok(data.sponsors.len().to_string()),
        ["cosponsors"] => Ok(data.cosponsors.len().to_string()),
        ["members"] => Ok(data.members.len().to_string()),
        ["fact", key] => facts
            .get(key)
            .map(|f| f.value.to_string())
            .ok_or_else(|| format!("{{{spec}}}: there is no fact `{key}` in data/facts.toml")),
        _ => Err(format!("`{{{spec}}}` is not a known placeholder")),
    }
}

/// A run of text with its emphasis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Em(String),
    Strong(String),
}

/// Splits a paragraph on `**strong**` and `*em*` markers. An unmatched
/// marker stays as literal text.
pub fn inlines(paragraph: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = paragraph;
    while !rest.is_empty() {
        let next = rest.find('*');
        let Some(start) = next else {
            out.push(Inline::Text(rest.to_string()));
            break;
        };
        let (marker, wrap): (&str, fn(String) -> Inline) = if rest[start..].starts_with("**") {
            ("**", Inline::Strong)
        } else {
            ("*", Inline::Em)
        };
        let inner_start = start + marker.len();
        match rest[inner_start..].find(marker) {
            Some(len) if len > 0 => {
                if start > 0 {
                    out.push(Inline::Text(rest[..start].to_string()));
                }
                out.push(wrap(rest[inner_start..inner_start + len].to_string()));
                rest = &rest[inner_start + len + marker.len()..];
            }
            _ => {
                out.push(Inline::Text(rest[..inner_start].to_string()));
                rest = &rest[inner_start..];
            }
        }
    }
    // Merge neighbouring plain runs left by unmatched markers.
    let mut merged: Vec<Inline> = Vec::new();
    for item in out {
        match (merged.last_mut(), item) {
            (Some(Inline::Text(prev)), Inline::Text(next)) => prev.push_str(&next),
            (_, item) => merged.push(item),
        }
    }
    merged
}

/// The timeline position of a `YYYY[-MM[-DD]]` date, in fractional years.
pub fn year_fraction(date: &str) -> f32 {
    let parts: Vec<f32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts[..] {
        [y, m, d] => y + (m - 1.0) / 12.0 + (d - 1.0) / 365.0,
        [y, m] => y + (m - 0.5) / 12.0,
        [y] => y + 0.5,
        _ => 0.0,
    }
}
