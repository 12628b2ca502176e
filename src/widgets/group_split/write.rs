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
    let symbol = format_html!(
        "<span class=\"symbol\">{symbol}</span>",
        symbol = vote.symbol
    );
    let date = vote.date_label;
    let caption = if vote.is_signatures() {
        format_html!(ui!(group_split caption_signatures), symbol, date)
    } else {
        format_html!(ui!(group_split caption_vote), symbol, date)
    };
    let mut out = format_html!(
        concat!(
            "<table><caption>{caption}</caption>",
            "<thead><tr><th scope=\"col\">",
            ui!(group_split group),
            "</th>",
        ),
        caption
    );
    for c in Choice::ALL {
        write_html!(out, "<th scope=\"col\">{label}</th>", label = vote.label(c));
    }
    write_html!(
        out,
        concat!(
            "<th scope=\"col\">",
            ui!(group_split members),
            "</th></tr></thead><tbody>"
        )
    );
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
