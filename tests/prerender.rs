//! The static-page writer run as a program: absolute preview addresses
//! with SITE_URL, a clear refusal of a bad one, preview pictures that carry
//! the step's title and result.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Command;
use uncyber::data;

use common::dist_with_template;

fn meta(html: &str, property: &str) -> String {
    let key = format!("property=\"{property}\" content=\"");
    let key = if html.contains(&key) {
        key
    } else {
        format!("name=\"{property}\" content=\"")
    };
    let start = html.find(&key).unwrap_or_else(|| panic!("no {property}")) + key.len();
    html[start..start + html[start..].find('"').unwrap()].to_string()
}

#[test]
fn with_site_url_every_preview_address_is_absolute() {
    let dir = dist_with_template("absolute");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .env("SITE_URL", "https://example.org/explainers/un-cyber")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for step in data::steps() {
        let html = std::fs::read_to_string(dir.join(format!("step-{}.html", step.slug))).unwrap();
        let page = format!("https://example.org/explainers/un-cyber/step-{}", step.slug);
        assert_eq!(meta(&html, "og:image"), format!("{page}.png"));
        assert_eq!(meta(&html, "twitter:image"), format!("{page}.png"));
        assert_eq!(meta(&html, "og:url"), format!("{page}.html"));
        assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{page}.html\">")));
        assert!(dir.join(format!("step-{}.png", step.slug)).is_file());
        // Presenter mode's code to scan names the step's absolute address.
        let code = std::fs::read_to_string(dir.join(format!("qr-{}.html", step.slug))).unwrap();
        let part = uncyber::html::fill::lift(&code, "qr").expect("the code's part");
        assert!(part.contains(&format!("aria-label=\"QR code of {page}.html\"")));
        assert!(part.contains(&format!("<a href=\"{page}.html\">")));
        let side: usize = part["<svg class=\"qr-code\" viewBox=\"0 0 ".len()..]
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            (29..=80).contains(&side),
            "a code of {side} modules with its margin"
        );
        assert!(part.matches("h1v1h-1z").count() > 100, "dark modules drawn");
    }
}

#[test]
fn without_site_url_addresses_stay_relative_and_the_build_says_so() {
    let dir = dist_with_template("relative");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .env_remove("SITE_URL")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("SITE_URL is not set"));
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert_eq!(
        meta(&html, "og:image"),
        format!("step-{}.png", data::steps()[0].slug)
    );
    assert!(!html.contains("og:url"));
}

#[test]
fn a_malformed_site_url_is_refused_with_a_message() {
    for bad in [
        "example.org/x/",
        "javascript:alert(1)",
        "https://x.org/\"><script>",
    ] {
        let dir = dist_with_template("bad");
        let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
            .arg(&dir)
            .env("SITE_URL", bad)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{bad} was accepted");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("SITE_URL must be an http(s) address")
        );
    }
}

#[test]
fn the_data_downloads_are_written_beside_the_pages_and_linked_from_each() {
    use uncyber::widgets::downloads::files::{dataset_json, votes_csv, CSV_FILE, JSON_FILE};
    let dir = dist_with_template("downloads");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let csv = std::fs::read_to_string(dir.join(CSV_FILE)).unwrap();
    assert_eq!(csv, votes_csv(data::members(), data::votes()));
    assert_eq!(csv.trim_end().lines().count(), 1 + data::members().len());
    let json = std::fs::read_to_string(dir.join(JSON_FILE)).unwrap();
    assert_eq!(json, dataset_json(data::members(), data::votes()));
    // Every page links them, for readers without JavaScript.
    for step in data::steps() {
        let html = std::fs::read_to_string(dir.join(format!("step-{}.html", step.slug))).unwrap();
        assert!(
            html.contains(&format!("href=\"{CSV_FILE}\" download")),
            "{}",
            step.slug
        );
        assert!(
            html.contains(&format!("href=\"{JSON_FILE}\" download")),
            "{}",
            step.slug
        );
    }
}

