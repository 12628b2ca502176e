//! One recorded UN vote: what it was, and how each member state voted.

use super::{signature, Choice, Tally};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Body {
    ThirdCommittee,
    Plenary,
    /// Not a vote: who signed a treaty (see `signature.rs`).
    Signatures,
}

impl Body {
    pub fn label(self) -> &'static str {
        match self {
            Body::ThirdCommittee => ui_plain!(vote third_committee),
            Body::Plenary => ui_plain!(vote plenary),
            Body::Signatures => ui_plain!(vote signatures),
        }
    }
}

/// Which camp's text it was: Russia-led or US-led.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Camp {
    Russia,
    UnitedStates,
}

/// How firmly the official totals are sourced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TotalsBasis {
    /// Two or more independent sources state them.
    Confirmed,
    /// One source states them.
    OneSource,
    /// Only the dataset that also gives the list.
    DatasetOnly,
}

impl TotalsBasis {
    pub fn label(self) -> &'static str {
        match self {
            TotalsBasis::Confirmed => ui_plain!(vote confirmed),
            TotalsBasis::OneSource => ui_plain!(vote one_source),
            TotalsBasis::DatasetOnly => ui_plain!(vote dataset_only),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceLink {
    pub label: &'static str,
    pub url: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Vote {
    /// Stable id used in URLs, e.g. `3c-2019`.
    pub id: &'static str,
    pub body: Body,
    /// ISO date, `2019-11-18`.
    pub date: &'static str,
    /// "18 November 2019".
    pub date_label: &'static str,
    pub symbol: &'static str,
    pub title: &'static str,
    /// A few words naming the vote in menus.
    pub short: &'static str,
    pub camp: Camp,
    /// What the text set in motion. Empty in the release app's wasm, which
    /// fills it from the story page (widgets/vote_summary/write.rs).
    pub decided: &'static str,
    /// Totals as published, independently of the per-state list.
    pub official: Tally,
    pub totals_basis: TotalsBasis,
    /// Empty in the release app's wasm, like `decided`.
    pub note: &'static str,
    pub sources: &'static [SourceLink],
    /// One choice per member state, in the order of `data::members()`.
    pub choices: &'static [Choice],
    /// For a signature record, the date each slot's count is true as of (the
    /// latest its rows were checked to; months shortened: "27 Jan 2026"),
    /// in `Choice::ALL` order; "" for none.
    pub as_of: [&'static str; 4],
}

impl Vote {
    /// The tally counted from the per-state list.
    pub fn tally(&self) -> Tally {
        Tally::count(self.choices)
    }

    /// The choice of the member at `index` in `data::members()` (for a
    /// signature record, the slot its status is drawn in).
    pub fn choice(&self, index: usize) -> Choice {
        self.choices[index]
    }

    /// Whether this record is a treaty's signatures rather than a vote.
    pub fn is_signatures(&self) -> bool {
        self.body == Body::Signatures
    }

    /// "Yes", or "Signed" / "Not signed" / "No signature on record" /
    /// "Status unknown".
    pub fn label(&self, c: Choice) -> &'static str {
        if self.is_signatures() {
            signature::slot_label(c)
        } else {
            c.label()
        }
    }

    /// ", as of 27 Jan 2026" where the count in slot `c` has a date, else "".
    pub fn as_of_words(&self, c: Choice) -> String {
        match self.as_of[c as usize] {
            "" => String::new(),
            date => format!(ui_plain!(vote as_of), date = date),
        }
    }

    /// The label, with the date its count is true as of where it has one:
    /// "No signature on record, as of 27 Jan 2026".
    pub fn dated_label(&self, c: Choice) -> String {
        format!("{}{}", self.label(c), self.as_of_words(c))
    }

    pub fn glyph(&self, c: Choice) -> &'static str {
        if self.is_signatures() {
            signature::slot_glyph(c)
        } else {
            c.glyph()
        }
    }

    /// "voted yes", or "signed" / "had not signed" / "has no known signature status".
    pub fn phrase(&self, c: Choice) -> &'static str {
        if self.is_signatures() {
            signature::slot_phrase(c)
        } else {
            c.phrase()
        }
    }

    /// "88 in favour, 58 against, 34 abstentions, 13 did not vote", or
    /// "72 signed, 1 not signed, 112 no signature on record, 8 status unknown".
    pub fn tally_words(&self) -> String {
        self.words(&self.tally())
    }

    /// Any tally of this record (a group's, say) in its own words.
    pub fn words(&self, t: &Tally) -> String {
        if self.is_signatures() {
            format!(
                ui_plain!(vote signature_words),
                signed = t.yes,
                not_signed = t.no,
                no_record = t.abstain,
                unknown = t.absent
            )
        } else {
            t.in_words()
        }
    }

    /// "88-58-34", or "72 signed".
    pub fn result_line(&self) -> String {
        if self.is_signatures() {
            format!(ui_plain!(vote signed_count), signed = self.tally().yes)
        } else {
            self.tally().result_line()
        }
    }
}
