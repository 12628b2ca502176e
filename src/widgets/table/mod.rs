//! The table of member states for one vote: sortable and filterable.

#[cfg(feature = "browser")]
pub mod view;
pub mod write;
