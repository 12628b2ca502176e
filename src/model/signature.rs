//! Signatures of the 2024 UN Convention against Cybercrime: a status, not a
//! vote. A member state has signed (on a date, in Hanoi or at UN
//! Headquarters); had not signed, on firm evidence, as of a dated source;
//! has no signature on record, being only absent from official lists that
//! could be partly seen; or has no known status. Neither of the last two is
//! ever counted or shown as "not signed".

use super::Choice;

/// A date as the sources give it: a day, two possible days, or a month.
#[derive(Debug, PartialEq, Eq)]
pub struct SignDate {
    /// As in the data: `2025-10-25`, `2025-10-25/26`, `2026-07`, `>=2025-11-19`.
    pub iso: &'static str,
    /// "25 October 2025", "25 or 26 October 2025", "July 2026".
    pub label: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// At the signing ceremony, 25 and 26 October 2025.
    Hanoi,
    /// At UN Headquarters in New York, after Hanoi (Art. 64).
    Headquarters,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Signed {
        date: &'static SignDate,
        place: Place,
    },
    /// Not signed, on firm evidence (a government's own word), as of a
    /// source of this date.
    NotSigned { as_of: &'static SignDate },
    /// Absent, as of this date, from official lists that could only be
    /// partly seen: no signature on record, which is not "not signed".
    NoRecord { as_of: &'static SignDate },
    /// No source either way.
    Unknown,
}

/// How a status is known, as the reference file grades it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// UN Treaty Collection and the Netherlands treaty database.
    Official2,
    /// The Netherlands treaty database.
    Official1,
    /// A government statement, or news quoting officials.
    PressGovernment,
    /// News reports only.
    Press,
    /// One news report only.
    PressOnly,
    /// Seen only as citations in news digests.
    PressSecondary,
    /// Absent from the official list where its name would sort.
    InferredOfficial,
    /// Absent from both official lists where its name would sort.
    InferredOfficial2,
}

impl Evidence {
    pub const ALL: [Evidence; 8] = [
        Evidence::Official2,
        Evidence::Official1,
        Evidence::PressGovernment,
        Evidence::Press,
        Evidence::PressOnly,
        Evidence::PressSecondary,
        Evidence::InferredOfficial,
        Evidence::InferredOfficial2,
    ];

    /// As the data spells it.
    pub fn slug(self) -> &'static str {
        match self {
            Evidence::Official2 => "official-2",
            Evidence::Official1 => "official-1",
            Evidence::PressGovernment => "press/government",
            Evidence::Press => "press",
            Evidence::PressOnly => "press-only",
            Evidence::PressSecondary => "press-secondary",
            Evidence::InferredOfficial => "inferred-official",
            Evidence::InferredOfficial2 => "inferred-official-2",
        }
    }

    /// A few words for the card and the tooltip when the evidence is weak:
    /// press reports alone, or an inference from where a name is missing.
    pub fn caveat(self) -> Option<&'static str> {
        match self {
            Evidence::Press => Some(ui_plain!(signature press_reports_only)),
            Evidence::PressOnly => Some(ui_plain!(signature single_press_report)),
            Evidence::PressSecondary => Some(ui_plain!(signature second_hand_only)),
            Evidence::InferredOfficial | Evidence::InferredOfficial2 => {
                Some(ui_plain!(signature inferred_from_lists))
            }
            Evidence::Official2 | Evidence::Official1 | Evidence::PressGovernment => None,
        }
    }

    pub fn is_weak(self) -> bool {
        self.caveat().is_some()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signature {
    pub status: Status,
    /// `None` only for an unknown status.
    pub evidence: Option<Evidence>,
    /// The evidence in a reader's words ("Listed by the Netherlands treaty
    /// database"), from data/signatures/evidence.toml; empty if unknown.
    pub reads: &'static str,
}

impl Signature {
    /// The slot the map, grid and tallies draw it in. Neither "no
    /// signature on record" nor unknown shares a slot with "not signed".
    pub fn slot(&self) -> Choice {
        match self.status {
            Status::Signed { .. } => Choice::Yes,
            Status::NotSigned { .. } => Choice::No,
            Status::NoRecord { .. } => Choice::Abstain,
            Status::Unknown => Choice::Absent,
        }
    }

    /// The weak-evidence caveat, if any.
    pub fn caveat(&self) -> Option<&'static str> {
        self.evidence.and_then(Evidence::caveat)
    }

    /// "signed the Convention in Hanoi on 25 October 2025", "had not signed
    /// the Convention as of 19 November 2025 or later", "whether it has
    /// signed the Convention is not known (status unknown)".
    pub fn phrase(&self) -> String {
        match self.status {
            Status::Signed {
                date,
                place: Place::Hanoi,
            } => format!(ui_plain!(signature signed_in_hanoi), date = date.label),
            Status::Signed {
                date,
                place: Place::Headquarters,
            } if date.iso.len() == 7 => format!(
                ui_plain!(signature signed_at_headquarters_in),
                date = date.label
            ),
            Status::Signed {
                date,
                place: Place::Headquarters,
            } => format!(
                ui_plain!(signature signed_at_headquarters_on),
                date = date.label
            ),
            Status::NotSigned { as_of } => {
                format!(ui_plain!(signature not_signed_as_of), date = as_of.label)
            }
            Status::NoRecord { as_of } => {
                format!(ui_plain!(signature no_record_as_of), date = as_of.label)
            }
            Status::Unknown => ui_plain!(signature status_unknown_phrase).to_string(),
        }
    }
}

/// Labels of the four statuses by slot.
pub fn slot_label(c: Choice) -> &'static str {
    match c {
        Choice::Yes => ui_plain!(signature signed),
        Choice::No => ui_plain!(signature not_signed),
        Choice::Abstain => ui_plain!(signature no_signature_on_record),
        Choice::Absent => ui_plain!(signature status_unknown),
    }
}

pub fn slot_glyph(c: Choice) -> &'static str {
    match c {
        Choice::Yes => "✓",
        Choice::No => "✕",
        Choice::Abstain => "○",
        Choice::Absent => "?",
    }
}

/// Verb phrase for sentences: "Canada signed".
pub fn slot_phrase(c: Choice) -> &'static str {
    match c {
        Choice::Yes => ui_plain!(signature signed_phrase),
        Choice::No => ui_plain!(signature not_signed_phrase),
        Choice::Abstain => ui_plain!(signature no_record_phrase),
        Choice::Absent => ui_plain!(signature unknown_phrase),
    }
}
