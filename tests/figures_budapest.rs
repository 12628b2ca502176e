//! The Budapest layer's figure, every status recomputed here from the two
//! reference files in ../shared/reference/budapest (never from the data it
//! is drawn from): each member state's one mark, the key's and the table's
//! counts and names, the words on weak evidence, the caption's dates, and
//! proof that no count is typed into the writer.

#[path = "figures/budapest.rs"]
mod budapest;
mod common;
#[allow(dead_code)] // the flow tests use the rest of it
#[path = "figures/html.rs"]
mod html;

use budapest::{
    key_count, key_items, marks, recount, reference, reference_in, table_rows, words, SLUGS, WEAK,
};
use html::{between, plain};
use std::collections::BTreeSet;
use uncyber::data;
use uncyber::generated::map::{MEMBER_PATHS, MEMBER_SHAPES, OTHER_PATHS};
use uncyber::model::figures::budapest::{CoeStatus, LayerStatus, OnVoteDay, PartyRow};
use uncyber::widgets::figures::budapest::{budapest_html, fill, layer_html, FILLS};

#[test]
fn a_missing_reference_folder_fails_with_a_clear_message() {
    let missing = std::panic::catch_unwind(|| reference_in("../shared/reference/no-such-folder"));
    let message = missing.err().expect("a missing folder must fail");
    let text = message.downcast_ref::<String>().unwrap();
    assert!(
        text.contains("is missing") && text.contains("shared reference"),
        "{text}"
    );
}

#[test]
fn every_member_state_is_one_mark_filled_by_its_reference_status() {
    let r = reference();
    let html = budapest_html();
    assert!(html.starts_with("<figure class=\"budapest-figure\" data-figure=\"budapest\"><svg "));
    let marks = marks(&html);
    let drawn: BTreeSet<&str> = marks.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(marks.len(), 193, "one mark per member state");
    assert_eq!(drawn.len(), 193, "no state drawn twice");
    let members: BTreeSet<&str> = data::members().iter().map(|m| m.iso3).collect();
    assert_eq!(drawn, members);
    for (iso3, vote, class) in &marks {
        assert_eq!(vote, r.slugs[iso3], "{iso3}");
        assert_eq!(
            class,
            &format!("budapest-{vote}"),
            "{iso3} is filled by its status's class"
        );
    }
}

#[test]
fn states_are_drawn_as_on_the_stage_map() {
    let html = budapest_html();
    for (shape, d) in MEMBER_SHAPES.iter().zip(MEMBER_PATHS) {
        let path = format!("<path data-iso3=\"{}\" data-vote=\"", shape.iso3);
        let group = format!("<g data-iso3=\"{}\" data-vote=\"", shape.iso3);
        if shape.marker {
            let inside = between(&html, &group, "</g>");
            assert_eq!(inside.len(), 1, "{}", shape.iso3);
            assert!(
                inside[0].contains("<circle cx=\"") && !html.contains(&path),
                "{}",
                shape.iso3
            );
        } else {
            assert!(
                html.contains(&format!("\" d=\"{d}\"></path>")) && html.contains(&path),
                "{}",
                shape.iso3
            );
        }
    }
    // Outlines first, then markers, so no outline covers a marker.
    let (last_outline, first_marker) = (
        html.rfind("<path data-iso3").unwrap(),
        html.find("<g data-iso3").unwrap(),
    );
    assert!(last_outline < first_marker);
    for d in OTHER_PATHS.iter().filter(|d| !d.is_empty()) {
        assert!(
            html.contains(&format!("<path d=\"{d}\"></path>")),
            "a place that is not a member"
        );
    }
}

#[test]
fn the_key_and_the_table_count_what_the_reference_files_say() {
    let r = reference();
    let html = budapest_html();
    let (key, rows) = (key_items(&html), table_rows(&html));
    assert_eq!((key.len(), rows.len()), (SLUGS.len(), SLUGS.len()));
    for slug in SLUGS {
        let want = recount(&r, slug).to_string();
        assert_eq!(key_count(key[slug]), want, "key: {slug}");
        let cells: Vec<String> = between(rows[slug], "<td>", "</td>")
            .iter()
            .map(|c| plain(c))
            .collect();
        assert_eq!(cells[0], want, "table: {slug}");
        let names: Vec<&str> = data::members()
            .iter()
            .enumerate()
            .filter(|(_, m)| r.slugs[m.iso3] == slug)
            .map(|(i, _)| data::member_name(i))
            .collect();
        assert_eq!(cells[1], names.join(", "), "table's names: {slug}");
    }
    let total = between(&html, "<tfoot>", "</tfoot>")[0];
    assert_eq!(between(total, "<td>", "</td>")[0], "193");
    // The README's counts: 64 Parties on the vote's day (62 + 2 likely),
    // 15 joined since, and the rest as of the as-of date.
    let n = |slug| recount(&r, slug);
    assert_eq!(
        [n("party"), n("party-likely"), n("joined-since")],
        [62, 2, 15]
    );
    assert_eq!(n("party") + n("party-likely"), 64);
    assert_eq!(
        [n("signatory"), n("invited"), n("none"), n("unknown")],
        [2, 9, 101, 2]
    );
}

