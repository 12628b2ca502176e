//! The table of counts behind a figure: one record's positions as rows,
//! another's as columns, each in the data's own order and words (a
//! signature record's columns say "Signed", "Not signed", "No signature on
//! record", "Status unknown"), with totals. Every cell names its row and
//! column in data attributes, so tests and the app can find it.

use crate::html::names::{Attr, Class};
use crate::html::Html;
use crate::model::figures::matrix::CrossTab;
use crate::model::{Choice, Vote};
use crate::{format_html, named, write_html};

/// A cell's row: a position's slug, or `total`.
pub const ROW: Attr = named!("[" "data-row" "]");
/// A cell's column: a position's slug, or `total`.
pub const COL: Attr = named!("[" "data-col" "]");
/// The value of `ROW` or `COL` for a total.
pub const TOTAL: &str = "total";

/// The table of `counts`; the `(row, column)` cell of `emphasis`, if any,
/// carries `emphasis_class` and is written in `<strong>`.
pub fn cross_table(
    rows: &Vote,
    columns: &Vote,
    counts: &CrossTab,
    caption: &Html,
    class: Class,
    emphasis: Option<(Choice, Choice, Class)>,
) -> Html {
    let mut out = format_html!(
        "<table class=\"{class}\"><caption>{caption}</caption><thead><tr><td></td>",
        class,
        caption
    );
    for c in Choice::ALL {
        write_html!(
            out,
            "<th scope=\"col\">{label}</th>",
            label = columns.label(c)
        );
    }
    write_html!(
        out,
        concat!(
            "<th scope=\"col\">",
            ui!(figures_table total),
            "</th></tr></thead><tbody>"
        )
    );
    for r in Choice::ALL {
        write_html!(
            out,
            "<tr><th scope=\"row\">{label}</th>",
            label = rows.label(r)
        );
        for c in Choice::ALL {
            let n = counts.get(r, c);
            match emphasis {
                Some((er, ec, class)) if (er, ec) == (r, c) => write_html!(
                    out,
                    "<td class=\"{class}\" {row}=\"{r}\" {col}=\"{c}\"><strong>{n}</strong></td>",
                    class,
                    row = ROW,
                    col = COL,
                    r = r.slug(),
                    c = c.slug(),
                    n
                ),
                _ => write_html!(
                    out,
                    "<td {row}=\"{r}\" {col}=\"{c}\">{n}</td>",
                    row = ROW,
                    col = COL,
                    r = r.slug(),
                    c = c.slug(),
                    n
                ),
            }
        }
        write_html!(
            out,
            "<td {row}=\"{r}\" {col}=\"{total}\">{n}</td></tr>",
            row = ROW,
            col = COL,
            r = r.slug(),
            total = TOTAL,
            n = counts.row_total(r)
        );
    }
    write_html!(
        out,
        concat!(
            "</tbody><tfoot><tr><th scope=\"row\">",
            ui!(figures_table total),
            "</th>"
        )
    );
    for c in Choice::ALL {
        write_html!(
            out,
            "<td {row}=\"{total}\" {col}=\"{c}\">{n}</td>",
            row = ROW,
            col = COL,
            total = TOTAL,
            c = c.slug(),
            n = counts.column_total(c)
        );
    }
    write_html!(
        out,
        "<td {row}=\"{total}\" {col}=\"{total}\">{n}</td></tr></tfoot></table>",
        row = ROW,
        col = COL,
        total = TOTAL,
        n = counts.total()
    );
    out
}
