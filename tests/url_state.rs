//! Parsing and formatting the query string: round trips, and any input
//! at all yields a usable state.

use uncyber::data::KnownData;
use uncyber::model::url_state::{decode, encode, format, parse, Rejected, UrlState};

#[test]
fn an_empty_query_is_the_default_state() {
    assert_eq!(parse("", &KnownData), (UrlState::default(), vec![]));
    assert_eq!(parse("?", &KnownData), (UrlState::default(), vec![]));
    assert_eq!(format(&UrlState::default()), "");
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
        vote: Some("ga-73-27".into()),
        country: Some("IND".into()),
    };
    let query = format(&state);
    assert_eq!(query, "?vote=ga-73-27&country=IND");
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
