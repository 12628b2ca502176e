//! Citations: the citation styles as markup, each with a button that copies
//! it.

#[cfg(feature = "browser")]
pub mod view;
pub mod write;
