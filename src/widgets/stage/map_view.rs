//! The stage's world map, drawn as text (widgets/stage/map.rs, widgets/stage/write.rs)
//! and then kept current in place (see mark_figure.rs): the states are
//! repainted, and on a step change the zoom and the labels follow the step.
//! Arrow keys walk the states in UN alphabetical order (the table's order),
//! Enter selects, Escape clears.

use crate::browser::dom::{all, closest, find, index_attr, set_pressed};
use crate::data;
use crate::generated::map::{MEMBER_SHAPES, OTHER_PLACES, PATH_UNITS, VIEW_BOX};
use crate::html::Target as PageTarget;
use crate::model::focus::Frame;
use crate::model::map_shapes::percent_position;
use crate::model::reach::{within_reach, MAX_CHOICES, REACH_PX};
use crate::model::region::Region;
use crate::model::state_paint::{paints, PaintInputs};
use crate::model::Vote;
use crate::state::use_app_state;
use crate::view_kit::effect::effect_with;
use crate::widgets::legend::update::set_counts;
use crate::widgets::legend::write::LEGEND;
use crate::widgets::marks::tap::PICK;
use crate::widgets::marks::tooltip::Place;
use crate::widgets::marks::update::member_under;
use crate::widgets::marks::view::{mark_figure, Marks, Tap};
use crate::widgets::marks::write::{MarkText, STATE, STATE_ID};
use crate::widgets::stage::map::{
    draw_order, map_figure, marker_sizes, COMPARING, DRAWING, FIGURE, FOCUS, HIT, LABEL_LAYER,
    MARKER, OTHER, OUTLINE, REGION, ZOOM,
};
use crate::widgets::stage::outlines::page_outlines;
use crate::widgets::stage::write::{map_labels, stage_frame, stage_legend, zoomed_map_labels};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;

thread_local! {
    /// The map's zoom now, for placing the tooltip (a plain function).
    static FRAME: Cell<Frame> = const { Cell::new(Frame::WORLD) };
}

/// The member state or other place under a pointer event's target.
fn target_under(ev: &web_sys::Event) -> Option<Place> {
    if let Some(i) = member_under(ev) {
        return Some(Place::Member(i));
    }
    let i = index_attr(ev, OTHER)?;
    OTHER_PLACES.get(i).map(|_| Place::Other(i))
}

/// A place's centre on the zoomed map, in percent of the map.
fn centre_of(_: &web_sys::Element, target: Place) -> Option<(f32, f32)> {
    let point = match target {
        Place::Member(i) => MEMBER_SHAPES.get(i)?.centre,
        Place::Other(i) => OTHER_PLACES.get(i)?.centre,
    };
    Some(percent_position(
        FRAME.with(|f| f.get()).project(point),
        VIEW_BOX,
    ))
}

/// A click means the state under it. A finger's tap (on a phone most
/// states are smaller than a fingertip) means the state under it if that is
/// at least 24 px across, else the states within reach: one is selected, or
/// the reader chooses among several. A choice from that list selects.
fn tap(root: &web_sys::Element, ev: &leptos::ev::MouseEvent) -> Tap {
    if let Some(i) = index_attr(ev, PICK) {
        return Tap::Select(i);
    }
    let under = member_under(ev);
    let by_finger = ev
        .dyn_ref::<web_sys::PointerEvent>()
        .is_some_and(|p| p.pointer_type() == "touch");
    if !by_finger {
        return under.map_or(Tap::Nothing, Tap::Select);
    }
    let large = |el: web_sys::Element| {
        let r = el.get_bounding_client_rect();
        r.width() >= 24.0 && r.height() >= 24.0
    };
    if let Some(i) = under {
        if closest(ev, STATE.selector).is_some_and(large) {
            return Tap::Select(i);
        }
    }
    let Some(svg) = find(root, FOCUS.selector).and_then(|focus| find(&focus, DRAWING)) else {
        return Tap::Nothing;
    };
    let r = svg.get_bounding_client_rect();
    let frame = FRAME.with(|f| f.get());
    let per_px = VIEW_BOX.0 / r.width() as f32;
    let on_map = (
        (ev.client_x() as f32 - r.left() as f32) * per_px,
        (ev.client_y() as f32 - r.top() as f32) * per_px,
    );
    let centres: Vec<(f32, f32)> = MEMBER_SHAPES.iter().map(|s| s.centre).collect();
    let mut near = within_reach(
        frame.unproject(on_map),
        REACH_PX * per_px / frame.scale,
        &centres,
    );
    // The state drawn under the finger (not just its invisible hit area)
    // comes first: centres can nearly coincide (San Marino's and Italy's),
    // and what was touched is the likelier aim.
    let drawn = closest(ev, OUTLINE)
        .or_else(|| closest(ev, MARKER.selector))
        .is_some();
    if let Some(i) = under.filter(|_| drawn) {
        near.retain(|&j| j != i);
        near.insert(0, i);
        near.truncate(MAX_CHOICES);
    }
    match near.as_slice() {
        [] => under.map_or(Tap::Nothing, Tap::Select),
        [one] => Tap::Select(*one),
        _ => Tap::Offer(near, percent_position(on_map, VIEW_BOX)),
    }
}

