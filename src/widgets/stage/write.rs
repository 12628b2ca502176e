//! The stage: the one figure the story drives. A line naming what the map
//! shows (a vote, or two votes compared), and on the map the step's focus
//! region and direct labels for the states it names. Shared by the app
//! (widgets/stage/view.rs, widgets/stage/map_view.rs) and the static pages.

use crate::data;
use crate::generated::map::{MEMBER_SHAPES, PATH_UNITS, VIEW_BOX};
use crate::html::action::Action;
use crate::html::names::Class;
use crate::html::page::COLOUR_KEY;
use crate::html::Html;
use crate::model::decimal::decimal;
use crate::model::focus::{frame_around, Frame};
use crate::model::map_labels::{place_labels, LabelSpec};
use crate::model::region::Region;
use crate::model::story::Step;
use crate::model::{Camp, Vote};
use crate::widgets::legend::write::{compare_legend_items, legend_items};
use crate::{format_html, named, write_html};

/// The two sets of labels, each with its text height in view-box units at
/// the map's full extent and the most labels it shows: for a map drawn
/// wider than 480 px, and for a narrower one (phones, small frames), where
/// only the step's first four fit; about 11 to 15 px on screen either way
/// (CSS shows one set, by the figure's width).
pub const LABEL_SIZES: [(&str, f32, usize); 2] = [
    ("labels-wide", 22.0, usize::MAX),
    ("labels-narrow", 36.0, 4),
];

/// What the stage compares for a step: the reader's pair, else the step's.
pub type Pair = (&'static Vote, &'static Vote);

/// The part of the world a step frames, or the region the reader zoomed
/// to, unless `keep_in_view` (a state the reader selected or is on) falls
/// outside it: then the whole world.
pub fn stage_frame(step: &Step, zoom: Option<Region>, keep_in_view: Option<usize>) -> Frame {
    let states = zoom.map_or(step.focus, Region::edge_states);
    let centres: Vec<(f32, f32)> = states
        .iter()
        .filter_map(|c| data::member_index(c))
        .map(|i| MEMBER_SHAPES[i].centre)
        .collect();
    let frame = frame_around(&centres, VIEW_BOX);
    let outside = keep_in_view.is_some_and(|i| {
        let (x, y) = frame.project(MEMBER_SHAPES[i].centre);
        !(0.0..=VIEW_BOX.0).contains(&x) || !(0.0..=VIEW_BOX.1).contains(&y)
    });
    if outside {
        Frame::WORLD
    } else {
        frame
    }
}

/// The labels of the state the reader picked, if any, and of the step's
/// highlighted states, each its short name and the glyph of its position on
/// `vote`, placed for `frame`: one set per size, in path units, for the
/// map's label layer. The picked state comes first, so it is placed first
/// and kept on a narrow map, which shows only the first few.
pub fn map_labels(step: &Step, vote: &Vote, frame: Frame, picked: Option<usize>) -> Html {
    labels(step, vote, frame, picked, false)
}

/// The labels for a map the reader zoomed to a region: a highlighted state
/// whose centre is outside the frame gets none (pinned to the frame's edge,
/// it would name a place the reader did not ask to see). A step's own
/// frame keeps them, pointing at the part of the state in view.
pub fn zoomed_map_labels(step: &Step, vote: &Vote, frame: Frame, picked: Option<usize>) -> Html {
    labels(step, vote, frame, picked, true)
}

