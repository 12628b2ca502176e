//! The printed handout: every step with its map, numbers and sources, put
//! in the page only when printed.

#[cfg(feature = "browser")]
pub mod view;
pub mod write;
