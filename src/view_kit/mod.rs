//! What every widget's component uses to stay current in the browser: one
//! boxed effect type (`effect`), one boxed handler type per event
//! (`handler`), and a `<details>` drawn only while open
//! (`draw_while_open`). Components wire events to the shared `state` and
//! keep the DOM current only through these.

pub mod draw_while_open;
pub mod effect;
pub mod handler;
