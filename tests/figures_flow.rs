//! The flow figure (2019 vote → 2025 signatures) and the double-yes matrix,
//! every number recounted here from ../shared/reference (never from the
//! data under test): the tables' cells, their totals, the bands' widths,
//! and the labels' boxes, which must never overlap.

mod common;
#[path = "figures/html.rs"]
mod html;
#[path = "figures/reference.rs"]
mod reference;

use html::{between, path_numbers, plain, svg_texts, table_cells};
use reference::{
    count, published, recount, reference_status, reference_vote, require, STATUS_WORDS, VOTE_WORDS,
};
use uncyber::data;
use uncyber::model::compare::both_yes;
use uncyber::model::figures::flow::Flow;
use uncyber::model::figures::flow_layout::{layout, FONT_SIZE, MIN_WIDTH_PX, UNIT, VIEW_WIDTH};
use uncyber::model::{Choice, Vote};
use uncyber::widgets::figures::flow::flow_html;
use uncyber::widgets::figures::matrix::matrix_html;

const COMMITTEE_2019: &str = "2019-11-18-third-committee.csv";

fn vote(id: &str) -> &'static Vote {
    data::vote(id).unwrap_or_else(|| panic!("the data has {id}"))
}

fn flow_2019() -> uncyber::html::Html {
    flow_html(vote("3c-2019"), data::signature_record().unwrap())
}

#[test]
fn a_missing_reference_folder_fails_the_tests() {
    let missing = std::panic::catch_unwind(|| require("../shared/no-such-reference"));
    let message = missing.expect_err("a missing folder must fail");
    let text = message.downcast_ref::<String>().unwrap();
    assert!(text.contains("is missing"), "{text}");
}

#[test]
fn the_flow_table_equals_the_reference_recount_and_the_published_tally() {
    let (committee, status) = (reference_vote(COMMITTEE_2019), reference_status());
    let html = flow_2019();
    assert!(html.starts_with("<figure class=\"flow-figure\" data-figure=\"flow\">"));
    let tables = between(&html, "<table", "</table>");
    assert_eq!(tables.len(), 1);
    assert!(tables[0].starts_with(" class=\"figure-table\"><caption>"));
    let cells = table_cells(tables[0]);
    let [yes, no, abstain] = published(COMMITTEE_2019);
    let published = [yes, no, abstain, 193 - yes - no - abstain];
    assert_eq!(published, [88, 58, 34, 13]);
    for (row, want_total) in VOTE_WORDS.into_iter().zip(published) {
        let mut sum = 0;
        for col in STATUS_WORDS {
            let want = recount(&committee, &status, row, col);
            assert_eq!(cells[row][col], want.to_string(), "{row} → {col}");
            sum += want;
        }
        assert_eq!(sum, want_total, "{row}");
        assert_eq!(cells[row]["Total"], want_total.to_string(), "{row}");
    }
    // Each status its own column: unknown and no record never counted as
    // "not signed".
    for col in STATUS_WORDS {
        assert_eq!(
            cells["Total"][col],
            count(&status, col).to_string(),
            "{col}"
        );
    }
    assert_eq!(cells["Total"]["Total"], "193");
    assert_eq!(cells.len(), 5);
}

