//! Properties of the URL state: any input parses without panicking into a
//! valid state, and formatting then parsing gives the same state back.

use proptest::prelude::*;
use uncyber::data::{self, KnownData};
use uncyber::model::url_state::{format, parse, UrlState};
use uncyber::model::view_kind::ViewKind;

fn any_state() -> impl Strategy<Value = UrlState> {
    let steps = data::steps().len();
    let votes: Vec<String> = data::votes().iter().map(|v| v.id.to_string()).collect();
    let vote_ids = votes.clone();
    let members: Vec<String> = data::members().iter().map(|m| m.iso3.to_string()).collect();
    (
        proptest::option::of(0..steps),
        proptest::option::of(proptest::sample::select(vote_ids)),
        proptest::option::of(proptest::sample::select(members.clone())),
        proptest::option::of(proptest::sample::select(ViewKind::ALL.to_vec())),
        proptest::option::of(proptest::sample::subsequence(votes.clone(), 2)),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        proptest::collection::vec(0..steps, 0..9),
        proptest::option::of(proptest::sample::select(members)),
        any::<bool>(),
    )
        .prop_map(
            |(step, vote, country, view, pair, embed, lock, explore, path, follow, present)| {
                UrlState {
                    step,
                    path,
                    vote,
                    // A link with a card names its state once, as the card.
                    follow: if country.is_some() { None } else { follow },
                    country,
                    view,
                    compare: pair.map(|p| (p[0].clone(), p[1].clone())),
                    embed,
                    // Both modes from one draw: the tuple is at its size limit.
                    guess: present != embed,
                    present,
                    lock,
                    explore,
                }
            },
        )
}

proptest! {
    #[test]
    fn format_then_parse_round_trips(state in any_state()) {
        let query = format(&state, &KnownData);
        let (parsed, rejected) = parse(&query, &KnownData);
        prop_assert!(rejected.is_empty());
        // The first step is written explicitly, so it round-trips as itself.
        prop_assert_eq!(parsed, state);
    }

    #[test]
    fn any_string_parses_to_a_valid_state(query in ".{0,300}") {
        let (state, _) = parse(&query, &KnownData);
        prop_assert!(state.step.is_none_or(|s| s < data::steps().len()));
        prop_assert!(state.vote.as_deref().is_none_or(|v| data::vote(v).is_some()));
        prop_assert!(state.country.as_deref().is_none_or(|c| data::member_index(c).is_some()));
    }

    #[test]
    fn any_bytes_percent_encoded_parse(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let encoded: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        for key in ["step", "vote", "country", "view", "compare", "embed", "lock"] {
            let _ = parse(&format!("{key}={encoded}&{encoded}={encoded}"), &KnownData);
        }
    }
}
