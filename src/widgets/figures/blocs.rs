//! The vote by grouping ("blocs") as HTML: one stacked bar per grouping
//! (yes, no, abstain, did not vote, in the tally bar's fill classes, so the
//! colours match), its name and member count on the day of the vote, the
//! counts on or beside the parts (`bar_labels`), a caption in words with
//! the notes on counted members, and a table of every count for screen
//! readers (the bars are hidden from them). No browser API: the app and
//! the static pages can both write it.

use crate::html::names::{Attr, Class};
use crate::html::Html;
use crate::model::decimal::decimal;
use crate::model::figures::bar_labels::{
    bar_layout, BarLayout, Placement, BAR_HEIGHT, FONT, WIDTH,
};
use crate::model::figures::blocs::{BlocTally, CaveatKind};
use crate::model::{Choice, Vote};
use crate::{format_html, named, write_html};

/// `data-figure="blocs"` on the figure.
pub const FIGURE: Attr = named!("[" "data-figure" "]");
pub const FIGURE_NAME: &str = "blocs";
pub const FIGURE_CLASS: Class = named!("." "blocs-figure");
pub const CHART: Class = named!("." "blocs-chart");
pub const ROW: Class = named!("." "blocs-row");
/// The grouping's code on its row of the chart and of the table.
pub const BLOC: Attr = named!("[" "data-bloc" "]");
pub const NAME: Class = named!("." "blocs-name");
pub const SIZE: Class = named!("." "blocs-size");
pub const BAR: Class = named!("." "blocs-bar");
pub const COUNT: Class = named!("." "blocs-count");
/// `inside` or `beside`, on a count.
pub const PLACE: Attr = named!("[" "data-place" "]");
/// The position a part or a count stands for.
pub const CHOICE: Attr = named!("[" "data-choice" "]");
pub const LEADER: Class = named!("." "blocs-leader");
pub const CAVEATS: Class = named!("." "blocs-caveats");
pub const TABLE: Class = named!("." "blocs-table");
/// Kept for screen readers, out of sight (style/main.css).
pub const VISUALLY_HIDDEN: Class = named!("." "visually-hidden");
/// The tally bar's fills, in `Choice::ALL` order (style/main.css).
pub const FILLS: [Class; 4] = [
    named!("." "fill-yes"),
    named!("." "fill-no"),
    named!("." "fill-abstain"),
    named!("." "fill-absent"),
];

/// The figure for `vote`, from its groupings' counts (`tallies`, as
/// `data::blocs::figure_tallies` gives them).
pub fn blocs_html(vote: &Vote, tallies: &[BlocTally]) -> Html {
    let mut out = format_html!(
        "<figure class=\"{class}\" {figure}=\"{name}\"><div class=\"{chart}\" aria-hidden=\"true\">",
        class = FIGURE_CLASS,
        figure = FIGURE,
        name = FIGURE_NAME,
        chart = CHART
    );
    let mut note = 0;
    for t in tallies {
        let first = note + 1;
        note += t.caveats.len();
        let n = t.members.len();
        let count = match n {
            1 => format!(ui_plain!(figures_blocs members_one), n = n),
            _ => format!(ui_plain!(figures_blocs members_other), n = n),
        };
        let marks = match t.caveats.len() {
            0 => String::new(),
            1 => format!(
                concat!(" ", ui_plain!(figures_blocs note_mark)),
                number = first
            ),
            _ => {
                let numbers: Vec<String> = (first..=note).map(|n| n.to_string()).collect();
                format!(
                    concat!(" ", ui_plain!(figures_blocs notes_mark)),
                    numbers = numbers.join(ui_plain!(punctuation list_separator))
                )
            }
        };
        write_html!(
            out,
            "<div class=\"{row}\" {bloc}=\"{code}\"><p class=\"{name_class}\">{name} <span class=\"{size}\">{count}{marks}</span></p>{bar}</div>",
            row = ROW,
            bloc = BLOC,
            code = t.bloc.code,
            name_class = NAME,
            name = t.bloc.name,
            size = SIZE,
            count,
            marks,
            bar = bar_svg(&layout(vote, t))
        );
    }
    write_html!(
        out,
        "</div><figcaption>{caption}{notes}</figcaption>{table}</figure>",
        caption = caption(vote, tallies),
        notes = notes_html(tallies),
        table = table_html(vote, tallies)
    );
    out
}

/// The layout of one grouping's bar: its counts with their glyphs ("✓ 36").
pub fn layout(vote: &Vote, t: &BlocTally) -> BarLayout {
    bar_layout(&t.tally, |c, n| format!("{} {n}", vote.glyph(c)))
}

