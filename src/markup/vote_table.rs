//! The table of member states as text: the controls and headers once, then
//! the rows, rewritten in one go on a vote switch, a sort or a filter (see
//! views/vote_table.rs, which listens to the controls by delegation).

use super::esc;
use super::options::options;
use crate::data;
use crate::model::table::{group_filters, SortKey};
use crate::model::{signature, Choice, RegionalGroup, Vote};
use std::fmt::Write;

/// Heading, controls, status line and an empty table with its headers; a
/// header's button carries `data-sort` (its index in `SortKey::ALL`).
pub fn table_shell() -> String {
    let groups = options(
        [("all", "All member states".to_string())]
            .into_iter()
            .chain(
                group_filters()
                    .into_iter()
                    .map(|(value, g)| (value, g.label().to_string())),
            ),
    );
    // Drawn once for votes and the signature record alike, so each option
    // names the status it stands for too ("unknown" apart from "not signed").
    let choices = options([("all", "All votes".to_string())].into_iter().chain(
        Choice::ALL.into_iter().map(|c| {
            let status = signature::slot_label(c);
            let label = match c {
                Choice::Abstain => c.label().to_string(),
                _ => format!("{} / {}", c.label(), status.to_ascii_lowercase()),
            };
            (c.slug(), label)
        }),
    ));
    // The group codes spelled out for every reader, not only on hover.
    let mut codes = String::from(
        "<details class=\"group-codes\"><summary>What the group codes mean</summary><dl>",
    );
    for g in RegionalGroup::ALL {
        let _ = write!(
            codes,
            "<div><dt><abbr>{}</abbr></dt><dd>{}</dd></div>",
            g.code(),
            esc(g.label())
        );
    }
    codes.push_str("</dl></details>");
    let mut out = format!(
        "<h2 id=\"table-heading\">How each member state voted</h2><div class=\"table-controls\"><label class=\"control\"><span>Find a state</span><input type=\"search\" name=\"q\" autocomplete=\"off\" placeholder=\"Name or ISO code\"></label><label class=\"control\"><span>Group</span><select name=\"group-filter\">{groups}</select></label><label class=\"control\"><span>Show</span><select name=\"vote-filter\">{choices}</select></label></div>{codes}<p class=\"row-count\" role=\"status\" aria-live=\"polite\"></p><div class=\"table-scroll\"><table><caption class=\"visually-hidden\"></caption><thead><tr>"
    );
    for (i, key) in SortKey::ALL.into_iter().enumerate() {
        // The arrow comes from CSS, by the header's aria-sort.
        // A phone shows the short label; screen readers read the full one.
        let label = if key.short_label() == key.label() {
            key.label().to_string()
        } else {
            format!(
                "<span class=\"label-long\">{}</span><span class=\"label-short\" aria-hidden=\"true\">{}</span>",
                key.label(),
                key.short_label()
            )
        };
        let _ = write!(
            out,
            "<th scope=\"col\" aria-sort=\"none\" class=\"{}\"><button type=\"button\" class=\"sort\" data-sort=\"{i}\">{label}<span class=\"sort-icon\" aria-hidden=\"true\"></span></button></th>",
            key.class(),
        );
    }
    out.push_str("</tr></thead><tbody></tbody></table></div><p class=\"empty\" hidden>No member state matches. Clear the search or choose “All votes”.</p>");
    out
}

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
            glyph = vote.glyph(c),
            label = vote.label(c),
            // "Co-sponsor" may wrap after its hyphen on a phone.
            sponsorship = member.sponsorship_label().replace('-', "-<wbr>"),
        );
    }
    out
}
