//! The switch between the map, the equal-size grid and the table: one
//! button per view, each naming its view in `data-view` (read back by
//! widgets/view_switch/view.rs).

use crate::html::names::Attr;
use crate::html::Html;
use crate::model::view_kind::ViewKind;
use crate::{named, write_html};

/// The attribute naming a button's view.
pub const VIEW: Attr = named!("[" "data-view" "]");

pub fn view_buttons() -> Html {
    let mut out = Html::new();
    for kind in ViewKind::ALL {
        write_html!(
            out,
            "<button type=\"button\" class=\"switch\" {attr}=\"{slug}\" aria-pressed=\"false\">{label}</button>",
            attr = VIEW,
            slug = kind.slug(),
            label = kind.label()
        );
    }
    out
}
