//! Runs work in separate tasks, so that starting the app never blocks a
//! slow phone in one long task (Total Blocking Time counts every task's
//! time over 50 ms).

use leptos::prelude::{request_animation_frame, set_timeout};
use std::time::Duration;

/// Runs `f` in a task of its own, as soon as the browser allows.
pub fn next_task(f: impl FnOnce() + 'static) {
    set_timeout(f, Duration::ZERO);
}

/// Runs `f` in a task after the next frame has been painted.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || next_task(f));
}
