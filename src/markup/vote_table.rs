//! The rows of the table of member states as text: a vote switch, a sort
//! or a filter rewrites the body in one go (see views/vote_table.rs).

use super::esc;
use crate::data;
use crate::model::Vote;
use std::fmt::Write;

/// One `<tr>` per index in `rows`, in that order. Each name is a button
/// (`data-index`) that opens the state's card.
pub fn table_rows(rows: &[usize], vote: &Vote) -> String {
    let mut out = String::new();
    for &i in rows {
        let member = &data::members()[i];
        let c = vote.choice(i);
        let _ = write!(
            out,
            "<tr data-iso3=\"{iso3}\" data-vote=\"{vote}\"><th scope=\"row\"><button type=\"button\" class=\"link-button\" data-index=\"{i}\">{name}</button></th><td><abbr title=\"{group}\">{code}</abbr></td><td><span class=\"vote-chip vote-{vote}\"><span class=\"glyph\" aria-hidden=\"true\">{glyph}</span> {label}</span></td><td>{sponsorship}</td></tr>",
            iso3 = member.iso3,
            vote = c.slug(),
            name = esc(member.name),
            group = esc(member.group.label()),
            code = member.group.code(),
            glyph = c.glyph(),
            label = c.label(),
            sponsorship = member.sponsorship_label(),
        );
    }
    out
}
