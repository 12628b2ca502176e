//! Components, and the handlers of the markup they write as text
//! (`markup`). They read from the pure core (`model`, `data`) and the
//! shared `state`; the rules they follow live there and are tested
//! natively, so a view only wires events to state and keeps the DOM
//! current (every effect through `effect`). What they do in a browser is
//! tested end to end (e2e/) and in tests/web.rs.

pub mod cite_copy;
pub mod compare_panel;
pub mod contents;
pub mod copy_link;
pub mod country_card;
pub mod country_search;
pub mod downloads;
pub mod draw_while_open;
pub mod effect;
pub mod embed_dialog;
pub mod explorer;
pub mod group_split;
pub mod handler;
pub mod mark_figure;
pub mod notice;
pub mod print_handout;
pub mod roving_keys;
pub mod stage;
pub mod step_panel;
pub mod tile_grid;
pub mod timeline;
pub mod view_switch;
pub mod vote_picker;
pub mod vote_summary;
pub mod vote_table;
pub mod world_map;
