//! The thin layer that touches browser APIs directly, shared by every
//! widget: finding and changing parts of the page, the address, the
//! clipboard, tasks and the crash message. It knows no widget; widgets
//! that need the browser for themselves keep that code in their folder.
pub mod clipboard;
pub mod crash;
pub mod dom;
pub mod embed_resize;
pub mod fill;
pub mod keep_clear;
pub mod page;
pub mod page_words;
pub mod startup;
pub mod url_sync;
