//! The three ways to see a vote: a map, an equal-size tile grid, a table.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ViewKind {
    #[default]
    Map,
    Grid,
    Table,
}

impl ViewKind {
    pub const ALL: [ViewKind; 3] = [ViewKind::Map, ViewKind::Grid, ViewKind::Table];

    pub fn slug(self) -> &'static str {
        match self {
            ViewKind::Map => "map",
            ViewKind::Grid => "grid",
            ViewKind::Table => "table",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ViewKind::Map => ui_plain!(view_kind map),
            ViewKind::Grid => ui_plain!(view_kind grid),
            ViewKind::Table => ui_plain!(view_kind table),
        }
    }

    pub fn from_slug(s: &str) -> Option<ViewKind> {
        ViewKind::ALL
            .into_iter()
            .find(|v| v.slug().eq_ignore_ascii_case(s))
    }
}
