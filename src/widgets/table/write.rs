//! The table of member states as text: the controls and headers once, then
//! the rows, rewritten in one go on a vote switch, a sort or a filter (see
//! widgets/table/view.rs, which listens to the controls by delegation).

use crate::data;
use crate::html::names::{Attr, Class, Name};
use crate::html::options::options;
use crate::html::Html;
use crate::model::table::{group_filters, SortKey};
use crate::model::{signature, Choice, RegionalGroup, Vote};
use crate::widgets::legend::write::vote_chip;
use crate::widgets::marks::write::INDEX;
use crate::{format_html, named, write_html};

/// The controls: the name search and the two filters.
pub const QUERY: Name = named!("[name=" "q" "]");
pub const GROUP_FILTER: Name = named!("[name=" "group-filter" "]");
pub const VOTE_FILTER: Name = named!("[name=" "vote-filter" "]");
/// "Showing n of 193", and the note shown when nothing matches.
/// The table's caption and body, found by their tags: the table has one of
/// each.
pub const CAPTION: &str = "caption";
pub const ROWS: &str = "tbody";
pub const ROW_COUNT: Class = named!("." "row-count");
pub const EMPTY: Class = named!("." "empty");

/// Heading, controls, status line and an empty table with its headers; a
/// header's button carries `SORT`.
pub fn table_shell() -> Html {
    let groups = options(
        [("all", ui_plain!(table all_states).to_string())]
            .into_iter()
            .chain(
                group_filters()
                    .into_iter()
                    .map(|(value, g)| (value, g.label().to_string())),
            ),
    );
    // Drawn once for votes and the signature record alike, so each option
    // names the status it stands for too ("unknown" apart from "not signed").
    let choices = options(
        [("all", ui_plain!(table all_votes).to_string())]
            .into_iter()
            .chain(Choice::ALL.into_iter().map(|c| {
                let status = signature::slot_label(c);
                let label = match c {
                    Choice::Abstain => c.label().to_string(),
                    _ => format!("{} / {}", c.label(), status.to_ascii_lowercase()),
                };
                (c.slug(), label)
            })),
    );
    // The group codes spelled out for every reader, not only on hover.
    let mut codes = format_html!(concat!(
        "<details class=\"group-codes\"><summary>",
        ui!(table group_codes),
        "</summary><dl>"
    ));
    for g in RegionalGroup::ALL {
        write_html!(
            codes,
            "<div><dt><abbr>{code}</abbr></dt><dd>{label}</dd></div>",
            code = g.code(),
            label = g.label()
        );
    }
    write_html!(codes, "</dl></details>");
    let mut out = format_html!(
        concat!(
            "<h2 id=\"table-heading\">", ui!(table heading), "</h2><div class=\"table-controls\">",
            "<label class=\"control\"><span>", ui!(table find_state), "</span>",
            "<input type=\"search\" name=\"{query}\" autocomplete=\"off\" placeholder=\"", ui!(table find_placeholder), "\"></label>",
            "<label class=\"control\"><span>", ui!(table group), "</span><select name=\"{group_filter}\">{groups}</select></label>",
            "<label class=\"control\"><span>", ui!(table show), "</span><select name=\"{vote_filter}\">{choices}</select></label></div>",
            "{codes}<p class=\"{row_count}\" role=\"status\" aria-live=\"polite\"></p>",
            "<div class=\"table-scroll\"><table><caption class=\"visually-hidden\"></caption><thead><tr>",
        ),
        query = QUERY,
        group_filter = GROUP_FILTER,
        groups,
        vote_filter = VOTE_FILTER,
        choices,
        codes,
        row_count = ROW_COUNT
    );
    for (i, key) in SortKey::ALL.into_iter().enumerate() {
        // The arrow comes from CSS, by the header's aria-sort.
        // A phone shows the short label; screen readers read the full one.
        let label = if key.short_label() == key.label() {
            Html::text(key.label())
        } else {
            format_html!(
                "<span class=\"label-long\">{long}</span><span class=\"label-short\" aria-hidden=\"true\">{short}</span>",
                long = key.label(),
                short = key.short_label()
            )
        };
        write_html!(
            out,
            concat!(
                "<th scope=\"col\" aria-sort=\"none\" class=\"{class}\">",
                "<button type=\"button\" class=\"sort\" {sort}=\"{i}\">{label}",
                "<span class=\"sort-icon\" aria-hidden=\"true\"></span></button></th>",
            ),
            class = column_class(key),
            sort = SORT,
            i,
            label
        );
    }
    write_html!(
        out,
        concat!(
            "</tr></thead><tbody></tbody></table></div>",
            "<p class=\"{empty}\" hidden>",
            ui!(table no_match),
            "</p>",
        ),
        empty = EMPTY
    );
    out
}

/// A header's sort button: its key's index in `SortKey::ALL`.
/// A column's header class, for CSS and for setting its `aria-sort`.
pub fn column_class(key: SortKey) -> Class {
    match key {
        SortKey::Name => named!("." "col-name"),
        SortKey::Group => named!("." "col-group"),
        SortKey::Vote => named!("." "col-vote"),
        SortKey::Sponsorship => named!("." "col-sponsorship"),
    }
}

pub const SORT: Attr = named!("[" "data-sort" "]");

/// One `<tr>` per index in `rows`, in that order. Each name is a button
/// (`data-index`) that opens the state's card.
pub fn table_rows(rows: &[usize], vote: &Vote) -> Html {
    let mut out = Html::new();
    for &i in rows {
        let member = &data::members()[i];
        let c = vote.choice(i);
        write_html!(
            out,
            concat!(
                "<tr data-iso3=\"{iso3}\" data-vote=\"{vote}\"><th scope=\"row\">",
                "<button type=\"button\" class=\"link-button\" {index}=\"{i}\">{name}</button></th>",
                "<td><abbr title=\"{group}\">{code}</abbr></td>",
                "<td>{chip}</td>",
                "<td>{sponsorship}</td></tr>",
            ),
            iso3 = member.iso3,
            vote = c.slug(),
            index = INDEX,
            i,
            name = data::member_name(i),
            group = member.group.label(),
            code = member.group.code(),
            chip = vote_chip(vote, c),
            // "Co-sponsor" may wrap after its hyphen on a phone.
            sponsorship = Html::text_breaking_after(member.sponsorship_label(), '-'),
        );
    }
    out
}
