//! The pure core: plain types and functions with no browser in sight,
//! tested natively with `cargo test`.

mod choice;
pub mod citation;
pub mod compare;
pub mod country_search;
pub mod country_story;
pub mod date;
pub mod decimal;
pub mod figures;
pub mod focus;
mod highlights;
pub mod language;
pub mod map_labels;
pub mod map_shapes;
mod member;
pub mod order;
pub mod plural;
pub mod reach;
pub mod region;
pub mod roving;
pub mod search_names;
pub mod signature;
pub mod state_paint;
pub mod step_nav;
pub mod story;
pub mod table;
mod tally;
pub mod text;
pub mod timeline_scale;
pub mod treaty;
pub mod url_state;
pub mod view_kind;
mod vote;

pub use choice::Choice;
pub use member::{name_order, Member, RegionalGroup};
pub use tally::Tally;
pub use vote::{Body, Camp, SourceLink, TotalsBasis, Vote};
