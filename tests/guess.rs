//! Guess before you see: every step with a vote asks about a state it
//! names, offers the four positions, and marks a guess right exactly when
//! it is that state's position in the data files.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashMap;
use uncyber::data;
use uncyber::model::Choice;
use uncyber::widgets::guess::write::{guess_html, question, verdict};

fn positions(id: &str) -> HashMap<String, String> {
    let (file, column) = if id == "signatures" {
        ("data/signatures/2025-convention.csv".to_string(), "status")
    } else {
        (format!("data/votes/{id}.csv"), "vote")
    };
    let rows = common::csv_cells(&std::fs::read_to_string(file).unwrap());
    let at = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    rows[1..]
        .iter()
        .map(|r| (r[at("iso3")].clone(), r[at(column)].clone()))
        .collect()
}

#[test]
fn every_step_with_a_vote_asks_about_a_state_it_names_and_marks_guesses_by_the_data() {
    let mut asked = 0;
    for step in data::steps() {
        let Some((i, vote)) = question(step) else {
            assert!(
                step.vote.is_none(),
                "{} has a vote but no question",
                step.slug
            );
            continue;
        };
        asked += 1;
        let member = &data::members()[i];
        assert!(step.highlight.contains(&member.iso3), "{}", step.slug);
        let html = guess_html(i, vote).into_string();
        assert!(html.contains(&format!("data-guess=\"{}\"", member.iso3)));
        assert_eq!(html.matches("data-guess-choice=").count(), 4);
        let truth = &positions(vote.id)[member.iso3];
        let right: Vec<Choice> = Choice::ALL
            .into_iter()
            .filter(|&c| verdict(i, vote, c).starts_with("Right"))
            .collect();
        assert_eq!(right.len(), 1, "{}: one right answer", step.slug);
        let word = match (vote.is_signatures(), right[0]) {
            (false, c) => c.slug().to_string(),
            (true, Choice::Yes) => "signed".into(),
            (true, Choice::No | Choice::Abstain) => "not-signed".into(),
            (true, Choice::Absent) => "unknown".into(),
        };
        assert_eq!(
            &word, truth,
            "{}: {} on {}",
            step.slug, member.iso3, vote.id
        );
    }
    assert_eq!(
        asked,
        data::steps().iter().filter(|s| s.vote.is_some()).count()
    );
}
