//! The interface's words in the language this build shows, chosen at
//! compile time by `UNCYBER_LANG` (English when unset) from `content/ui/`
//! and `content/<lang>/ui/` (build_support/ui_text.rs): the macros `ui!`
//! (escaped for markup, usable in `format_html!`'s format string),
//! `ui_plain!` (as written) and `ui_count!` (a counted phrase), and `LANG`.
//! A key a language lacks stops the build; a key no file has does not
//! compile.

// Not every build uses every kind of entry (a language may count nothing).
#![allow(unused_macros)]

include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));
