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

/// `named!("." "legend")`: the name `legend`, found by `.legend`; the
/// selector is spelled around the name: `named!("[" "data-view" "]")`,
/// `named!("#" "explore")`, `named!("[name=" "q" "]")`.
#[macro_export]
macro_rules! named {
    ($before:literal $name:literal $($after:literal)?) => {
        $crate::html::names::Named {
            name: $name,
            selector: concat!($before, $name $(, $after)?),
        }
    };
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
