//! What the map and the tile grid share: a figure of member-state marks
//! written once as text, then repainted from paints (model/state_paint.rs);
//! one tab stop whose arrow keys move a cursor over the states; hover, tap
//! and the cursor show a tooltip; a click or Enter selects. All events are
//! heard on the figure, so no mark needs a handler of its own.

use crate::browser::dom::{find, find_optional};
use crate::browser::startup::after_next_paint;
use crate::data;
use crate::html::Html;
use crate::model::decimal::decimal;
use crate::model::state_paint::Paint;
use crate::model::Vote;
use crate::state::use_app_state;
use crate::view_kit::effect::{effect, effect_with};
use crate::view_kit::handler::handler;
use crate::widgets::marks::roving_keys::roving_keydown;
use crate::widgets::marks::tap::{tap_choices, PICK, TAP_SLOT};
use crate::widgets::marks::tooltip::Place;
use crate::widgets::marks::tooltip_update::place_tooltip;
use crate::widgets::marks::update::{any_relabelled, member_under, relabel, repaint, MarkText};
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// How one figure differs from the other.
pub struct Marks {
    /// The figure's class, e.g. `world-map`.
    pub class: &'static str,
    /// The figure's inside, marks drawn with the first paints.
    pub shell: Html,
    /// The focusable listbox holding the marks, e.g. `.map-focus`.
    pub focus: &'static str,
    /// The marks, e.g. `g.state`, and where member `i` is among them.
    pub selector: &'static str,
    pub position_of: Vec<usize>,
    pub text: MarkText,
    /// Mark ids are this prefix and the ISO3 code (for aria-activedescendant).
    pub id_prefix: &'static str,
    /// The arrow keys' walk, as member indexes.
    pub order: Vec<usize>,
    /// The place under a pointer event (the map also knows non-members).
    pub target_under: fn(&web_sys::Event) -> Option<Place>,
    /// Where the tooltip for a target goes, in percent of the frame.
    pub tooltip_at: fn(&web_sys::Element, Place) -> Option<(f32, f32)>,
    /// What a click or tap on the figure (its root) means.
    pub tap: fn(&web_sys::Element, &leptos::ev::MouseEvent) -> Tap,
}

/// What a click or a tap picks.
pub enum Tap {
    Nothing,
    Select(usize),
    /// Several states within a finger's reach, nearest first, and where the
    /// tap was (percent of the frame): the reader chooses from a list.
    Offer(Vec<usize>, (f32, f32)),
}

/// The grid's tiles are all large enough: a tap means the tile under it.
pub fn tap_under(_: &web_sys::Element, ev: &leptos::ev::MouseEvent) -> Tap {
    member_under(ev).map_or(Tap::Nothing, Tap::Select)
}

/// Shows the list of states a tap reached, near the tap, or clears it.
fn offer(root: &web_sys::Element, choices: Option<(&[usize], (f32, f32))>, vote: &Vote) {
    // Only the map offers a list; the grid's tiles are large enough.
    let Some(slot) = find_optional(root, TAP_SLOT.selector) else {
        return;
    };
    let Some((members, (x, y))) = choices else {
        slot.set_inner_html("");
        return;
    };
    slot.set_inner_html(tap_choices(members, vote).as_str());
    if let Some(list) = slot.first_element_child() {
        // Through the style object: the page's CSP refuses style attributes.
        let style = list.unchecked_into::<web_sys::HtmlElement>().style();
        let _ = style.set_property("left", &format!("{}%", decimal(x.min(55.0), 2)));
        let _ = style.set_property("top", &format!("{}%", decimal(y.min(60.0), 2)));
        if let Some(first) = find(&slot, PICK.selector) {
            let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
}

/// The figure. `paint_now` reads the signals the paints depend on and
/// `first` is its value when the figure is made; `vote` names the tooltip's
/// vote. Returns the figure's node, for the caller's own effects.
pub fn mark_figure(
    marks: Marks,
    paint_now: impl Fn() -> Vec<Paint> + 'static,
    first: Vec<Paint>,
    vote: Signal<&'static Vote>,
    cursor: RwSignal<Option<usize>>,
) -> (impl IntoView, NodeRef<leptos::html::Figure>) {
    let state = use_app_state();
    let hovered = RwSignal::new(None::<Place>);
    let root = NodeRef::<leptos::html::Figure>::new();
    let Marks {
        class,
        shell,
        focus,
        selector,
        position_of,
        text,
        id_prefix,
        order,
        target_under,
        tooltip_at,
        tap,
    } = marks;
    let position_of = Rc::new(position_of);
    effect_with(move |previous: Option<Vec<Paint>>| {
        let next = paint_now();
        if let Some(root) = root.get() {
            let previous = previous.as_deref().unwrap_or(&first);
            repaint(&root, selector, &position_of, text, previous, &next);
            if matches!(text, MarkText::Label) && any_relabelled(previous, &next) {
                let (previous, now, at) = (previous.to_vec(), next.clone(), position_of.clone());
                after_next_paint(move || relabel(&root, selector, &at, &previous, &now));
            }
        }
        next
    });
    effect(move || {
        let at = cursor.get();
        let Some(listbox) = root.get().and_then(|r| find(&r, focus)) else {
            return;
        };
        let _ = match at {
            Some(i) => listbox.set_attribute(
                "aria-activedescendant",
                &format!("{id_prefix}{}", data::members()[i].iso3),
            ),
            None => listbox.remove_attribute("aria-activedescendant"),
        };
    });
    // With no tooltip before or after (a vote switch, say), nothing to do.
    effect_with(move |was_shown: Option<bool>| {
        let target = hovered.get().or(cursor.get().map(Place::Member));
        let vote = vote.get();
        if let Some(root) = root.get() {
            if target.is_some() || was_shown != Some(false) {
                let at = target.and_then(|t| Some((t, tooltip_at(&root, t)?)));
                place_tooltip(&root, at, vote);
            }
        }
        target.is_some()
    });
    let on_key = roving_keydown(state, cursor, order, move || hovered.set(None));
    // Leaving the marks' area (pointerleave does not bubble, so it is heard
    // on the way down) drops the hover.
    let on_leave = move |ev: leptos::ev::PointerEvent| {
        let left = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                el.matches(&format!("{focus}, {focus} > svg"))
                    .unwrap_or(false)
            });
        if left {
            hovered.set(None);
        }
    };
    let view = view! {
        <figure
            node_ref=root
            class=class
            on:keydown=handler(on_key)
            on:focusout=handler(move |_| cursor.set(None))
            on:pointerover=handler(move |ev: leptos::ev::PointerEvent| hovered.set(target_under(&ev)))
            on:pointerleave:capture=handler(on_leave)
            on:click=handler(move |ev| {
                let Some(root) = root.get_untracked() else { return };
                match tap(&root, &ev) {
                    Tap::Select(i) => {
                        offer(&root, None, vote.get_untracked());
                        state.pick(Some(i));
                        hovered.set(Some(Place::Member(i)));
                    }
                    Tap::Offer(members, at) => {
                        hovered.set(None);
                        offer(&root, Some((&members, at)), vote.get_untracked());
                    }
                    Tap::Nothing => offer(&root, None, vote.get_untracked()),
                }
            })
            inner_html=shell.into_string()
        ></figure>
    };
    (view, root)
}
