//! The two tracks' marks and emphasis, read back from the written figure:
//! each mark's track and kind, its shape, the caption's only numbers, and
//! the events a highlight picks out (and no others).

use crate::events;
use crate::html::{between, plain};
use uncyber::model::figures::tracks::TrackEvent;
use uncyber::widgets::figures::tracks::tracks_html;

#[test]
fn a_highlight_picks_out_its_events_only() {
    for year in ["2017", "2020"] {
        let html = tracks_html(events(), Some(year));
        assert!(html.contains(&format!(
            "data-figure=\"tracks\" data-highlight=\"{year}\">"
        )));
        let picked: Vec<&TrackEvent> = events()
            .iter()
            .filter(|e| e.date.starts_with(year))
            .collect();
        assert!(!picked.is_empty(), "{year}");
        let marks: Vec<&str> = between(&html, "class=\"tracks-mark", "</")
            .into_iter()
            .filter(|m| m.starts_with(" tracks-em"))
            .collect();
        assert_eq!(marks.len(), picked.len(), "{year}");
        for (m, e) in marks.iter().zip(&picked) {
            assert!(
                m.contains(&format!("data-kind=\"{}\"", e.kind.slug())),
                "{m}"
            );
            assert!(m.contains(&format!("<title>{}: ", e.date_label)), "{m}");
        }
        // Mark, key, list item and table row: four times each.
        assert_eq!(
            html.matches("tracks-em").count(),
            4 * picked.len(),
            "{year}"
        );
        let caption = plain(between(&html, "<figcaption>", "</figcaption>")[0]);
        assert!(
            caption.contains(&format!("Picked out: {} ", picked[0].date_label)),
            "{caption}"
        );
    }
    let none = tracks_html(events(), Some("1999"));
    assert!(!none.contains("tracks-em") && !none.contains("data-highlight"));
}

#[test]
fn marks_say_their_track_and_kind_and_the_caption_types_no_number() {
    let html = tracks_html(events(), None);
    let marks = between(&html, "class=\"tracks-mark\"", "</");
    assert_eq!(marks.len(), events().len());
    for e in events() {
        let attrs = format!(
            "data-track=\"{}\" data-kind=\"{}\"",
            e.track.slug(),
            e.kind.slug()
        );
        let mark = marks
            .iter()
            .find(|m| m.contains(&format!("<title>{}: {}", e.date_label, e.label)));
        assert!(mark.is_some_and(|m| m.contains(&attrs)), "{attrs}");
    }
    let shapes = (
        html.matches("<circle class=\"tracks-mark").count(),
        html.matches("<path class=\"tracks-mark").count(),
    );
    let diamonds = events().iter().filter(|e| e.vote.is_some()).count();
    assert_eq!(shapes, (events().len() - diamonds, diamonds));
    // The caption's only digits are the years of the first and last events.
    let caption = plain(between(&html, "<figcaption>", "</figcaption>")[0]);
    let runs: Vec<&str> = caption
        .split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .collect();
    assert_eq!(
        runs,
        [
            &events()[0].date[..4],
            &events()[events().len() - 1].date[..4]
        ],
        "{caption}"
    );
}
