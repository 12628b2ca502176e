//! One folder (or file) per part of the page the reader sees. Each holds
//! its names (`named!` constants), its pure HTML writer (`write`, which
//! the static pages share), and, built only for the browser, its
//! in-place updater (`update`) and its component (`view`).

pub mod citations;
pub mod comparison;
pub mod contents;
pub mod country_card;
pub mod country_line;
pub mod downloads;
#[cfg(feature = "browser")]
pub mod explorer;
pub mod figures;
pub mod group_split;
pub mod guess;
pub mod handout;
pub mod header;
pub mod legend;
pub mod marks;
#[cfg(feature = "browser")]
pub mod notice;
pub mod search;
pub mod share;
pub mod stage;
pub mod step;
pub mod table;
pub mod tally;
pub mod tile_grid;
pub mod timeline;
pub mod view_switch;
pub mod vote_summary;
