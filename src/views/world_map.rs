//! The world map of a vote, drawn as text (markup/world_map.rs) and then
//! repainted in place (see mark_figure.rs). Arrow keys walk the states in UN
//! alphabetical order (the table's order), Enter selects, Escape clears.

use super::effect::effect;
use super::mark_figure::{mark_figure, Marks};
use super::state_tooltip::Target;
use crate::browser::dom::{find, index_attr};
use crate::browser::repaint::{member_under, MarkText};
use crate::browser::tally_in_place::set_counts;
use crate::data;
use crate::generated::map::{MEMBER_SHAPES, OTHER_PLACES, VIEW_BOX};
use crate::markup::world_map::map_figure;
use crate::model::map_shapes::percent_position;
use crate::model::state_paint::{paints, PaintInputs};
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

/// A place's centre, in percent of the map.
fn centre_of(_: &web_sys::Element, target: Target) -> Option<(f32, f32)> {
    let point = match target {
        Target::Member(i) => MEMBER_SHAPES.get(i)?.centre,
        Target::Other { name, .. } => OTHER_PLACES.iter().find(|p| p.name == name)?.centre,
    };
    Some(percent_position(point, VIEW_BOX))
}

#[component]
pub fn WorldMap(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let state = use_app_state();
    let cursor = RwSignal::new(None::<usize>);
    // While two votes are compared, states are coloured by their position on
    // the second, and those that kept their position are drawn neutral.
    let comparing = Memo::new(move |_| {
        state
            .compare
            .get()
            .and_then(|(a, b)| Some((data::vote(a)?, data::vote(b)?)))
    });
    let shown = Signal::derive(move || comparing.get().map_or(vote.get(), |(_, b)| b));
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
    let order: Vec<usize> = (0..MEMBER_SHAPES.len()).collect();
    let marks = Marks {
        class: "world-map",
        shell: map_figure(&first, untrack(|| shown.get().tally())),
        focus: ".map-focus",
        selector: "g.state",
        position_of: order.clone(),
        text: MarkText::Label,
        id_prefix: "map-",
        order,
        target_under,
        tooltip_at: centre_of,
    };
    let (figure, root) = mark_figure(marks, paint_now, first, shown, cursor);
    // The name of the map, the comparison's key and the legend follow the vote.
    effect(move || {
        let (v, pair) = (shown.get(), comparing.get());
        let Some(root) = root.get() else { return };
        let _ = root
            .class_list()
            .toggle_with_force("comparing", pair.is_some());
        if let Some(listbox) = find(&root, ".map-focus") {
            let _ = listbox.set_attribute("aria-label", &format!(
                "World map of {} ({}): each member state coloured by its vote. Arrow keys move between states in alphabetical order, Enter selects, Escape clears.",
                v.symbol, v.date_label
            ));
        }
        if let Some(key) = find(&root, ".compare-key") {
            key.set_text_content(pair.map(|(a, b)| format!(
                "Comparing {} with {}: green, yes on both; plain, the same other position on both; the rest in the colour of their position on {}.",
                a.symbol, b.symbol, b.symbol
            )).as_deref());
            let _ = key.toggle_attribute_with_force("hidden", pair.is_none());
        }
        set_counts(&root, ".legend", &v.tally());
    });
    figure
}
