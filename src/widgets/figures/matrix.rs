//! The double-yes matrix: for each pair of rival texts, how every member
//! state voted on one against the other, the US-led text's positions as
//! rows and the Russia-led text's as columns (turned by each vote's camp,
//! whatever order the pair is given in), with "yes on both" picked out and
//! counted in a line above its table.

use super::table::cross_table;
use super::FIGURE;
use crate::html::names::Class;
use crate::html::Html;
use crate::model::figures::matrix::Matrix;
use crate::model::{Choice, Vote};
use crate::{format_html, named, write_html};

/// The `FIGURE` value of this figure.
pub const MATRIX: &str = "matrix";
pub const MATRIX_FIGURE: Class = named!("." "matrix-figure");
pub const MATRIX_TABLE: Class = named!("." "matrix-table");
/// The cell of states that voted yes on both texts.
pub const BOTH_YES: Class = named!("." "matrix-both-yes");
/// The line above a table: "Yes on both …: N of 193".
pub const SUMMARY: Class = named!("." "matrix-summary");
/// Lets a table scroll sideways on a narrow screen instead of the page.
pub const SCROLL: Class = named!("." "figure-scroll");

fn pair(m: &Matrix) -> Html {
    let (rows, columns) = (m.rows, m.columns);
    let caption = format_html!(
        ui!(figures_matrix table_caption),
        years = m.years(),
        rs = rows.symbol,
        rshort = rows.short,
        cs = columns.symbol,
        cshort = columns.short
    );
    format_html!(
        concat!(
            "<p class=\"{summary}\">",
            ui!(figures_matrix summary),
            "</p>",
            "<div class=\"{scroll}\" tabindex=\"0\" role=\"region\" aria-label=\"",
            ui!(figures_matrix region),
            "\">{table}</div>"
        ),
        summary = SUMMARY,
        rs = rows.symbol,
        cs = columns.symbol,
        share = format_html!(
            concat!("<strong>", ui!(figures_matrix count_of_total), "</strong>"),
            n = m.yes_on_both(),
            total = m.counts.total()
        ),
        scroll = SCROLL,
        table = cross_table(
            rows,
            columns,
            &m.counts,
            &caption,
            MATRIX_TABLE,
            Some((Choice::Yes, Choice::Yes, BOTH_YES))
        )
    )
}

/// The figure for `pairs` of rival texts (each in any order).
pub fn matrix_html(pairs: &[(&Vote, &Vote)]) -> Html {
    let matrices: Vec<Matrix> = pairs.iter().map(|&(a, b)| Matrix::of(a, b)).collect();
    let listed: Vec<String> = matrices
        .iter()
        .map(|m| {
            format!(
                ui_plain!(figures_matrix pair),
                a = m.rows.symbol,
                b = m.columns.symbol,
                years = m.years()
            )
        })
        .collect();
    let mut out = format_html!(
        concat!(
            "<figure class=\"{class}\" {figure}=\"{name}\"><figcaption>",
            ui!(figures_matrix caption),
            "</figcaption>"
        ),
        class = MATRIX_FIGURE,
        figure = FIGURE,
        name = MATRIX,
        pairs = listed.join("; ")
    );
    out.extend(matrices.iter().map(pair));
    write_html!(out, "</figure>");
    out
}
