//! The result of a vote as one stacked bar, every count written beside it.

#[cfg(feature = "browser")]
pub mod update;
pub mod write;
