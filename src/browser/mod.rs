//! The thin layer that touches browser APIs directly.
pub mod url_sync;
