//! Build-time data pipeline, shared by `build.rs` and the native tests.
pub mod blocs;
pub mod budapest;
pub mod build_date;
pub mod codegen;
pub mod content;
pub mod csv;
pub mod names;
pub mod dataset;
pub mod register;
pub mod signatures;
pub mod statements;
pub mod teach;
pub mod tracks;
pub mod translations;
pub mod treaty;
pub mod ui_text;
pub mod words;
