//! Component behaviour in a real browser (headless Chromium through
//! chromedriver): the vote table's rows, sorting and filtering, and the
//! crash message a panic leaves, and a lookup that finds nothing.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use uncyber::data;
use uncyber::widgets::table::view::VoteTable;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the document for one test.
fn container() -> HtmlElement {
    let document = document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn attrs(root: &Element, selector: &str, name: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.get_attribute(name).unwrap_or_default())
        .collect()
}

/// An event as the browser fires it for typing or choosing: bubbling.
fn bubbling(kind: &str) -> web_sys::Event {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()
}

async fn settle() {
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn table_renders_one_row_per_member_and_follows_the_vote_signal() {
    let root = container();
    let vote = RwSignal::new(data::headline_vote());
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <VoteTable vote=vote /> });
    settle().await;
    let votes = attrs(&root, "tbody tr", "data-vote");
    assert_eq!(votes.len(), 193);
    assert_eq!(votes.iter().filter(|v| *v == "yes").count(), 88);

    vote.set(data::vote("ga-74-247").unwrap());
    settle().await;
    let votes = attrs(&root, "tbody tr", "data-vote");
    assert_eq!(votes.iter().filter(|v| *v == "yes").count(), 79);
}

#[wasm_bindgen_test]
async fn clicking_a_header_sorts_and_sets_aria_sort() {
    let root = container();
    let vote = RwSignal::new(data::headline_vote());
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <VoteTable vote=vote /> });
    settle().await;
    let button: HtmlElement = root
        .query_selector("th.col-vote button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    settle().await;
    let votes = attrs(&root, "tbody tr", "data-vote");
    assert_eq!(votes.first().map(String::as_str), Some("yes"));
    assert_eq!(votes.last().map(String::as_str), Some("absent"));
    let th = root.query_selector("th.col-vote").unwrap().unwrap();
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("ascending"));
    button.click();
    settle().await;
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("descending"));
    assert_eq!(
        attrs(&root, "tbody tr", "data-vote")
            .first()
            .map(String::as_str),
        Some("absent")
    );
}

#[wasm_bindgen_test]
async fn typing_and_choosing_filter_the_rows() {
    let root = container();
    let vote = RwSignal::new(data::headline_vote());
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <VoteTable vote=vote /> });
    settle().await;

    let input: HtmlInputElement = root
        .query_selector("input[name=q]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("brazil");
    input.dispatch_event(&bubbling("input")).unwrap();
    settle().await;
    assert_eq!(attrs(&root, "tbody tr", "data-iso3"), ["BRA"]);

    input.set_value("");
    input.dispatch_event(&bubbling("input")).unwrap();
    let select: HtmlSelectElement = root
        .query_selector("select[name=vote-filter]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value("abstain");
    select.dispatch_event(&bubbling("change")).unwrap();
    settle().await;
    let votes = attrs(&root, "tbody tr", "data-vote");
    assert_eq!(votes.len(), 34);
    assert!(votes.iter().all(|v| v == "abstain"));
    let status = root
        .query_selector(".row-count")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(status, "Showing 34 of 193 member states");
}

#[wasm_bindgen_test]
fn a_panic_leaves_a_visible_message_with_a_reload_link() {
    uncyber::browser::crash::show_crash_message();
    uncyber::browser::crash::show_crash_message();
    let found = all(&document().body().unwrap(), "#crash-message[role=alert]");
    assert_eq!(found.len(), 1, "shown once");
    let text = found[0].text_content().unwrap();
    assert!(
        text.contains("Something went wrong") && text.contains("Reload the page"),
        "{text}"
    );
    found[0].remove();
}

/// A lookup that finds nothing means the markup and the code disagree: in
/// a debug build (as these tests run) it stops with the selector named.
#[wasm_bindgen_test]
#[should_panic(expected = "no element matches \".not-in-the-markup\"")]
fn a_lookup_that_finds_nothing_is_reported() {
    let root = container();
    root.set_inner_html("<p class=\"in-the-markup\"></p>");
    let _ = uncyber::browser::dom::find(&root, ".not-in-the-markup");
}

/// One that may rightly find nothing says so in its name, and stays quiet.
#[wasm_bindgen_test]
fn an_optional_lookup_may_find_nothing() {
    let root = container();
    root.set_inner_html("<p class=\"in-the-markup\"></p>");
    assert!(uncyber::browser::dom::find_optional(&root, ".not-in-the-markup").is_none());
    assert!(uncyber::browser::dom::find(&root, ".in-the-markup").is_some());
    root.remove();
}
