//! The small card that follows hover, keyboard focus and taps on the map
//! and the grid: name, vote, regional group and sponsorship.

use crate::data;
use crate::markup::esc;
use crate::model::decimal::decimal;
use crate::model::Vote;
use leptos::prelude::*;
use std::fmt::Write;

/// What the tooltip describes.
#[derive(Clone, Copy, PartialEq)]
pub enum Target {
    Member(usize),
    Other {
        name: &'static str,
        note: &'static str,
    },
}

/// The tooltip's text, one line per fact (also used by tests' expectations).
pub fn tooltip_lines(target: Target, vote: &Vote) -> Vec<String> {
    match target {
        Target::Member(i) => {
            let m = &data::members()[i];
            let c = vote.choice(i);
            let mut lines = vec![
                m.name.to_string(),
                format!("{} {}", c.glyph(), c.label()),
                m.group.label().to_string(),
            ];
            if !m.sponsorship_label().is_empty() {
                lines.push(m.sponsorship_label().to_string());
            }
            lines
        }
        Target::Other { name, note } => vec![name.to_string(), note.to_string()],
    }
}

/// The tooltip's inside: the name in bold, the vote in its colour, then the rest.
fn tooltip_html(target: Target, vote: &Vote) -> String {
    let lines = tooltip_lines(target, vote);
    let vote_class = match target {
        Target::Member(i) => format!("tooltip-vote vote-{}", vote.choice(i).slug()),
        Target::Other { .. } => "tooltip-note".to_string(),
    };
    let mut out = format!(
        "<strong>{}</strong><span class=\"{vote_class}\">{}</span>",
        esc(&lines[0]),
        esc(&lines[1])
    );
    for line in &lines[2..] {
        let _ = write!(out, "<span>{}</span>", esc(line));
    }
    out
}

/// A tooltip placed at `position` (percent of the container).
#[component]
pub fn StateTooltip(
    #[prop(into)] target: Signal<Option<(Target, (f32, f32))>>,
    #[prop(into)] vote: Signal<&'static Vote>,
) -> impl IntoView {
    let shown = Memo::new(move |_| target.get().is_some());
    let at = move || target.get().map(|(_, at)| at).unwrap_or_default();
    move || {
        shown.get().then(|| {
            view! {
                <div
                    class="state-tooltip"
                    class:flip={move || at().0 > 60.0}
                    class:below={move || at().1 < 25.0}
                    style:left=move || format!("{}%", decimal(at().0, 2))
                    style:top=move || format!("{}%", decimal(at().1, 2))
                    aria-hidden="true"
                    inner_html=move || target.get().map(|(t, _)| tooltip_html(t, vote.get())).unwrap_or_default()
                ></div>
            }
        })
    }
}
