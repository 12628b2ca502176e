//! The guess as text: the question, one button per position, and the
//! line that marks the guess.

use crate::data;
use crate::html::names::{Attr, Class};
use crate::html::Html;
use crate::model::story::Step;
use crate::model::{Choice, Vote};
use crate::{format_html, named, write_html};

/// Where the guess goes, at the head of the step's words.
pub const SLOT: Class = named!("." "guess-slot");
/// A choice's button, carrying the position it guesses.
pub const CHOICE: Attr = named!("[" "data-guess-choice" "]");
/// The line that marks the guess.
pub const RESULT: Class = named!("." "guess-result");

/// What a step's guess asks about: the state it names last (often the one
/// a reader is least sure of) on the step's own record; nothing on a step
/// without a vote.
pub fn question(step: &Step) -> Option<(usize, &'static Vote)> {
    let vote = data::vote(step.vote?)?;
    let i = step.highlight.last().and_then(|c| data::member_index(c))?;
    Some((i, vote))
}

/// The question and its choices for member `i` on `vote`.
pub fn guess_html(i: usize, vote: &Vote) -> Html {
    let name = data::member_name(i);
    let mut choices = Html::new();
    for c in Choice::ALL {
        write_html!(
            choices,
            "<button type=\"button\" class=\"button\" {attr}=\"{slug}\"><span aria-hidden=\"true\">{glyph} </span>{label}</button>",
            attr = CHOICE,
            slug = c.slug(),
            glyph = vote.glyph(c),
            label = vote.label(c)
        );
    }
    format_html!(
        concat!(
            "<div class=\"guess-box\" data-guess=\"{iso3}\"><p class=\"guess-question\"><strong>",
            ui!(guess guess_first),
            "</strong> ",
            ui!(guess question),
            "</p>",
            "<div class=\"guess-choices\" role=\"group\" aria-label=\"",
            ui!(guess your_guess),
            "\">{choices}</div>",
            "<p class=\"{result}\" role=\"status\"></p></div>",
        ),
        iso3 = data::members()[i].iso3,
        name,
        symbol = vote.symbol,
        date = vote.date_label,
        choices,
        result = RESULT
    )
}

/// The line that marks `guess` for member `i` on `vote`.
pub fn verdict(i: usize, vote: &Vote, guess: Choice) -> String {
    let name = data::member_name(i);
    let actual = vote.choice(i);
    let phrase = vote.phrase(actual);
    if guess == actual {
        format!(ui_plain!(guess right), name = name, phrase = phrase)
    } else {
        format!(
            ui_plain!(guess wrong),
            guess = vote.label(guess),
            name = name,
            phrase = phrase
        )
    }
}
