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
        vote: Some("ga-73-27".into()),
        country: Some("IND".into()),
        view: Some(ViewKind::Grid),
        compare: Some(("ga-73-27".into(), "ga-73-266".into())),
        embed: true,
        lock: true,
    };
    let query = format(&state, &KnownData);
    let slug = uncyber::data::steps()[2].slug;
    assert_eq!(
        query,
        format!(
            "?step={slug}&vote=ga-73-27&country=IND&view=grid&compare=ga-73-27,ga-73-266&embed=1&lock=1"
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
