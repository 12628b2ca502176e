//! Components. They read from the pure core (`model`, `data`) and the
//! shared `state`, and hold no logic worth testing on their own.

pub mod contents;
pub mod copy_link;
pub mod notice;
pub mod prose;
pub mod source_list;
pub mod step_figure;
pub mod step_panel;
pub mod tally_bar;
pub mod timeline;
pub mod vote_picker;
pub mod vote_summary;
pub mod vote_table;
