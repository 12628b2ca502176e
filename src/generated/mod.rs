//! Code written by generators, committed, and checked for staleness by the
//! tests. Do not edit by hand; each file names the command that writes it.

#[rustfmt::skip]
pub mod map;
