//! Parsing and formatting the query string: round trips, and any input
//! at all yields a usable state.

use uncyber::data::KnownData;
use uncyber::model::url_state::{decode, encode, format, parse, Rejected, UrlState};
use uncyber::model::view_kind::ViewKind;

#[test]
fn an_empty_query_is_the_default_state() {
    assert_eq!(parse("", &KnownData), (UrlState::default(), vec![]));
    assert_eq!(parse("?", &KnownData), (UrlState::default(), vec![]));
    assert_eq!(format(&UrlState::default(), &KnownData), "");
}

#[test]
fn known_values_are_read() {
    let (state, rejected) = parse("?vote=ga-74-247&country=bra", &KnownData);
    assert_eq!(state.vote.as_deref(), Some("ga-74-247"));
    assert_eq!(state.country.as_deref(), Some("BRA"));
    assert!(rejected.is_empty());
}

#[test]
fn unknown_keys_are_ignored_silently() {
    let (state, rejected) = parse("utm_source=x&vote=3c-2018&&=&x", &KnownData);
    assert_eq!(state.vote.as_deref(), Some("3c-2018"));
    assert!(rejected.is_empty());
}

#[test]
fn bad_values_are_rejected_and_reported() {
    for query in [
        "vote=nope",
        "vote=",
        "vote=%FF%FE",
        "vote=%3Cscript%3Ealert(1)%3C/script%3E",
        "vote=<script>alert(1)</script>",
        "country=XXX",
        "country=%",
        "step=",
        "step=0",
        "step=9999",
        "step=-1",
        "step=%3Cscript%3E",
        "embed=yes-please",
        "view=globe",
        "compare=3c-2019",
        "compare=3c-2019,3c-2019",
        "compare=3c-2019,nope",
    ] {
        let (state, rejected) = parse(query, &KnownData);
        assert_eq!(state, UrlState::default(), "{query}");
        assert_eq!(rejected.len(), 1, "{query}");
    }
    let huge = format!("vote={}", "a".repeat(100_000));
    assert_eq!(parse(&huge, &KnownData).1, vec![Rejected { key: "vote" }]);
}

#[test]
fn the_first_occurrence_of_a_key_wins() {
    let (state, _) = parse("vote=3c-2018&vote=ga-74-247", &KnownData);
    assert_eq!(state.vote.as_deref(), Some("3c-2018"));
}

#[test]
fn percent_encoded_values_are_decoded() {
    let (state, _) = parse("vote=3c%2D2019&country=%42RA", &KnownData);
    assert_eq!(state.vote.as_deref(), Some("3c-2019"));
    assert_eq!(state.country.as_deref(), Some("BRA"));
}

#[test]
fn format_then_parse_gives_the_same_state() {
    let state = UrlState {
        step: Some(2),
        path: vec![0, 11, 2],
        vote: Some("ga-73-27".into()),
        country: Some("IND".into()),
        follow: None,
        view: Some(ViewKind::Grid),
        compare: Some(("ga-73-27".into(), "ga-73-266".into())),
        embed: true,
        guess: true,
        present: true,
        lock: true,
        explore: true,
    };
    let query = format(&state, &KnownData);
    let slug = uncyber::data::steps()[2].slug;
    let (a, b) = (
        uncyber::data::steps()[0].slug,
        uncyber::data::steps()[11].slug,
    );
    assert_eq!(
        query,
        format!(
            "?step={slug}&steps={a},{b},{slug}&vote=ga-73-27&country=IND&view=grid&compare=ga-73-27,ga-73-266&embed=1&guess=1&present=1&lock=1&explore=1"
        )
    );
    assert_eq!(parse(&query, &KnownData), (state, vec![]));
}

#[test]
fn decode_and_encode_round_trip() {
    for s in ["", "a b", "<script>", "ü%&=?", "100%"] {
        assert_eq!(decode(&encode(s)).as_deref(), Some(s));
    }
    assert_eq!(decode("%zz"), Some("%zz".into()));
    assert_eq!(decode("%C3"), None);
}

#[test]
fn a_step_is_found_by_slug_or_by_number() {
    let steps = uncyber::data::steps();
    let last = steps.len();
    assert_eq!(
        parse(&format!("step={}", steps[1].slug), &KnownData).0.step,
        Some(1)
    );
    assert_eq!(
        parse(
            &format!("step={}", steps[1].slug.to_uppercase()),
            &KnownData
        )
        .0
        .step,
        Some(1)
    );
    assert_eq!(parse("step=1", &KnownData).0.step, Some(0));
    assert_eq!(
        parse(&format!("step={last}"), &KnownData).0.step,
        Some(last - 1)
    );
    assert_eq!(
        parse(&format!("step={}", last + 1), &KnownData).0.step,
        None
    );
}