/// A palette PNG as rows of RGB pixels (what the preview writer produces:
/// 8-bit, colour type 3, not interlaced).
fn decode_png(bytes: &[u8]) -> (usize, usize, Vec<[u8; 3]>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let info = reader.info();
    assert_eq!(
        (info.bit_depth, info.color_type, info.interlaced),
        (png::BitDepth::Eight, png::ColorType::Indexed, false),
        "8-bit palette, no interlace"
    );
    let (width, height) = (info.width as usize, info.height as usize);
    let palette: Vec<[u8; 3]> = info
        .palette
        .as_deref()
        .expect("a palette")
        .chunks(3)
        .map(|c| [c[0], c[1], c[2]])
        .collect();
    // No transformation asked: each byte is a palette index.
    let mut indexes = vec![0; reader.output_buffer_size().unwrap()];
    reader.next_frame(&mut indexes).expect("the pixels decode");
    assert_eq!(indexes.len(), width * height);
    let pixels = indexes.iter().map(|&i| palette[usize::from(i)]).collect();
    (width, height, pixels)
}

/// Text ink: dark and neutral, unlike any vote colour or the land.
fn is_ink([r, g, b]: [u8; 3]) -> bool {
    r.max(g).max(b) < 120 && r.max(g).max(b) - r.min(g).min(b) < 24
}

/// The ink pixels within `rows`, and the leftmost and rightmost column
/// holding one.
fn ink_in_rows(
    picture: &(usize, usize, Vec<[u8; 3]>),
    rows: std::ops::Range<usize>,
) -> (usize, usize, usize) {
    let (width, _, pixels) = picture;
    let (mut count, mut left, mut right) = (0, usize::MAX, 0);
    for row in rows {
        for col in 0..*width {
            if is_ink(pixels[row * width + col]) {
                count += 1;
                left = left.min(col);
                right = right.max(col);
            }
        }
    }
    (count, left, right)
}

fn pictures(name: &str) -> Vec<(usize, usize, Vec<[u8; 3]>)> {
    let dir = dist_with_template(name);
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    data::steps()
        .iter()
        .map(|step| {
            decode_png(&std::fs::read(dir.join(format!("step-{}.png", step.slug))).unwrap())
        })
        .collect()
}

/// Rows of the title's first line and of the result line: the map used to
/// reach up into the first and a bar filled the second, neither with text.
const TITLE_ROWS: std::ops::Range<usize> = 0..70;
const RESULT_ROWS: std::ops::Range<usize> = 565..630;

#[test]
fn every_preview_picture_writes_its_title_above_the_map_and_the_result_below() {
    let steps = data::steps();
    let pictures = pictures("text");
    for (step, picture) in steps.iter().zip(&pictures) {
        assert_eq!((picture.0, picture.1), (1200, 630));
        let (title_ink, left, _) = ink_in_rows(picture, TITLE_ROWS);
        assert!(title_ink > 1500, "{}: {title_ink} title pixels", step.slug);
        assert!(
            left < 60,
            "{}: the title starts at the left margin, not {left}",
            step.slug
        );
        let (result_ink, _, _) = ink_in_rows(picture, RESULT_ROWS);
        assert!(
            result_ink > 1500,
            "{}: {result_ink} result pixels",
            step.slug
        );
        // The key: each choice's colour beside its count.
        let (width, _, pixels) = picture;
        // The signatures have three: signed, not signed, status unknown.
        let keys: &[[u8; 3]] = if data::step_vote(step).is_signatures() {
            &[[0, 114, 178], [184, 74, 0], [138, 143, 152]]
        } else {
            &[[0, 114, 178], [184, 74, 0], [201, 130, 0], [138, 143, 152]]
        };
        for &colour in keys {
            assert!(
                RESULT_ROWS
                    .flat_map(|r| (0..*width).map(move |c| r * width + c))
                    .any(|i| pixels[i] == colour),
                "{}: no key in {colour:?}",
                step.slug
            );
        }
        // Dark text, and the map still large between the two.
        let map_rows = (TITLE_ROWS.end + 80)..(RESULT_ROWS.start - 60);
        let coloured = map_rows
            .flat_map(|r| (0..*width).map(move |c| r * width + c))
            .filter(|&i| pixels[i] != [255, 255, 255] && !is_ink(pixels[i]))
            .count();
        assert!(coloured > 80_000, "{}: {coloured} map pixels", step.slug);
    }
}

