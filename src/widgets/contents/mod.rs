//! The table of contents: every step as a link, the current one marked in
//! place.

#[cfg(feature = "browser")]
pub mod view;
pub mod write;
