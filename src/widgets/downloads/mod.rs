//! "Data and citation": the data files, their licence and how to cite the
//! explainer.

pub mod files;
#[cfg(feature = "browser")]
pub mod view;
pub mod write;