#[test]
fn a_longer_title_is_drawn_wider_and_steps_sharing_a_vote_share_the_result_but_not_the_title() {
    let steps = data::steps();
    let pictures = pictures("titles");
    let extent = |i: usize| {
        let (_, left, right) = ink_in_rows(&pictures[i], TITLE_ROWS);
        right.saturating_sub(left)
    };
    let chars = |i: usize| steps[i].title.chars().count();
    let longest = (0..steps.len()).max_by_key(|&i| chars(i)).unwrap();
    let shortest = (0..steps.len()).min_by_key(|&i| chars(i)).unwrap();
    assert!(
        extent(longest) > extent(shortest) + 200,
        "{:?} is drawn no wider than {:?}",
        steps[longest].title,
        steps[shortest].title
    );
    // Two steps on the same vote: the same result line, different titles.
    let (a, b) = (0..steps.len())
        .flat_map(|a| (a + 1..steps.len()).map(move |b| (a, b)))
        .find(|&(a, b)| {
            data::step_vote(&steps[a]).id == data::step_vote(&steps[b]).id
                && steps[a].title != steps[b].title
        })
        .expect("two steps share a vote");
    let rows =
        |i: usize, r: std::ops::Range<usize>| pictures[i].2[r.start * 1200..r.end * 1200].to_vec();
    assert_ne!(
        rows(a, TITLE_ROWS),
        rows(b, TITLE_ROWS),
        "{} and {}",
        steps[a].slug,
        steps[b].slug
    );
    assert_eq!(rows(a, RESULT_ROWS), rows(b, RESULT_ROWS));
}

#[test]
fn votes_with_different_results_get_different_result_lines() {
    let steps = data::steps();
    let pictures = pictures("results");
    let result_rows = |i: usize| pictures[i].2[RESULT_ROWS.start * 1200..].to_vec();
    for a in 0..steps.len() {
        for b in a + 1..steps.len() {
            let (va, vb) = (data::step_vote(&steps[a]), data::step_vote(&steps[b]));
            if va.tally() != vb.tally() {
                assert_ne!(
                    result_rows(a),
                    result_rows(b),
                    "{} and {}",
                    steps[a].slug,
                    steps[b].slug
                );
            }
        }
    }
}

#[test]
fn the_preview_image_alt_text_names_the_title_and_the_counts() {
    let dir = dist_with_template("alt");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    for step in data::steps() {
        let html = std::fs::read_to_string(dir.join(format!("step-{}.html", step.slug))).unwrap();
        let t = data::step_vote(step).tally();
        let counts = if data::step_vote(step).is_signatures() {
            format!(
                "{} signed, {} not signed, {} no signature on record, {} status unknown",
                t.yes, t.no, t.abstain, t.absent
            )
        } else {
            format!(
                "{} yes, {} no, {} abstained, {} did not vote",
                t.yes, t.no, t.abstain, t.absent
            )
        };
        for property in ["og:image:alt", "twitter:image:alt"] {
            let alt = meta(&html, property);
            assert!(
                alt.starts_with(uncyber::html::Html::text(step.title).as_str()),
                "{alt}"
            );
            assert!(alt.contains(&counts), "{alt} lacks {counts}");
            // A signature picture says the date its counts are true as of.
            if data::step_vote(step).is_signatures() {
                let date = data::step_vote(step).date_label;
                assert!(date.starts_with("signatures as of "), "{date}");
                assert!(alt.contains(date), "{alt} lacks {date}");
            }
            assert!(!alt.contains("?.") && !alt.contains(".."), "{alt}");
        }
    }
}

#[test]
fn the_preview_font_is_compiled_in_from_a_font_crate_never_looked_up_on_the_system() {
    let text = include_str!("../src/bin/prerender/preview_text.rs");
    assert!(text.contains("epaint_default_fonts::UBUNTU_LIGHT"));
    let sources = [
        text,
        include_str!("../src/bin/prerender/preview_image.rs"),
        include_str!("../src/bin/prerender/main.rs"),
    ];
    for source in sources {
        for lookup in [
            "/usr/share/fonts",
            "fontconfig",
            "fontdb",
            "font_kit",
            ".ttf\"",
            ".otf\"",
            "FONT_PATH",
        ] {
            assert!(
                !source.contains(lookup),
                "a prerender source mentions {lookup}"
            );
        }
    }
    // No font discovery crate anywhere in the build.
    let lock = include_str!("../Cargo.lock");
    for lookup in [
        "fontdb",
        "font-kit",
        "fontconfig",
        "system-fonts",
        "font-loader",
    ] {
        assert!(
            !lock.contains(&format!("name = \"{lookup}")),
            "Cargo.lock has {lookup}"
        );
    }
}

