//! HTML written as text, for what never changes once drawn: the static
//! step pages (src/bin/prerender), the printed handout and the comparison
//! of two votes. As text it costs the wasm far less than the same markup
//! as components. Every piece of text is escaped; the URL only ever
//! selects among the dataset's own votes and steps.

pub mod compare;
pub mod compare_controls;
pub mod country_card;
mod escape;
pub mod handout;
pub mod legend;
pub mod options;
pub mod tally_bar;
pub mod tile_grid;
pub mod vote_summary;
pub mod vote_table;
pub mod world_map;

pub use escape::{esc, paragraphs};
