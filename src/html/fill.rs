//! Parts of a page the release app's wasm leaves out, to keep the first
//! load small: the static page of a step carries each such part between two
//! comments (`part`), and the app writes a stand-in (`stand_in`) that
//! browser/fill.rs swaps for the part lifted from that page (`lift`). A
//! failed fetch leaves the stand-in, which always links to the part.

use crate::html::names::Attr;
use crate::html::Html;
use crate::{format_html, named};

/// The page a stand-in is filled from, and the part of it.
pub const FILL_FROM: Attr = named!("[" "data-fill-from" "]");
pub const FILL_PART: Attr = named!("[" "data-fill-part" "]");

/// The comments around part `name` in a static page.
fn markers(name: &str) -> (String, String) {
    (
        format!("<!--part:{name}-->"),
        format!("<!--/part:{name}-->"),
    )
}

/// `inner` as part `name` of a static page.
pub fn part(name: &str, inner: &Html) -> Html {
    format_html!("<!--part:{name}-->{inner}<!--/part:{name}-->", name, inner)
}

/// Where `needle` first sits in `haystack`. Not `str::find`, whose two-way
/// search would add 0.4 KB to the wasm; not a comparison at every byte
/// either, which made each lift from the 60 KB story page cost the vote
/// switch a few ms: only where the first byte matches is the rest compared.
fn position(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    let first = *needle.first()?;
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w[0] == first && w == needle)
}

/// Part `name` of `page`, without its comments.
pub fn lift<'a>(page: &'a str, name: &str) -> Option<&'a str> {
    let (start, end) = markers(name);
    let from = position(page, &start)? + start.len();
    let to = from + position(&page[from..], &end)?;
    Some(&page[from..to])
}

/// Words every static page carries as part `$name`, which the release
/// app's wasm leaves out: it writes a stand-in instead, filled from the
/// static copy while that is still in the page (browser/fill.rs), else from
/// the story page, which carries the same parts. A macro, not a function,
/// so the words are never referenced by the release wasm's code (and are
/// left out of it) whether or not the call is inlined.
#[macro_export]
macro_rules! words_part {
    ($name:expr, $words:expr) => {
        if cfg!(all(target_arch = "wasm32", not(debug_assertions))) {
            $crate::html::fill::stand_in_inline(
                $crate::html::page::STORY_PAGE,
                $name,
                &$crate::html::Html::new(),
            )
        } else {
            $crate::html::fill::part($name, &$crate::html::Html::text($words))
        }
    };
}

/// A stand-in for words inside a paragraph: part `name` of the page at
/// `url`, showing `fallback` until it is filled.
pub fn stand_in_inline(url: &str, name: &str, fallback: &Html) -> Html {
    format_html!(
        "<span {from}=\"{url}\" {part}=\"{name}\">{fallback}</span>",
        from = FILL_FROM,
        url,
        part = FILL_PART,
        name,
        fallback
    )
}

/// A stand-in for part `name` of the page at `url`, showing `fallback`
/// until it is filled.
pub fn stand_in(url: &str, name: &str, fallback: &Html) -> Html {
    format_html!(
        "<div {from}=\"{url}\" {part}=\"{name}\">{fallback}</div>",
        from = FILL_FROM,
        url,
        part = FILL_PART,
        name,
        fallback
    )
}
