//! Event handlers as one boxed type per event: tachys then compiles its
//! listener code once per event type instead of once per closure, which
//! keeps the wasm small (as view_kit/effect.rs does for effects).

/// `on:click=handler(move |ev| …)`: the same handler, boxed.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}
