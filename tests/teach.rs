//! The teacher's page, `teach.html`, written by the prerender from
//! content/teach.toml: every step on its class path with two or three
//! questions and an answer to each, its numbers equal to the reference
//! vote lists (counted here, not by the code under test), a plan of one
//! 45-minute lesson, a blank map to colour, the embed code naming the
//! path; and the build refusing a broken teach.toml with its file and reason.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build_support/mod.rs"]
#[allow(dead_code)]
mod build_support;
mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const REFERENCE: &str = "../shared/reference/un-votes";
const LESSON: u32 = 45;

/// The prerender's output for a minimal Trunk page, written once for all
/// the tests of this file.
fn dist() -> &'static PathBuf {
    static DIST: OnceLock<PathBuf> = OnceLock::new();
    DIST.get_or_init(|| common::prerendered("teach"))
}

fn page() -> String {
    std::fs::read_to_string(dist().join("teach.html")).expect("the prerender writes teach.html")
}

fn teach_toml() -> toml::Table {
    toml::from_str(&std::fs::read_to_string("content/teach.toml").unwrap()).unwrap()
}

fn strings(value: &toml::Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// Undoes the page's escaping of text.
fn unescape(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// The markup of the path step `slug`: its list item, up to the next one.
fn step_block<'a>(html: &'a str, slug: &str) -> &'a str {
    let open = format!("<li class=\"teach-step\" id=\"path-{slug}\" data-step=\"{slug}\">");
    let start = html
        .find(&open)
        .unwrap_or_else(|| panic!("teach.html has no block for the path step {slug}"));
    let rest = &html[start + open.len()..];
    let end = rest
        .find("<li class=\"teach-step\"")
        .or_else(|| rest.find("</ol></section>"))
        .unwrap();
    &rest[..end]
}

/// The texts of the elements of `class` inside `html` (no nesting of the same tag).
fn texts_of(html: &str, tag: &str, class: &str) -> Vec<String> {
    let open = format!("<{tag} class=\"{class}\">");
    html.match_indices(&open)
        .map(|(at, _)| {
            let inner = &html[at + open.len()..];
            let inner = &inner[..inner.find(&format!("</{tag}>")).unwrap()];
            // Strip tags, keep text.
            let mut text = String::new();
            let mut in_tag = false;
            for c in inner.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text
        })
        .collect()
}

#[test]
fn the_page_is_written_with_its_own_style_sheet_title_description_and_way_back() {
    let html = page();
    assert!(html.starts_with("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"));
    let title = &html[html.find("<title>").unwrap()..html.find("</title>").unwrap()];
    assert!(title.contains("For teachers"), "{title}");
    assert!(html.contains("<meta name=\"description\" content=\""));
    assert!(html.contains("<link rel=\"stylesheet\" href=\"teach.css\">"));
    let css = std::fs::read_to_string(dist().join("teach.css")).expect("teach.css beside it");
    assert!(css.contains("@media print"));
    assert!(
        css.contains(".teach-worksheet { break-before: page; }"),
        "the worksheet starts a printed page"
    );
    assert!(
        html.contains("<a href=\"./\">"),
        "a link back to the explainer"
    );
    // No script: it reads, and is meant to be read, without JavaScript.
    assert!(!html.contains("<script"));
    let glossary = std::fs::read_to_string(dist().join("glossary.html")).unwrap();
    assert!(
        glossary.contains("<a href=\"teach.html\">"),
        "the glossary links the teacher's page"
    );
}

#[test]
fn every_path_step_has_its_link_and_two_or_three_questions_each_with_an_answer() {
    let html = page();
    let path = strings(&teach_toml()["path"]);
    assert!((6..=8).contains(&path.len()), "{path:?}");
    for slug in &path {
        let block = step_block(&html, slug);
        let link = format!("<a href=\"step-{slug}.html\">");
        assert!(block.contains(&link), "{slug}: links its step page");
        assert!(
            dist().join(format!("step-{slug}.html")).is_file(),
            "{slug}: the linked page exists"
        );
        let questions = block.matches("<li class=\"teach-question\">").count();
        assert!(
            (2..=3).contains(&questions),
            "{slug}: {questions} questions"
        );
        let asks = texts_of(block, "p", "teach-ask");
        let answers = texts_of(block, "p", "teach-answer");
        assert_eq!(asks.len(), questions, "{slug}: every question is asked");
        assert_eq!(
            answers.len(),
            questions,
            "{slug}: every question has an answer"
        );
        for (ask, answer) in asks.iter().zip(&answers) {
            assert!(
                ask.trim().len() > 10,
                "{slug}: a question is asked ({ask:?})"
            );
            // The answer's words after its label.
            let words = answer.split_once(':').map_or("", |(_, a)| a).trim();
            assert!(
                words.len() > 20,
                "{slug}: {ask:?} has an answer ({answer:?})"
            );
        }
    }
    // The path's steps appear in the path's order.
    let at: Vec<usize> = path
        .iter()
        .map(|s| html.find(&format!("id=\"path-{s}\"")).unwrap())
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{path:?} in order");
}

