//! The story against the data: every figure in the prose must be what the
//! data says, computed here independently of the build-time filler.

#[path = "../build_support/mod.rs"]
#[allow(dead_code)]
mod build_support;

use build_support::content::{self, check_digits};
use std::path::Path;
use uncyber::data;
use uncyber::model::story::HighlightGroup;
use uncyber::model::Choice;

/// The source text of each step, in file-name order: (slug, summary, body).
fn sources() -> Vec<(String, String, String)> {
    let mut names: Vec<_> = std::fs::read_dir("content/steps")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|path| {
            let table: toml::Table =
                toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let field = |k: &str| table[k].as_str().unwrap().to_string();
            (field("slug"), field("summary"), field("body"))
        })
        .collect()
}

/// Fills placeholders from the app's own data, the way a reader would check.
fn expected(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..].find('}').unwrap();
        let spec = &rest[start + 1..start + end];
        let parts: Vec<&str> = spec.split(':').collect();
        let value = match parts[..] {
            [c, id] if Choice::from_slug(c).is_some() => data::vote(id)
                .unwrap()
                .tally()
                .get(Choice::from_slug(c).unwrap())
                .to_string(),
            ["vote", id, iso3] => data::vote(id)
                .unwrap()
                .choice(data::member_index(iso3).unwrap())
                .phrase()
                .to_string(),
            ["both_yes", a, b] => {
                let (a, b) = (data::vote(a).unwrap(), data::vote(b).unwrap());
                (0..data::members().len())
                    .filter(|&i| a.choice(i) == Choice::Yes && b.choice(i) == Choice::Yes)
                    .count()
                    .to_string()
            }
            ["sponsors"] => data::members()
                .iter()
                .filter(|m| m.sponsor)
                .count()
                .to_string(),
            ["cosponsors"] => data::members()
                .iter()
                .filter(|m| m.cosponsor)
                .count()
                .to_string(),
            ["members"] => data::members().len().to_string(),
            [c @ ("signed" | "signed_hanoi" | "not_signed" | "no_record" | "status_unknown"), "signatures"] =>
            {
                let status = match c {
                    "signed_hanoi" => "signed-hanoi",
                    "not_signed" => "not-signed",
                    "no_record" => "no-record",
                    "status_unknown" => "unknown",
                    other => other,
                };
                signature_statuses()
                    .values()
                    .filter(|row| row.is(status))
                    .count()
                    .to_string()
            }
            ["status", "signatures", iso3] => match signature_statuses()[iso3].status.as_str() {
                "signed" => "signed",
                "not-signed" => "had not signed",
                "no-record" => "had no signature on record",
                _ => "has no known signature status",
            }
            .to_string(),
            ["as_of", "signatures"] => latest_label(signature_statuses().values()),
            ["as_of", "signatures", status] => {
                latest_label(signature_statuses().values().filter(|row| row.is(status)))
            }
            ["then", vote, choice, "signatures", status] => {
                let vote = data::vote(vote).unwrap();
                let statuses = signature_statuses();
                data::members()
                    .iter()
                    .enumerate()
                    .filter(|(i, m)| {
                        vote.choice(*i).slug() == choice && statuses[m.iso3].is(status)
                    })
                    .count()
                    .to_string()
            }
            ["fact", key] => data::facts()
                .iter()
                .find(|f| f.key == key)
                .unwrap()
                .value
                .to_string(),
            _ => panic!("unknown placeholder {spec}"),
        };
        out.push_str(&value);
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// A signature row as a reader is shown it, read straight from the file:
/// a `not-signed` row whose evidence is an inference from a partly seen
/// list (`inferred-official*`) is "no signature on record".
struct SignatureRow {
    status: String,
    date: String,
    as_of: String,
}

impl SignatureRow {
    fn is(&self, status: &str) -> bool {
        match status {
            "signed-hanoi" => self.status == "signed" && self.date.starts_with("2025-10-2"),
            other => self.status == other,
        }
    }
}

/// Rows by ISO3.
fn signature_statuses() -> std::collections::HashMap<String, SignatureRow> {
    let text = std::fs::read_to_string("data/signatures/2025-convention.csv").unwrap();
    build_support::csv::parse("signatures", &text, &build_support::signatures::COLUMNS)
        .unwrap()
        .into_iter()
        .map(|r| {
            let f = r.fields;
            let status = match (f[2].as_str(), f[6].starts_with("inferred-official")) {
                ("not-signed", true) => "no-record".to_string(),
                (s, _) => s.to_string(),
            };
            let row = SignatureRow {
                status,
                date: f[3].clone(),
                as_of: f[4].clone(),
            };
            (f[0].clone(), row)
        })
        .collect()
}

