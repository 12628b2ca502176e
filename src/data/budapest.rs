//! Each member state's Budapest Convention status (data/budapest/), and
//! the "budapest" step's map layer computed from it.

use super::generated;
use crate::model::figures::budapest::{layer_counts, layer_status, LayerStatus, PartyRow};

/// One row per member state, in the order of `data::members()`.
pub fn rows() -> &'static [PartyRow] {
    generated::BUDAPEST
}

/// The row of the member at `index`.
pub fn row(index: usize) -> Option<&'static PartyRow> {
    rows().get(index)
}

/// The day the "party on the day" answers are for (the 2019 committee
/// vote): (`YYYY-MM-DD`, "18 November 2019").
pub fn on() -> (&'static str, &'static str) {
    generated::BUDAPEST_ON
}

/// The date the statuses are true as of: (`YYYY-MM-DD`, "5 June 2025").
pub fn as_of() -> (&'static str, &'static str) {
    generated::BUDAPEST_AS_OF
}

/// Each member's layer status, in the order of `data::members()`.
pub fn layer() -> Vec<LayerStatus> {
    rows().iter().map(layer_status).collect()
}

/// How many members have each layer status, in `LayerStatus::ALL` order.
pub fn counts() -> [(LayerStatus, usize); 7] {
    layer_counts(rows())
}
