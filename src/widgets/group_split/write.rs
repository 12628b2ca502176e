//! "How the groups split": how each UN regional group, and the sponsors and
//! co-sponsors of the 2019 text, split on one vote, as a table (drawn by
//! widgets/group_split/view.rs while its `<details>` is open).

use crate::data;
use crate::html::names::Class;
use crate::html::Html;
use crate::model::story::HighlightGroup;
use crate::model::Choice;
use crate::model::{RegionalGroup, Vote};
use crate::named;
use crate::{format_html, write_html};

const GROUPS: [HighlightGroup; 7] = [
    HighlightGroup::Region(RegionalGroup::African),
    HighlightGroup::Region(RegionalGroup::AsiaPacific),
    HighlightGroup::Region(RegionalGroup::EasternEuropean),
    HighlightGroup::Region(RegionalGroup::LatinAmericanCaribbean),
    HighlightGroup::Region(RegionalGroup::WesternEuropeanOthers),
    HighlightGroup::Sponsors,
    HighlightGroup::Cosponsors,
];

/// The element the table is drawn into (written by the view).
pub const BODY: Class = named!("." "table-scroll");

/// The table: a row per group, a column per position, and the group's size.
pub fn split_table(vote: &Vote) -> Html {
    let mut out = format_html!(
        concat!(
            "<table><caption>{how} <span class=\"symbol\">{symbol}</span>, {date}, {what} the map shows</caption>",
            "<thead><tr><th scope=\"col\">Group</th>",
        ),
        how = if vote.is_signatures() {
            "Who in each group signed the convention of"
        } else {
            "How each group voted on"
        },
        symbol = vote.symbol,
        date = vote.date_label,
        what = if vote.is_signatures() { "the record" } else { "the vote" }
    );
    for c in Choice::ALL {
        write_html!(out, "<th scope=\"col\">{label}</th>", label = vote.label(c));
    }
    write_html!(out, "<th scope=\"col\">Members</th></tr></thead><tbody>");
    for g in GROUPS {
        let t = g.tally(data::members(), vote);
        write_html!(
            out,
            "<tr data-group=\"{slug}\"><th scope=\"row\">{label}</th>",
            slug = g.slug(),
            label = g.label()
        );
        for c in Choice::ALL {
            write_html!(
                out,
                "<td data-choice=\"{slug}\">{count}</td>",
                slug = c.slug(),
                count = t.get(c)
            );
        }
        write_html!(out, "<td>{total}</td></tr>", total = t.total());
    }
    write_html!(out, "</tbody></table>");
    out
}
