//! The followed state's line as text. It names the record it describes and
//! the position in the data's words (`data-vote-id`, `data-vote`), and on a
//! step that compares two records it gives both positions.

use crate::data;
use crate::html::action::Action;
use crate::html::names::Class;
use crate::html::Html;
use crate::model::story::Step;
use crate::model::{Choice, Vote};
use crate::{format_html, named};

/// Where the line goes, at the head of the step's words; empty while no
/// state is followed.
pub const SLOT: Class = named!("." "country-line-slot");

/// The records a step's line describes: the two it compares, or its own.
pub fn records(step: &Step) -> Vec<&'static Vote> {
    let pair = step.compare.or_else(|| step.both_yes.first().copied());
    match pair.and_then(|(a, b)| Some([data::vote(a)?, data::vote(b)?])) {
        Some(pair) => pair.to_vec(),
        None => vec![data::step_vote(step)],
    }
}

/// The position in the data's words: a vote's `yes`, `no`, `abstain`,
/// `absent`; a signature's `signed`, `not-signed` (which the data also
/// uses where no signature is on record), `unknown`.
pub fn data_word(v: &Vote, c: Choice) -> &'static str {
    match (v.is_signatures(), c) {
        (false, c) => c.slug(),
        (true, Choice::Yes) => "signed",
        (true, Choice::No | Choice::Abstain) => "not-signed",
        (true, Choice::Absent) => "unknown",
    }
}

/// Member `i`'s position on `v` as a clause: "voted yes on A/RES/73/27
/// (5 Dec 2018)", or its signature in the record's words, with the
/// evidence's caveat where it is weak.
fn clause(v: &Vote, i: usize) -> String {
    match data::signature(i).filter(|_| v.is_signatures()) {
        Some(s) => match s.caveat() {
            Some(caveat) => format!("{} ({caveat})", s.phrase()),
            None => s.phrase(),
        },
        None => format!(
            ui_plain!(country_line position_on),
            position = v.phrase(v.choice(i)),
            symbol = v.symbol,
            date = v.date_label
        ),
    }
}

/// The line for member `i` on `step`.
pub fn country_line(step: &Step, i: usize) -> Html {
    let member = &data::members()[i];
    let positions: Vec<Html> = records(step)
        .iter()
        .map(|v| {
            format_html!(
                "<span data-vote-id=\"{id}\" data-vote=\"{word}\">{clause}</span>",
                id = v.id,
                word = data_word(v, v.choice(i)),
                clause = clause(v, i)
            )
        })
        .collect();
    let state = format_html!(
        "<span class=\"country-line-name\">{name}</span>",
        name = data::member_name(i)
    );
    let sentence = match positions.as_slice() {
        [first, second] => format_html!(ui!(country_line on_two), state, first, second),
        [position] => format_html!(ui!(country_line on_one), state, position),
        _ => Html::new(),
    };
    // The line's own record is the step's, whichever of a pair it is.
    let own = data::step_vote(step);
    format_html!(
        concat!(
            "<p class=\"country-line\" data-country-line=\"{iso3}\" data-vote-id=\"{id}\" data-vote=\"{word}\">",
            "{sentence} <button type=\"button\" class=\"link-button\" {unfollow}>",
            ui!(country_line stop_following), "</button></p>",
        ),
        iso3 = member.iso3,
        id = own.id,
        word = data_word(own, own.choice(i)),
        sentence,
        name = data::member_name(i),
        unfollow = Action::Unfollow.attr()
    )
}
