//! Compare two votes: the presets and pickers (`controls`), the comparison
//! drawn per pair (`write`) and the panel that ties them to the stage
//! (`view`).

pub mod controls;
#[cfg(feature = "browser")]
pub mod view;
pub mod write;
