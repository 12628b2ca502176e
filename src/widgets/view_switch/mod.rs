//! The switch between the map, the equal-size grid and the table.

#[cfg(feature = "browser")]
pub mod view;
pub mod write;
