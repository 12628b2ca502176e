//! The app's opening screen written as static HTML: the same elements and
//! classes as the app's header, contents, timeline and step (src/views/),
//! so the page looks the same before the WebAssembly arrives and the app
//! takes over without moving anything. Links go to the static step pages,
//! so everything also works with JavaScript off.
//!
//! When a view's markup changes, change it here too: the end-to-end test
//! "the app takes over without a layout jump" compares the two.

use std::fmt::Write;
use uncyber::data;
use uncyber::markup::{esc, paragraphs};
use uncyber::model::decimal::decimal;
use uncyber::model::story::Step;
use uncyber::model::timeline_scale::{x_of, TICKS};
use uncyber::model::{Choice, Vote};

fn step_link(slug: &str) -> String {
    format!("step-{slug}.html")
}

/// A link to every step's page, as `<li>` items, the current one marked.
fn step_items(index: usize) -> String {
    let mut out = String::new();
    for (i, s) in data::steps().iter().enumerate() {
        let current = if i == index {
            " aria-current=\"step\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<li><a href=\"{}\"{current}>{}</a></li>",
            step_link(s.slug),
            esc(s.title)
        );
    }
    out
}

/// Mirrors src/app.rs's header; its "open the full explainer" link shows
/// only when embedded (see embed_mode.rs).
pub fn header(step: &Step) -> String {
    let site = data::site();
    format!(
        "<header class=\"site-header\"><p class=\"kicker\">{}</p><h1>{}</h1><p class=\"standfirst\">{}</p><a class=\"open-full\" href=\"{}\" target=\"_blank\" rel=\"noopener\" hidden>Open the full explainer ↗</a></header>",
        esc(site.kicker),
        esc(site.title),
        esc(site.standfirst),
        step_link(step.slug)
    )
}

/// Mirrors src/views/contents.rs (closed, as the app first shows it).
pub fn contents(index: usize) -> String {
    let steps = data::steps();
    let mut out = format!(
        "<nav class=\"contents\" aria-label=\"Contents\"><details><summary>Contents <span class=\"contents-position\">(step {} of {})</span></summary><ol>",
        index + 1,
        steps.len()
    );
    out.push_str(&step_items(index));
    out.push_str("</ol></details></nav>");
    out
}

/// Mirrors src/views/timeline.rs.
pub fn timeline(step: &Step) -> String {
    let mut out = String::from(
        "<section class=\"timeline\" aria-label=\"Timeline, 1998 to today\"><h2 class=\"timeline-heading\">Timeline, 1998 to today</h2><svg class=\"timeline-scale\" viewBox=\"0 -16 1000 44\" aria-hidden=\"true\" focusable=\"false\"><line class=\"axis\" x1=\"0\" x2=\"1000\" y1=\"10\" y2=\"10\"></line>",
    );
    for year in TICKS {
        let x = decimal(x_of(f32::from(year)), 1);
        let _ = write!(out, "<line class=\"tick\" x1=\"{x}\" x2=\"{x}\" y1=\"4\" y2=\"16\"></line><text class=\"tick-label\" x=\"{x}\" y=\"-4\" text-anchor=\"middle\">{year}</text>");
    }
    let is_current = |steps: &[&str]| steps.contains(&step.slug);
    for e in data::timeline() {
        let (class, r) = if is_current(e.steps) {
            ("event-dot current", "7")
        } else {
            ("event-dot", "4.5")
        };
        let _ = write!(
            out,
            "<circle class=\"{class}\" cx=\"{}\" cy=\"10\" r=\"{r}\"></circle>",
            decimal(x_of(e.position), 1)
        );
    }
    out.push_str("</svg><ol class=\"timeline-events\">");
    for e in data::timeline() {
        let current = is_current(e.steps);
        let body = format!(
            "<time datetime=\"{}\">{}</time><span class=\"event-label\">{}</span>",
            esc(e.date),
            esc(e.date_label),
            esc(e.label)
        );
        let _ = write!(
            out,
            "<li class=\"timeline-event{}\">",
            if current { " current" } else { "" }
        );
        match e.steps.first() {
            Some(slug) => {
                let aria = if current {
                    " aria-current=\"step\""
                } else {
                    ""
                };
                let _ = write!(out, "<a href=\"{}\"{aria}>{body}</a>", step_link(slug));
            }
            None => {
                let _ = write!(out, "<span>{body}</span>");
            }
        }
        out.push_str("</li>");
    }
    out.push_str("</ol></section>");
    out
}

