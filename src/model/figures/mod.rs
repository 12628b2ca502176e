//! The numbers behind the figures drawn from the reference datasets, as
//! plain functions of the data: the vote by grouping ("blocs") and the
//! Budapest Convention's map layer.

pub mod blocs;
pub mod budapest;