/// Each reference list's counts by vote, keyed by the explainer's vote id.
fn reference_counts() -> HashMap<&'static str, HashMap<String, String>> {
    let files = [
        ("3c-2019", "2019-11-18-third-committee.csv"),
        ("ga-73-27", "2018-12-05-plenary-A-RES-73-27.csv"),
        ("ga-73-266", "2018-12-22-plenary-A-RES-73-266.csv"),
        ("ga-74-28", "2019-12-12-plenary-A-RES-74-28.csv"),
        ("ga-74-29", "2019-12-12-plenary-A-RES-74-29.csv"),
    ];
    files
        .into_iter()
        .map(|(id, file)| {
            let path = Path::new(REFERENCE).join(file);
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!(
                    "{} is needed to check the page's numbers: {e}",
                    path.display()
                )
            });
            let rows = common::csv_cells(&text);
            let at = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
            let (iso3, vote) = (at("iso3"), at("vote"));
            let votes: HashMap<String, String> = rows[1..]
                .iter()
                .map(|r| (r[iso3].clone(), r[vote].clone()))
                .collect();
            assert_eq!(votes.len(), 193, "{file}: one row per member state");
            (id, votes)
        })
        .collect()
}

/// `raw` with its vote-count placeholders filled from the reference lists;
/// `None` if it holds any other placeholder.
fn fill_from_reference(
    raw: &str,
    lists: &HashMap<&'static str, HashMap<String, String>>,
) -> Option<String> {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = start + rest[start..].find('}')?;
        let parts: Vec<&str> = rest[start + 1..end].split(':').collect();
        let n = match parts[..] {
            [choice @ ("yes" | "no" | "abstain" | "absent"), id] => {
                lists.get(id)?.values().filter(|v| *v == choice).count()
            }
            ["both_yes", a, b] => {
                let (a, b) = (lists.get(a)?, lists.get(b)?);
                a.iter()
                    .filter(|(k, v)| *v == "yes" && b[*k] == "yes")
                    .count()
            }
            _ => return None,
        };
        out.push_str(&n.to_string());
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

#[test]
fn the_vote_counts_in_the_answers_are_the_reference_lists() {
    let lists = reference_counts();
    let committee = &lists["3c-2019"];
    // The 2019 committee vote, counted from the reference file.
    let count = |c: &str| committee.values().filter(|v| *v == c).count();
    let (yes, no, abstain, absent) = (count("yes"), count("no"), count("abstain"), count("absent"));
    assert_eq!(yes + no + abstain + absent, 193);
    let html = unescape(&page());
    let toml = teach_toml();
    let mut checked = 0;
    let mut committee_checked = false;
    for step in toml["step"].as_array().unwrap() {
        for q in step["question"].as_array().unwrap() {
            let raw = q["answer"].as_str().unwrap();
            if !raw.contains('{') {
                continue;
            }
            let Some(expected) = fill_from_reference(raw, &lists) else {
                continue;
            };
            let expected = expected.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                html.contains(&expected),
                "teach.html should say, from the reference lists: {expected}"
            );
            checked += 1;
            committee_checked |= raw.contains("{yes:3c-2019}") && raw.contains("{no:3c-2019}");
        }
    }
    assert!(
        checked >= 3,
        "{checked} answers checked against the reference"
    );
    assert!(
        committee_checked,
        "an answer gives the 2019 committee vote's counts"
    );
    // And the committee result, in the numbers a reader sees.
    for n in [yes, no, abstain, absent] {
        assert!(html.contains(&format!(" {n} ")), "{n} is on the page");
    }
}

#[test]
fn no_placeholder_is_left_unfilled() {
    let html = page();
    assert!(
        !html.contains('{') && !html.contains('}'),
        "a brace is left"
    );
}

#[test]
fn the_lesson_plan_takes_forty_five_minutes() {
    let html = page();
    let minutes: Vec<u32> = html
        .match_indices("data-minutes=\"")
        .map(|(at, key)| {
            let rest = &html[at + key.len()..];
            rest[..rest.find('"').unwrap()].parse().unwrap()
        })
        .collect();
    assert!(minutes.len() >= 3, "{minutes:?}");
    assert!(minutes.iter().all(|&m| m > 0));
    assert_eq!(minutes.iter().sum::<u32>(), LESSON);
    assert!(html.contains(&format!("data-total=\"{LESSON}\">{LESSON}<")));
    // Every path step belongs to one part of the plan, linked from it.
    for slug in strings(&teach_toml()["path"]) {
        assert_eq!(
            html.matches(&format!("<a href=\"#path-{slug}\">")).count(),
            1,
            "{slug} in the plan once"
        );
    }
}

