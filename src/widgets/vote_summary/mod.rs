//! What a vote was and its result, its sources, and the picker between the
//! recorded votes.

#[cfg(feature = "browser")]
pub mod picker;
#[cfg(feature = "browser")]
pub mod view;
pub mod write;
