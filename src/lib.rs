//! An interactive explainer of the UN's 2019 cybercrime resolution and the
//! wider fight over a global, open Internet.
//!
//! - `model`: the pure core (votes, tallies, table logic, URL state);
//! - `data`: the dataset, generated at build time from `data/`;
//! - `figures`: the HTML of figures drawn from the reference datasets
//!   (the vote by grouping), as `Html` with no browser API;
//! - `views`: Leptos components: each draws its part once from `markup`
//!   and keeps it up to date with an effect, hearing events on its container;
//! - `markup`: the HTML as text (`Html`, escaped by construction), shared
//!   with the static pages, and the in-place updates of the parts that change;
//! - `browser`: the thin layer over browser APIs;
//! - `state`: the shared signals and the rules that tie them together;
//! - `app`: the page shell that ties them together.

pub mod app;
pub mod browser;
pub mod data;
pub mod figures;
pub mod generated;
pub mod markup;
pub mod model;
pub mod state;
pub mod views;

pub use app::App;
