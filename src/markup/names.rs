//! Names that the markup writes and the app's code looks up again: each is
//! a constant of the markup module that writes it, so a renamed class is a
//! renamed constant, and the code that finds it follows (or fails to build).

use super::html::Render;
use std::fmt;

/// A name as markup writes it (`class="{legend}"`), with the selector that
/// finds it again (`.legend`): a class, an attribute or a control's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Named {
    pub name: &'static str,
    pub selector: &'static str,
}

/// A class: `class!("legend")`, found by `.legend`.
pub type Class = Named;
/// An attribute: `attr!("data-view")`, found by `[data-view]`.
pub type Attr = Named;
/// A form control's name: `name!("q")`, found by `[name=q]`.
pub type Name = Named;
/// An element's id: `id!("explore")`, found by `#explore`.
pub type Id = Named;

impl Render for Named {
    fn render(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.name.render(out)
    }
}

#[doc(hidden)]
#[macro_export]
macro_rules! named {
    ($name:literal, $($selector:literal),+) => {
        $crate::markup::names::Named { name: $name, selector: concat!($($selector),+) }
    };
}

/// `class!("legend")`: the class `legend`, found by `.legend`.
#[macro_export]
macro_rules! class {
    ($name:literal) => {
        $crate::named!($name, ".", $name)
    };
}

/// `attr!("data-view")`: the attribute `data-view`, found by `[data-view]`.
#[macro_export]
macro_rules! attr {
    ($name:literal) => {
        $crate::named!($name, "[", $name, "]")
    };
}

/// `id!("step-title")`: the id `step-title`, found by `#step-title` (also
/// a link to it).
#[macro_export]
macro_rules! id {
    ($name:literal) => {
        $crate::named!($name, "#", $name)
    };
}

/// `name!("q")`: the control named `q`, found by `[name=q]`.
#[macro_export]
macro_rules! name {
    ($name:literal) => {
        $crate::named!($name, "[name=", $name, "]")
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
    pub fn wrap(&self, inner: &super::Html) -> super::Html {
        crate::format_html!(
            "<{tag} class=\"{class}\" aria-labelledby=\"{labelled_by}\">{inner}</{tag}>",
            tag = self.tag,
            class = self.class,
            labelled_by = self.labelled_by,
            inner
        )
    }
}
