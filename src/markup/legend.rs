//! The key to the map and the grid as text: each category with its swatch,
//! its glyph and how many states are in it.

use crate::model::compare::CompareKey;
use crate::model::{Choice, Vote};
use std::fmt::Write;

/// How a category's colour is shown beside its words: the map's key (a
/// patch with the glyph inside) or the tally bar's swatch.
#[derive(Clone, Copy)]
pub enum Sample {
    Key,
    Swatch,
}

/// One category of `vote` as a legend item: its colour, glyph, words and
/// count. A category the record does not use is drawn hidden, so a switch
/// between a vote and the signatures rewrites words in place.
pub fn category_item(vote: &Vote, c: Choice, count: u16, sample: Sample) -> String {
    let (slug, glyph) = (c.slug(), vote.glyph(c));
    let sample = match sample {
        Sample::Key => format!(
            "<span class=\"key key-{slug}\" aria-hidden=\"true\"><span class=\"key-glyph\">{glyph}</span></span>"
        ),
        Sample::Swatch => {
            format!("<span class=\"swatch swatch-{slug}\" aria-hidden=\"true\">{glyph}</span>")
        }
    };
    format!(
        "<li data-choice=\"{slug}\"{hidden}>{sample}<span class=\"legend-label\">{label}</span> <strong class=\"legend-count\">{count}</strong></li>",
        hidden = if vote.slots().contains(&c) { "" } else { " hidden" },
        label = vote.label(c),
    )
}

/// The `<li>` items of a legend; `with_non_members` adds the neutral fill
/// of places that are not member states (the map has them, the grid not).
/// Every slot is drawn (a signature record hides the one it does not use),
/// so a switch between a vote and the signatures rewrites words in place.
pub fn legend_items(vote: &Vote, with_non_members: bool) -> String {
    let mut out = String::new();
    let tally = vote.tally();
    for c in Choice::ALL {
        out.push_str(&category_item(vote, c, tally.get(c), Sample::Key));
    }
    if with_non_members {
        out.push_str("<li data-choice=\"non-member\"><span class=\"key key-non-member\" aria-hidden=\"true\"></span>Not a member state<span class=\"legend-non-member-long\"> (observer, territory or disputed)</span></li>");
    }
    out
}

/// The `<li>` items of the key to a comparison of `a` with `b`, as the map
/// draws it (see model::compare::CompareKey), each with its count; "changed
/// to" means the position on `b`, which the stage's title names second.
pub fn compare_legend_items(a: &Vote, b: &Vote) -> String {
    if a.is_signatures() != b.is_signatures() {
        // A vote set against a status: the map shows the status.
        return legend_items(b, true);
    }
    let key = CompareKey::of(a, b);
    let mut out = format!(
        "<li data-choice=\"yes-both\"><span class=\"key key-yes-both\" aria-hidden=\"true\"><span class=\"key-glyph\">✓✓</span></span>Yes on both <strong class=\"legend-count\">{}</strong></li><li data-choice=\"same\"><span class=\"key key-same\" aria-hidden=\"true\"><span class=\"key-glyph\">=</span></span>Same other position <strong class=\"legend-count\">{}</strong></li>",
        key.yes_on_both, key.same_other
    );
    for (c, count) in Choice::ALL.iter().zip(key.moved_to) {
        let _ = write!(
            out,
            "<li data-choice=\"{0}\"><span class=\"key key-{0}\" aria-hidden=\"true\"><span class=\"key-glyph\">{1}</span></span>Changed to {2} <strong class=\"legend-count\">{count}</strong></li>",
            c.slug(),
            c.glyph(),
            c.label().to_ascii_lowercase()
        );
    }
    out
}
