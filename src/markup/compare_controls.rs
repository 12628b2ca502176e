//! The controls of "Compare two votes" as text: presets (`data-compare`)
//! with the terms they use spelled out, two vote pickers and a stop button, hidden until a pair is chosen. The
//! view hears them by delegation and keeps their state up to date.

use super::action::Action;
use super::esc;
use super::options::options;
use crate::data;
use crate::model::compare::Side;
use std::fmt::Write;

/// Pairs worth a click: a year's change, committee to plenary, the 2018 split, its 2019 sequel,
/// and the 2019 committee vote against who signed the Convention.
pub const PRESETS: [(&str, &str, &str); 5] = [
    ("3c-2018", "3c-2019", "Committee, 2018 → 2019"),
    ("3c-2019", "ga-74-247", "2019: committee → plenary"),
    ("ga-73-27", "ga-73-266", "2018: OEWG and GGE"),
    ("ga-74-29", "ga-74-28", "2019: both follow-ups"),
    ("3c-2019", "signatures", "2019: committee → signing"),
];

pub fn compare_controls() -> String {
    let mut out = String::from("<h3 id=\"compare-heading\" tabindex=\"-1\">Compare two votes</h3><div class=\"presets\" role=\"group\" aria-label=\"Useful pairs\">");
    for (a, b, label) in PRESETS {
        let _ = write!(
            out,
            "<button type=\"button\" class=\"button\" data-compare=\"{a},{b}\" aria-pressed=\"false\">{}</button>",
            esc(label)
        );
    }
    out.push_str("</div><p class=\"presets-note\"><abbr>OEWG</abbr>: Open-Ended Working Group, which every member state may join. <abbr>GGE</abbr>: Group of Governmental Experts, a small panel of states. Both discuss how states should behave in cyberspace, the use of information and communications technologies (<abbr>ICTs</abbr>).</p>");
    let votes = || {
        options(
            data::votes()
                .iter()
                .map(|v| (v.id, format!("{} ({})", v.short, v.date_label))),
        )
    };
    let _ = write!(
        out,
        "<div class=\"compare-pickers\" hidden><label class=\"control\"><span>From</span><select name=\"{2}\">{0}</select></label><label class=\"control\"><span>To</span><select name=\"{3}\">{0}</select></label><button type=\"button\" class=\"button\" {1}>Stop comparing</button></div><div class=\"transition-view\"></div>",
        votes(),
        Action::StopCompare.attr(),
        Side::From.select_name(),
        Side::To.select_name(),
    );
    out
}
