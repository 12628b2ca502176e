//! The current step: its text and figure (`write`, `figure`, `treaty`), its
//! controls (`controls`), and the component that redraws it as the reader
//! moves (`view`).

pub mod controls;
#[cfg(feature = "browser")]
pub mod controls_update;
pub mod figure;
pub mod treaty;
#[cfg(feature = "browser")]
pub mod view;
pub mod write;
