//! The words the release wasm reads from the page it starts on
//! (src/data/page_words.rs, src/browser/page_words.rs): the selectors it
//! reads them with find what the writers write, in the order it reads
//! them, and every other build has them compiled in, in full.

use uncyber::data;
use uncyber::html::page::{
    MEMBER_ROW_NAME, STATIC_EVENT_DATES, STATIC_EVENT_LABELS, STATIC_STANDFIRST, STATIC_STEP_LINKS,
};
use uncyber::html::{Html, Target};
use uncyber::widgets::{contents, header, timeline};

#[test]
fn the_selectors_name_the_writers_parts() {
    let contents = contents::write::WRAPPER;
    let links = contents::write::STEP_LINKS;
    assert_eq!(
        STATIC_STEP_LINKS,
        format!("{}.{} {links}", contents.tag, contents.class)
    );
    let line = timeline::write::WRAPPER;
    let event = format!(
        "{}.{} {}",
        line.tag,
        line.class,
        timeline::write::EVENT.selector
    );
    assert_eq!(STATIC_EVENT_DATES, format!("{event} time"));
    assert_eq!(STATIC_EVENT_LABELS, format!("{event} .event-label"));
    assert_eq!(
        STATIC_STANDFIRST,
        format!("{} .standfirst", header::HEADER.selector)
    );
    assert_eq!(MEMBER_ROW_NAME, "tr[data-iso3] > th");
}

/// The pieces of `html` that start with `open`, in order.
fn after<'a>(html: &'a str, open: &str) -> Vec<&'a str> {
    html.split(open).skip(1).collect()
}

#[test]
fn the_static_copy_carries_every_word_in_the_order_it_is_read() {
    let contents = contents::write::contents_inner(0, Target::StaticPage).into_string();
    let links = after(&contents, "<li><a href=\"step-");
    assert_eq!(links.len(), data::steps().len());
    for (i, (link, step)) in links.iter().zip(data::steps()).enumerate() {
        let title = Html::text(data::step_title(i)).into_string();
        let expected = format!("{}.html\"", step.slug);
        assert!(link.starts_with(&expected), "{link}");
        assert!(link.contains(&format!(">{title}</a>")), "{link}");
    }
    let line = timeline::write::timeline_inner(0, Target::StaticPage).into_string();
    let events = after(&line, "<li class=\"timeline-event");
    assert_eq!(events.len(), data::timeline().len());
    for (i, (item, event)) in events.iter().zip(data::timeline()).enumerate() {
        let (date, label) = data::timeline_words(i);
        let date = Html::text(date).into_string();
        let label = Html::text(label).into_string();
        let time = format!("<time datetime=\"{}\">{date}</time>", event.date);
        assert!(item.contains(&time), "{item}");
        assert!(
            item.contains(&format!("<span class=\"event-label\">{label}</span>")),
            "{item}"
        );
    }
    let head = header::header_inner(None, Target::StaticPage).into_string();
    let standfirst = Html::text(data::standfirst()).into_string();
    assert!(head.contains(&format!("<p class=\"standfirst\">{standfirst}</p>")));
}

#[test]
fn outside_the_release_wasm_every_word_is_compiled_in() {
    const { assert!(!data::page_words::WORDS_FROM_PAGE) };
    for (i, step) in data::steps().iter().enumerate() {
        assert_eq!(data::step_title(i), step.title);
        assert!(!step.title.is_empty(), "{}", step.slug);
    }
    for (i, event) in data::timeline().iter().enumerate() {
        assert_eq!(data::timeline_words(i), (event.date_label, event.label));
        assert!(
            !event.label.is_empty() && !event.date_label.is_empty(),
            "{}",
            event.date
        );
    }
    assert_eq!(data::standfirst(), data::site().standfirst);
    assert!(!data::standfirst().is_empty());
    assert_eq!(data::member_names().len(), data::members().len());
    assert!(data::member_names().iter().all(|n| !n.is_empty()));
}