#[inline(never)]
fn labels(
    step: &Step,
    vote: &Vote,
    frame: Frame,
    picked: Option<usize>,
    only_in_frame: bool,
) -> Html {
    let mut members: Vec<usize> = picked.into_iter().collect();
    let in_frame = |i: usize| {
        let (x, y) = frame.project(MEMBER_SHAPES[i].centre);
        (0.0..=VIEW_BOX.0).contains(&x) && (0.0..=VIEW_BOX.1).contains(&y)
    };
    for c in step.highlight {
        match data::member_index(c) {
            Some(i) if Some(i) != picked && (!only_in_frame || in_frame(i)) => members.push(i),
            _ => {}
        }
    }
    let texts: Vec<String> = members
        .iter()
        .map(|&i| format!("{} {}", data::short_name(i), vote.glyph(vote.choice(i))))
        .collect();
    let specs: Vec<LabelSpec> = members
        .iter()
        .zip(&texts)
        .map(|(&i, text)| LabelSpec {
            anchor: MEMBER_SHAPES[i].centre,
            text,
        })
        .collect();
    let u = |v: f32| decimal(v * PATH_UNITS, 1);
    let mut out = Html::new();
    for (class, size, most) in LABEL_SIZES {
        write_html!(out, "<g class=\"map-labels {class}\">", class);
        let specs = &specs[..specs.len().min(most)];
        for ((label, text), &i) in place_labels(specs, frame, VIEW_BOX, size)
            .iter()
            .zip(&texts)
            .zip(&members)
        {
            write_html!(
                out,
                "<g class=\"map-label\" data-label-for=\"{iso3}\" data-vote=\"{vote}\">",
                iso3 = data::members()[i].iso3,
                vote = vote.choice(i).slug()
            );
            if let Some((from, to)) = label.leader {
                write_html!(
                    out,
                    "<line class=\"leader\" x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\"></line>",
                    x1 = u(from.0),
                    y1 = u(from.1),
                    x2 = u(to.0),
                    y2 = u(to.1)
                );
            }
            let (x, y) = label.baseline();
            write_html!(
                out,
                "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" stroke-width=\"{stroke}\">{text}</text></g>",
                x = u(x),
                y = u(y),
                size = u(label.font),
                stroke = u(label.font * 0.24),
                text
            );
        }
        write_html!(out, "</g>");
    }
    out
}

/// The line above the stage's map: the vote shown and its result, or the
/// two votes compared.
/// What the stage shows: `chart` (its step's own figure) or `map`.
pub const SHOWING: &str = "data-showing";
/// On a step with a figure of its own, shown while the map is: the way
/// back to the figure.
pub const CHART_RETURN: Class = named!("." "chart-return");

pub fn chart_return() -> Html {
    format_html!(
        concat!(
            "<button type=\"button\" class=\"link-button\" {show_chart}>",
            ui!(stage back_to_chart),
            "</button>"
        ),
        show_chart = Action::ShowChart.attr()
    )
}

fn colour_key(vote: &Vote, comparing: Option<Pair>) -> Html {
    let sentence = match comparing {
        Some((_, b)) => format_html!(
            ui!(stage colour_key_compare),
            second = format_html!("<span class=\"symbol\">{b}</span>", b = b.symbol)
        ),
        None if vote.is_signatures() => format_html!(ui!(stage colour_key_signatures)),
        None => match vote.camp {
            Camp::Russia => format_html!(ui!(stage colour_key_russia)),
            Camp::UnitedStates => format_html!(ui!(stage colour_key_us)),
        },
    };
    format_html!(
        "<span class=\"colour-key\" {key}>{sentence}</span>",
        key = COLOUR_KEY.name,
        sentence
    )
}

/// The line above the map: what it shows, and what its colours mean.
pub fn stage_title(vote: &Vote, comparing: Option<Pair>) -> Html {
    let mut out = stage_heading(vote, comparing);
    out.push(&colour_key(vote, comparing));
    out
}

fn stage_heading(vote: &Vote, comparing: Option<Pair>) -> Html {
    match comparing {
        Some((a, b)) => {
            let symbol = |s: &str| format_html!("<span class=\"symbol\">{s}</span>", s);
            let date = |d: &str| format_html!("<span class=\"stage-date\"> ({d})</span>", d);
            format_html!(
                ui!(stage comparing),
                first = symbol(a.symbol),
                first_date = date(a.date_label),
                second = symbol(b.symbol),
                second_date = date(b.date_label)
            )
        }
        None => format_html!(
            concat!(
                "<span class=\"symbol\">{symbol}</span>",
                ui!(stage symbol_date_separator),
                "{date}<span class=\"stage-result\">",
                ui!(stage date_result_separator),
                "<strong>{words}</strong></span>"
            ),
            symbol = vote.symbol,
            date = vote.date_label,
            words = vote.tally_words()
        ),
    }
}

/// The map's legend: a vote's four positions, or a comparison's own key,
/// each with its count.
pub fn stage_legend(vote: &Vote, comparing: Option<Pair>) -> Html {
    match comparing {
        Some((a, b)) => compare_legend_items(a, b),
        None => legend_items(vote, true),
    }
}

/// The line naming what the stage shows (its figure is the page's
/// `STAGE_FIGURE`).
pub const STAGE_TITLE: Class = named!("." "stage-title");
