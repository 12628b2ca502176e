//! Effects behind one boxed type: `Effect::new` then compiles once for the
//! whole app instead of once per closure, which keeps the wasm small.

use leptos::prelude::*;

/// Runs `f` now and again whenever a signal it read changes.
pub fn effect(f: impl Fn() + 'static) {
    let f: Box<dyn Fn()> = Box::new(f);
    Effect::new(move |_: Option<()>| f());
}
