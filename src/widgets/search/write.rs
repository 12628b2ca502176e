//! "Find a country": the combobox's shell, its options and the status
//! line a screen reader hears (widgets/search/view.rs keeps them current).

use crate::data;
use crate::html::names::{Attr, Class, Id};
use crate::html::Html;
use crate::model::search_names::Other;
use crate::widgets::marks::write::INDEX;
use crate::{format_html, named, write_html};

/// The label, the box, its (empty, hidden) list and the status line.
pub fn shell() -> Html {
    format_html!(
        concat!(
            "<label for=\"{input}\">", ui!(search find_country), "</label><div class=\"combobox\">",
            "<input id=\"{input}\" type=\"text\" role=\"combobox\" autocomplete=\"off\" spellcheck=\"false\"",
            " placeholder=\"", ui!(search placeholder), "\" aria-autocomplete=\"list\"",
            " aria-controls=\"{list}\" aria-expanded=\"false\">",
            "<ul id=\"{list}\" role=\"listbox\" aria-label=\"", ui!(search matches_label), "\" hidden></ul></div>",
            "<p class=\"{status} visually-hidden\" role=\"status\"></p>",
            "<p class=\"{note}\" aria-live=\"polite\"></p>",
        ),
        input = INPUT,
        list = LIST,
        status = STATUS,
        note = NOTE
    )
}

/// The matches as options (`data-index` is the member index), then the
/// entities that are not member states (`data-other`, their position in
/// `others`), the active one selected.
pub fn option_items(results: &[usize], others: &[(usize, &Other)], active: Option<usize>) -> Html {
    let mut out = Html::new();
    for (p, &i) in results.iter().enumerate() {
        let m = &data::members()[i];
        write_html!(
            out,
            concat!(
                "<li id=\"{option_id}{p}\" role=\"option\" {index}=\"{i}\" data-iso3=\"{iso3}\" aria-selected=\"{selected}\">",
                "{name}<span class=\"option-code\">{iso3}</span></li>",
            ),
            option_id = OPTION_ID,
            p,
            index = INDEX,
            i,
            iso3 = m.iso3,
            selected = active == Some(p),
            name = data::member_name(i),
        );
    }
    for (n, (at, other)) in others.iter().enumerate() {
        let p = results.len() + n;
        write_html!(
            out,
            concat!(
                "<li id=\"{option_id}{p}\" role=\"option\" {other_attr}=\"{at}\" aria-selected=\"{selected}\">",
                "{name}<span class=\"option-code\">", ui!(search not_member), "</span></li>",
            ),
            option_id = OPTION_ID,
            p,
            other_attr = OTHER,
            at,
            selected = active == Some(p),
            name = other.name,
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
        0 => ui_plain!(search no_matches).to_string(),
        1 => ui_plain!(search one_match).to_string(),
        n => format!(ui_plain!(search matches), n = n),
    }
}

/// An option for an entity that is not a member state: its position among
/// the loaded names' entities.
pub const OTHER: Attr = named!("[" "data-other" "]");
/// Set on the box once the names file is in: its matches are then final.
pub const MORE_NAMES: Attr = named!("[" "data-more-names" "]");
/// The line under the box that says what a chosen entity is and did.
pub const NOTE: Class = named!("." "search-note");

/// What a screen reader hears about the matches.
pub const STATUS: Class = named!("." "search-status");
/// An option's id: this prefix and its position in the list.
pub const OPTION_ID: &str = "country-option-";

/// The box and the list of matches, by id.
pub const INPUT: Id = named!("#" "country-search-input");
pub const LIST: Id = named!("#" "country-search-list");
