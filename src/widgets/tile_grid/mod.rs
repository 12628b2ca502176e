//! The equal-tile grid: one tile per member state, grouped by regional
//! group.

#[cfg(feature = "browser")]
pub mod view;
pub mod write;
