//! The controls of "Compare two votes" as text: presets (`data-compare`)
//! with the terms they use spelled out, two vote pickers and a stop button, hidden until a pair is chosen. The
//! view hears them by delegation and keeps their state up to date.

use crate::data;
use crate::html::action::Action;
use crate::html::names::{Attr, Class, Name};
use crate::html::options::options;
use crate::html::Html;
use crate::model::compare::Side;
use crate::{format_html, named, write_html};

/// Each side's picker (a `<select>`), by its `name`.
pub fn picker(side: Side) -> Name {
    match side {
        Side::From => named!("[name=" "compare-from" "]"),
        Side::To => named!("[name=" "compare-to" "]"),
    }
}

/// The side whose picker has the `name` given.
pub fn side_of_picker(name: &str) -> Option<Side> {
    [Side::From, Side::To]
        .into_iter()
        .find(|s| picker(*s).name == name)
}

/// Either picker, for a change heard on the panel.
pub const PICKER: &str = "select";

/// A button that opens a comparison, "a,b" (here and in a step's figure).
pub const COMPARE: Attr = named!("[" "data-compare" "]");
/// The section's heading: focus goes there when a comparison opens or ends.
pub const COMPARE_HEADING: &str = "compare-heading";
/// The pickers (hidden until a pair is chosen) and the comparison's place.
pub const PICKERS: Class = named!("." "compare-pickers");
pub const TRANSITION_VIEW: Class = named!("." "transition-view");

/// Pairs worth a click: a year's change, committee to plenary, the 2018 split, its 2019 sequel,
/// and the 2019 committee vote against who signed the Convention.
pub const PRESETS: [(&str, &str, &str); 5] = [
    ("3c-2018", "3c-2019", ui_plain!(comparison preset_years)),
    ("3c-2019", "ga-74-247", ui_plain!(comparison preset_plenary)),
    ("ga-73-27", "ga-73-266", ui_plain!(comparison preset_split)),
    ("ga-74-29", "ga-74-28", ui_plain!(comparison preset_sequel)),
    ("3c-2019", "signatures", ui_plain!(comparison preset_signed)),
];

pub fn compare_controls() -> Html {
    let mut out = format_html!(
        concat!(
            "<h3 id=\"{heading}\" tabindex=\"-1\">",
            ui!(comparison heading),
            "</h3>",
            "<div class=\"presets\" role=\"group\" aria-label=\"",
            ui!(comparison presets_label),
            "\">",
        ),
        heading = COMPARE_HEADING
    );
    for (a, b, label) in PRESETS {
        write_html!(
            out,
            "<button type=\"button\" class=\"button\" {compare}=\"{a},{b}\" aria-pressed=\"false\">{label}</button>",
            compare = COMPARE,
            a,
            b,
            label
        );
    }
    let abbr = |short: &str| format_html!("<abbr>{short}</abbr>", short);
    write_html!(
        out,
        concat!(
            "</div><p class=\"presets-note\">",
            ui!(comparison presets_note),
            "</p>"
        ),
        oewg = abbr(ui_plain!(comparison oewg)),
        gge = abbr(ui_plain!(comparison gge)),
        icts = abbr(ui_plain!(comparison icts))
    );
    let votes = || {
        options(
            data::votes()
                .iter()
                .map(|v| (v.id, format!("{} ({})", v.short, v.date_label))),
        )
    };
    write_html!(
        out,
        concat!(
            "<div class=\"{pickers}\" hidden>",
            "<label class=\"control\"><span>",
            ui!(comparison from),
            "</span><select name=\"{from}\">{votes}</select></label>",
            "<label class=\"control\"><span>",
            ui!(comparison to),
            "</span><select name=\"{to}\">{votes}</select></label>",
            "<button type=\"button\" class=\"button\" {stop}>",
            ui!(comparison stop),
            "</button></div>",
            "<div class=\"{view}\"></div>",
        ),
        pickers = PICKERS,
        from = picker(Side::From),
        votes = votes(),
        to = picker(Side::To),
        stop = Action::StopCompare.attr(),
        view = TRANSITION_VIEW,
    );
    out
}
