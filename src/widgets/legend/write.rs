//! The key to the map and the grid as text: each category with its swatch,
//! its glyph and how many states are in it; and, beside it, `set_counts`,
//! which moves a key drawn for one vote to another's words and numbers.

use crate::html::names::{Attr, Class};
use crate::html::Html;
use crate::model::compare::CompareKey;
use crate::model::{Choice, Vote};
use crate::{format_html, named, write_html};

/// The map's and the grid's key (a `<ul>` of `category_item`s).
pub const LEGEND: Class = named!("." "legend");
/// The category an item stands for.
pub const CHOICE: Attr = named!("[" "data-choice" "]");
/// An item's parts that change with the vote.
pub const COUNT: Class = named!("." "legend-count");
pub const LABEL: Class = named!("." "legend-label");
/// The date a signature count is true as of (empty for a vote).
pub const AS_OF: Class = named!("." "legend-as-of");

/// How a category's colour is shown beside its words: the map's key (a
/// patch with the glyph inside) or the tally bar's swatch.
#[derive(Clone, Copy)]
pub enum Sample {
    Key,
    Swatch,
}

/// The glyph in a key's patch, and the tally's swatch (its glyph inside).
/// The item of each category, as `category_item` writes it (`CHOICE`).
pub fn item_selector(c: Choice) -> &'static str {
    match c {
        Choice::Yes => "[data-choice=yes]",
        Choice::No => "[data-choice=no]",
        Choice::Abstain => "[data-choice=abstain]",
        Choice::Absent => "[data-choice=absent]",
    }
}

pub const KEY_GLYPH: Class = named!("." "key-glyph");
pub const SWATCH: Class = named!("." "swatch");

/// One category of `vote` as a legend item: its colour, glyph, words and
/// count.
pub fn category_item(vote: &Vote, c: Choice, count: u16, sample: Sample) -> Html {
    let (slug, glyph) = (c.slug(), vote.glyph(c));
    let sample = match sample {
        Sample::Key => format_html!(
            "<span class=\"key key-{slug}\" aria-hidden=\"true\"><span class=\"{key_glyph}\">{glyph}</span></span>",
            slug,
            key_glyph = KEY_GLYPH,
            glyph
        ),
        Sample::Swatch => format_html!(
            "<span class=\"{swatch} {swatch}-{slug}\" aria-hidden=\"true\">{glyph}</span>",
            swatch = SWATCH,
            slug,
            glyph
        ),
    };
    format_html!(
        concat!(
            "<li {choice}=\"{slug}\">{sample}<span class=\"{label_class}\">{label}</span><span class=\"{as_of_class}\">{as_of}</span> ",
            "<strong class=\"{count_class}\">{count}</strong></li>",
        ),
        choice = CHOICE,
        slug,
        sample,
        label_class = LABEL,
        label = vote.label(c),
        as_of_class = AS_OF,
        as_of = vote.as_of_words(c),
        count_class = COUNT,
        count,
    )
}

/// A state's position on `vote` as a chip in its colour: glyph and words.
pub fn vote_chip(vote: &Vote, c: Choice) -> Html {
    format_html!(
        "<span class=\"vote-chip vote-{slug}\"><span class=\"glyph\" aria-hidden=\"true\">{glyph}</span> {label}</span>",
        slug = c.slug(),
        glyph = vote.glyph(c),
        label = vote.label(c)
    )
}

/// The `<li>` items of a legend; `with_non_members` adds the neutral fill
/// of places that are not member states (the map has them, the grid not).
/// Every record has the same four slots, so a switch between a vote and
/// the signatures rewrites words in place.
pub fn legend_items(vote: &Vote, with_non_members: bool) -> Html {
    let mut out = Html::new();
    let tally = vote.tally();
    for c in Choice::ALL {
        out.push(&category_item(vote, c, tally.get(c), Sample::Key));
    }
    if with_non_members {
        write_html!(
            out,
            concat!(
                "<li data-choice=\"non-member\"><span class=\"key key-non-member\" aria-hidden=\"true\"></span>",
                ui!(legend non_member), "<span class=\"legend-non-member-long\"> ", ui!(legend non_member_kinds), "</span></li>",
            )
        );
    }
    out
}

/// The `<li>` items of the key to a comparison of `a` with `b`, as the map
/// draws it (see model::compare::CompareKey), each with its count; "changed
/// to" means the position on `b`, which the stage's title names second.
pub fn compare_legend_items(a: &Vote, b: &Vote) -> Html {
    if a.is_signatures() != b.is_signatures() {
        // A vote set against a status: the map shows the status.
        return legend_items(b, true);
    }
    let key = CompareKey::of(a, b);
    let mut out = format_html!(
        concat!(
            "<li data-choice=\"yes-both\"><span class=\"key key-yes-both\" aria-hidden=\"true\"><span class=\"key-glyph\">✓✓</span></span>",
            ui!(legend yes_on_both), " <strong class=\"legend-count\">{yes_on_both}</strong></li>",
            "<li data-choice=\"same\"><span class=\"key key-same\" aria-hidden=\"true\"><span class=\"key-glyph\">=</span></span>",
            ui!(legend same_other), " <strong class=\"legend-count\">{same_other}</strong></li>",
        ),
        yes_on_both = key.yes_on_both,
        same_other = key.same_other
    );
    for (c, count) in Choice::ALL.iter().zip(key.moved_to) {
        write_html!(
            out,
            concat!(
                "<li data-choice=\"{slug}\"><span class=\"key key-{slug}\" aria-hidden=\"true\">",
                "<span class=\"key-glyph\">{glyph}</span></span>",
                ui!(legend changed_to),
                " <strong class=\"legend-count\">{count}</strong></li>",
            ),
            slug = c.slug(),
            glyph = c.glyph(),
            label = c.label().to_ascii_lowercase(),
            count
        );
    }
    out
}
