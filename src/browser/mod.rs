//! The thin layer that touches browser APIs directly.
pub mod clipboard;
pub mod crash;
pub mod embed_resize;
pub mod page;
pub mod startup;
pub mod text_markup;
pub mod url_sync;
