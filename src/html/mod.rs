//! HTML written as text, shared by the app's widgets and the static pages
//! (src/bin/prerender) so the two cannot drift apart. As text it costs the
//! wasm far less than the same markup as components.
//!
//! - `escaped`: `Html`, which escapes every piece of text it is given, and
//!   the `format_html!` / `write_html!` macros;
//! - `names`: the class, attribute and id names that markup writes and
//!   code looks up again (`named!`);
//! - `action`: what a button does, `target`: static page or app,
//!   `options`: a `<select>`'s options, `page`: the page's outer parts.

pub mod action;
pub mod escaped;
pub mod fill;
pub mod names;
pub mod options;
pub mod page;
mod target;

pub use escaped::Html;
pub use target::Target;