#[test]
fn the_flow_caption_and_labels_say_what_the_figure_shows() {
    let (a, b) = (vote("3c-2019"), data::signature_record().unwrap());
    let html = flow_2019();
    let caption = plain(between(&html, "<figcaption>", "</figcaption>")[0]);
    for words in [a.symbol, a.date_label, b.date_label] {
        assert!(caption.contains(words), "{words} not in {caption}");
    }
    let (committee, status) = (reference_vote(COMMITTEE_2019), reference_status());
    let labels = svg_texts(&html, "flow-label");
    assert_eq!(labels.len(), 8);
    for (c, (vote_words, status_words)) in Choice::ALL
        .into_iter()
        .zip(VOTE_WORDS.into_iter().zip(STATUS_WORDS))
    {
        // Each count as of its own date, where the data has one.
        if !b.as_of_words(c).is_empty() {
            assert!(caption.contains(&b.dated_label(c)), "{caption}");
        }
        // Each block's label: glyph, words, then the recounted number.
        let left = format!(
            "{} {vote_words} {}",
            a.glyph(c),
            count(&committee, vote_words)
        );
        let right = format!(
            "{} {status_words} {}",
            b.glyph(c),
            count(&status, status_words)
        );
        assert!(labels.contains(&left), "{left} not in {labels:?}");
        assert!(labels.contains(&right), "{right} not in {labels:?}");
    }
    let headings = svg_texts(&html, "flow-heading").join(" ");
    assert!(headings.contains(a.symbol), "{headings}");
}

#[test]
fn every_band_and_block_is_as_thick_as_its_count() {
    let (committee, status) = (reference_vote(COMMITTEE_2019), reference_status());
    let html = flow_2019();
    let mut total = 0;
    for band in between(&html, "<path class=\"flow-band", "</path>") {
        let d = between(band, " d=\"", "\"")[0];
        let n = path_numbers(d);
        assert_eq!(n.len(), 16, "{d}");
        // Its two ends: (y0, y0') at the left, (y1, y1') at the right.
        let (left, right) = (n[15] - n[1], n[9] - n[7]);
        // The title names the pair in words: "36: Yes → Signed".
        let title = between(band, "<title>", "</title>")[0];
        let (n_states, pair) = title.split_once(": ").unwrap();
        let (row, col) = pair.split_once(" → ").unwrap();
        let want = recount(&committee, &status, row, col);
        assert_eq!(n_states, want.to_string(), "{title}");
        assert!(band.contains(&format!("data-count=\"{want}\"")), "{band}");
        for end in [left, right] {
            assert!((end - want as f32 * UNIT).abs() < 0.02, "{title}: {end}");
        }
        total += want;
    }
    assert_eq!(total, 193);
    for block in between(&html, "<rect class=\"flow-block", "</rect>") {
        let attr = |name: &str| between(block, &format!(" {name}=\""), "\"")[0];
        let n: f32 = attr("data-count").parse().unwrap();
        let height: f32 = attr("height").parse().unwrap();
        assert!((height - n * UNIT).abs() < 0.02, "{block}");
    }
}

#[test]
fn no_two_labels_overlap_and_the_text_is_readable_on_a_phone() {
    const { assert!(FONT_SIZE * MIN_WIDTH_PX / VIEW_WIDTH >= 12.0) };
    // Every pair of records the data has, not just the story's.
    for a in data::votes() {
        for b in data::votes() {
            let lay = layout(&Flow::between(a, b));
            let (plot_left, plot_right) = (lay.left[0].rect.x, lay.right[0].rect.right());
            let bands = lay.right[0].rect.x - lay.left[0].rect.right();
            assert!(
                bands >= 60.0,
                "{} → {}: bands only {bands} wide",
                a.id,
                b.id
            );
            let heads_bottom = lay.labels[0].rect.bottom().max(lay.labels[1].rect.bottom());
            assert!(lay.left[0].rect.y >= heads_bottom && lay.right[0].rect.y >= heads_bottom);
            for (i, l) in lay.labels.iter().enumerate() {
                let (r, what) = (l.rect, format!("{} → {}: {:?}", a.id, b.id, l.lines));
                assert!(
                    r.x >= 0.0 && r.right() <= lay.width,
                    "{what} leaves the figure"
                );
                assert!(
                    r.y >= 0.0 && r.bottom() <= lay.height,
                    "{what} leaves the figure"
                );
                // Block labels beside the blocks and bands, never over them.
                if l.count.is_some() {
                    assert!(
                        r.right() <= plot_left || r.x >= plot_right,
                        "{what} covers the bands"
                    );
                    assert!(r.y >= heads_bottom, "{what} covers a heading");
                }
                for other in &lay.labels[i + 1..] {
                    assert!(
                        !r.overlaps(&other.rect),
                        "{what} overlaps {:?}",
                        other.lines
                    );
                }
            }
        }
    }
}

