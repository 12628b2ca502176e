//! The key to the map, the grid and the tally bar: each category with its
//! swatch, glyph and count.

#[cfg(feature = "browser")]
pub mod update;
pub mod write;
