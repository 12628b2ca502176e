//! The printed handout (`handout.html`): every step with its map, numbers
//! and sources, written by the prerender.

pub mod write;