#[test]
fn weak_statuses_say_so_in_words_wherever_they_are_shown() {
    let r = reference();
    let html = budapest_html();
    let (key, rows) = (key_items(&html), table_rows(&html));
    let label = between(&html, "aria-label=\"", "\"")[0];
    for (status, slug) in LayerStatus::ALL.into_iter().zip(SLUGS) {
        let weak = WEAK.contains(&slug);
        assert_eq!(key[slug].contains("weak evidence"), weak, "key: {slug}");
        assert_eq!(rows[slug].contains("weak evidence"), weak, "table: {slug}");
        let spoken = format!(
            "{}: {}, on weak evidence",
            status.label(),
            recount(&r, slug)
        );
        assert_eq!(label.contains(&spoken), weak, "map: {slug}");
        if let Some(caveat) = status.caveat() {
            assert!(
                key[slug].contains(caveat) && rows[slug].contains(caveat),
                "{slug}"
            );
        }
    }
    // The weak rows themselves: Monaco and Senegal (likely), and the two unknowns.
    let weak_rows: Vec<&str> = r
        .slugs
        .iter()
        .filter(|(_, s)| WEAK.contains(s))
        .map(|(i, _)| i.as_str())
        .collect();
    assert_eq!(weak_rows, ["BFA", "ECU", "MCO", "SEN"]);
}

#[test]
fn the_caption_gives_the_vote_day_and_the_as_of_date_of_the_data() {
    let r = reference();
    let html = budapest_html();
    let caption = plain(between(&html, "<figcaption><p>", "</p>")[0]);
    let (on, as_of) = (words(&r.on), words(&r.as_of));
    let (party, likely, since) = (
        recount(&r, "party"),
        recount(&r, "party-likely"),
        recount(&r, "joined-since"),
    );
    assert_eq!(
        (on.as_str(), as_of.as_str()),
        ("18 November 2019", "5 June 2025")
    );
    for want in [
        format!("Parties on {on}, the day the General Assembly Third Committee voted on A/C.3/74/L.11/Rev.1: {} ({party} confirmed, {likely} likely, on weak evidence)", party + likely),
        format!("Joined since, by {as_of}, the date of the status data: {since}."),
    ] {
        assert!(caption.contains(&want), "{want:?} in {caption:?}");
    }
    let svg = between(&html, "<svg class=\"budapest-map\"", ">")[0];
    assert!(svg.contains(" role=\"img\" aria-label=\"World map of the member states"));
}

/// A made-up layer (every state invited) must change every number: the
/// writer counts, it does not know.
#[test]
fn no_status_count_is_typed_into_the_writer() {
    let rows: Vec<PartyRow> = (0..193)
        .map(|_| PartyRow {
            on_vote_day: OnVoteDay::No,
            on_vote_day_words: "no",
            status: CoeStatus::Invited,
            signed: "",
            ratified: "",
            in_force: "",
            evidence: "",
            sources: &[],
        })
        .collect();
    let html = layer_html(
        &rows,
        ("2019-11-18", "18 November 2019"),
        ("2025-06-05", "5 June 2025"),
    );
    let key = key_items(&html);
    for slug in SLUGS {
        let want = if slug == "invited" { "193" } else { "0" };
        assert_eq!(key_count(key[slug]), want, "{slug}");
    }
    assert!(marks(&html)
        .iter()
        .all(|m| m.1 == "invited" && m.2 == fill(LayerStatus::Invited).name));
    assert!(html.contains(": 0 (0 confirmed, 0 likely, on weak evidence)"));
    // Nor written out in the source as a number.
    for file in ["budapest.rs", "budapest/key.rs", "budapest/map.rs"] {
        let file = format!("src/widgets/figures/{file}");
        let source = std::fs::read_to_string(&file).unwrap();
        let numbers: BTreeSet<&str> = source
            .split(|c: char| !c.is_ascii_digit() && c != '.')
            .collect();
        for count in ["62", "64", "15", "9", "101", "193"] {
            assert!(!numbers.contains(count), "{file} types the count {count}");
        }
    }
}

#[test]
fn every_class_and_pattern_is_styled_in_its_css_section() {
    let css = std::fs::read_to_string("style/figures.css").unwrap();
    let section = &css[css
        .find("/* ---- Budapest layer ---- */")
        .expect("the Budapest section")..];
    assert!(
        section.contains("@media print") && section.contains("@media (prefers-color-scheme: dark)")
    );
    for (status, class) in LayerStatus::ALL.into_iter().zip(FILLS) {
        assert_eq!(class.name, format!("budapest-{}", status.slug()));
        assert!(
            section.contains(&format!("{} {{", class.selector)),
            "{}",
            class.selector
        );
    }
    let html = budapest_html();
    for id in between(&html, "<pattern id=\"", "\"") {
        assert!(section.contains(&format!("url(#{id})")), "{id}");
    }
    for class in between(&html, "class=\"", "\"") {
        assert!(
            class == "figure-table" || section.contains(&format!(".{class}")),
            "{class}"
        );
    }
}

#[test]
fn the_figure_is_lean() {
    // The outlines are most of it; the rest (marks' names, key, caption,
    // table) stays under 24 KB raw.
    let paths: usize = MEMBER_PATHS
        .iter()
        .chain(OTHER_PATHS)
        .map(|d| d.len())
        .sum();
    let size = budapest_html().len();
    assert!(
        size < paths + 24_000,
        "{size} bytes for {paths} of outlines"
    );
}
