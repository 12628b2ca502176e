//! The marks of the map and the tile grid, one per member state: written
//! once (`write`), repainted in place (`update`), with the tooltip and the
//! keyboard cursor they share.

#[cfg(feature = "browser")]
pub mod roving_keys;
pub mod tap;
pub mod tooltip;
#[cfg(feature = "browser")]
pub mod tooltip_update;
#[cfg(feature = "browser")]
pub mod update;
#[cfg(feature = "browser")]
pub mod view;
pub mod write;