fn bar_svg(layout: &BarLayout) -> Html {
    let mut out = format_html!(
        "<svg class=\"{bar}\" viewBox=\"0 0 {width} {height}\" font-size=\"{font}\" focusable=\"false\">",
        bar = BAR,
        width = decimal(WIDTH, 0),
        height = decimal(layout.height, 1),
        font = decimal(FONT, 0)
    );
    for s in &layout.segments {
        write_html!(
            out,
            "<rect class=\"{fill}\" {choice}=\"{slug}\" x=\"{x}\" y=\"0\" width=\"{width}\" height=\"{height}\"></rect>",
            fill = FILLS[s.choice as usize],
            choice = CHOICE,
            slug = s.choice.slug(),
            x = decimal(s.x, 2),
            width = decimal(s.width, 2),
            height = decimal(BAR_HEIGHT, 0)
        );
    }
    for l in &layout.labels {
        let (x, y) = l.rect.centre();
        if l.placement == Placement::Beside {
            write_html!(
                out,
                "<line class=\"{leader}\" x1=\"{x1}\" y1=\"{y1}\" x2=\"{x}\" y2=\"{y2}\"></line>",
                leader = LEADER,
                x1 = decimal(l.anchor_x, 2),
                y1 = decimal(BAR_HEIGHT, 0),
                x = decimal(x, 2),
                y2 = decimal(l.rect.y, 1)
            );
        }
        write_html!(
            out,
            "<text class=\"{count}\" {place}=\"{placement}\" {choice}=\"{slug}\" x=\"{x}\" y=\"{y}\" text-anchor=\"middle\" dominant-baseline=\"central\">{text}</text>",
            count = COUNT,
            place = PLACE,
            placement = l.placement.slug(),
            choice = CHOICE,
            slug = l.choice.slug(),
            x = decimal(x, 2),
            y = decimal(y, 1),
            text = l.text
        );
    }
    write_html!(out, "</svg>");
    out
}

/// The caption: what is counted, on which vote and day, what the parts
/// and glyphs mean, and who is counted despite a note.
fn caption(vote: &Vote, tallies: &[BlocTally]) -> Html {
    let positions: Vec<String> = Choice::ALL
        .iter()
        .map(|&c| format!("{} ({})", vote.label(c), vote.glyph(c)))
        .collect();
    let mut out = format_html!(
        concat!("<p>", ui!(figures_blocs caption)),
        n = tallies.len(),
        symbol = vote.symbol,
        body = vote.body.label(),
        date = vote.date_label,
        positions = positions.join(ui_plain!(punctuation list_separator))
    );
    let mut kinds: Vec<CaveatKind> = Vec::new();
    for c in tallies.iter().flat_map(|t| &t.caveats) {
        if !kinds.contains(&c.kind) {
            kinds.push(c.kind);
        }
    }
    if !kinds.is_empty() {
        let phrases = kinds
            .iter()
            .map(|k| k.phrase())
            .collect::<Vec<&str>>()
            .join("; ");
        if kinds.contains(&CaveatKind::Suspended) {
            write_html!(
                out,
                concat!(" ", ui!(figures_blocs caption_counted_suspended)),
                phrases
            );
        } else {
            write_html!(
                out,
                concat!(" ", ui!(figures_blocs caption_counted)),
                phrases
            );
        }
    }
    write_html!(out, "</p>");
    out
}

/// The numbered notes: grouping, member, what is special, the data's note.
fn notes_html(tallies: &[BlocTally]) -> Html {
    if tallies.iter().all(|t| t.caveats.is_empty()) {
        return Html::new();
    }
    let mut out = format_html!("<ol class=\"{caveats}\">", caveats = CAVEATS);
    for t in tallies {
        for c in &t.caveats {
            write_html!(
                out,
                concat!("<li>", ui!(figures_blocs note), " {note}</li>"),
                bloc = t.bloc.name,
                member = crate::data::member_name(c.member),
                phrase = c.kind.phrase(),
                note = c.note
            );
        }
    }
    write_html!(out, "</ol>");
    out
}

/// Every count as a table: a row per grouping, its members, then a column
/// per position.
pub fn table_html(vote: &Vote, tallies: &[BlocTally]) -> Html {
    let mut out = format_html!(
        concat!(
            "<table class=\"{table} {hidden}\"><caption>",
            ui!(figures_blocs table_caption),
            "</caption>",
            "<thead><tr><th scope=\"col\">",
            ui!(figures_blocs table_grouping),
            "</th>",
            "<th scope=\"col\">",
            ui!(figures_blocs table_members),
            "</th>",
        ),
        table = TABLE,
        hidden = VISUALLY_HIDDEN,
        symbol = vote.symbol,
        date = vote.date_label
    );
    for c in Choice::ALL {
        write_html!(out, "<th scope=\"col\">{label}</th>", label = vote.label(c));
    }
    write_html!(out, "</tr></thead><tbody>");
    for t in tallies {
        write_html!(
            out,
            "<tr {bloc}=\"{code}\"><th scope=\"row\">{name}</th><td>{members}</td>",
            bloc = BLOC,
            code = t.bloc.code,
            name = t.bloc.name,
            members = t.members.len()
        );
        for c in Choice::ALL {
            write_html!(out, "<td>{count}</td>", count = t.tally.get(c));
        }
        write_html!(out, "</tr>");
    }
    write_html!(out, "</tbody></table>");
    out
}

/// The figure for `vote` from the data.
pub fn blocs_figure(vote: &Vote) -> Html {
    let tallies = crate::data::blocs::figure_tallies(vote);
    blocs_html(vote, &tallies)
}
