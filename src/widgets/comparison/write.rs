//! The comparison of two votes, drawn once per pair: the transition table
//! (its counts sum to 193), who voted yes on both, who moved, who kept.

use crate::data;
use crate::html::Html;
use crate::model::compare::Transitions;
use crate::model::{Choice, Vote};
use crate::{format_html, write_html};

/// "A/C.3/74/L.11/Rev.1 (18 November 2019)".
fn dated(vote: &Vote) -> String {
    format!("{} ({})", vote.symbol, vote.date_label)
}

fn names(indexes: &[usize]) -> String {
    let names: Vec<&str> = indexes.iter().map(|&i| data::member_name(i)).collect();
    names.join(ui_plain!(punctuation list_separator))
}

/// One `<li>` per non-empty transition in `pairs`, titled by `title`.
fn list(
    t: &Transitions,
    pairs: &[(Choice, Choice)],
    // Not generic: one copy of this function serves every caller.
    title: &dyn Fn(Choice, Choice) -> String,
) -> Html {
    let mut out = Html::new();
    for &(x, y) in pairs {
        let states = t.states(x, y);
        if states.is_empty() {
            continue;
        }
        write_html!(
            out,
            "<li data-from=\"{from}\" data-to=\"{to}\"><strong>{title} ({count}): </strong>{names}</li>",
            from = x.slug(),
            to = y.slug(),
            title = title(x, y),
            count = states.len(),
            names = names(states)
        );
    }
    out
}

/// The whole comparison of `a` (rows) with `b` (columns).
pub fn transitions_html(a: &Vote, b: &Vote) -> Html {
    let t = Transitions::between(a, b);
    if a.is_signatures() != b.is_signatures() {
        return vote_to_status_html(a, b, &t);
    }
    let mut out = format_html!(
        concat!(
            "<p class=\"compare-summary\">",
            ui!(comparison summary),
            "</p>"
        ),
        a = a.symbol,
        b = b.symbol,
        kept = t.unchanged(),
        total = t.total(),
        changed = t.total() - t.unchanged()
    );
    out.push(&table(a, b, &t, &dated(b)));
    let both = t.states(Choice::Yes, Choice::Yes);
    write_html!(
        out,
        concat!(
            "<div class=\"both-yes\" data-count=\"{count}\"><h4>",
            ui!(comparison both_yes),
            "</h4><p>{names}</p></div>"
        ),
        count = both.len(),
        names = names(both)
    );
    let changed: Vec<(Choice, Choice)> = Choice::ALL
        .into_iter()
        .flat_map(|x| Choice::ALL.into_iter().map(move |y| (x, y)))
        .filter(|(x, y)| x != y)
        .collect();
    write_html!(
        out,
        concat!(
            "<details class=\"moved\"><summary>",
            ui!(comparison who_changed),
            "</summary><ul>{items}</ul></details>"
        ),
        items = list(&t, &changed, &|x, y| format!(
            "{} → {}",
            x.label(),
            y.label()
        ))
    );
    let same: Vec<(Choice, Choice)> = Choice::ALL.into_iter().map(|c| (c, c)).collect();
    write_html!(
        out,
        concat!(
            "<details class=\"kept\"><summary>",
            ui!(comparison who_kept),
            "</summary><ul>{items}</ul></details>"
        ),
        items = list(&t, &same, &|c, _| format!(
            ui_plain!(comparison on_both),
            position = c.label()
        ))
    );
    out
}

/// The transition table, its caption naming `b` as `columns`: `a`'s
/// positions as rows, `b`'s as columns (a signature record has three),
/// and the totals.
fn table(a: &Vote, b: &Vote, t: &Transitions, columns: &str) -> Html {
    let mut out = format_html!(
        concat!(
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"",
            ui!(comparison table_label),
            "\">",
            "<table class=\"transitions\"><caption>",
            ui!(comparison table_caption),
            "</caption><thead><tr><td></td>",
        ),
        rows = dated(a),
        columns
    );
    for c in Choice::ALL {
        write_html!(out, "<th scope=\"col\">{label}</th>", label = b.label(c));
    }
    write_html!(
        out,
        concat!(
            "<th scope=\"col\">",
            ui!(comparison total),
            "</th></tr></thead><tbody>"
        )
    );
    for x in Choice::ALL {
        write_html!(
            out,
            "<tr><th scope=\"row\">{label}</th>",
            label = a.label(x)
        );
        let mut row_total = 0;
        for y in Choice::ALL {
            let n = t.states(x, y).len();
            row_total += n;
            let same = if x == y && a.is_signatures() == b.is_signatures() {
                format_html!(" class=\"same\"")
            } else {
                Html::new()
            };
            write_html!(
                out,
                "<td data-from=\"{from}\" data-to=\"{to}\"{same}>{n}</td>",
                from = x.slug(),
                to = y.slug(),
                same,
                n
            );
        }
        write_html!(out, "<td class=\"total\">{row_total}</td></tr>", row_total);
    }
    write_html!(out, "</tbody></table></div>");
    out
}

/// A vote set against a signature status (or the reverse): there is no
/// "same position", so the table and one list per cell say where each
/// state went; "unknown" keeps its own column, never merged with "not signed".
fn vote_to_status_html(a: &Vote, b: &Vote, t: &Transitions) -> Html {
    let counts: Vec<String> = Choice::ALL
        .iter()
        .map(|&c| {
            let n: usize = Choice::ALL.iter().map(|&x| t.states(x, c).len()).sum();
            format!("{} {n}", b.label(c).to_ascii_lowercase())
        })
        .collect();
    let mut out = format_html!(
        concat!(
            "<p class=\"compare-summary\">",
            ui!(comparison summary_status),
            "</p>"
        ),
        a = a.symbol,
        b = b.title,
        total = t.total(),
        counts = counts.join(ui_plain!(punctuation list_separator))
    );
    out.push(&table(a, b, t, b.title));
    let cells: Vec<(Choice, Choice)> = Choice::ALL
        .iter()
        .flat_map(|&x| Choice::ALL.iter().map(move |&y| (x, y)))
        .collect();
    write_html!(
        out,
        concat!(
            "<details class=\"moved\" open><summary>",
            ui!(comparison state_by_state),
            "</summary><ul>{items}</ul></details>"
        ),
        items = list(t, &cells, &|x, y| format!(
            "{} → {}",
            a.label(x),
            b.label(y)
        ))
    );
    out
}
