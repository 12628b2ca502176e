//! Effects behind one boxed type: `Effect::new` then compiles once for the
//! whole app instead of once per closure, which keeps the wasm small.

use leptos::prelude::*;
use std::cell::Cell;

/// Runs `f` now and again whenever a signal it read changes.
pub fn effect(f: impl Fn() + 'static) {
    let f: Box<dyn Fn()> = Box::new(f);
    Effect::new(move |_: Option<()>| f());
}

/// As `effect`, with what the run before returned (`None` on the first run),
/// as `Effect::new` passes it; kept here so this too is the one boxed effect.
pub fn effect_with<T: 'static>(f: impl Fn(Option<T>) -> T + 'static) {
    let last = Cell::new(None);
    effect(move || last.set(Some(f(last.take()))));
}
