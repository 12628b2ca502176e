//! The list a tap offers on a phone when it reaches several marks at once
//! (the map's small states), drawn in the figure's `TAP_SLOT`.

use crate::html::names::{Attr, Class};
use crate::html::Html;
use crate::model::Vote;
use crate::widgets::legend::write::vote_chip;
use crate::{data, format_html, named, write_html};

/// Where the map shows the list a tap offers.
pub const TAP_SLOT: Class = named!("." "tap-slot");

/// A tap list's choice: the member's index.
pub const PICK: Attr = named!("[" "data-pick" "]");

/// After a tap on a phone that reaches several states: a short list to
/// choose from, nearest first (`PICK` holds the member's index).
pub fn tap_choices(members: &[usize], vote: &Vote) -> Html {
    let mut out = format_html!(concat!(
        "<div class=\"tap-choices\" role=\"group\" aria-label=\"",
        ui!(marks tap_choices),
        "\"><p>",
        ui!(marks which_state),
        "</p><ul>"
    ));
    for &i in members {
        let c = vote.choice(i);
        write_html!(
            out,
            concat!(
                "<li><button type=\"button\" class=\"link-button\" {pick}=\"{i}\">{name} ",
                "{chip}</button></li>",
            ),
            pick = PICK,
            i,
            name = data::member_name(i),
            chip = vote_chip(vote, c)
        );
    }
    write_html!(out, "</ul></div>");
    out
}
