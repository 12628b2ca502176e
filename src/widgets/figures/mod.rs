//! Figures written as `Html` text, with no browser in sight: the static
//! pages write them, and the app fills them in from the static page. Each
//! is a `<figure data-figure="…">` with a caption in words and a table of
//! every number it draws, so nothing is told by colour or shape alone.
//!
//! - `flow`: from one record to another as bands (the 2019 vote to the
//!   2025 signatures);
//! - `matrix`: rival texts' votes set against each other, yes on both
//!   picked out;
//! - `table`: the table of counts both write;
//! - `blocs`: how each grouping of states voted, a stacked bar each;
//! - `chart`: a step's own figure on the stage, whichever it is;
//! - `tracks`: the two UN tracks on ICT security as lanes over time;
//! - `budapest`: the Budapest Convention's parties on a map;
//! - `statements`: what delegations said at a vote, beside their votes.

pub mod blocs;
pub mod budapest;
pub mod chart;
pub mod flow;
pub mod matrix;
pub mod statements;
pub mod table;
pub mod tracks;
mod tracks_svg;

use crate::html::names::{Attr, Class};
use crate::named;

/// Which figure an element is: `flow`, `matrix`, `blocs`, …
pub const FIGURE: Attr = named!("[" "data-figure" "]");
/// A figure's table of counts kept for screen readers and text: hidden on
/// screen where the drawing shows the same numbers (style/figures.css).
pub const FIGURE_TABLE: Class = named!("." "figure-table");
