//! Parts of a static page the release app lifts out (html/fill.rs), and the
//! step figures the static pages carry as such parts.

use uncyber::data;
use uncyber::html::fill::{lift, part, stand_in, FILL_FROM, FILL_PART};
use uncyber::html::Html;
use uncyber::widgets::figures::chart::{chart_body, step_chart, CHART_PART};

#[test]
fn a_part_is_lifted_whole_from_a_page() {
    let page = format!(
        "<p>before</p>{}<p>between</p>{}",
        part("chart", &Html::text("a < b")).into_string(),
        part("treaty", &Html::text("table")).into_string()
    );
    assert_eq!(lift(&page, "chart"), Some("a &lt; b"));
    assert_eq!(lift(&page, "treaty"), Some("table"));
    assert_eq!(lift(&page, "sources"), None);
    // A part whose end is missing is not lifted.
    assert_eq!(lift("<!--part:x-->unended", "x"), None);
    // A part at the very end of the page, an empty part, and a page shorter than the markers.
    assert_eq!(
        lift("<<!--<!--part:x-->end<!--/part:x-->", "x"),
        Some("end")
    );
    assert_eq!(lift("<!--part:x--><!--/part:x-->", "x"), Some(""));
    assert_eq!(lift("<!--", "x"), None);
    assert_eq!(lift("", "x"), None);
    // A name that begins another's is not mistaken for it.
    let page = format!(
        "{}{}",
        part("vote-note-1", &Html::text("one")).into_string(),
        part("vote-note", &Html::text("bare")).into_string()
    );
    assert_eq!(lift(&page, "vote-note"), Some("bare"));
}

#[test]
fn a_stand_in_names_its_page_and_part_and_keeps_its_fallback() {
    let html = stand_in("step-critics.html", "chart", &Html::text("Loading")).into_string();
    assert!(html.contains(&format!("{}=\"step-critics.html\"", FILL_FROM.name)));
    assert!(html.contains(&format!("{}=\"chart\"", FILL_PART.name)));
    assert!(html.contains("Loading"));
}

/// Every step with a figure carries it as a part the app can lift: a
/// `<figure data-figure>` of the kind the step names, with a table of its
/// numbers.
#[test]
fn every_step_figure_is_a_part_with_its_kind_and_a_table() {
    let with_figure: Vec<_> = data::steps()
        .iter()
        .filter(|s| s.figure.is_some())
        .collect();
    assert!(with_figure.len() >= 3, "the story has figures");
    for step in with_figure {
        let kind = step.figure.unwrap().kind();
        let page = chart_body(step).into_string();
        let figure =
            lift(&page, CHART_PART).unwrap_or_else(|| panic!("{}: no chart part", step.slug));
        assert!(
            figure.contains(&format!("data-figure=\"{kind}\"")),
            "{}: not a {kind} figure",
            step.slug
        );
        assert!(
            figure.contains("<table"),
            "{}: no table of numbers",
            step.slug
        );
        assert!(
            step_chart(step).is_some(),
            "{}: its figure is not written",
            step.slug
        );
    }
}
