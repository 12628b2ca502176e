//! The "two tracks" figure (GGE and OEWG as lanes over time): its table
//! against content/tracks.toml, each vote's result recounted from the
//! reference lists in ../shared/reference/un-votes (never from the data
//! drawn), each date and source found in a confirmed entry of the fact
//! sheet, its boxes shown never to overlap, and the build's check of the
//! content file.

#[path = "../build_support/mod.rs"]
#[allow(dead_code)]
mod build_support;
#[path = "figures/facts.rs"]
mod facts;
#[path = "figures/html.rs"]
#[allow(dead_code)] // the flow figure's readers, not all needed here
mod html;
#[path = "figures/reference.rs"]
#[allow(dead_code)] // the flow figure's helpers, not all needed here
mod reference;
#[path = "figures/tracks_content.rs"]
mod tracks_content;
#[path = "figures/tracks_layout.rs"]
mod tracks_layout;
#[path = "figures/tracks_marks.rs"]
mod tracks_marks;

use html::{between, plain, svg_texts};
use reference::{count, reference_vote, require, VOTE_WORDS};
use uncyber::data;
use uncyber::model::figures::tracks::{Track, TrackEvent};
use uncyber::widgets::figures::tracks::tracks_html;

/// What figures/reference.rs reads its lists with: the build's one CSV
/// reader, here through `build_support` (tests/common loads it a second time).
mod common {
    pub use crate::shared::MONTHS;

    pub fn csv_cells(text: &str) -> Vec<Vec<String>> {
        crate::build_support::csv::cells(text)
            .unwrap_or_else(|e| panic!("a CSV file the tests read is malformed: {e}"))
    }
}

// For the month names only: it loads the build's CSV reader a second time,
// which `build_support` above already holds.
#[path = "common/mod.rs"]
#[allow(dead_code, clippy::duplicate_mod)]
mod shared;

const CONTENT: &str = "content/tracks.toml";
const VOTES: &str = "../shared/reference/un-votes";

pub fn events() -> &'static [TrackEvent] {
    data::track_events()
}

/// content/tracks.toml's events as written: (date, source, vote id).
fn written() -> Vec<(String, String, Option<String>)> {
    let table: toml::Table = toml::from_str(&std::fs::read_to_string(CONTENT).unwrap()).unwrap();
    let field = |e: &toml::Value, k: &str| e.get(k).and_then(|v| v.as_str()).map(str::to_string);
    table["event"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                field(e, "date").unwrap(),
                field(e, "source").unwrap(),
                field(e, "vote"),
            )
        })
        .collect()
}

/// The table's rows, in order, each as its cells' text (the date first).
fn table_rows(html: &str) -> Vec<Vec<String>> {
    let table = between(html, "<table", "</table>")[0];
    let cell = |c: &&str| plain(&format!("<{c}"));
    between(table, "<tbody>", "</tbody>")[0]
        .split("</tr>")
        .filter(|r| r.contains("<th"))
        .map(|r| {
            let (head, cells) = (between(r, "<th", "</th>"), between(r, "<td", "</td>"));
            head.iter().chain(&cells).map(cell).collect()
        })
        .collect()
}

#[test]
fn every_event_is_in_the_table_and_the_list_with_its_date_and_source() {
    let html = tracks_html(events(), None);
    assert!(html.starts_with("<figure class=\"tracks-figure\" data-figure=\"tracks\">"));
    assert!(!html.contains("tracks-em") && !html.contains("data-highlight"));
    let table = between(&html, "<table", "</table>")[0];
    assert!(table.starts_with(" class=\"figure-table\"><caption>"));
    let rows = table_rows(&html);
    let items = between(&html, "<li ", "</li>");
    let written = written();
    assert_eq!(rows.len(), written.len());
    assert_eq!(items.len(), written.len());
    for ((e, row), item) in events().iter().zip(&rows).zip(&items) {
        assert_eq!(row[0], e.date_label, "{row:?}");
        assert_eq!(row[1], e.track.name(), "{row:?}");
        assert_eq!(row[2], e.label, "{row:?}");
        let link = format!("<a href=\"{}\">", e.source);
        assert_eq!(table.matches(&link).count(), 1, "{link}");
        assert!(plain(&format!("<{item}")).starts_with(&format!(
            "{}, {}: {}",
            e.date_label,
            e.track.short(),
            e.label
        )));
    }
    // The table shows the file's own dates and sources, in its order.
    for (e, (date, source, vote)) in events().iter().zip(&written) {
        assert_eq!(
            (e.date, e.source, e.vote),
            (date.as_str(), source.as_str(), vote.as_deref())
        );
    }
    let titles = svg_texts(&html, "tracks-title");
    assert_eq!(titles, [Track::Gge.name(), Track::Oewg.name()]);
}

