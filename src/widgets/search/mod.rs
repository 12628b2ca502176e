//! "Find a country": an ARIA combobox over names, codes and common names.

#[cfg(feature = "browser")]
pub mod view;
pub mod write;
