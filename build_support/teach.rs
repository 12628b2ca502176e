//! Loads and checks `content/teach.toml`, the words of the teacher's page
//! (`teach.html`): its class path through the story, the lesson plan, the
//! questions and answers, the key terms, the worksheet and the embed note.
//! Its prose keeps the steps' rules (the digit rule, placeholders filled
//! from the data, sentences of at most 35 words), and its shape is checked
//! too, so an editor's slip stops the build with the file, line and reason.
//! Written out as static Rust that only the page writer (src/bin/prerender)
//! includes: the app's wasm never carries it.

use super::content::{check_digits, fill, Story};
use super::csv::DataError;
use super::dataset::{line_of, toml_error, Dataset};
use super::treaty::{sentences, MAX_SENTENCE_WORDS};
use serde::Deserialize;
use std::fmt::Write;
use std::ops::RangeInclusive;
use std::path::Path;

pub const FILE: &str = "content/teach.toml";
/// One lesson.
pub const LESSON_MINUTES: u32 = 45;
pub const PATH_STEPS: RangeInclusive<usize> = 6..=8;
pub const QUESTIONS: RangeInclusive<usize> = 2..=3;
pub const GOALS: RangeInclusive<usize> = 3..=4;
pub const EXIT_QUESTIONS: usize = 3;
/// The worksheet's key: one box per way a state can have voted.
pub const KEY_ITEMS: usize = 4;
/// The "find your country" table: the state, its 2019 vote, its signature.
pub const COLUMNS: usize = 3;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Headings {
    pub goals: String,
    pub plan: String,
    pub minutes: String,
    pub part: String,
    pub activity: String,
    pub total: String,
    pub path: String,
    pub questions: String,
    pub answers: String,
    pub open_step: String,
    pub terms: String,
    pub all_terms: String,
    pub embed: String,
    pub back: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub minutes: u32,
    pub title: String,
    pub steps: Vec<String>,
    pub what: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub ask: String,
    pub answer: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathStep {
    pub slug: String,
    #[serde(default)]
    pub question: Vec<Question>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    pub ids: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Worksheet {
    pub heading: String,
    pub name_line: String,
    pub map_heading: String,
    pub map_task: String,
    pub map_label: String,
    pub key: Vec<String>,
    pub find_heading: String,
    pub find_task: String,
    pub columns: Vec<String>,
    pub rows: Vec<String>,
    pub exit_heading: String,
    pub exit: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Embed {
    pub intro: String,
    pub link_label: String,
    pub code_label: String,
    pub host_note: String,
}

/// The file as written, and (after `parse`) with every placeholder filled.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Teach {
    pub title: String,
    pub description: String,
    pub intro: String,
    pub goals: Vec<String>,
    pub path: Vec<String>,
    pub headings: Headings,
    pub plan: Vec<Part>,
    pub step: Vec<PathStep>,
    pub terms: Terms,
    pub worksheet: Worksheet,
    pub embed: Embed,
}

/// A language's teacher's page: `content/<lang>/teach.toml`.
pub fn translated_file(lang: &str) -> String {
    format!("content/{lang}/teach.toml")
}

pub fn load(root: &Path, data: &Dataset, story: &Story) -> Result<Teach, DataError> {
    let text = std::fs::read_to_string(root.join(FILE))
        .map_err(|e| DataError::new(FILE, 0, format!("cannot read: {e}")))?;
    parse(FILE, &text, data, story)
}

/// The first line at or after `from` that holds `needle` (else `from`).
fn line_after(text: &str, from: usize, needle: &str) -> usize {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find(|(_, l)| l.contains(needle))
        .map_or(from, |(i, _)| i + 1)
}

/// Checks the file's shape and prose against the story and the data, and
/// returns it with its placeholders filled.
pub fn parse(file: &str, text: &str, data: &Dataset, story: &Story) -> Result<Teach, DataError> {
    let mut teach: Teach = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let fail = |line: usize, m: String| Err(DataError::new(file, line, m));
    let at = |field: &str| line_of(text, &format!("{field} ="));

    if !GOALS.contains(&teach.goals.len()) {
        return fail(
            at("goals"),
            format!(
                "give {} to {} learning goals, not {}",
                GOALS.start(),
                GOALS.end(),
                teach.goals.len()
            ),
        );
    }

    // The class path: real steps, each once.
    let path_line = at("path");
    if !PATH_STEPS.contains(&teach.path.len()) {
        return fail(
            path_line,
            format!(
                "the class path needs {} to {} steps, not {}",
                PATH_STEPS.start(),
                PATH_STEPS.end(),
                teach.path.len()
            ),
        );
    }
    for (n, slug) in teach.path.iter().enumerate() {
        let line = line_after(text, path_line, &format!("\"{slug}\""));
        if !story.steps.iter().any(|s| &s.source.slug == slug) {
            return fail(
                line,
                format!("the class path names `{slug}`, which is no step's slug (content/steps/)"),
            );
        }
        if teach.path[..n].contains(slug) {
            return fail(line, format!("the class path names `{slug}` twice"));
        }
    }

    // The plan: its parts take the path's steps in order, each once, and
    // their minutes make one lesson.
    let mut covered: Vec<&String> = Vec::new();
    let mut minutes = 0;
    for part in &teach.plan {
        let line = line_of(text, &format!("title = \"{}\"", part.title));
        if part.minutes == 0 {
            return fail(line, format!("the part `{}` takes no minutes", part.title));
        }
        minutes += part.minutes;
        for slug in &part.steps {
            if !teach.path.contains(slug) {
                return fail(
                    line,
                    format!(
                        "the part `{}` covers `{slug}`, which is not on the class path",
                        part.title
                    ),
                );
            }
        }
        covered.extend(&part.steps);
    }
    if minutes != LESSON_MINUTES {
        return fail(
            line_of(text, "[[plan]]"),
            format!("the plan's minutes add up to {minutes}, not {LESSON_MINUTES}"),
        );
    }
    if covered.iter().copied().ne(teach.path.iter()) {
        return fail(
            line_of(text, "[[plan]]"),
            "the plan's parts must cover the class path's steps, each once, in the path's order"
                .into(),
        );
    }

    // Two or three questions, each with its answer, for every path step,
    // in the path's order, and for no other step.
    for (n, slug) in teach.path.iter().enumerate() {
        let Some(entry) = teach.step.iter().find(|s| &s.slug == slug) else {
            return fail(
                line_after(text, path_line, &format!("\"{slug}\"")),
                format!("the path step `{slug}` has no [[step]] with its questions"),
            );
        };
        let line = line_of(text, &format!("slug = \"{slug}\""));
        if teach.step.get(n).map(|s| &s.slug) != Some(slug) {
            return fail(line, format!("the [[step]] entries must follow the class path's order (`{slug}` is step {} of the path)", n + 1));
        }
        if !QUESTIONS.contains(&entry.question.len()) {
            return fail(
                line,
                format!(
                    "the path step `{slug}` needs {} or {} questions, not {}",
                    QUESTIONS.start(),
                    QUESTIONS.end(),
                    entry.question.len()
                ),
            );
        }
        for q in &entry.question {
            let needle: String = q.ask.chars().take(40).collect();
            let q_line = line_after(text, line, &needle);
            if q.ask.trim().is_empty() {
                return fail(q_line, format!("a question of `{slug}` is empty"));
            }
            if q.answer.trim().is_empty() {
                return fail(
                    q_line,
                    format!("the question “{}” of `{slug}` has no answer", q.ask),
                );
            }
        }
    }
    if let Some(extra) = teach.step.iter().find(|s| !teach.path.contains(&s.slug)) {
        return fail(
            line_of(text, &format!("slug = \"{}\"", extra.slug)),
            format!(
                "`{}` has questions but is not on the class path",
                extra.slug
            ),
        );
    }

    let terms_line = line_of(text, "[terms]");
    for (n, id) in teach.terms.ids.iter().enumerate() {
        let line = line_after(text, terms_line, &format!("\"{id}\""));
        if !story.glossary.iter().any(|t| &t.id == id) {
            return fail(
                line,
                format!("the key term `{id}` is not in content/glossary.toml"),
            );
        }
        if teach.terms.ids[..n].contains(id) {
            return fail(line, format!("the key term `{id}` is listed twice"));
        }
    }
    if teach.terms.ids.is_empty() {
        return fail(terms_line, "list the key terms the class meets".into());
    }

    let w = &teach.worksheet;
    for (field, len, want) in [
        ("exit", w.exit.len(), EXIT_QUESTIONS),
        ("key", w.key.len(), KEY_ITEMS),
        ("columns", w.columns.len(), COLUMNS),
    ] {
        if len != want {
            return fail(
                at(field),
                format!("the worksheet's `{field}` needs {want} entries, not {len}"),
            );
        }
    }
    if w.rows.is_empty() {
        return fail(
            at("rows"),
            "the worksheet's table needs at least one row".into(),
        );
    }

    // The prose: the steps' rules, then the placeholders filled in.
    let prose = |raw: &mut String| -> Result<(), DataError> {
        let first = raw.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let line = line_of(text, first.get(..first.len().min(40)).unwrap_or(first));
        if raw.trim().is_empty() {
            return Err(DataError::new(file, line, "a text is empty"));
        }
        // Placeholders first, so a broken one is named as such rather
        // than as digits typed by hand.
        let filled = fill(raw, data, &story.facts).map_err(|m| DataError::new(file, line, m))?;
        if filled.contains(['{', '}']) {
            return Err(DataError::new(
                file,
                line,
                "a placeholder was left unfilled",
            ));
        }
        check_digits(raw)
            .map_err(|(m, word)| DataError::new(file, line_after(text, line, &word), m))?;
        if let Some(long) = sentences(raw).iter().find(|s| s.len() > MAX_SENTENCE_WORDS) {
            return Err(DataError::new(
                file,
                line,
                format!(
                    "a sentence of {} words (at most {MAX_SENTENCE_WORDS}): {}",
                    long.len(),
                    long.join(" ")
                ),
            ));
        }
        *raw = filled;
        Ok(())
    };
    for raw in texts(&mut teach) {
        prose(raw)?;
    }
    Ok(teach)
}

/// Every text of the page a reader sees, in one order (the file's): what a
/// translation must translate, field by field.
fn texts(t: &mut Teach) -> Vec<&mut String> {
    let mut texts: Vec<&mut String> = vec![&mut t.title, &mut t.description, &mut t.intro];
    texts.extend(t.goals.iter_mut());
    let h = &mut t.headings;
    texts.extend([
        &mut h.goals,
        &mut h.plan,
        &mut h.minutes,
        &mut h.part,
        &mut h.activity,
        &mut h.total,
        &mut h.path,
        &mut h.questions,
        &mut h.answers,
        &mut h.open_step,
        &mut h.terms,
        &mut h.all_terms,
        &mut h.embed,
        &mut h.back,
    ]);
    for part in &mut t.plan {
        texts.extend([&mut part.title, &mut part.what]);
    }
    for step in &mut t.step {
        for q in &mut step.question {
            texts.extend([&mut q.ask, &mut q.answer]);
        }
    }
    let w = &mut t.worksheet;
    texts.extend([
        &mut w.heading,
        &mut w.name_line,
        &mut w.map_heading,
        &mut w.map_task,
        &mut w.map_label,
        &mut w.find_heading,
        &mut w.find_task,
        &mut w.exit_heading,
    ]);
    texts.extend(w.key.iter_mut());
    texts.extend(w.columns.iter_mut());
    texts.extend(w.rows.iter_mut());
    texts.extend(w.exit.iter_mut());
    let e = &mut t.embed;
    texts.extend([
        &mut e.intro,
        &mut e.link_label,
        &mut e.code_label,
        &mut e.host_note,
    ]);
    texts
}

/// `lang`'s teacher's page, checked against today's English
/// (`content/teach.toml`) and filled in: the same class path, plan, steps,
/// questions, terms and lists, every text translated with the English's
/// placeholders and no number the English lacks, made from today's English
/// (`english_hash`, over every text in `texts` order).
pub fn load_translation(
    root: &Path,
    lang: &str,
    data: &Dataset,
    story: &Story,
) -> Result<Teach, DataError> {
    use super::translations::{
        check_numbers, english_hash, isolate_symbols, load_words, placeholders,
    };
    let file = translated_file(lang);
    let read = |path: &str| {
        std::fs::read_to_string(root.join(path)).map_err(|e| {
            DataError::new(
                path,
                0,
                format!("cannot read ({e}): every language needs the teacher's page translated"),
            )
        })
    };
    let english_text = read(FILE)?;
    let mut english: Teach =
        toml::from_str(&english_text).map_err(|e| toml_error(FILE, &english_text, &e))?;
    let text = read(&file)?;
    let mut table: toml::Table = toml::from_str(&text).map_err(|e| toml_error(&file, &text, &e))?;
    let hash = match table.remove("english_hash") {
        Some(toml::Value::String(h)) => h,
        _ => {
            return Err(DataError::new(
                &file,
                1,
                "needs english_hash = \"…\" (the English it was made from)",
            ))
        }
    };
    let mut teach: Teach = toml::Value::Table(table)
        .try_into()
        .map_err(|e: toml::de::Error| DataError::new(&file, 0, e.to_string()))?;
    let same_shape = teach.path == english.path
        && teach.terms.ids == english.terms.ids
        && teach
            .plan
            .iter()
            .map(|p| (p.minutes, &p.steps))
            .eq(english.plan.iter().map(|p| (p.minutes, &p.steps)))
        && teach
            .step
            .iter()
            .map(|s| (&s.slug, s.question.len()))
            .eq(english.step.iter().map(|s| (&s.slug, s.question.len())))
        && texts(&mut teach).len() == texts(&mut english).len();
    if !same_shape {
        return Err(DataError::new(&file, 0, "must keep the English's class path, plan (minutes and steps), steps and questions, key terms and lists, changing only the words"));
    }
    let english_texts: Vec<String> = texts(&mut english).into_iter().map(|t| t.clone()).collect();
    let refs: Vec<&str> = english_texts.iter().map(String::as_str).collect();
    let now = english_hash(&refs);
    if hash != now {
        return Err(DataError::new(
            &file,
            line_of(&text, "english_hash"),
            format!("is stale: content/teach.toml has changed since it was translated (english_hash {hash}, the English's now {now}); update the translation, then set english_hash = \"{now}\""),
        ));
    }
    let words = load_words(root, lang)?;
    for (en, raw) in english_texts.iter().zip(texts(&mut teach)) {
        let first = raw.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let line = line_of(
            &text,
            first.get(..first.floor_char_boundary(40)).unwrap_or(first),
        );
        if raw.trim().is_empty() {
            return Err(DataError::new(
                &file,
                line,
                format!("\"{en}\" is not translated"),
            ));
        }
        if placeholders(en) != placeholders(raw) {
            return Err(DataError::new(
                &file,
                line,
                format!(
                    "its placeholders differ from the English's ({})",
                    placeholders(en).join(" ")
                ),
            ));
        }
        check_numbers(&[en.as_str()], raw).map_err(|m| DataError::new(&file, line, m))?;
        // Chinese runs a paragraph's lines together without spaces.
        if lang == "zh" {
            *raw = raw
                .split("\n\n")
                .map(|p| p.lines().map(str::trim).collect::<String>())
                .collect::<Vec<_>>()
                .join("\n\n");
        }
        let filled = super::content::fill_in(raw, data, &story.facts, Some(&words))
            .map_err(|m| DataError::new(&file, line, m))?;
        *raw = if lang == "ar" {
            isolate_symbols(&filled)
        } else {
            filled
        };
    }
    Ok(teach)
}

/// Paragraphs of a text, each on one line.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// The checked, filled-in page as static Rust: `TEACH`, of the types
/// src/bin/prerender/teach.rs declares.
pub fn rs(t: &Teach) -> String {
    let mut out =
        String::from("// @generated by build.rs from content/teach.toml. Do not edit.\n\n");
    let list = |items: &[String]| format!("&{items:?}");
    let h = &t.headings;
    let w = &t.worksheet;
    let e = &t.embed;
    let _ = write!(
        out,
        "pub static TEACH: Teach = Teach {{\n    title: {:?},\n    description: {:?},\n    intro: {},\n    goals: {},\n    path: {},\n",
        t.title,
        t.description,
        list(&paragraphs(&t.intro)),
        list(&t.goals),
        list(&t.path),
    );
    let _ = writeln!(
        out,
        "    headings: Headings {{ goals: {:?}, plan: {:?}, minutes: {:?}, part: {:?}, activity: {:?}, total: {:?}, path: {:?}, questions: {:?}, answers: {:?}, open_step: {:?}, terms: {:?}, all_terms: {:?}, embed: {:?}, back: {:?} }},",
        h.goals, h.plan, h.minutes, h.part, h.activity, h.total, h.path, h.questions, h.answers, h.open_step, h.terms, h.all_terms, h.embed, h.back
    );
    out.push_str("    plan: &[\n");
    for p in &t.plan {
        let _ = writeln!(
            out,
            "        Part {{ minutes: {}, title: {:?}, steps: {}, what: {:?} }},",
            p.minutes,
            p.title,
            list(&p.steps),
            p.what
        );
    }
    out.push_str("    ],\n    steps: &[\n");
    for s in &t.step {
        let questions: Vec<String> = s
            .question
            .iter()
            .map(|q| format!("Question {{ ask: {:?}, answer: {:?} }}", q.ask, q.answer))
            .collect();
        let _ = writeln!(
            out,
            "        PathStep {{ slug: {:?}, questions: &[{}] }},",
            s.slug,
            questions.join(", ")
        );
    }
    let _ = writeln!(out, "    ],\n    terms: {},", list(&t.terms.ids));
    let _ = writeln!(
        out,
        "    worksheet: Worksheet {{ heading: {:?}, name_line: {:?}, map_heading: {:?}, map_task: {:?}, map_label: {:?}, key: {}, find_heading: {:?}, find_task: {:?}, columns: {}, rows: {}, exit_heading: {:?}, exit: {} }},",
        w.heading,
        w.name_line,
        w.map_heading,
        w.map_task,
        w.map_label,
        list(&w.key),
        w.find_heading,
        w.find_task,
        list(&w.columns),
        list(&w.rows),
        w.exit_heading,
        list(&w.exit)
    );
    let _ = writeln!(
        out,
        "    embed: Embed {{ intro: {:?}, link_label: {:?}, code_label: {:?}, host_note: {:?} }},\n}};",
        e.intro, e.link_label, e.code_label, e.host_note
    );
    out
}
