//! Every member state as one equal tile, grouped by regional group: the
//! fairest picture of a one-state-one-vote body, where Nauru counts as much
//! as China. One tab stop; arrow keys walk the tiles in the order shown
//! (group by group, alphabetically within each).

use super::roving_keys::roving_keydown;
use super::state_tooltip::{StateTooltip, Target};
use super::vote_legend::VoteLegend;
use crate::data;
use crate::model::{RegionalGroup, Vote};
use crate::state::use_app_state;
use leptos::prelude::*;

/// Member indexes in display order: by regional group, then UN order.
fn display_order() -> Vec<usize> {
    RegionalGroup::ALL
        .into_iter()
        .flat_map(|g| (0..data::members().len()).filter(move |&i| data::members()[i].group == g))
        .collect()
}

#[component]
pub fn TileGrid(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let state = use_app_state();
    let cursor = RwSignal::new(None::<usize>);
    let hovered = RwSignal::new(None::<usize>);
    let order = display_order();
    let highlighted = move |i: usize| {
        state
            .current_step()
            .highlight
            .contains(&data::members()[i].iso3)
    };
    let on_key = roving_keydown(state, cursor, order.clone(), || {});
    // The tooltip sits just below the tile it describes.
    let tooltip = Signal::derive(move || {
        let i = hovered.get().or(cursor.get())?;
        Some((Target::Member(i), tile_position(data::members()[i].iso3)?))
    });
    let tally = Signal::derive(move || vote.get().tally());
    let groups = RegionalGroup::ALL
        .into_iter()
        .map(|group| {
            let tiles = (0..data::members().len())
                .filter(|&i| data::members()[i].group == group)
                .map(|i| {
                    let member = &data::members()[i];
                    let choice = move || vote.get().choice(i);
                    view! {
                        <div
                            class="tile"
                            id=format!("tile-{}", member.iso3)
                            role="option"
                            data-iso3=member.iso3
                            data-vote=move || choice().slug()
                            class:highlighted=move || highlighted(i)
                            class:focused=move || cursor.get() == Some(i)
                            aria-selected=move || if state.country.get() == Some(i) { "true" } else { "false" }
                            on:pointerenter=move |_| hovered.set(Some(i))
                            on:pointerleave=move |_| hovered.set(None)
                            on:click=move |_| state.country.set(Some(i))
                        >
                            <span class="tile-code" aria-hidden="true">{member.iso3}</span>
                            <span class="tile-glyph" aria-hidden="true">{move || choice().glyph()}</span>
                            <span class="visually-hidden">{move || format!("{}: {}", member.name, choice().label())}</span>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div class="tile-group" role="group" aria-label=group.label()>
                    <h3 class="tile-group-name" aria-hidden="true">{group.label()}</h3>
                    <div class="tiles">{tiles}</div>
                </div>
            }
        })
        .collect_view();
    view! {
        <figure class="tile-grid">
            <div class="grid-frame">
                <div
                    class="grid-focus"
                    tabindex="0"
                    role="listbox"
                    data-own-keys=""
                    aria-label="Every member state as an equal tile, grouped by regional group. Arrow keys move between states, Enter selects, Escape clears."
                    aria-activedescendant=move || cursor.get().map(|i| format!("tile-{}", data::members()[i].iso3))
                    on:keydown=on_key
                    on:blur=move |_| cursor.set(None)
                >
                    {groups}
                </div>
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