/// The latest date of some rows, as the prose writes it: "July 2026",
/// "19 November 2025 or later".
fn latest_label<'a>(rows: impl Iterator<Item = &'a SignatureRow>) -> String {
    let date = rows
        .map(|r| {
            if r.status == "signed" {
                &r.date
            } else {
                &r.as_of
            }
        })
        .filter(|d| !d.is_empty())
        .max_by_key(|d| d.trim_start_matches(">=").to_string())
        .expect("dated rows")
        .clone();
    let later = date.starts_with(">=");
    let bare = date.trim_start_matches(">=");
    let (day, other) = bare.split_once('/').unwrap_or((bare, ""));
    let label = build_support::dataset::partial_date_label(day);
    let label = match other {
        "" => label,
        other => {
            let (first, rest) = label.split_once(' ').unwrap();
            format!("{first} or {other} {rest}")
        }
    };
    if later {
        format!("{label} or later")
    } else {
        label
    }
}

fn plain(text: &str) -> String {
    text.replace("**", "")
        .replace('*', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_story_has_ten_to_twenty_steps_with_unique_slugs() {
    let steps = data::steps();
    assert!((10..=20).contains(&steps.len()), "{} steps", steps.len());
    let mut slugs: Vec<&str> = steps.iter().map(|s| s.slug).collect();
    slugs.sort_unstable();
    slugs.dedup();
    assert_eq!(slugs.len(), steps.len());
}

#[test]
fn every_figure_in_the_prose_is_the_datas() {
    let sources = sources();
    assert_eq!(sources.len(), data::steps().len());
    for ((slug, summary, body), step) in sources.iter().zip(data::steps()) {
        assert_eq!(slug, step.slug);
        assert_eq!(
            plain(&expected(summary)),
            plain(step.summary),
            "{slug}: summary"
        );
        let shown = step.plain_text();
        assert_eq!(plain(&expected(body)), plain(&shown), "{slug}: body");
    }
}

/// content/README.md: a step body runs to at most 170 words. Words are
/// counted in the source, so a placeholder counts as one word whatever it
/// renders to.
const MAX_BODY_WORDS: usize = 170;

#[test]
fn no_step_body_runs_over_one_hundred_and_seventy_words() {
    let long: Vec<String> = sources()
        .iter()
        .map(|(slug, _, body)| (slug, body.split_whitespace().count()))
        .filter(|&(_, words)| words > MAX_BODY_WORDS)
        .map(|(slug, words)| format!("{slug}: {words} words"))
        .collect();
    assert!(
        long.is_empty(),
        "step bodies over {MAX_BODY_WORDS} words: {long:?}"
    );
}

#[test]
fn the_headline_step_states_the_committee_result() {
    let first = &data::steps()[0];
    let t = data::headline_vote().tally();
    assert_eq!(first.vote, Some("3c-2019"));
    let text = first.plain_text();
    for n in [t.yes, t.no, t.abstain, t.absent] {
        assert!(text.contains(&n.to_string()), "step 1 states {n}");
    }
}

#[test]
fn steps_point_only_at_real_votes_states_and_sources() {
    for step in data::steps() {
        if let Some(id) = step.vote {
            assert!(data::vote(id).is_some(), "{}: vote {id}", step.slug);
        }
        for iso3 in step.highlight {
            assert!(data::member_index(iso3).is_some(), "{}: {iso3}", step.slug);
        }
        assert!(!step.sources.is_empty(), "{} has sources", step.slug);
        assert!(
            step.sources.iter().all(|s| s.url.starts_with("http")),
            "{}",
            step.slug
        );
    }
}

#[test]
fn the_2018_step_checks_brazil_nigeria_and_india() {
    let step = data::steps()
        .iter()
        .find(|s| s.vote == Some("3c-2018"))
        .expect("a step shows 3c-2018");
    for iso3 in ["BRA", "NGA", "IND"] {
        assert!(step.highlight.contains(&iso3), "{iso3} is highlighted");
    }
}

#[test]
fn the_swing_states_named_voted_yes_on_both_texts_in_both_years() {
    let step = data::steps()
        .iter()
        .find(|s| s.slug == "swing-states")
        .expect("a swing-states step");
    assert!(!step.highlight.is_empty());
    for iso3 in step.highlight {
        let i = data::member_index(iso3).unwrap();
        for id in ["ga-73-27", "ga-73-266", "ga-74-28", "ga-74-29"] {
            assert_eq!(
                data::vote(id).unwrap().choice(i),
                Choice::Yes,
                "{iso3} on {id}"
            );
        }
    }
}

#[test]
fn the_2020_step_names_the_abstainers_who_had_backed_both_texts_in_2019() {
    // The split-2020 text says India abstained on A/RES/75/240 "as did Brazil
    // and Nigeria, though all three had voted yes on both texts in 2019":
    // only India's vote is a placeholder, so the rest is checked here.
    let step = data::steps()
        .iter()
        .find(|s| s.slug == "split-2020")
        .expect("a split-2020 step");
    assert_eq!(step.compare, Some(("ga-75-32", "ga-75-240")));
    for iso3 in ["IND", "BRA", "NGA"] {
        assert!(step.highlight.contains(&iso3), "{iso3} is highlighted");
        let i = data::member_index(iso3).unwrap();
        assert_eq!(
            data::vote("ga-75-240").unwrap().choice(i),
            Choice::Abstain,
            "{iso3} on ga-75-240"
        );
        for id in ["ga-74-28", "ga-74-29"] {
            assert_eq!(
                data::vote(id).unwrap().choice(i),
                Choice::Yes,
                "{iso3} on {id}"
            );
        }
    }
}

/// Every text file of the reference set, read once.
fn reference_text() -> String {
    let reference = Path::new("../shared/reference");
    assert!(
        reference.is_dir(),
        "{} is missing: the source rule checks every source against it; put the shared reference folder beside the project",
        reference.display()
    );
    fn walk(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                out.push_str(&text);
            }
        }
    }
    let mut out = String::new();
    walk(reference, &mut out);
    out
}

