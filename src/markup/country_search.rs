//! "Find a country": the combobox's shell, its options and the status
//! line a screen reader hears (views/country_search.rs keeps them current).

use super::esc;
use crate::data;
use std::fmt::Write;

/// The label, the box, its (empty, hidden) list and the status line.
pub const SHELL: &str = concat!(
    "<label for=\"country-search-input\">Find a country</label><div class=\"combobox\">",
    "<input id=\"country-search-input\" type=\"text\" role=\"combobox\" autocomplete=\"off\" spellcheck=\"false\"",
    " placeholder=\"Name, common name or ISO code\" aria-autocomplete=\"list\"",
    " aria-controls=\"country-search-list\" aria-expanded=\"false\">",
    "<ul id=\"country-search-list\" role=\"listbox\" aria-label=\"Matching member states\" hidden></ul></div>",
    "<p class=\"search-status visually-hidden\" role=\"status\"></p>",
);

/// The matches as options (`data-index` is the member index), the active one selected.
pub fn option_items(results: &[usize], active: Option<usize>) -> String {
    let mut out = String::new();
    for (p, &i) in results.iter().enumerate() {
        let m = &data::members()[i];
        let _ = write!(
            out,
            "<li id=\"country-option-{p}\" role=\"option\" data-index=\"{i}\" data-iso3=\"{iso3}\" aria-selected=\"{}\">{}<span class=\"option-code\">{iso3}</span></li>",
            active == Some(p),
            esc(m.name),
            iso3 = m.iso3
        );
    }
    out
}

/// What the status line tells a screen reader about the matches.
pub fn status(open: bool, text: &str, matches: usize) -> String {
    if !open || text.is_empty() {
        return String::new();
    }
    match matches {
        0 => "No member state matches".to_string(),
        1 => "One match".to_string(),
        n => format!("{n} matches"),
    }
}
