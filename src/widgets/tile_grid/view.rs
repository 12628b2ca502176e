//! Every member state as one equal tile, grouped by regional group: the
//! fairest picture of a one-state-one-vote body, where Nauru counts as much
//! as China. Drawn as text (widgets/tile_grid/write.rs), then repainted in place
//! (see mark_figure.rs). Arrow keys walk the tiles in the order shown
//! (group by group, alphabetically within each).

use crate::browser::dom::find;
use crate::data;
use crate::model::state_paint::{paints, PaintInputs};
use crate::model::Vote;
use crate::state::use_app_state;
use crate::view_kit::effect::effect;
use crate::widgets::legend::update::set_counts;
use crate::widgets::legend::write::LEGEND;
use crate::widgets::marks::tooltip::Place;
use crate::widgets::marks::update::member_under;
use crate::widgets::marks::view::{mark_figure, tap_under, Marks};
use crate::widgets::marks::write::{tile_selector, MarkText, TILE, TILE_ID};
use crate::widgets::tile_grid::write::{display_order, grid_figure, FIGURE, FOCUS, FRAME};
use leptos::prelude::*;

/// Where the bottom centre of a tile falls in the grid's frame, as
/// percentages of the frame (the tooltip sits just below the tile).
fn tile_position(root: &web_sys::Element, target: Place) -> Option<(f32, f32)> {
    let Place::Member(i) = target else {
        return None;
    };
    let tile = find(root, &tile_selector(data::members()[i].iso3))?;
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
