//! HTML written as text, for what never changes once drawn: the static
//! step pages (src/bin/prerender) and the printed handout. As text it costs
//! the wasm far less than the same markup as components. Every piece of
//! text is escaped, and nothing from the URL ever reaches it.

mod escape;
pub mod handout;

pub use escape::{esc, paragraphs};
