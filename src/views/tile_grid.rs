//! Every member state as one equal tile, grouped by regional group: the
//! fairest picture of a one-state-one-vote body, where Nauru counts as much
//! as China. Drawn as text (markup/tile_grid.rs), then repainted in place
//! (see mark_figure.rs). Arrow keys walk the tiles in the order shown
//! (group by group, alphabetically within each).

use super::effect::effect;
use super::mark_figure::{mark_figure, tap_under, Marks};
use crate::browser::dom::find;
use crate::data;
use crate::markup::legend::{set_counts, LEGEND};
use crate::markup::marks::{member_under, MarkText, TILE, TILE_ID};
use crate::markup::tile_grid::{display_order, grid_figure, FIGURE, FOCUS, FRAME};
use crate::markup::tooltip::Place;
use crate::model::state_paint::{paints, PaintInputs};
use crate::model::Vote;
use crate::state::use_app_state;
use leptos::prelude::*;

/// Where the bottom centre of a tile falls in the grid's frame, as
/// percentages of the frame (the tooltip sits just below the tile).
fn tile_position(root: &web_sys::Element, target: Place) -> Option<(f32, f32)> {
    let Place::Member(i) = target else {
        return None;
    };
    let tile = find(root, &format!("#{TILE_ID}{}", data::members()[i].iso3))?;
    let frame = find(root, FRAME.selector)?;
    let (t, f) = (
        tile.get_bounding_client_rect(),
        frame.get_bounding_client_rect(),
    );
    let x = (t.left() + t.width() / 2.0 - f.left()) * 100.0 / f.width();
    let y = (t.bottom() - f.top()) * 100.0 / f.height();
    Some((x as f32, y as f32))
}

#[component]
pub fn TileGrid(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let state = use_app_state();
    let cursor = RwSignal::new(None::<usize>);
    let paint_now = move || {
        paints(
            data::members(),
            PaintInputs {
                vote: vote.get(),
                comparing: None,
                highlight: state.stage_step().highlight,
                cursor: cursor.get(),
                selected: state.country.get(),
            },
        )
    };
    let first = untrack(paint_now);
    let order = display_order();
    let mut position_of = vec![0; order.len()];
    for (position, &i) in order.iter().enumerate() {
        position_of[i] = position;
    }
    let marks = Marks {
        class: FIGURE.name,
        shell: grid_figure(&first, vote.get_untracked()),
        focus: FOCUS.selector,
        selector: TILE.selector,
        position_of,
        text: MarkText::GlyphAndName,
        id_prefix: TILE_ID,
        order,
        target_under: |ev| member_under(ev).map(Place::Member),
        tooltip_at: tile_position,
        tap: tap_under,
    };
    let (figure, root) = mark_figure(marks, paint_now, first, vote, cursor);
    effect(move || {
        let vote = vote.get();
        if let Some(root) = root.get() {
            set_counts(&root, LEGEND, vote);
        }
    });
    figure
}
