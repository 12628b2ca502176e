//! Components. They read from the pure core (`model`, `data`) and hold no
//! logic worth testing on their own.

pub mod notice;
pub mod source_list;
pub mod tally_bar;
pub mod vote_picker;
pub mod vote_summary;
pub mod vote_table;
