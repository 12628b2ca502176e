//! The small card that follows hover, keyboard focus and taps on the map
//! and the grid: name, vote, regional group and sponsorship.

use crate::data;
use crate::model::decimal::decimal;
use crate::model::Vote;
use leptos::prelude::*;

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

/// A tooltip placed at `position` (percent of the container).
#[component]
pub fn StateTooltip(
    #[prop(into)] target: Signal<Option<(Target, (f32, f32))>>,
    #[prop(into)] vote: Signal<&'static Vote>,
) -> impl IntoView {
    view! {
        {
            let shown = Memo::new(move |_| target.get().is_some());
            move || shown.get().then(|| view! {
            {move || {
                target.get().map(|(t, (x, y))| {
                    let lines = tooltip_lines(t, vote.get());
                    let vote_class = match t {
                        Target::Member(i) => format!("tooltip-vote vote-{}", vote.get().choice(i).slug()),
                        Target::Other { .. } => "tooltip-note".to_string(),
                    };
                    view! {
                        <div
                            class="state-tooltip"
                            class:flip={x > 60.0}
                            class:below={y < 25.0}
                            style:left=format!("{}%", decimal(x, 2))
                            style:top=format!("{}%", decimal(y, 2))
                            aria-hidden="true"
                        >
                            <strong>{lines[0].clone()}</strong>
                            <span class=vote_class>{lines[1].clone()}</span>
                            {lines[2..].iter().map(|l| view! { <span>{l.clone()}</span> }).collect_view()}
                        </div>
                    }
                })
            }}
                    })
        }
    }
}
