//! An interactive explainer of the UN's 2019 cybercrime resolution and the
//! wider fight over a global, open Internet.
//!
//! The pure core builds without any browser API (`cargo build
//! --no-default-features`, which the test command checks), so the compiler
//! keeps browser code out of it:
//! - `model`: plain types and rules (votes, tallies, table logic, URL state);
//! - `data`, `generated`: the dataset and map, generated at build time from
//!   `data/` and `content/`;
//! - `ui`: the interface's words in the build's language (content/ui/);
//! - `html`: the escaped `Html` type and the names markup shares with code;
//! - `widgets`: one folder per part of the page, holding its pure HTML
//!   writer beside its browser-only updater and component.
//!
//! With the `browser` feature (the default, which Trunk builds):
//! - `browser`: the thin layer over browser APIs that every widget uses;
//! - `view_kit`: the effect and handler types every component uses;
//! - `state`: the shared signals and the rules that tie them together;
//! - `app`: the page shell that ties the widgets together.

// First: its macros are in scope in every module declared after it.
#[macro_use]
pub mod ui;

#[cfg(feature = "browser")]
pub mod app;
#[cfg(feature = "browser")]
pub mod browser;
pub mod data;
pub mod generated;
pub mod html;
pub mod model;
#[cfg(feature = "browser")]
pub mod state;
#[cfg(feature = "browser")]
pub mod view_kit;
pub mod widgets;

#[cfg(feature = "browser")]
pub use app::App;
