//! The keyboard handling shared by the map and the tile grid: arrow keys
//! move a cursor over `order`, Enter or Space selects the state under it,
//! Escape clears both.

use crate::html::page::OWN_KEYS;
use crate::model::roving::{move_cursor, RovingKey};
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A keydown handler for a single-tab-stop widget of member states.
/// `on_move` runs before each cursor move (the map drops its hover there).
pub fn roving_keydown(
    state: AppState,
    cursor: RwSignal<Option<usize>>,
    order: Vec<usize>,
    on_move: impl Fn() + 'static,
) -> impl Fn(leptos::ev::KeyboardEvent) + 'static {
    move |ev| {
        // Only keys pressed on the states themselves: the figure's buttons
        // and checkbox keep theirs.
        let on_states = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(OWN_KEYS.selector).ok().flatten())
            .is_some();
        if !on_states {
            return;
        }
        let Some(key) = RovingKey::from_key(&ev.key()) else {
            return;
        };
        ev.prevent_default();
        match key {
            RovingKey::Select => state.pick(cursor.get_untracked()),
            RovingKey::Clear => {
                on_move();
                cursor.set(None);
                // Escape on the map clears the pick altogether: the card,
                // and the state followed through the story.
                state.unfollow();
            }
            _ => {
                on_move();
                cursor.set(move_cursor(key, cursor.get_untracked(), &order));
            }
        }
    }
}