/// Whether `url` may be cited: a UN document, a UN Digital Library record
/// the reference set names, any address in the reference set, or an entry
/// of the project's register (content/sources.toml) with all its fields.
fn is_accepted_source(url: &str, reference: &str, register: &[String]) -> bool {
    url.starts_with("https://undocs.org/A/")
        || reference.contains(url)
        || url
            .strip_prefix("https://digitallibrary.un.org/record/")
            .is_some_and(|id| reference.contains(id))
        || register.iter().any(|r| r == url)
}

fn register_urls() -> Vec<String> {
    let file = build_support::register::FILE;
    build_support::register::parse(file, &std::fs::read_to_string(file).unwrap())
        .unwrap()
        .into_iter()
        .map(|s| s.url)
        .collect()
}

#[test]
fn every_source_is_a_un_document_in_the_reference_set_or_in_the_register() {
    let reference = reference_text();
    let register = register_urls();
    let mut cited: Vec<(String, &str)> = Vec::new();
    for step in data::steps() {
        for source in step.sources {
            cited.push((format!("step {}", step.slug), source.url));
        }
    }
    for fact in data::facts() {
        cited.push((format!("fact {}", fact.key), fact.source.url));
    }
    for row in data::offence_rows() {
        for url in row.sources {
            cited.push((format!("offences: {}", row.topic), url));
        }
    }
    for i in data::instruments() {
        cited.push((format!("offences: {}", i.name), i.source));
    }
    for (who, url) in &cited {
        assert!(
            is_accepted_source(url, &reference, &register),
            "{who}: {url} is not a UN document, not in the reference set and not in {}",
            build_support::register::FILE
        );
    }
    assert!(
        cited.len() > 50,
        "the sources were gathered: {}",
        cited.len()
    );
}

#[test]
fn the_source_rule_refuses_an_address_found_nowhere() {
    let reference = reference_text();
    let register = register_urls();
    assert!(!is_accepted_source(
        "https://example.org/made-up",
        &reference,
        &register
    ));
    assert!(is_accepted_source(
        "https://undocs.org/A/RES/74/247",
        &reference,
        &register
    ));
    let entry = register.first().expect("the register has an entry");
    assert!(is_accepted_source(
        entry,
        &reference,
        std::slice::from_ref(entry)
    ));
    assert!(!is_accepted_source(entry, "", &[]) || reference.contains(entry.as_str()));
}

#[test]
fn a_register_entry_without_its_excerpt_or_with_a_long_one_is_refused() {
    let file = build_support::register::FILE;
    let text = std::fs::read_to_string(file).unwrap();
    let first = build_support::register::parse(file, &text)
        .unwrap()
        .remove(0);
    let excerpt_line = format!("excerpt = {:?}", first.excerpt);
    assert!(text.contains(&excerpt_line), "{excerpt_line}");
    let empty = text.replacen(&excerpt_line, "excerpt = \"\"", 1);
    let e = build_support::register::parse(file, &empty)
        .unwrap_err()
        .to_string();
    assert!(e.contains("`excerpt` is empty"), "{e}");
    let long = text.replacen(
        &excerpt_line,
        &format!("excerpt = \"{}\"", "word ".repeat(26).trim()),
        1,
    );
    let e = build_support::register::parse(file, &long)
        .unwrap_err()
        .to_string();
    assert!(e.contains("at most 25"), "{e}");
}

