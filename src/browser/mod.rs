//! The thin layer that touches browser APIs directly.
pub mod clipboard;
pub mod crash;
pub mod dom;
pub mod embed_resize;
pub mod fill;
pub mod keep_clear;
pub mod outlines;
pub mod page;
pub mod startup;
pub mod url_sync;
