//! The pure core: tallies, table sorting and filtering, text folding.

use uncyber::data;
use uncyber::model::table::{Direction, SortKey, TableQuery};
use uncyber::model::text::{contains_folded, fold};
use uncyber::model::{Choice, Tally};

fn names(rows: &[usize]) -> Vec<&'static str> {
    rows.iter().map(|&i| data::member_name(i)).collect()
}

#[test]
fn tally_counts_choices_and_computes_shares() {
    let t = Tally::count(&[Choice::Yes, Choice::Yes, Choice::No, Choice::Absent]);
    assert_eq!(
        t,
        Tally {
            yes: 2,
            no: 1,
            abstain: 0,
            absent: 1
        }
    );
    assert_eq!(t.percent(Choice::Yes), 50.0);
    assert_eq!(Tally::default().percent(Choice::Yes), 0.0);
    assert_eq!(t.result_line(), "2-1-0");
    assert_eq!(
        t.in_words(),
        "2 in favour, 1 against, 0 abstentions, 1 did not vote"
    );
    // Segments of the stacked bar follow each other: yes, no, abstain, absent.
    assert_eq!(t.bar_start(Choice::Yes), 0.0);
    assert_eq!(t.bar_start(Choice::No), 50.0);
    assert_eq!(t.bar_start(Choice::Abstain), 75.0);
    assert_eq!(t.bar_start(Choice::Absent), 75.0);
}

#[test]
fn the_default_table_is_every_state_in_name_order() {
    let rows = TableQuery::default().rows(
        data::members(),
        data::member_names(),
        data::aliases(),
        data::headline_vote(),
    );
    assert_eq!(rows.len(), 193);
    let folded: Vec<String> = names(&rows).into_iter().map(fold).collect();
    assert!(folded.windows(2).all(|w| w[0] <= w[1]), "{folded:?}");
    assert_eq!(names(&rows)[0], "Afghanistan");
    assert_eq!(names(&rows)[192], "Zimbabwe");
}

#[test]
fn the_table_lists_names_ignoring_accents() {
    let rows = TableQuery::default().rows(
        data::members(),
        data::member_names(),
        data::aliases(),
        data::headline_vote(),
    );
    let names = names(&rows);
    let at = |name: &str| names.iter().position(|n| *n == name).unwrap();
    assert!(at("Costa Rica") < at("Côte d'Ivoire"));
    assert!(at("Côte d'Ivoire") < at("Croatia"));
}

#[test]
fn sorting_by_name_twice_reverses() {
    let mut q = TableQuery::default();
    q.toggle_sort(SortKey::Name);
    assert_eq!(q.direction, Direction::Descending);
    let rows = q.rows(
        data::members(),
        data::member_names(),
        data::aliases(),
        data::headline_vote(),
    );
    assert_eq!(names(&rows)[0], "Zimbabwe");
}

#[test]
fn sorting_by_vote_groups_yes_then_no_then_abstain_then_absent() {
    let vote = data::headline_vote();
    let mut q = TableQuery::default();
    q.toggle_sort(SortKey::Vote);
    let rows = q.rows(data::members(), data::member_names(), data::aliases(), vote);
    let choices: Vec<Choice> = rows.iter().map(|&i| vote.choice(i)).collect();
    let t = vote.tally();
    let (y, n, a) = (t.yes as usize, t.no as usize, t.abstain as usize);
    assert!(choices[..y].iter().all(|c| *c == Choice::Yes));
    assert!(choices[y..y + n].iter().all(|c| *c == Choice::No));
    assert!(choices[y + n..y + n + a]
        .iter()
        .all(|c| *c == Choice::Abstain));
    assert!(choices[y + n + a..].iter().all(|c| *c == Choice::Absent));
    // Ties stay in name order.
    assert_eq!(names(&rows)[0], "Algeria");
    q.toggle_sort(SortKey::Vote);
    let rows = q.rows(data::members(), data::member_names(), data::aliases(), vote);
    assert_eq!(vote.choice(rows[0]), Choice::Absent);
}

#[test]
fn sorting_by_sponsorship_puts_the_sponsors_first() {
    let mut q = TableQuery::default();
    q.toggle_sort(SortKey::Sponsorship);
    let rows = q.rows(
        data::members(),
        data::member_names(),
        data::aliases(),
        data::headline_vote(),
    );
    assert!(rows[..8].iter().all(|&i| data::members()[i].sponsor));
    assert!(rows[8..47]
        .iter()
        .all(|&i| data::members()[i].cosponsor && !data::members()[i].sponsor));
    assert!(rows[47..].iter().all(|&i| !data::members()[i].cosponsor));
}