#[test]
fn highlight_groups_count_from_the_data() {
    let sponsors = HighlightGroup::Sponsors.tally(data::members(), data::headline_vote());
    assert_eq!(sponsors.total(), 8);
    assert_eq!(sponsors.yes, 8);
    let cosponsors = HighlightGroup::Cosponsors.tally(data::members(), data::headline_vote());
    assert_eq!(
        (cosponsors.total(), cosponsors.yes, cosponsors.absent),
        (47, 44, 3)
    );
    // The prose says the ministry's list includes the sponsors.
    assert!(data::members()
        .iter()
        .filter(|m| m.sponsor)
        .all(|m| m.cosponsor));
}

#[test]
fn the_timeline_runs_from_1998_to_the_hanoi_signing_and_links_real_steps() {
    let timeline = data::timeline();
    assert!(timeline.first().unwrap().date.starts_with("1998"));
    assert!(timeline.iter().any(|e| e.date.starts_with("2025-10")));
    assert!(timeline.iter().any(|e| e.date.starts_with("2024-12-24")));
    assert!(
        timeline.windows(2).all(|w| w[0].position <= w[1].position),
        "oldest first"
    );
    for e in timeline {
        for slug in e.steps {
            assert!(
                data::steps().iter().any(|s| s.slug == *slug),
                "{}: {slug}",
                e.label
            );
        }
    }
}

#[test]
fn facts_used_in_prose_are_sourced() {
    for fact in data::facts() {
        assert!(fact.source.url.starts_with("http"), "{}", fact.key);
        assert!(!fact.what.is_empty(), "{}", fact.key);
    }
}

#[test]
fn the_digit_rule_rejects_hand_typed_numbers() {
    for bad in [
        "It passed by 88 votes.",
        "Some 64 states",
        "a majority of 30",
        "in 1,000 cases",
        "(40)",
        "ARTICLE 32 of it",
    ] {
        assert!(check_digits(bad).is_err(), "{bad}");
    }
    for good in [
        "On 18 November 2019 it passed by {yes:3c-2019} votes.",
        "Resolution A/RES/74/247 of 2019.",
        "Under Article 32, data may cross borders.",
        "The free-expression group ARTICLE 19 objects.",
        "In 2013, and on 5 June.",
    ] {
        assert!(check_digits(good).is_ok(), "{good}");
    }
}

#[test]
fn broken_content_fails_with_the_file_and_line() {
    let data = build_support::dataset::load(Path::new("data")).unwrap();
    let facts = content::parse_facts(
        "data/facts.toml",
        &std::fs::read_to_string("data/facts.toml").unwrap(),
    )
    .unwrap();
    let text = std::fs::read_to_string("content/steps/01-committee-vote.toml").unwrap();
    let file = "content/steps/01-committee-vote.toml";
    let broken = text.replacen("{yes:3c-2019}", "88", 1);
    let e = content::parse_step(file, &broken, &data, &facts)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with(file) && e.contains("`88` is a number typed by hand"),
        "{e}"
    );
    let broken = text.replacen("{yes:3c-2019}", "{yes:3c-2099}", 1);
    let e = content::parse_step(file, &broken, &data, &facts)
        .unwrap_err()
        .to_string();
    assert!(e.contains("there is no vote `3c-2099`"), "{e}");
    let broken = text.replacen("vote = \"3c-2019\"", "vote = \"nope\"", 1);
    let e = content::parse_step(file, &broken, &data, &facts).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), (file, 4), "{e}");
    let broken = text.replacen("highlight = [\"RUS\"", "highlight = [\"XXX\"", 1);
    let e = content::parse_step(file, &broken, &data, &facts)
        .unwrap_err()
        .to_string();
    assert!(e.contains("`XXX` is not a member state"), "{e}");
    // The stage's fields: a focus of real states (two at least) and a
    // comparison of real votes, each refused naming its field.
    let with =
        |line: &str| text.replacen("highlight_groups", &format!("{line}\nhighlight_groups"), 1);
    for (line, says) in [
        ("focus = [\"RUS\", \"ZZZ\"]", "`ZZZ` is not a member state"),
        ("focus = [\"RUS\"]", "at least two member states"),
        (
            "compare = [\"3c-2019\", \"ga-99-9\"]",
            "there is no vote `ga-99-9`",
        ),
    ] {
        let e = content::parse_step(file, &with(line), &data, &facts)
            .unwrap_err()
            .to_string();
        assert!(e.contains(says), "{line}: {e}");
    }
    assert!(content::parse_step(file, &with("focus = [\"RUS\", \"CHN\"]"), &data, &facts).is_ok());
}
