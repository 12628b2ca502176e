//! Finding states by any name, their records in sentences, and comparing votes.

use uncyber::data;
use uncyber::model::compare::{both_yes, parse_pair, Shift, Transitions};
use uncyber::model::country_search::search;
use uncyber::model::country_story::sentences;
use uncyber::model::Choice;

fn first(query: &str) -> Option<&'static str> {
    search(
        query,
        data::members(),
        data::member_names(),
        data::aliases(),
        8,
    )
    .first()
    .map(|&i| data::members()[i].iso3)
}

#[test]
fn every_common_name_finds_its_state_first() {
    let cases = [
        ("Russia", "RUS"),
        ("Iran", "IRN"),
        ("Syria", "SYR"),
        ("North Korea", "PRK"),
        ("South Korea", "KOR"),
        ("UK", "GBR"),
        ("US", "USA"),
        ("USA", "USA"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("turkiye", "TUR"),
        ("Czech Republic", "CZE"),
        ("Ivory Coast", "CIV"),
        ("Swaziland", "SWZ"),
        ("Macedonia", "MKD"),
        ("Bolivia", "BOL"),
        ("Venezuela", "VEN"),
        ("Vietnam", "VNM"),
        ("Laos", "LAO"),
        ("Tanzania", "TZA"),
        ("Moldova", "MDA"),
        ("Micronesia", "FSM"),
        ("côte d'ivoire", "CIV"),
        ("COTE", "CIV"),
        ("bra", "BRA"),
        ("nru", "NRU"),
        ("saint vincent", "VCT"),
    ];
    for (query, iso3) in cases {
        assert_eq!(first(query), Some(iso3), "{query}");
    }
}

#[test]
fn search_ignores_empty_queries_and_respects_the_limit() {
    assert!(search(
        "  ",
        data::members(),
        data::member_names(),
        data::aliases(),
        8
    )
    .is_empty());
    assert_eq!(
        search(
            "a",
            data::members(),
            data::member_names(),
            data::aliases(),
            5
        )
        .len(),
        5
    );
    assert!(search(
        "zzzz",
        data::members(),
        data::member_names(),
        data::aliases(),
        8
    )
    .is_empty());
}

#[test]
fn transition_tables_sum_to_193_and_match_the_data() {
    for a in data::votes() {
        for b in data::votes() {
            let t = Transitions::between(a, b);
            assert_eq!(t.total(), 193, "{} -> {}", a.id, b.id);
            for from in Choice::ALL {
                let row: usize = Choice::ALL.iter().map(|&to| t.states(from, to).len()).sum();
                assert_eq!(row, usize::from(a.tally().get(from)), "{} {from:?}", a.id);
                for to in Choice::ALL {
                    assert!(t
                        .states(from, to)
                        .iter()
                        .all(|&i| a.choice(i) == from && b.choice(i) == to));
                }
            }
        }
    }
}

#[test]
fn voted_for_both_counts_match_the_data() {
    let oewg = data::vote("ga-73-27").unwrap();
    let gge = data::vote("ga-73-266").unwrap();
    let both = both_yes(oewg, gge);
    let by_hand = (0..193)
        .filter(|&i| oewg.choices[i] == Choice::Yes && gge.choices[i] == Choice::Yes)
        .count();
    assert_eq!(both.len(), by_hand);
    assert_eq!(
        both,
        Transitions::between(oewg, gge).states(Choice::Yes, Choice::Yes)
    );
    assert!(both.len() > 50, "many states backed both texts");
}

#[test]
fn shifts_mark_changed_states() {
    let (a, b) = (
        data::vote("3c-2019").unwrap(),
        data::vote("ga-74-247").unwrap(),
    );
    let bol = data::member_index("BOL").unwrap();
    assert_eq!(Shift::of(a, b, bol), Shift::To(Choice::Abstain));
    let rus = data::member_index("RUS").unwrap();
    assert_eq!(Shift::of(a, b, rus), Shift::Same);
}

#[test]
fn compare_pairs_parse_only_two_distinct_known_votes() {
    let known = |id: &str| data::vote(id).is_some();
    assert_eq!(
        parse_pair("3c-2018,3c-2019", known),
        Some(("3c-2018".into(), "3c-2019".into()))
    );
    assert_eq!(
        parse_pair(" ga-73-27 , ga-73-266 ", known),
        Some(("ga-73-27".into(), "ga-73-266".into()))
    );
    for bad in [
        "3c-2018",
        "3c-2018,3c-2018",
        "3c-2018,nope",
        ",",
        "",
        "a,b,c",
    ] {
        assert_eq!(parse_pair(bad, known), None, "{bad}");
    }
}

#[test]
fn record_sentences_follow_the_data() {
    let india = data::member_index("IND").unwrap();
    let text = sentences(india, data::vote).join(" ");
    assert!(
        text.contains("Voted for the OEWG and the GGE resolutions in December 2018"),
        "{text}"
    );
    let bolivia = data::member_index("BOL").unwrap();
    let text = sentences(bolivia, data::vote).join(" ");
    assert!(
        text.contains(
            "voting yes in committee, then abstaining when the General Assembly adopted it"
        ),
        "{text}"
    );
    let usa = data::member_index("USA").unwrap();
    let text = sentences(usa, data::vote).join(" ");
    assert!(
        text.contains("Voted no on the cybercrime draft in both 2018 and 2019"),
        "{text}"
    );
    assert!(!text.contains("Voted for the OEWG"), "{text}");
}