/// A vote's list in the reference set, by its symbol ("ga-73-27" is
/// A/RES/73/27), among the verified lists or the later ones in `other/`.
fn reference_list(id: &str) -> String {
    require(VOTES);
    let symbol = format!("-plenary-A-RES-{}.csv", id.trim_start_matches("ga-"));
    for dir in ["", "other/"] {
        for entry in std::fs::read_dir(format!("{VOTES}/{dir}")).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.ends_with(&symbol) {
                return format!("{dir}{name}");
            }
        }
    }
    panic!("{VOTES} has no list for {id}: the figure's result cannot be checked");
}

/// Yes, no, abstain as the list's notes publish them ("OFFICIAL TOTALS:"
/// or "TOTALS: 92 in favour, 50 against, 21 abstentions").
fn stated(list: &str) -> [usize; 3] {
    let path = format!("{VOTES}/{}", list.replace(".csv", ".txt"));
    require(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text
        .lines()
        .find_map(|l| {
            l.strip_prefix("OFFICIAL TOTALS:")
                .or_else(|| l.strip_prefix("TOTALS:"))
        })
        .unwrap_or_else(|| panic!("{path} states no totals"));
    let n: Vec<usize> = line
        .split(',')
        .take(3)
        .map(|p| p.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    [n[0], n[1], n[2]]
}

#[test]
fn each_vote_shows_the_result_recounted_from_the_reference_list() {
    let html = tracks_html(events(), None);
    let (rows, items) = (table_rows(&html), between(&html, "<li ", "</li>"));
    let mut votes = 0;
    for (n, e) in events().iter().enumerate() {
        let Some(id) = e.vote else {
            assert_eq!(rows[n][3], "No recorded vote", "{}", e.date);
            continue;
        };
        votes += 1;
        let list = reference_list(id);
        let day = list.rsplit('/').next().unwrap();
        assert!(day.starts_with(e.date), "{id}: {list} is not of {}", e.date);
        let positions = reference_vote(&list);
        let [yes, no, abstain, absent] = VOTE_WORDS.map(|w| count(&positions, w));
        assert_eq!([yes, no, abstain], stated(&list), "{list}");
        let words =
            format!("{yes} in favour, {no} against, {abstain} abstentions, {absent} did not vote");
        assert!(
            rows[n][3].contains(&words),
            "{id}: {:?} lacks {words}",
            rows[n][3]
        );
        assert!(
            plain(&format!("<{}", items[n])).contains(&words),
            "{id}: {}",
            items[n]
        );
        assert!(html.contains(&format!("data-vote-id=\"{id}\"")), "{id}");
    }
    assert_eq!(votes, 4, "the four confirmed votes of the two tracks");
}

#[test]
fn every_date_and_source_is_in_a_confirmed_entry_of_the_fact_sheet() {
    let entries = facts::entries();
    assert!(entries.len() > 30, "the fact sheet was read");
    for (date, source, _) in written() {
        let forms = facts::date_forms(&date);
        let found = entries.iter().find(|entry| {
            facts::cites(entry, &source)
                && forms.iter().any(|f| entry.contains(f.as_str()))
                && entry.contains("`[confirmed]`")
        });
        assert!(
            found.is_some(),
            "{date} {source}: no confirmed entry of {} cites it with {forms:?}",
            facts::FACTS
        );
    }
}

#[test]
fn a_missing_fact_sheet_fails_the_tests() {
    let missing = std::panic::catch_unwind(|| require("../shared/reference/no-such-facts.md"));
    let message = missing.expect_err("a missing sheet must fail");
    assert!(message
        .downcast_ref::<String>()
        .unwrap()
        .contains("is missing"));
}
