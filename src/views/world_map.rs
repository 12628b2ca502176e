//! The world map of a vote. Every member state is one element with
//! `data-iso3` and `data-vote`; states too small to see get a marker with a
//! hit area of at least 24 px at desktop size. The map is one tab stop:
//! arrow keys walk the states in UN alphabetical order (the table's order),
//! Enter selects, Escape clears.

use super::roving_keys::roving_keydown;
use super::state_tooltip::{StateTooltip, Target};
use super::vote_legend::VoteLegend;
use crate::data;
use crate::generated::map::{MEMBER_SHAPES, OTHER_PLACES, VIEW_BOX};
use crate::model::compare::Shift;
use crate::model::decimal::decimal;
use crate::model::map_shapes::percent_position;
use crate::model::{Choice, Vote};
use crate::state::use_app_state;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Radius of a small state's visible marker and of its invisible hit area,
/// in view-box units (about CSS pixels when the map is 1000 px wide).
const MARKER_RADIUS: &str = "4.5";
const HIT_RADIUS: &str = "13";

/// The member index or other-place index under a pointer event's target.
fn target_under(ev: &web_sys::Event) -> Option<Target> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let found = el.closest("[data-index], [data-other]").ok()??;
    if let Some(i) = found
        .get_attribute("data-index")
        .and_then(|v| v.parse().ok())
    {
        return Some(Target::Member(i));
    }
    let place = OTHER_PLACES.get(found.get_attribute("data-other")?.parse::<usize>().ok()?)?;
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
    let highlighted = Memo::new(move |_| {
        let step = state.current_step();
        data::members()
            .iter()
            .map(|m| step.highlight.contains(&m.iso3))
            .collect::<Vec<bool>>()
    });
    let tooltip = Signal::derive(move || {
        hovered
            .get()
            .or(cursor.get().map(Target::Member))
            .map(|t| (t, centre_of(t)))
    });
    let order: Vec<usize> = (0..MEMBER_SHAPES.len()).collect();
    let on_key = roving_keydown(state, cursor, order, move || hovered.set(None));
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

    // The states' changing attributes are painted by one effect (below), not
    // by hundreds of per-state closures: a vote switch then costs one pass.
    let paint_now = move || {
        paints(
            shown.get(),
            comparing.get(),
            &highlighted.get(),
            cursor.get(),
            state.country.get(),
        )
    };
    let first = paint_now_untracked(shown, comparing, highlighted, cursor, state.country);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let initial = first.clone();
    Effect::new(move |previous: Option<Vec<Paint>>| {
        let next = paint_now();
        let previous = previous.unwrap_or_else(|| initial.clone());
        if let Some(svg) = svg_ref.get() {
            repaint(&svg, &previous, &next);
        }
        next
    });
    let members = MEMBER_SHAPES
        .iter()
        .enumerate()
        .map(|(i, shape)| {
            let member = &data::members()[i];
            let paint = first[i];
            let marker = shape.marker.then(|| {
                let (cx, cy) = (decimal(shape.centre.0, 1), decimal(shape.centre.1, 1));
                view! {
                    <circle class="hit" cx=cx.clone() cy=cy.clone() r=HIT_RADIUS />
                    <circle class="marker" cx=cx cy=cy r=MARKER_RADIUS />
                }
            });
            view! {
                <g
                    class="state"
                    id=format!("map-{}", member.iso3)
                    role="option"
                    data-index=i.to_string()
                    data-iso3=member.iso3
                    data-vote=paint.choice.slug()
                    data-shift=paint.shift.map(Shift::slug)
                    class:highlighted=paint.highlighted
                    class:focused=paint.focused
                    aria-selected=if paint.selected { "true" } else { "false" }
                    aria-label=label_of(i, paint.choice)
                >
                    {(!shape.d.is_empty()).then(|| view! { <path d=shape.d /> })}
                    {marker}
                </g>
            }
        })
        .collect_view();
    let others = OTHER_PLACES
        .iter()
        .enumerate()
        .map(|(i, place)| {
            let (cx, cy) = (decimal(place.centre.0, 1), decimal(place.centre.1, 1));
            view! {
                <g class="other-place" data-other=i.to_string()>
                    {(!place.d.is_empty()).then(|| view! { <path d=place.d /> })}
                    {place.marker.then(|| view! { <rect class="marker" x=cx y=cy width="7" height="7" transform="translate(-3.5 -3.5)" /> })}
                </g>
            }
        })
        .collect_view();

    view! {
        <figure class="world-map" class:comparing=move || comparing.with(Option::is_some)>
            <div class="map-frame">
                <div
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
                        node_ref=svg_ref
                        viewBox=format!("0 0 {} {}", decimal(VIEW_BOX.0, 1), decimal(VIEW_BOX.1, 1))
                        role="presentation"
                        on:pointerover=move |ev| hovered.set(target_under(&ev))
                        on:pointerleave=move |_| hovered.set(None)
                        on:click=move |ev| {
                            if let Some(Target::Member(i)) = target_under(&ev) {
                                state.country.set(Some(i));
                                hovered.set(Some(Target::Member(i)));
                            }
                        }
                    >
                        <defs>
                            <pattern id="hatch-abstain" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
                                <rect class="hatch-ground-abstain" width="4" height="4" />
                                <line class="hatch-line" x1="0" y1="0" x2="0" y2="4" />
                            </pattern>
                            <pattern id="hatch-absent" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(-45)">
                                <rect class="hatch-ground-absent" width="4" height="4" />
                                <line class="hatch-line" x1="0" y1="0" x2="0" y2="4" />
                            </pattern>
                        </defs>
                        <g class="others">{others}</g>
                        <g class="members">{members}</g>
                    </svg>
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

/// Everything about one state on the map that changes with the reader's choices.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Paint {
    choice: Choice,
    shift: Option<Shift>,
    highlighted: bool,
    focused: bool,
    selected: bool,
}