#[test]
fn the_worksheet_has_a_blank_map_of_every_member_state_a_row_to_fill_and_three_exit_questions() {
    let html = page();
    let sheet = &html[html
        .find("<section class=\"teach-worksheet\"")
        .expect("a worksheet")..];
    let map = &sheet[sheet.find("<svg class=\"teach-map\"").unwrap()..];
    let map = &map[..map.find("</svg>").unwrap()];
    let members = common::csv_cells(&std::fs::read_to_string("data/members.csv").unwrap());
    for row in &members[1..] {
        let iso3 = &row[members[0].iter().position(|c| c == "iso3").unwrap()];
        assert!(
            map.contains(&format!("data-iso3=\"{iso3}\"")),
            "{iso3} is on the blank map"
        );
    }
    // Blank: nothing coloured by a vote or filled in the markup.
    for paint in ["data-vote", "fill=", "style="] {
        assert!(!map.contains(paint), "the blank map carries {paint}");
    }
    assert!(map.contains("role=\"img\" aria-label=\""));
    let find = &sheet[sheet.find("<table class=\"teach-find\">").unwrap()..];
    let find = &find[..find.find("</table>").unwrap()];
    assert_eq!(find.matches("<th scope=\"col\">").count(), 3);
    assert!(
        find.contains("18 November 2019") && find.contains("sign"),
        "{find}"
    );
    assert!(find.contains("<td></td><td></td></tr>"), "blanks to fill");
    let exit = &sheet[sheet.find("<ol class=\"teach-exit\">").unwrap()..];
    let exit = &exit[..exit.find("</ol>").unwrap()];
    assert_eq!(exit.matches("<li>").count(), 3);
}

#[test]
fn the_embed_code_frames_the_class_path_at_500_pixels_and_names_no_other_mode() {
    let html = unescape(&page());
    let path = strings(&teach_toml()["path"]).join(",");
    let src = format!("index.html?steps={path}&amp;embed=1\"");
    let code = &html[html
        .find("<iframe src=\"")
        .expect("the iframe code is shown")..];
    let code = &code[..code.find("</iframe>").unwrap()];
    assert!(code.contains(&src), "{code}");
    assert!(code.contains("height=\"500\""), "{code}");
    assert!(
        html.contains(&format!("<a href=\"index.html?steps={path}\">")),
        "the plain link"
    );
    for mode in ["guess=", "present="] {
        assert!(!html.contains(mode), "{mode} is not offered");
    }
}

#[test]
fn with_site_url_the_embed_code_is_absolute() {
    let dir = common::dist_with_template("teach-site-url");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .env("SITE_URL", "https://example.org/uncyber")
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = unescape(&std::fs::read_to_string(dir.join("teach.html")).unwrap());
    assert!(html.contains("<iframe src=\"https://example.org/uncyber/index.html?steps="));
    assert!(!html.contains("YOUR-HOST"));
}

#[test]
fn the_key_terms_are_glossary_entries_linked_to_the_glossary_page() {
    let html = page();
    let ids = strings(&teach_toml()["terms"]["ids"]);
    assert!(!ids.is_empty());
    let glossary: toml::Table =
        toml::from_str(&std::fs::read_to_string("content/glossary.toml").unwrap()).unwrap();
    let terms = glossary["term"].as_array().unwrap();
    for id in ids {
        let term = terms
            .iter()
            .find(|t| t["id"].as_str() == Some(&id))
            .unwrap_or_else(|| panic!("{id} is in the glossary"));
        let name = term["term"].as_str().unwrap();
        assert!(
            html.contains(&format!(
                "<dt><a href=\"glossary.html#{id}\">{name}</a></dt>"
            )),
            "{id}"
        );
    }
}

