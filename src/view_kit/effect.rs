//! Every effect in the app is made here, for two reasons:
//! - effects go through one boxed type, so `Effect::new` compiles once for
//!   the whole app instead of once per closure, which keeps the wasm small;
//! - each run is counted, so the work-count budget (bench/work-counts.mjs)
//!   can fail a change that runs more effects than an interaction needs.
//!
//! The one way to write an effect: `effect` when it needs nothing from its
//! last run, `effect_with` when it compares with what it drew last time,
//! `effect_after_paint` for what the reader does not see at once.

use crate::browser::startup::after_next_paint;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use wasm_bindgen::prelude::wasm_bindgen;

static RUNS: AtomicU32 = AtomicU32::new(0);

/// How many times any effect has run since the page loaded (read by the
/// work-count benchmark as `wasmBindings.effectsRun()`).
#[wasm_bindgen(js_name = effectsRun)]
pub fn effects_run() -> u32 {
    RUNS.load(Ordering::Relaxed)
}

/// Runs `f` now and again whenever a signal it read changes.
pub fn effect(f: impl Fn() + 'static) {
    let f: Box<dyn Fn()> = Box::new(f);
    Effect::new(move |_: Option<()>| {
        RUNS.fetch_add(1, Ordering::Relaxed);
        f()
    });
}

/// As `effect`, with what the run before returned (`None` on the first run),
/// as `Effect::new` passes it; kept here so this too is the one boxed effect.
pub fn effect_with<T: 'static>(f: impl Fn(Option<T>) -> T + 'static) {
    let last = Cell::new(None);
    effect(move || last.set(Some(f(last.take()))));
}

/// For parts the reader does not see at once (the explorer below the stage,
/// labels read only by screen readers): `read` runs as an effect and reads
/// the signals; `write` gets its value after the next paint, so the change
/// the reader waits for is drawn first. Changes before that paint make one
/// write, of the latest value.
pub fn effect_after_paint<T: 'static>(read: impl Fn() -> T + 'static, write: impl Fn(T) + 'static) {
    let pending: Rc<Cell<Option<T>>> = Rc::new(Cell::new(None));
    let write = Rc::new(write);
    effect(move || {
        if pending.replace(Some(read())).is_none() {
            let (pending, write) = (pending.clone(), write.clone());
            after_next_paint(move || {
                if let Some(value) = pending.take() {
                    write(value)
                }
            });
        }
    });
}
