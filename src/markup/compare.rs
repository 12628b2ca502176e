//! The comparison of two votes, drawn once per pair: the transition table
//! (its counts sum to 193), who voted yes on both, who moved, who kept.

use super::esc;
use crate::data;
use crate::model::compare::Transitions;
use crate::model::{Choice, Vote};
use std::fmt::Write;

fn names(indexes: &[usize]) -> String {
    let names: Vec<&str> = indexes.iter().map(|&i| data::members()[i].name).collect();
    esc(&names.join(", "))
}

/// One `<li>` per non-empty transition in `pairs`, titled by `title`.
fn list(
    t: &Transitions,
    pairs: &[(Choice, Choice)],
    // Not generic: one copy of this function serves every caller.
    title: &dyn Fn(Choice, Choice) -> String,
) -> String {
    let mut out = String::new();
    for &(x, y) in pairs {
        let states = t.states(x, y);
        if states.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "<li data-from=\"{}\" data-to=\"{}\"><strong>{} ({}): </strong>{}</li>",
            x.slug(),
            y.slug(),
            title(x, y),
            states.len(),
            names(states)
        );
    }
    out
}

/// The whole comparison of `a` (rows) with `b` (columns).
pub fn transitions_html(a: &Vote, b: &Vote) -> String {
    let t = Transitions::between(a, b);
    if a.is_signatures() != b.is_signatures() {
        return vote_to_status_html(a, b, &t);
    }
    let mut out = format!(
        "<p class=\"compare-summary\">From {} to {}: {} of {} member states kept their position; {} changed.</p>",
        esc(a.symbol),
        esc(b.symbol),
        t.unchanged(),
        t.total(),
        t.total() - t.unchanged()
    );
    let _ = write!(
        out,
        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Transition table\"><table class=\"transitions\"><caption>Rows: {} ({}). Columns: {} ({}).</caption><thead><tr><td></td>",
        esc(a.symbol),
        esc(a.date_label),
        esc(b.symbol),
        esc(b.date_label)
    );
    out.push_str(&table(a, b, &t));
    let both = t.states(Choice::Yes, Choice::Yes);
    let _ = write!(
        out,
        "<div class=\"both-yes\" data-count=\"{0}\"><h4>Voted yes on both: {0} member states</h4><p>{1}</p></div>",
        both.len(),
        names(both)
    );
    let changed: Vec<(Choice, Choice)> = Choice::ALL
        .into_iter()
        .flat_map(|x| Choice::ALL.into_iter().map(move |y| (x, y)))
        .filter(|(x, y)| x != y)
        .collect();
    let _ = write!(
        out,
        "<details class=\"moved\"><summary>Who changed position</summary><ul>{}</ul></details>",
        list(&t, &changed, &|x, y| format!(
            "{} → {}",
            x.label(),
            y.label()
        ))
    );
    let same: Vec<(Choice, Choice)> = Choice::ALL.into_iter().map(|c| (c, c)).collect();
    let _ = write!(
        out,
        "<details class=\"kept\"><summary>Who kept the same position</summary><ul>{}</ul></details>",
        list(&t, &same, &|c, _| format!("{} on both", c.label()))
    );
    out
}

/// The transition table's head, rows and totals: `a`'s positions as rows,
/// `b`'s as columns (a signature record has three).
fn table(a: &Vote, b: &Vote, t: &Transitions) -> String {
    let mut out = String::new();
    for &c in b.slots() {
        let _ = write!(out, "<th scope=\"col\">{}</th>", b.label(c));
    }
    out.push_str("<th scope=\"col\">Total</th></tr></thead><tbody>");
    for &x in a.slots() {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", a.label(x));
        let mut row_total = 0;
        for &y in b.slots() {
            let n = t.states(x, y).len();
            row_total += n;
            let same = if x == y && a.is_signatures() == b.is_signatures() {
                " class=\"same\""
            } else {
                ""
            };
            let _ = write!(
                out,
                "<td data-from=\"{}\" data-to=\"{}\"{same}>{n}</td>",
                x.slug(),
                y.slug()
            );
        }
        let _ = write!(out, "<td class=\"total\">{row_total}</td></tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}

/// A vote set against a signature status (or the reverse): there is no
/// "same position", so the table and one list per cell say where each
/// state went; "unknown" keeps its own column, never merged with "not signed".
fn vote_to_status_html(a: &Vote, b: &Vote, t: &Transitions) -> String {
    let counts: Vec<String> = b
        .slots()
        .iter()
        .map(|&c| {
            let n: usize = a.slots().iter().map(|&x| t.states(x, c).len()).sum();
            format!("{} {n}", b.label(c).to_ascii_lowercase())
        })
        .collect();
    let mut out = format!(
        "<p class=\"compare-summary\">From {} to {}, {} member states: {}.</p>",
        esc(a.symbol),
        esc(b.title),
        t.total(),
        counts.join(", ")
    );
    let _ = write!(
        out,
        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Transition table\"><table class=\"transitions\"><caption>Rows: {} ({}). Columns: {}.</caption><thead><tr><td></td>",
        esc(a.symbol),
        esc(a.date_label),
        esc(b.title)
    );
    out.push_str(&table(a, b, t));
    let cells: Vec<(Choice, Choice)> = a
        .slots()
        .iter()
        .flat_map(|&x| b.slots().iter().map(move |&y| (x, y)))
        .collect();
    let _ = write!(
        out,
        "<details class=\"moved\" open><summary>State by state</summary><ul>{}</ul></details>",
        list(t, &cells, &|x, y| format!(
            "{} → {}",
            a.label(x),
            b.label(y)
        ))
    );
    out
}
