//! Every member state as one equal tile, grouped by regional group: the
//! fairest picture of a one-state-one-vote body, where Nauru counts as much
//! as China. Written once as text (markup/tile_grid.rs), then repainted in
//! place. One tab stop; arrow keys walk the tiles in the order shown (group
//! by group, alphabetically within each).

use super::roving_keys::roving_keydown;
use super::state_tooltip::{StateTooltip, Target};
use super::vote_legend::VoteLegend;
use crate::browser::repaint::{member_under, repaint, MarkText};
use crate::data;
use crate::markup::tile_grid::{display_order, tile_groups};
use crate::model::state_paint::{paints, Paint, PaintInputs};
use crate::model::Vote;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn TileGrid(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let state = use_app_state();
    let cursor = RwSignal::new(None::<usize>);
    let hovered = RwSignal::new(None::<usize>);
    let order = display_order();
    let mut position_of = vec![0; order.len()];
    for (position, &i) in order.iter().enumerate() {
        position_of[i] = position;
    }
    let on_key = roving_keydown(state, cursor, order, || {});
    // The tooltip sits just below the tile it describes.
    let tooltip = Signal::derive(move || {
        let i = hovered.get().or(cursor.get())?;
        Some((Target::Member(i), tile_position(data::members()[i].iso3)?))
    });
    let tally = Signal::derive(move || vote.get().tally());
    let paint_now = move || {
        paints(
            data::members(),
            PaintInputs {
                vote: vote.get(),
                comparing: None,
                highlight: state.current_step().highlight,
                cursor: cursor.get(),
                selected: state.country.get(),
            },
        )
    };
    let first = untrack(paint_now);
    let tiles = tile_groups(&first);
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |previous: Option<Vec<Paint>>| {
        let next = paint_now();
        if let Some(host) = host.get() {
            let previous = previous.as_deref().unwrap_or(&first);
            repaint(
                &host,
                ".tile",
                &position_of,
                MarkText::GlyphAndName,
                previous,
                &next,
            );
        }
        next
    });
    view! {
        <figure class="tile-grid">
            <div class="grid-frame">
                <div
                    node_ref=host
                    class="grid-focus"
                    tabindex="0"
                    role="listbox"
                    data-own-keys=""
                    aria-label="Every member state as an equal tile, grouped by regional group. Arrow keys move between states, Enter selects, Escape clears."
                    aria-activedescendant=move || cursor.get().map(|i| format!("tile-{}", data::members()[i].iso3))
                    on:keydown=on_key
                    on:blur=move |_| cursor.set(None)
                    on:pointerover=move |ev| hovered.set(member_under(&ev))
                    on:pointerleave=move |_| hovered.set(None)
                    on:click=move |ev| {
                        if let Some(i) = member_under(&ev) {
                            state.country.set(Some(i));
                        }
                    }
                    inner_html=tiles
                ></div>
                <StateTooltip target=tooltip vote=vote />
            </div>
            <figcaption>
                <VoteLegend tally=tally />
            </figcaption>
        </figure>
    }
}

/// Where the bottom centre of a tile falls in the grid's frame, as
/// percentages of the frame (for placing the tooltip).
fn tile_position(iso3: &str) -> Option<(f32, f32)> {
    let tile = document().get_element_by_id(&format!("tile-{iso3}"))?;
    let frame = tile.closest(".grid-frame").ok()??;
    let (t, f) = (
        tile.get_bounding_client_rect(),
        frame.get_bounding_client_rect(),
    );
    let x = (t.left() + t.width() / 2.0 - f.left()) * 100.0 / f.width();
    let y = (t.bottom() - f.top()) * 100.0 / f.height();
    Some((x as f32, y as f32))
}