/// Moves the map and its labels to `frame`, keeping markers their size.
fn zoom_to(root: &web_sys::Element, frame: Frame, resized: bool) {
    let transform = frame.transform(PATH_UNITS);
    for g in all(root, ZOOM.selector) {
        let _ = g.set_attribute("transform", &transform);
    }
    if !resized {
        return;
    }
    let (marker, hit, square) = marker_sizes(frame.scale);
    // A square marks an observer, a circle a member state.
    for el in all(root, MARKER.selector) {
        if el.tag_name() == "rect" {
            let half = crate::model::decimal::decimal(frame.scale.recip() * 7.0, 2);
            let _ = el.set_attribute("width", &square);
            let _ = el.set_attribute("height", &square);
            let _ = el.set_attribute("transform", &format!("translate(-{half} -{half})"));
        } else {
            let _ = el.set_attribute("r", &marker);
        }
    }
    for el in all(root, HIT.selector) {
        let _ = el.set_attribute("r", &hit);
    }
}

#[component]
pub fn WorldMap(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let state = use_app_state();
    let cursor = RwSignal::new(None::<usize>);
    // While two votes are compared, states are coloured by their position on
    // the second, and those that kept their position are drawn neutral.
    let comparing = Memo::new(move |_| state.comparing());
    let shown = Signal::derive(move || comparing.get().map_or(vote.get(), |(_, b)| b));
    // The step's region, unless the state the reader is on lies outside it.
    let frame = Memo::new(move |_| {
        stage_frame(
            state.stage_step(),
            state.zoom_here(),
            cursor.get().or(state.country.get()),
        )
    });
    let paint_now = move || {
        paints(
            data::members(),
            PaintInputs {
                vote: shown.get(),
                comparing: comparing.get(),
                highlight: state.stage_step().highlight,
                cursor: cursor.get(),
                selected: state.country.get(),
            },
        )
    };
    let first = untrack(paint_now);
    let first_frame = frame.get_untracked();
    let first_picked = state
        .country
        .get_untracked()
        .or(state.followed.get_untracked());
    FRAME.with(|f| f.set(first_frame));
    let shell = untrack(|| {
        map_figure(
            &first,
            &stage_legend(shown.get(), comparing.get()),
            first_frame,
            &map_labels(state.stage_step(), shown.get(), first_frame, first_picked),
            &page_outlines(),
            PageTarget::App {
                embed: false,
                present: false,
            },
        )
    });
    // The keys walk the states in data order; the page draws them in
    // draw order (markers last).
    let order: Vec<usize> = (0..MEMBER_SHAPES.len()).collect();
    let mut position_of = vec![0; order.len()];
    for (position, i) in draw_order().into_iter().enumerate() {
        position_of[i] = position;
    }
    let marks = Marks {
        class: FIGURE.name,
        shell,
        focus: FOCUS.selector,
        selector: STATE.selector,
        position_of,
        text: MarkText::Label,
        id_prefix: STATE_ID,
        order,
        target_under,
        tooltip_at: centre_of,
        tap,
    };
    let (figure, root) = mark_figure(marks, paint_now, first, shown, cursor);
    // The map's name and legend follow the vote, or the comparison: a
    // comparison's key is drawn anew, a vote's counts change in place.
    effect_with(move |was_comparing: Option<bool>| {
        let (v, pair) = (shown.get(), comparing.get());
        let Some(root) = root.get() else {
            return pair.is_some();
        };
        let _ = root
            .class_list()
            .toggle_with_force(COMPARING.name, pair.is_some());
        if let Some(listbox) = find(&root, FOCUS.selector) {
            let label = if v.is_signatures() {
                format!(
                    ui_plain!(stage map_listbox_signatures),
                    symbol = v.symbol,
                    date = v.date_label
                )
            } else {
                format!(
                    ui_plain!(stage map_listbox_vote),
                    symbol = v.symbol,
                    date = v.date_label
                )
            };
            let _ = listbox.set_attribute("aria-label", &label);
        }
        if pair.is_some() || was_comparing.unwrap_or(false) {
            if let Some(legend) = find(&root, LEGEND.selector) {
                legend.set_inner_html(stage_legend(v, pair).as_str());
            }
        } else {
            set_counts(&root, LEGEND, v);
        }
        pair.is_some()
    });
    // The zoom's buttons say which region the reader picked (written only
    // when that changes).
    effect_with(move |was: Option<Option<Region>>| {
        let now = state.zoom_here();
        if let (Some(was), Some(root)) = (was, root.get()) {
            if was != now {
                for button in all(&root, REGION.selector) {
                    let region = button.get_attribute(REGION.name);
                    set_pressed(
                        &button,
                        region.as_deref().and_then(Region::from_slug) == now,
                    );
                }
            }
        }
        now
    });
    // The zoom and the labels follow the step (and the vote, for the
    // labels' glyphs, and the picked state, which is labelled too).
    effect_with(
        move |drawn: Option<(Frame, usize, &'static str, Option<usize>)>| {
            let (f, step, v, picked) = (
                frame.get(),
                state.stage_step.get(),
                shown.get().id,
                state.country.get().or(state.followed.get()),
            );
            let Some(root) = root.get() else {
                return (f, step, v, picked);
            };
            let before = drawn.unwrap_or((
                first_frame,
                untrack(|| state.stage_step.get()),
                untrack(|| shown.get().id),
                first_picked,
            ));
            if before.0 != f {
                FRAME.with(|cell| cell.set(f));
                zoom_to(&root, f, before.0.scale != f.scale);
            }
            if before != (f, step, v, picked) {
                let layer = find(&root, LABEL_LAYER.selector).and_then(|l| find(&l, ZOOM.selector));
                if let Some(layer) = layer {
                    let write = if untrack(|| state.zoom_here()).is_some() {
                        zoomed_map_labels
                    } else {
                        map_labels
                    };
                    layer.set_inner_html(
                        write(state.stage_step(), shown.get_untracked(), f, picked).as_str(),
                    );
                }
            }
            (f, step, v, picked)
        },
    );
    figure
}