type Pair = Option<(&'static Vote, &'static Vote)>;

fn paints(
    vote: &Vote,
    comparing: Pair,
    highlighted: &[bool],
    cursor: Option<usize>,
    selected: Option<usize>,
) -> Vec<Paint> {
    (0..MEMBER_SHAPES.len())
        .map(|i| Paint {
            choice: vote.choice(i),
            shift: comparing.map(|(a, b)| Shift::of(a, b, i)),
            highlighted: highlighted[i],
            focused: cursor == Some(i),
            selected: selected == Some(i),
        })
        .collect()
}

fn paint_now_untracked(
    shown: Signal<&'static Vote>,
    comparing: Memo<Pair>,
    highlighted: Memo<Vec<bool>>,
    cursor: RwSignal<Option<usize>>,
    country: RwSignal<Option<usize>>,
) -> Vec<Paint> {
    paints(
        shown.get_untracked(),
        comparing.get_untracked(),
        &highlighted.get_untracked(),
        cursor.get_untracked(),
        country.get_untracked(),
    )
}

fn label_of(i: usize, choice: Choice) -> String {
    format!("{}: {}", data::members()[i].name, choice.label())
}

/// Writes to the DOM only what differs between two paints.
fn repaint(svg: &web_sys::SvgElement, previous: &[Paint], next: &[Paint]) {
    let Ok(states) = svg.query_selector_all("g.state") else {
        return;
    };
    for (i, (old, new)) in previous.iter().zip(next).enumerate() {
        if old == new {
            continue;
        }
        let Some(el) = states
            .item(i as u32)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if old.choice != new.choice {
            let _ = el.set_attribute("data-vote", new.choice.slug());
            let _ = el.set_attribute("aria-label", &label_of(i, new.choice));
        }
        if old.shift != new.shift {
            let _ = match new.shift {
                Some(s) => el.set_attribute("data-shift", s.slug()),
                None => el.remove_attribute("data-shift"),
            };
        }
        let classes = el.class_list();
        if old.highlighted != new.highlighted {
            let _ = classes.toggle_with_force("highlighted", new.highlighted);
        }
        if old.focused != new.focused {
            let _ = classes.toggle_with_force("focused", new.focused);
        }
        if old.selected != new.selected {
            let _ = el.set_attribute("aria-selected", if new.selected { "true" } else { "false" });
        }
    }
}