/// The rival texts of each year: US-led and Russia-led, with their
/// symbols and reference files.
const PAIRS: [[&str; 6]; 2] = [
    [
        "ga-73-266",
        "ga-73-27",
        "A/RES/73/266",
        "A/RES/73/27",
        "2018-12-22-plenary-A-RES-73-266.csv",
        "2018-12-05-plenary-A-RES-73-27.csv",
    ],
    [
        "ga-74-28",
        "ga-74-29",
        "A/RES/74/28",
        "A/RES/74/29",
        "2019-12-12-plenary-A-RES-74-28.csv",
        "2019-12-12-plenary-A-RES-74-29.csv",
    ],
];

#[test]
fn the_matrix_recounts_each_pair_with_the_us_led_text_as_rows() {
    for [us, ru, us_symbol, ru_symbol, us_file, ru_file] in PAIRS {
        let (us_votes, ru_votes) = (reference_vote(us_file), reference_vote(ru_file));
        let both = recount(&us_votes, &ru_votes, "Yes", "Yes");
        assert_eq!(both, both_yes(vote(us), vote(ru)).len(), "{us} {ru}");
        // Either order: the camp, not the order given, picks the rows.
        for html in [
            matrix_html(&[(vote(us), vote(ru))]),
            matrix_html(&[(vote(ru), vote(us))]),
        ] {
            assert!(html.contains("data-figure=\"matrix\""));
            let summary = format!(
                "<p class=\"matrix-summary\">Yes on both {us_symbol} and {ru_symbol}: <strong>{both} of 193</strong></p>"
            );
            assert!(html.contains(&summary), "{summary}\n{html}");
            let table = between(&html, "<table", "</table>")[0];
            let caption = plain(between(table, "<caption>", "</caption>")[0]);
            let year = &vote(us).date[..4];
            assert!(
                caption.starts_with(&format!("{year}: rows, {us_symbol}, ")),
                "{caption}"
            );
            assert!(
                caption.contains(&format!("; columns, {ru_symbol}, ")),
                "{caption}"
            );
            let cells = table_cells(table);
            for row in VOTE_WORDS {
                for col in VOTE_WORDS {
                    let want = recount(&us_votes, &ru_votes, row, col);
                    assert_eq!(cells[row][col], want.to_string(), "{us} {row} × {ru} {col}");
                }
                assert_eq!(cells[row]["Total"], count(&us_votes, row).to_string());
                assert_eq!(cells["Total"][row], count(&ru_votes, row).to_string());
            }
            assert_eq!(cells["Total"]["Total"], "193");
            // Yes on both, and only it, emphasised.
            let strong = format!(
                "<td class=\"matrix-both-yes\" data-row=\"yes\" data-col=\"yes\"><strong>{both}</strong></td>"
            );
            assert_eq!(html.matches("matrix-both-yes").count(), 1);
            assert!(html.contains(&strong), "{strong}");
        }
    }
}

#[test]
fn the_story_matrix_holds_both_years_in_order() {
    let pairs: Vec<(&Vote, &Vote)> = PAIRS.iter().map(|p| (vote(p[0]), vote(p[1]))).collect();
    let html = matrix_html(&pairs);
    assert_eq!(html.matches("<table").count(), 2);
    let caption = plain(between(&html, "<figcaption>", "</figcaption>")[0]);
    assert!(
        caption.contains("A/RES/73/266 and A/RES/73/27 (2018)"),
        "{caption}"
    );
    assert!(
        caption.contains("A/RES/74/28 and A/RES/74/29 (2019)"),
        "{caption}"
    );
    assert!(html.find("A/RES/73/266").unwrap() < html.find("A/RES/74/28").unwrap());
}
