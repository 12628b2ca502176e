//! What the map and the tile grid show of each member state, as plain data.
//! Both views draw once from a list of paints (as text, see src/widgets/),
//! then write to the page only what changed between two lists: a vote
//! switch or a cursor move costs a pass over 193 values, not a re-render.

use super::compare::Shift;
use super::{signature, Choice, Member, Vote};

/// Everything about one state's mark that changes with the reader's choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paint {
    pub choice: Choice,
    /// Whether `choice` is a signature status's slot (its words and glyph
    /// differ from a vote's).
    pub signatures: bool,
    /// While two votes are compared: whether the state kept its position.
    pub shift: Option<Shift>,
    /// Named by the current step.
    pub highlighted: bool,
    /// Under the keyboard cursor.
    pub focused: bool,
    /// The state whose card is open.
    pub selected: bool,
}

/// The reader's choices that decide the paints.
#[derive(Clone, Copy)]
pub struct PaintInputs<'a> {
    /// The vote on show (while comparing, the second of the pair).
    pub vote: &'a Vote,
    pub comparing: Option<(&'a Vote, &'a Vote)>,
    /// ISO3 codes the current step highlights.
    pub highlight: &'a [&'a str],
    pub cursor: Option<usize>,
    pub selected: Option<usize>,
}

/// One paint per member state, in data order.
pub fn paints(members: &[Member], inputs: PaintInputs) -> Vec<Paint> {
    members
        .iter()
        .enumerate()
        .map(|(i, m)| Paint {
            choice: inputs.vote.choice(i),
            signatures: inputs.vote.is_signatures(),
            shift: inputs.comparing.map(|(a, b)| Shift::of(a, b, i)),
            highlighted: inputs.highlight.contains(&m.iso3),
            focused: inputs.cursor == Some(i),
            selected: inputs.selected == Some(i),
        })
        .collect()
}

/// The member indexes whose paint differs, with the old and new paint.
pub fn changes<'a>(
    previous: &'a [Paint],
    next: &'a [Paint],
) -> impl Iterator<Item = (usize, &'a Paint, &'a Paint)> + 'a {
    previous
        .iter()
        .zip(next)
        .enumerate()
        .filter(|(_, (old, new))| old != new)
        .map(|(i, (old, new))| (i, old, new))
}

impl Paint {
    /// "Yes", or "Signed" / "Not signed" / "Status unknown".
    pub fn label(&self) -> &'static str {
        if self.signatures {
            signature::slot_label(self.choice)
        } else {
            self.choice.label()
        }
    }

    pub fn glyph(&self) -> &'static str {
        if self.signatures {
            signature::slot_glyph(self.choice)
        } else {
            self.choice.glyph()
        }
    }
}

/// "Name: Yes", the accessible name of a state's mark.
pub fn state_label(name: &str, label: &str) -> String {
    format!(
        ui_plain!(state_paint state_label),
        name = name,
        position = label
    )
}
