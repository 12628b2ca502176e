//! Who a step points at, and how they voted: the numbers behind a step's
//! highlight list, computed from the data.

use super::story::HighlightGroup;
use super::{Member, Tally, Vote};

impl HighlightGroup {
    pub fn label(self) -> &'static str {
        match self {
            HighlightGroup::Sponsors => ui_plain!(highlights sponsors),
            HighlightGroup::Cosponsors => ui_plain!(highlights cosponsors),
            HighlightGroup::Region(g) => g.label(),
        }
    }

    /// A short stable value for attributes and forms: the group code, or
    /// `sponsors` / `cosponsors`.
    pub fn slug(self) -> &'static str {
        match self {
            HighlightGroup::Sponsors => "sponsors",
            HighlightGroup::Cosponsors => "cosponsors",
            HighlightGroup::Region(g) => g.code(),
        }
    }

    pub fn contains(self, member: &Member) -> bool {
        match self {
            HighlightGroup::Sponsors => member.sponsor,
            HighlightGroup::Cosponsors => member.cosponsor,
            HighlightGroup::Region(g) => member.group == g,
        }
    }

    /// How this group's members voted on `vote`.
    pub fn tally(self, members: &[Member], vote: &Vote) -> Tally {
        Tally::count(
            members
                .iter()
                .enumerate()
                .filter(|(_, m)| self.contains(m))
                .map(|(i, _)| &vote.choices[i]),
        )
    }
}
