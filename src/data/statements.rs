//! Delegations' statements on the 2019 resolution (data/statements/): only
//! those that could be verified, so a state without one may well have
//! spoken.

use super::generated;

/// One statement in a UN record, as the reference file gives it.
#[derive(Debug, PartialEq, Eq)]
pub struct Statement {
    /// The UN record: "A/C.3/74/SR.50" (committee) or "A/74/PV.52" (plenary).
    pub record: &'static str,
    /// Index in `data::members()`.
    pub member: usize,
    /// "Finland (on behalf of the European Union)".
    pub speaker: &'static str,
    /// "before the vote; against".
    pub position: &'static str,
    /// In the reference file's own words, not the speaker's.
    pub summary: &'static str,
    /// Verbatim (at most 25 words), or empty where none was verified.
    pub quote: &'static str,
    /// The sources' addresses, the first the one the quote is from.
    pub sources: &'static [&'static str],
    /// Where in the source the point is.
    pub locator: &'static str,
}

impl Statement {
    /// The first source's address.
    pub fn source_url(&self) -> &'static str {
        self.sources.first().copied().unwrap_or("")
    }
}

/// Every statement, in the file's order.
pub fn all() -> &'static [Statement] {
    generated::STATEMENTS
}

/// The statements of the member with ISO3 code `iso3` (any case).
pub fn for_member(iso3: &str) -> Vec<&'static Statement> {
    let Some(index) = super::member_index(iso3) else {
        return Vec::new();
    };
    all().iter().filter(|s| s.member == index).collect()
}
