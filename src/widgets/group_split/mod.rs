//! How the UN regional groups and the 2019 sponsors split on the vote on
//! show.

#[cfg(feature = "browser")]
pub mod view;
pub mod write;