#[test]
fn sorting_by_group_orders_by_group_code() {
    let mut q = TableQuery::default();
    q.toggle_sort(SortKey::Group);
    let rows = q.rows(
        data::members(),
        data::member_names(),
        data::aliases(),
        data::headline_vote(),
    );
    let codes: Vec<&str> = rows
        .iter()
        .map(|&i| data::members()[i].group.code())
        .collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted);
}

#[test]
fn filtering_by_vote_keeps_only_that_vote() {
    let vote = data::headline_vote();
    for choice in Choice::ALL {
        let q = TableQuery {
            vote_filter: Some(choice),
            ..TableQuery::default()
        };
        let rows = q.rows(data::members(), data::member_names(), data::aliases(), vote);
        assert_eq!(rows.len(), usize::from(vote.tally().get(choice)));
        assert!(rows.iter().all(|&i| vote.choice(i) == choice));
    }
}

#[test]
fn filtering_by_name_ignores_case_accents_and_matches_codes() {
    let vote = data::headline_vote();
    let find = |text: &str| {
        let q = TableQuery {
            name_filter: text.into(),
            ..TableQuery::default()
        };
        names(&q.rows(data::members(), data::member_names(), data::aliases(), vote))
    };
    assert_eq!(find("cote d’ivoire"), ["Côte d'Ivoire"]);
    // The code, and "Congo-Brazzaville", as "Find a country" finds them.
    assert_eq!(find("  BRA "), ["Brazil", "Congo"]);
    assert!(find("guinea").contains(&"Papua New Guinea"));
    assert!(find("zzz").is_empty());
    assert_eq!(find("").len(), 193);
}

#[test]
fn filtering_by_name_finds_common_names_like_find_a_country() {
    let vote = data::headline_vote();
    let find = |text: &str| {
        let q = TableQuery {
            name_filter: text.into(),
            ..TableQuery::default()
        };
        names(&q.rows(data::members(), data::member_names(), data::aliases(), vote))
    };
    assert_eq!(find("Ivory Coast"), ["Côte d'Ivoire"]);
    assert_eq!(
        find("North Korea"),
        ["Democratic People's Republic of Korea"]
    );
    assert_eq!(find("Vietnam"), ["Viet Nam"]);
    assert_eq!(find("Türkiye"), ["Turkey"]);
    assert_eq!(find("turkiye"), ["Turkey"]);
    assert_eq!(find("Swaziland"), ["Eswatini"]);
    assert!(find("UK").contains(&"United Kingdom of Great Britain and Northern Ireland"));
}

#[test]
fn name_and_vote_filters_combine() {
    let q = TableQuery {
        name_filter: "republic".into(),
        vote_filter: Some(Choice::No),
        ..TableQuery::default()
    };
    let vote = data::headline_vote();
    let rows = q.rows(data::members(), data::member_names(), data::aliases(), vote);
    assert!(!rows.is_empty());
    let named_republic = |i: usize| {
        let aliases = data::aliases()
            .iter()
            .filter(|(_, m)| *m == i)
            .map(|(a, _)| *a);
        [data::member_name(i)]
            .into_iter()
            .chain(aliases)
            .any(|name| fold(name).contains("republic"))
    };
    assert!(rows
        .iter()
        .all(|&i| vote.choice(i) == Choice::No && named_republic(i)));
}

#[test]
fn folding_handles_accents_and_quotes() {
    assert_eq!(fold("Türkiye"), "turkiye");
    assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
    assert!(contains_folded("São Tomé", "sao tome"));
}

#[test]
fn has_part_agrees_with_str_contains() {
    use uncyber::model::text::has_part;
    for (text, part) in [
        ("", ""),
        ("abc", ""),
        ("", "a"),
        ("ab", "abc"),
        ("korea", "rea"),
        ("korea", "ko"),
        ("korea", "ea"),
        ("korea", "ae"),
        ("côte", "ô"),
        ("aaab", "aab"),
    ] {
        assert_eq!(
            has_part(text, part),
            text.contains(part),
            "{text:?} / {part:?}"
        );
    }
    for name in data::member_names() {
        let name = fold(name);
        assert!(has_part(&name, &name[name.len() / 2..]));
    }
}

#[test]
fn every_name_and_alias_folds_to_lower_case_ascii() {
    // fold() lower-cases ASCII only and knows a fixed set of accented
    // letters; a new name with another letter must extend that set.
    let names = data::member_names().iter().copied();
    let aliases = data::aliases().iter().map(|(a, _)| *a);
    for name in names.chain(aliases) {
        let folded = fold(name);
        assert!(folded.is_ascii(), "{name} folds to {folded}");
        assert_eq!(folded, folded.to_lowercase(), "{name}");
    }
}
