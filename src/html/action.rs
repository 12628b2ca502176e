//! What a button does, named once. Markup writes it into the button's
//! `data-action` attribute and the views' click listeners read it back as
//! this type, so renaming or removing an action breaks the build where
//! it is handled instead of silently doing nothing.

use crate::html::names::Attr;
use crate::html::Html;
use crate::named;

/// The attribute that carries an action.
pub const ATTR: Attr = named!("[" "data-action" "]");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Previous,
    Next,
    CopyLink,
    EmbedOpen,
    EmbedCopy,
    EmbedClose,
    CiteCopy,
    StopCompare,
    CloseCard,
    /// On a step with a figure of its own: the map instead, and back.
    ShowMap,
    ShowChart,
    /// Prints the page as it is: this step.
    Print,
    /// Stops following a state through the story.
    Unfollow,
    /// Zooms the map to a region (the button's `data-region`).
    Zoom,
}

impl Action {
    pub const ALL: [Action; 14] = [
        Action::Previous,
        Action::Next,
        Action::CopyLink,
        Action::EmbedOpen,
        Action::EmbedCopy,
        Action::EmbedClose,
        Action::CiteCopy,
        Action::StopCompare,
        Action::CloseCard,
        Action::ShowMap,
        Action::ShowChart,
        Action::Print,
        Action::Unfollow,
        Action::Zoom,
    ];

    /// The attribute's value.
    pub const fn name(self) -> &'static str {
        match self {
            Action::Previous => "previous",
            Action::Next => "next",
            Action::CopyLink => "copy-link",
            Action::EmbedOpen => "embed-open",
            Action::EmbedCopy => "embed-copy",
            Action::EmbedClose => "embed-close",
            Action::CiteCopy => "cite-copy",
            Action::StopCompare => "stop-compare",
            Action::CloseCard => "close-card",
            Action::ShowMap => "show-map",
            Action::ShowChart => "show-chart",
            Action::Print => "print",
            Action::Unfollow => "unfollow",
            Action::Zoom => "zoom",
        }
    }

    /// The action an attribute value names, if any.
    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }

    /// The attribute as markup writes it: `data-action="next"`.
    pub fn attr(self) -> Html {
        crate::format_html!("{attr}=\"{name}\"", attr = ATTR, name = self.name())
    }

    /// A selector for the button carrying this action.
    pub fn selector(self) -> String {
        format!("[{}={}]", ATTR.name, self.name())
    }
}
