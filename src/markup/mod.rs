//! HTML written as text, shared by the app's views and the static pages
//! (src/bin/prerender) so the two cannot drift apart: the story (header,
//! contents, timeline, step, its controls and citation), the stage (title,
//! world map, labels, legend), the explorer (tile grid, table, vote summary,
//! comparison, country card) and the printed handout. As text it costs the
//! wasm far less than the same markup as components. Every function returns
//! `Html` (html.rs), which escapes every piece of text it is given; the URL
//! only ever selects among the dataset's own votes and steps.

pub mod action;
pub mod citation;
pub mod compare;
pub mod compare_controls;
pub mod contents;
pub mod country_card;
pub mod country_search;
pub mod downloads;
pub mod group_split;
pub mod handout;
pub mod header;
pub mod html;
pub mod legend;
pub mod marks;
pub mod names;
pub mod options;
pub mod page;
pub mod share;
pub mod stage;
pub mod step;
pub mod step_controls;
pub mod step_figure;
pub mod tally;
mod target;
pub mod tile_grid;
pub mod timeline;
pub mod tooltip;
pub mod treaty;
pub mod view_switch;
pub mod vote_summary;
pub mod vote_table;
pub mod world_map;

pub use html::Html;
pub use target::Target;
