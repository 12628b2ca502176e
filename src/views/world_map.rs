//! The world map of a vote. The SVG is written once as text (see
//! markup/world_map.rs) and then repainted in place. The map is one tab
//! stop: arrow keys walk the states in UN alphabetical order (the table's
//! order), Enter selects, Escape clears.

use super::roving_keys::roving_keydown;
use super::state_tooltip::{StateTooltip, Target};
use super::vote_legend::VoteLegend;
use crate::browser::dom::index_attr;
use crate::browser::repaint::{member_under, repaint, MarkText};
use crate::data;
use crate::generated::map::{MEMBER_SHAPES, OTHER_PLACES, VIEW_BOX};
use crate::markup::world_map::{map_body, view_box};
use crate::model::map_shapes::percent_position;
use crate::model::state_paint::{paints, Paint, PaintInputs};
use crate::model::Vote;
use crate::state::use_app_state;
use leptos::prelude::*;

/// The member state or other place under a pointer event's target.
fn target_under(ev: &web_sys::Event) -> Option<Target> {
    if let Some(i) = member_under(ev) {
        return Some(Target::Member(i));
    }
    let place = OTHER_PLACES.get(index_attr(ev, "data-other")?)?;
    Some(Target::Other {
        name: place.name,
        note: place.note,
    })
}

fn centre_of(target: Target) -> (f32, f32) {
    let point = match target {
        Target::Member(i) => MEMBER_SHAPES[i].centre,
        Target::Other { name, .. } => OTHER_PLACES
            .iter()
            .find(|p| p.name == name)
            .map_or((0.0, 0.0), |p| p.centre),
    };
    percent_position(point, VIEW_BOX)
}

#[component]
pub fn WorldMap(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let state = use_app_state();
    let hovered = RwSignal::new(None::<Target>);
    let cursor = RwSignal::new(None::<usize>);
    let tooltip = Signal::derive(move || {
        hovered
            .get()
            .or(cursor.get().map(Target::Member))
            .map(|t| (t, centre_of(t)))
    });
    let order: Vec<usize> = (0..MEMBER_SHAPES.len()).collect();
    let on_key = roving_keydown(state, cursor, order.clone(), move || hovered.set(None));
    // While two votes are compared, states are coloured by their position on
    // the second, and those that kept their position are drawn neutral.
    let comparing = Memo::new(move |_| {
        state
            .compare
            .get()
            .and_then(|(a, b)| Some((data::vote(a)?, data::vote(b)?)))
    });
    let shown = Signal::derive(move || comparing.get().map_or(vote.get(), |(_, b)| b));
    let tally = Signal::derive(move || shown.get().tally());
    let label = move || {
        let v = shown.get();
        format!(
            "World map of {} ({}): each member state coloured by its vote. Arrow keys move between states in alphabetical order, Enter selects, Escape clears.",
            v.symbol, v.date_label
        )
    };
    let paint_now = move || {
        paints(
            data::members(),
            PaintInputs {
                vote: shown.get(),
                comparing: comparing.get(),
                highlight: state.current_step().highlight,
                cursor: cursor.get(),
                selected: state.country.get(),
            },
        )
    };
    let first = untrack(paint_now);
    let body = map_body(&first);
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |previous: Option<Vec<Paint>>| {
        let next = paint_now();
        if let Some(host) = host.get() {
            let previous = previous.as_deref().unwrap_or(&first);
            repaint(&host, "g.state", &order, MarkText::Label, previous, &next);
        }
        next
    });

    view! {
        <figure class="world-map" class:comparing=move || comparing.with(Option::is_some)>
            <div class="map-frame">
                <div
                    node_ref=host
                    class="map-focus"
                    tabindex="0"
                    role="listbox"
                    data-own-keys=""
                    aria-label=label
                    aria-activedescendant=move || cursor.get().map(|i| format!("map-{}", data::members()[i].iso3))
                    on:keydown=on_key
                    on:blur=move |_| cursor.set(None)
                >
                    <svg
                        viewBox=view_box()
                        role="presentation"
                        on:pointerover=move |ev| hovered.set(target_under(&ev))
                        on:pointerleave=move |_| hovered.set(None)
                        on:click=move |ev| {
                            if let Some(i) = member_under(&ev) {
                                state.country.set(Some(i));
                                hovered.set(Some(Target::Member(i)));
                            }
                        }
                        inner_html=body
                    ></svg>
                </div>
                <StateTooltip target=tooltip vote=shown />
            </div>
            <figcaption>
                {move || comparing.get().map(|(a, b)| view! {
                    <p class="compare-key">
                        {format!("Comparing {} with {}: green, yes on both; plain, the same other position on both; the rest in the colour of their position on {}.", a.symbol, b.symbol, b.symbol)}
                    </p>
                })}
                <VoteLegend tally=tally with_non_members=true />
                <p class="map-note">
                    "Equal Earth projection, Natural Earth 1:50m. Circles mark member states too small to see, squares observer states too small to see. Highlighted states have a heavy outline."
                </p>
            </figcaption>
        </figure>
    }
}
