//! How each UN regional group, and the sponsors and co-sponsors of the 2019
//! text, split on the vote the stage's map shows (while comparing, the
//! second vote), named in the table's caption. The table is text, drawn while its
//! `<details>` is open.

use super::draw_while_open::draw_while_open;
use super::handler::handler;
use crate::data;
use crate::markup::esc;
use crate::model::story::HighlightGroup;
use crate::model::{RegionalGroup, Vote};
use leptos::prelude::*;
use std::fmt::Write;

const GROUPS: [HighlightGroup; 7] = [
    HighlightGroup::Region(RegionalGroup::African),
    HighlightGroup::Region(RegionalGroup::AsiaPacific),
    HighlightGroup::Region(RegionalGroup::EasternEuropean),
    HighlightGroup::Region(RegionalGroup::LatinAmericanCaribbean),
    HighlightGroup::Region(RegionalGroup::WesternEuropeanOthers),
    HighlightGroup::Sponsors,
    HighlightGroup::Cosponsors,
];

/// The table: a row per group, a column per position, and the group's size.
fn split_table(vote: &Vote) -> String {
    let mut out = format!(
        "<table><caption>{} <span class=\"symbol\">{}</span>, {}, {} the map shows</caption><thead><tr><th scope=\"col\">Group</th>",
        if vote.is_signatures() {
            "Who in each group signed the convention of"
        } else {
            "How each group voted on"
        },
        esc(vote.symbol),
        esc(vote.date_label),
        if vote.is_signatures() { "the record" } else { "the vote" }
    );
    for &c in vote.slots() {
        let _ = write!(out, "<th scope=\"col\">{}</th>", vote.label(c));
    }
    out.push_str("<th scope=\"col\">Members</th></tr></thead><tbody>");
    for g in GROUPS {
        let t = g.tally(data::members(), vote);
        let _ = write!(
            out,
            "<tr data-group=\"{}\"><th scope=\"row\">{}</th>",
            g.slug(),
            esc(g.label())
        );
        for &c in vote.slots() {
            let _ = write!(out, "<td data-choice=\"{}\">{}</td>", c.slug(), t.get(c));
        }
        let _ = write!(out, "<td>{}</td></tr>", t.total());
    }
    out.push_str("</tbody></table>");
    out
}

#[component]
pub fn GroupSplit(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let details = NodeRef::<leptos::html::Details>::new();
    let on_toggle = draw_while_open(details, ".table-scroll", vote, split_table);
    view! {
        <details node_ref=details class="group-split" on:toggle=handler(on_toggle)>
            <summary>"How the groups split"</summary>
            <div
                class="table-scroll"
                tabindex="0"
                role="region"
                aria-label="Votes by group"
            ></div>
        </details>
    }
}
