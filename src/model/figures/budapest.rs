//! The Budapest Convention's map layer for the "budapest" step: for each
//! member state, whether it was a Party on the day of the 2019 committee
//! vote, and if not, its status since (as of the data's as-of date). The
//! two "likely" Parties rest on weak evidence (no source seen confirms them;
//! only the Council of Europe's running counts do) and are shown as such,
//! never as confirmed.

/// Whether a state was a Party on the day of the vote, as the reference
/// file answers (`yes`, `likely`, or a `no` with or without a remark).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnVoteDay {
    Yes,
    Likely,
    No,
}

/// The status on the data's as-of date, as the reference file spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoeStatus {
    Party,
    Signatory,
    Invited,
    /// "Not a Party or signatory in the sources seen"; whether it was
    /// invited is not verified.
    None,
    Unknown,
}

/// One member state's row (in the order of `data::members()`).
#[derive(Debug, PartialEq, Eq)]
pub struct PartyRow {
    pub on_vote_day: OnVoteDay,
    /// The file's own answer: "no (invited 2017)".
    pub on_vote_day_words: &'static str,
    pub status: CoeStatus,
    /// `YYYY-MM-DD` where a source gave it, else empty.
    pub signed: &'static str,
    pub ratified: &'static str,
    pub in_force: &'static str,
    /// The evidence, in the reference file's words.
    pub evidence: &'static str,
    pub sources: &'static [&'static str],
}

/// A state's place in the map layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LayerStatus {
    /// A Party on the day of the vote, confirmed.
    Party,
    /// Likely a Party that day, on weak evidence (Monaco, Senegal).
    PartyLikely,
    /// Not a Party that day; one by the as-of date.
    JoinedSince,
    Signatory,
    Invited,
    None,
    Unknown,
}

impl LayerStatus {
    pub const ALL: [LayerStatus; 7] = [
        LayerStatus::Party,
        LayerStatus::PartyLikely,
        LayerStatus::JoinedSince,
        LayerStatus::Signatory,
        LayerStatus::Invited,
        LayerStatus::None,
        LayerStatus::Unknown,
    ];

    /// For `data-vote` attributes and CSS classes.
    pub fn slug(self) -> &'static str {
        match self {
            LayerStatus::Party => "party",
            LayerStatus::PartyLikely => "party-likely",
            LayerStatus::JoinedSince => "joined-since",
            LayerStatus::Signatory => "signatory",
            LayerStatus::Invited => "invited",
            LayerStatus::None => "none",
            LayerStatus::Unknown => "unknown",
        }
    }

    /// A key's label, in the reference files' words; the dates go beside
    /// it (`data::budapest::on()` and `as_of()`).
    pub fn label(self) -> &'static str {
        match self {
            LayerStatus::Party => ui_plain!(figures_budapest party),
            LayerStatus::PartyLikely => ui_plain!(figures_budapest party_likely),
            LayerStatus::JoinedSince => ui_plain!(figures_budapest joined_since),
            LayerStatus::Signatory => ui_plain!(figures_budapest signatory),
            LayerStatus::Invited => ui_plain!(figures_budapest invited),
            LayerStatus::None => ui_plain!(figures_budapest none),
            LayerStatus::Unknown => ui_plain!(figures_budapest unknown),
        }
    }

    /// The warning a weakly evidenced status carries wherever it is shown.
    pub fn caveat(self) -> Option<&'static str> {
        match self {
            LayerStatus::PartyLikely => Some(ui_plain!(figures_budapest party_likely_caveat)),
            _ => None,
        }
    }

    pub fn is_weak(self) -> bool {
        self.caveat().is_some()
    }
}

/// The layer status of a row: the day of the vote first, then, for a
/// state that was not a Party that day, its status as of the as-of date.
pub fn layer_status(row: &PartyRow) -> LayerStatus {
    match (row.on_vote_day, row.status) {
        (OnVoteDay::Yes, _) => LayerStatus::Party,
        (OnVoteDay::Likely, _) => LayerStatus::PartyLikely,
        (OnVoteDay::No, CoeStatus::Party) => LayerStatus::JoinedSince,
        (OnVoteDay::No, CoeStatus::Signatory) => LayerStatus::Signatory,
        (OnVoteDay::No, CoeStatus::Invited) => LayerStatus::Invited,
        (OnVoteDay::No, CoeStatus::None) => LayerStatus::None,
        (OnVoteDay::No, CoeStatus::Unknown) => LayerStatus::Unknown,
    }
}

/// How many rows have each status, in the order of `LayerStatus::ALL`.
pub fn layer_counts(rows: &[PartyRow]) -> [(LayerStatus, usize); 7] {
    LayerStatus::ALL.map(|s| (s, rows.iter().filter(|r| layer_status(r) == s).count()))
}