/// The build's check of content/teach.toml, on an edited copy.
fn check(text: &str) -> Result<(), String> {
    let data = build_support::dataset::load(Path::new("data")).unwrap();
    let story = build_support::content::load(Path::new("."), &data).unwrap();
    build_support::teach::parse("content/teach.toml", text, &data, &story)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[test]
fn the_build_refuses_a_broken_teach_toml_with_the_file_and_the_reason() {
    let text = std::fs::read_to_string("content/teach.toml").unwrap();
    assert_eq!(check(&text), Ok(()));
    let first_step = text.find("[[step]]").unwrap();
    let second_step = first_step + 1 + text[first_step + 1..].find("[[step]]").unwrap();
    let first_question = text.find("[[step.question]]").unwrap();
    let second_question = first_question
        + 1
        + text[first_question + 1..]
            .find("[[step.question]]")
            .unwrap();
    let cases: Vec<(String, &str)> = vec![
        (
            text.replacen("  \"critics\",\n", "  \"no-such-step\",\n", 1),
            "`no-such-step`, which is no step's slug",
        ),
        (
            text.replacen("minutes = 5\n", "minutes = 6\n", 1),
            "add up to 46, not 45",
        ),
        (
            text.replacen("{yes:3c-2019}", "{yes:3c-2099}", 1),
            "there is no vote `3c-2099`",
        ),
        (
            text.replacen("{yes:3c-2019}", "{yes:3c-2019", 1),
            "is not a known placeholder",
        ),
        (
            text.replacen("{yes:3c-2019}", "88", 1),
            "`88` is a number typed by hand",
        ),
        (
            // The first step keeps one question of its three, then two.
            format!(
                "{}{}",
                &text[..first_question],
                &text[text[..second_step].rfind("[[step.question]]").unwrap()..]
            ),
            "needs 2 or 3 questions, not 1",
        ),
        (
            format!(
                "{}answer = \"\"\n{}",
                &text[..text[first_question..].find("answer = ").unwrap() + first_question],
                &text[second_question - 1..]
            ),
            "has no answer",
        ),
        (
            // A path step whose [[step]] is gone.
            format!("{}{}", &text[..first_step], &text[second_step..]),
            "`committee-vote` has no [[step]]",
        ),
    ];
    for (broken, says) in cases {
        let e = check(&broken).expect_err(says);
        assert!(
            e.starts_with("content/teach.toml:") && e.contains(says),
            "expected “{says}”, got: {e}"
        );
    }
}

/// Every language's teacher's page, as the build loads it.
fn translated(root: &Path, lang: &str) -> Result<build_support::teach::Teach, String> {
    let data = build_support::dataset::load(Path::new("data")).unwrap();
    let story = build_support::content::load(Path::new("."), &data).unwrap();
    build_support::teach::load_translation(root, lang, &data, &story).map_err(|e| e.to_string())
}

#[test]
fn every_language_translates_the_teachers_page_on_the_englishs_path_and_plan() {
    let data = build_support::dataset::load(Path::new("data")).unwrap();
    let story = build_support::content::load(Path::new("."), &data).unwrap();
    let english = build_support::teach::load(Path::new("."), &data, &story).unwrap();
    for lang in build_support::translations::LANGS {
        let t = translated(Path::new("."), lang).unwrap_or_else(|e| panic!("{lang}: {e}"));
        assert_eq!(t.path, english.path, "{lang}");
        assert_eq!(t.terms.ids, english.terms.ids, "{lang}");
        let minutes =
            |t: &build_support::teach::Teach| t.plan.iter().map(|p| p.minutes).collect::<Vec<_>>();
        assert_eq!(minutes(&t), minutes(&english), "{lang}");
        assert_ne!(t.title, english.title, "{lang}: the title is translated");
        for (s, en) in t.step.iter().zip(&english.step) {
            for (q, en) in s.question.iter().zip(&en.question) {
                assert_ne!(q.ask, en.ask, "{lang}: {}", en.ask);
                assert!(!q.answer.contains(['{', '}']), "{lang}: {}", q.answer);
            }
        }
        // The counts the English answers give are the ones the language's give.
        let first = &english.step[0].question[0].answer;
        let numbers = |s: &str| {
            s.split(|c: char| !c.is_ascii_digit())
                .filter(|n| n.len() >= 2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let shown = &t.step[0].question[0].answer;
        for n in numbers(first) {
            assert!(shown.contains(&n), "{lang}: {n} in {shown}");
        }
    }
}

#[test]
fn the_build_refuses_a_stale_or_broken_translation_of_the_teachers_page() {
    let refused = |name: &str, edit: &dyn Fn(String) -> String| {
        let root =
            common::scratch_translations(&["fr"], "teach.toml", &format!("teach-{name}"), edit);
        for file in ["content/teach.toml", "content/fr/words.toml"] {
            std::fs::copy(file, root.join(file)).unwrap();
        }
        let result = translated(&root, "fr");
        let _ = std::fs::remove_dir_all(&root);
        result.expect_err("the build should refuse it")
    };
    let message = refused("stale", &|t| {
        t.replacen("english_hash = \"", "english_hash = \"0", 1)
    });
    assert!(
        message.contains("content/fr/teach.toml") && message.contains("is stale"),
        "{message}"
    );
    let message = refused("minutes", &|t| {
        t.replacen("minutes = 5\n", "minutes = 6\n", 1)
    });
    assert!(message.contains("class path, plan"), "{message}");
    let message = refused("placeholder", &|t| t.replacen("{yes:3c-2019}", "", 1));
    assert!(message.contains("placeholders differ"), "{message}");
    let message = refused("number", &|t| {
        t.replacen("{yes:3c-2019}", "{yes:3c-2019} 1234", 1)
    });
    assert!(
        message.contains("`1234` is a number the English does not have"),
        "{message}"
    );
}