/// Mirrors src/views/tally_bar.rs.
fn tally_bar(vote: &Vote) -> String {
    let t = vote.tally();
    let mut out = String::from("<figure class=\"tally\"><svg class=\"tally-bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">");
    for c in Choice::ALL {
        let _ = write!(
            out,
            "<rect class=\"fill-{}\" x=\"{}\" y=\"0\" width=\"{}\" height=\"10\"></rect>",
            c.slug(),
            decimal(t.bar_start(c), 3),
            decimal(t.percent(c), 3)
        );
    }
    out.push_str("</svg><figcaption><ul class=\"tally-legend\">");
    for c in Choice::ALL {
        let _ = write!(
            out,
            "<li data-choice=\"{0}\"><span class=\"swatch swatch-{0}\" aria-hidden=\"true\">{1}</span><span class=\"legend-label\">{2}</span> <strong class=\"legend-count\">{3}</strong></li>",
            c.slug(),
            c.glyph(),
            c.label(),
            t.get(c)
        );
    }
    out.push_str("</ul></figcaption></figure>");
    out
}

/// Mirrors src/views/step_figure.rs, without its one button (comparing
/// needs the app).
fn figure(step: &Step, vote: &Vote) -> String {
    if step.vote.is_none() && step.both_yes.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<div class=\"step-figure\"><p class=\"figure-title\"><span class=\"symbol\">{}</span>, {}: <strong>{}</strong></p>{}",
        esc(vote.symbol),
        esc(vote.date_label),
        vote.tally().in_words(),
        tally_bar(vote)
    );
    if !step.highlight.is_empty() {
        out.push_str("<h3 class=\"figure-subhead\">Highlighted in this step</h3><ul class=\"highlight-list\">");
        for i in step
            .highlight
            .iter()
            .filter_map(|iso3| data::member_index(iso3))
        {
            let m = &data::members()[i];
            let c = vote.choice(i);
            let _ = write!(
                out,
                "<li data-iso3=\"{}\" data-vote=\"{}\"><span class=\"highlight-name\">{}</span><span class=\"vote-chip vote-{}\"><span class=\"glyph\" aria-hidden=\"true\">{}</span> {}</span></li>",
                m.iso3, c.slug(), esc(m.name), c.slug(), c.glyph(), c.label()
            );
        }
        out.push_str("</ul>");
    }
    for (a, b) in step
        .both_yes
        .iter()
        .filter_map(|(a, b)| Some((data::vote(a)?, data::vote(b)?)))
    {
        let count = uncyber::model::compare::both_yes(a, b).len();
        let total = data::members().len();
        let _ = write!(
            out,
            "<div class=\"pair-figure\"><p class=\"pair-label\">Voted yes on both {} and {}: <strong>{count} of {total}</strong></p><svg class=\"pair-bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"pair-rest\" x=\"0\" y=\"0\" width=\"100\" height=\"6\"></rect><rect class=\"fill-yes\" x=\"0\" y=\"0\" width=\"{}\" height=\"6\"></rect></svg></div>",
            esc(a.symbol),
            esc(b.symbol),
            decimal(count as f32 * 100.0 / total as f32, 3)
        );
    }
    for group in step.highlight_groups {
        let t = group.tally(data::members(), vote);
        let _ = write!(
            out,
            "<p class=\"group-tally\"><strong>{} ({})</strong>: {}</p>",
            esc(group.label()),
            t.total(),
            t.in_words()
        );
    }
    out.push_str("</div>");
    out
}

/// Mirrors the top of src/views/step_panel.rs: position, title, text and
/// figure, then the sources and (static pages only) every step's link.
pub fn step(index: usize, vote: &Vote) -> String {
    let steps = data::steps();
    let step = &steps[index];
    let mut out = format!(
        "<article class=\"step\" aria-label=\"{}\"><p class=\"step-position\">Step {} of {} · <time datetime=\"{}\">{}</time></p><h2>{}</h2><div class=\"step-layout\"><div class=\"step-text\">{}</div>{}</div>",
        esc(step.title),
        index + 1,
        steps.len(),
        esc(step.when),
        esc(step.when_label),
        esc(step.title),
        paragraphs(step),
        figure(step, vote)
    );
    out.push_str(
        "<section class=\"step-sources\" aria-label=\"Sources for this step\"><h3>Sources</h3><ul>",
    );
    for s in step.sources {
        let _ = write!(
            out,
            "<li><a href=\"{}\">{}</a></li>",
            esc(s.url),
            esc(s.label)
        );
    }
    out.push_str("</ul></section><nav class=\"prerender-nav\" aria-label=\"Steps\"><ol>");
    out.push_str(&step_items(index));
    out.push_str("</ol></nav></article>");
    out
}
