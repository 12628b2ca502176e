//! Reading numbers back out of the written figures.

use std::collections::HashMap;

/// Each stretch of `html` after an `open`, up to the next `close`.
pub fn between<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    html.split(open)
        .skip(1)
        .map(|part| &part[..part.find(close).unwrap_or(part.len())])
        .collect()
}

/// Text without its tags.
pub fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
}

/// A table as (row heading → (column heading → cell)), headings as read.
pub fn table_cells(table: &str) -> HashMap<String, HashMap<String, String>> {
    let rows = between(table, "<tr>", "</tr>");
    let head: Vec<String> = between(rows[0], "<th", "</th>")
        .iter()
        .map(|c| plain(&format!("<{c}")))
        .collect();
    rows[1..]
        .iter()
        .map(|row| {
            let label = plain(&format!("<{}", between(row, "<th", "</th>")[0]));
            let cells = between(row, "<td", "</td>")
                .iter()
                .map(|c| plain(&format!("<{c}")))
                .collect::<Vec<_>>();
            assert_eq!(cells.len(), head.len(), "{row}");
            (label, head.iter().cloned().zip(cells).collect())
        })
        .collect()
}

/// The numbers of a band's path: M x0 y0 C … x1 y1 L x1 y1' C … x0 y0' Z.
pub fn path_numbers(d: &str) -> Vec<f32> {
    d.split(|c: char| c.is_ascii_alphabetic() || c == ' ')
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect()
}

/// The SVG labels of `class`, each one's lines joined by spaces.
pub fn svg_texts(html: &str, class: &str) -> Vec<String> {
    between(html, &format!("<text class=\"{class}\""), "</text>")
        .iter()
        .map(|text| {
            between(text, "<tspan", "</tspan>")
                .iter()
                .map(|line| plain(&format!("<{line}")))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}