#[test]
fn embed_accepts_one_and_zero() {
    assert!(parse("embed=1", &KnownData).0.embed);
    assert!(parse("embed", &KnownData).0.embed);
    assert_eq!(parse("embed=0", &KnownData), (UrlState::default(), vec![]));
}

#[test]
fn views_are_read_in_any_case() {
    assert_eq!(parse("view=GRID", &KnownData).0.view, Some(ViewKind::Grid));
    assert_eq!(
        parse("view=table", &KnownData).0.view,
        Some(ViewKind::Table)
    );
    assert_eq!(parse("view=map", &KnownData).0.view, Some(ViewKind::Map));
}

// ---- the address bar names the step's own page (what a link previewer fetches)

use uncyber::model::url_state::{address, step_in_path, step_page, Address};

fn at_step(step: usize) -> UrlState {
    UrlState {
        step: Some(step),
        ..UrlState::default()
    }
}

#[test]
fn a_step_after_the_first_moves_the_address_to_its_own_page() {
    let steps = uncyber::data::steps();
    let mut state = at_step(2);
    state.view = Some(ViewKind::Grid);
    state.country = Some("BRA".into());
    for on_step_page in [false, true] {
        assert_eq!(
            address(&state, &KnownData, on_step_page),
            Address {
                page: Some(format!("step-{}.html", steps[2].slug)),
                query: "?country=BRA&view=grid".into(),
            }
        );
    }
}

#[test]
fn the_index_keeps_its_address_at_the_first_step_but_a_step_page_does_not() {
    let first = uncyber::data::steps()[0].slug;
    assert_eq!(
        address(&at_step(0), &KnownData, false),
        Address {
            page: None,
            query: String::new()
        }
    );
    assert_eq!(address(&UrlState::default(), &KnownData, false).page, None);
    // Back at the first step from another step's page: its own page.
    assert_eq!(
        address(&at_step(0), &KnownData, true).page,
        Some(format!("step-{first}.html"))
    );
    // A locked first step keeps a page naming it, so a reload stays locked.
    let mut locked = at_step(0);
    locked.lock = true;
    locked.embed = true;
    assert_eq!(
        address(&locked, &KnownData, false),
        Address {
            page: Some(format!("step-{first}.html")),
            query: "?embed=1&lock=1".into(),
        }
    );
}

#[test]
fn the_address_query_never_names_the_step_but_the_plain_query_does() {
    let steps = uncyber::data::steps();
    for (i, step) in steps.iter().enumerate() {
        let state = at_step(i);
        assert!(!address(&state, &KnownData, true).query.contains("step="));
        assert_eq!(format(&state, &KnownData), format!("?step={}", step.slug));
    }
}

#[test]
fn a_path_names_a_step_only_as_a_step_page() {
    assert_eq!(
        step_in_path("/step-swing-states.html"),
        Some("swing-states")
    );
    assert_eq!(
        step_in_path("/explainers/un-cyber/step-budapest.html"),
        Some("budapest")
    );
    for path in [
        "/",
        "/index.html",
        "/step-.html",
        "/step-budapest",
        "/step-budapest.html/",
        "",
    ] {
        assert_eq!(step_in_path(path), None, "{path}");
    }
    assert_eq!(
        step_in_path(&format!("/x/{}", step_page("a-b"))),
        Some("a-b")
    );
}

#[test]
fn a_followed_state_is_written_alone_and_a_card_state_implies_it() {
    let (state, rejected) = parse("?follow=ken", &KnownData);
    assert_eq!(state.follow.as_deref(), Some("KEN"));
    assert_eq!(state.country, None);
    assert!(rejected.is_empty());
    assert_eq!(format(&state, &KnownData), "?follow=KEN");
    // An open card is followed too: the link names it once, as the card.
    let both = UrlState {
        country: Some("BRA".into()),
        follow: Some("BRA".into()),
        ..UrlState::default()
    };
    assert_eq!(format(&both, &KnownData), "?country=BRA");
    let (_, rejected) = parse("?follow=XXX", &KnownData);
    assert_eq!(rejected, vec![Rejected { key: "follow" }]);
}

#[test]
fn a_path_of_steps_is_read_by_slug_or_number_and_refused_whole_if_one_is_unknown() {
    let steps = uncyber::data::steps();
    let (state, rejected) = parse(
        &format!(
            "?steps={},13,{}",
            steps[0].slug,
            steps[16].slug.to_uppercase()
        ),
        &KnownData,
    );
    assert!(rejected.is_empty());
    assert_eq!(state.path, vec![0, 12, 16]);
    let (state, rejected) = parse("?steps=committee-vote,no-such-step", &KnownData);
    assert!(state.path.is_empty());
    assert_eq!(rejected, vec![Rejected { key: "steps" }]);
    let (state, rejected) = parse("?steps=", &KnownData);
    assert!(state.path.is_empty());
    assert_eq!(rejected, vec![Rejected { key: "steps" }]);
}
