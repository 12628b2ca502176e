//! The selected member state's card: its group, its sponsorship and every
//! recorded position.

#[cfg(feature = "browser")]
pub mod view;
pub mod write;