/// The reference signature file's working notes (its `source` and `note`
/// cells, cut at their separators), less the web addresses in them, which
/// the downloads keep: phrases such as "visible through 'Jamaica'".
fn working_notes() -> Vec<String> {
    const REFERENCE: &str = "../shared/reference/un-votes/other/2025-convention-signatures.csv";
    let text = std::fs::read_to_string(REFERENCE).unwrap_or_else(|e| {
        panic!("{REFERENCE} is needed to check what ships against its notes: {e}")
    });
    let mut notes: Vec<String> = Vec::new();
    for row in common::csv_cells(&text).iter().skip(1) {
        for cell in [&row[5], &row[7]] {
            for piece in cell.split([';', '|', '(', ')', '[', ']']) {
                let piece = piece.trim().trim_matches(['\'', '"', ',', '.', ' ']);
                let is_address =
                    piece.contains("http") || piece.contains(".html") || piece.contains(".xml");
                if piece.chars().count() >= 20 && !is_address && !notes.iter().any(|n| n == piece) {
                    notes.push(piece.to_string());
                }
            }
        }
    }
    assert!(notes.len() > 50, "the notes were read: {}", notes.len());
    notes
}

#[test]
fn no_file_the_build_writes_carries_a_working_note_of_the_reference_set() {
    let notes = working_notes();
    assert!(
        notes.iter().any(|n| n.contains("visible through")),
        "{notes:?}"
    );
    let dir = dist_with_template("notes");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue; // pictures
        };
        read += 1;
        for note in &notes {
            assert!(
                !text.contains(note.as_str()),
                "{} carries the working note {note:?}",
                path.display()
            );
        }
    }
    assert!(
        read > data::steps().len(),
        "the pages and downloads were read"
    );
}

#[test]
fn the_story_page_holds_every_steps_words_and_sources_as_the_app_lifts_them() {
    use uncyber::html::fill::lift;
    use uncyber::html::page::{HANDOUT_PAGE, STORY_PAGE};
    use uncyber::widgets::step::write::{paragraphs, sources_part, text_part};
    let dir = dist_with_template("story");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let story = std::fs::read_to_string(dir.join(STORY_PAGE)).unwrap();
    let handout = std::fs::read_to_string(dir.join(HANDOUT_PAGE)).unwrap();
    assert!(!story.contains("<script") && !handout.contains("<script"));
    for step in data::steps() {
        let words = paragraphs(step);
        assert!(!step.body.is_empty(), "{} has words", step.slug);
        assert_eq!(
            lift(&story, &text_part(step)),
            Some(words.as_str()),
            "the story page's words of {}",
            step.slug
        );
        // The step's own page carries the same part, which the app takes
        // from it at once when it starts there.
        let own = std::fs::read_to_string(dir.join(format!("step-{}.html", step.slug))).unwrap();
        assert_eq!(lift(&own, &text_part(step)), Some(words.as_str()));
        let sources = lift(&story, &sources_part(step)).expect("a sources part");
        assert_eq!(
            sources.matches("<li>").count(),
            step.sources.len(),
            "{}",
            step.slug
        );
        for s in step.sources {
            assert!(
                sources.contains(&s.url.replace('&', "&amp;")),
                "{}: {}",
                step.slug,
                s.url
            );
        }
        assert!(
            handout.contains(words.as_str()),
            "the handout has the words of {}",
            step.slug
        );
        assert!(story.contains(&format!("href=\"step-{}.html\"", step.slug)));
    }
    // The licence and the sources note, which the release app takes from a
    // page's static copy or from the story page, are parts of both.
    use uncyber::widgets::citations::write::{SOURCES_NOTE, SOURCES_NOTE_PART};
    use uncyber::widgets::downloads::files::{LICENCE, LICENCE_PART};
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    for page in [&story, &index] {
        assert_eq!(
            lift(page, LICENCE_PART),
            Some(uncyber::html::Html::text(LICENCE).as_str())
        );
        assert_eq!(
            lift(page, SOURCES_NOTE_PART),
            Some(uncyber::html::Html::text(SOURCES_NOTE).as_str())
        );
    }
    // The handout draws each step's vote as a map of every member state,
    // each with its outline (or its marker, for the smallest).
    let maps: Vec<&str> = handout.split("<svg class=\"print-map\"").skip(1).collect();
    let with_vote = data::steps().iter().filter(|s| s.vote.is_some()).count();
    assert_eq!(maps.len(), with_vote);
    for map in maps {
        let map = &map[..map.find("</svg>").unwrap()];
        let states: Vec<&str> = map.split("<g data-vote=").skip(1).collect();
        assert_eq!(states.len(), data::members().len());
        assert!(states
            .iter()
            .all(|g| g.contains("<path d=\"M") || g.contains("<circle")));
    }
}
