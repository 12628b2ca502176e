//! Names that the markup writes and the app's code looks up again: each is
//! a constant of the markup module that writes it, so a renamed class is a
//! renamed constant, and the code that finds it follows (or fails to build).

use crate::html::escaped::Render;
use std::fmt;

/// A name as markup writes it (`class="{legend}"`), with the selector that
/// finds it again (`.legend`): a class, an attribute or a control's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Named {
    pub name: &'static str,
    pub selector: &'static str,
}

/// What kind of name a `Named` is, for the reader.
pub type Class = Named;
pub type Attr = Named;
pub type Name = Named;
pub type Id = Named;

impl Render for Named {
    fn render(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.name.render(out)
    }
}

impl Named {
    /// The name that sits in `selector` from byte `start`, `len` bytes long.
    /// The name then points into the selector's text, so the wasm stores
    /// each name once instead of twice (about 1.7 KB raw, 0.4 KB gzip,
    /// over the names the app uses).
    pub const fn within(selector: &'static str, start: usize, len: usize) -> Named {
        let (_, rest) = selector.as_bytes().split_at(start);
        let (name, _) = rest.split_at(len);
        match std::str::from_utf8(name) {
            Ok(name) => Named { name, selector },
            Err(_) => panic!("a name must be whole characters of its selector"),
        }
    }
}

/// `named!("." "legend")`: the name `legend`, found by `.legend`; the
/// selector is spelled around the name: `named!("[" "data-view" "]")`,
/// `named!("#" "explore")`, `named!("[name=" "q" "]")`. Always a constant,
/// even where written as an expression.
#[macro_export]
macro_rules! named {
    ($before:literal $name:literal $($after:literal)?) => {{
        const NAMED: $crate::html::names::Named = $crate::html::names::Named::within(
            concat!($before, $name $(, $after)?),
            $before.len(),
            $name.len(),
        );
        NAMED
    }};
}

/// The outer element of a part of the page that both the app (a view's
/// `view!`) and the static pages (`wrap`) write: its class and the id of
/// the heading that names it, written once here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wrapper {
    pub tag: &'static str,
    pub class: &'static str,
    pub labelled_by: &'static str,
}

impl Wrapper {
    /// `inner` in this element, as the static pages write it.
    pub fn wrap(&self, inner: &crate::html::Html) -> crate::html::Html {
        crate::format_html!(
            "<{tag} class=\"{class}\" aria-labelledby=\"{labelled_by}\">{inner}</{tag}>",
            tag = self.tag,
            class = self.class,
            labelled_by = self.labelled_by,
            inner
        )
    }
}
