//! The stage: the one figure the story drives, with its title, the world
//! map (`map`, `map_view`, its outlines).

pub mod map;
#[cfg(feature = "browser")]
pub mod map_view;
#[cfg(feature = "browser")]
pub mod outlines;
#[cfg(feature = "browser")]
pub mod view;
pub mod write;
