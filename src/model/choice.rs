//! How one member state voted on one resolution.

/// A recorded position. `Absent` means the state is not recorded as voting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Choice {
    Yes,
    No,
    Abstain,
    Absent,
}

impl Choice {
    pub const ALL: [Choice; 4] = [Choice::Yes, Choice::No, Choice::Abstain, Choice::Absent];

    /// The machine value used in URLs, `data-vote` attributes and CSS classes.
    pub fn slug(self) -> &'static str {
        match self {
            Choice::Yes => "yes",
            Choice::No => "no",
            Choice::Abstain => "abstain",
            Choice::Absent => "absent",
        }
    }

    /// Short label for tables and legends.
    pub fn label(self) -> &'static str {
        match self {
            Choice::Yes => ui_plain!(choice yes),
            Choice::No => ui_plain!(choice no),
            Choice::Abstain => ui_plain!(choice abstain),
            Choice::Absent => ui_plain!(choice absent),
        }
    }

    /// Verb phrase for sentences: "Brazil voted yes".
    pub fn phrase(self) -> &'static str {
        match self {
            Choice::Yes => ui_plain!(choice voted_yes),
            Choice::No => ui_plain!(choice voted_no),
            Choice::Abstain => ui_plain!(choice abstained),
            Choice::Absent => ui_plain!(choice did_not_vote),
        }
    }

    /// A glyph shown next to the label, so colour is never the only cue.
    pub fn glyph(self) -> &'static str {
        match self {
            Choice::Yes => "✓",
            Choice::No => "✕",
            Choice::Abstain => "−",
            Choice::Absent => "○",
        }
    }

    pub fn from_slug(s: &str) -> Option<Choice> {
        Choice::ALL.into_iter().find(|c| c.slug() == s)
    }
}
