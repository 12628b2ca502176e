//! The compact timeline, 1998 to today, linking its events to their steps.

#[cfg(feature = "browser")]
pub mod view;
pub mod write;
