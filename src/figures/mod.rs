//! Figures drawn from the reference datasets, written as `Html` like the
//! markup (escaped by construction, no browser API): the vote by grouping,
//! and the geometry of its bars' counts.

pub mod bar_labels;
pub mod blocs;
