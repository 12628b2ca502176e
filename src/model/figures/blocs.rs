//! The vote by grouping ("bloc"): which member states belonged to a
//! grouping on the day of a vote, how they voted, and the notes a reader
//! needs beside the count (a suspension, an associate status, a dispute).
//!
//! Who is counted: every member that the reference README's rule keeps on
//! the day (joined on or before it, not yet left). A suspended member IS
//! counted: a suspension is not an expulsion, and the README's own count
//! keeps it (Syria among the League of Arab States' 21 on 18 November
//! 2019). So is an associate member, and a member whose status is disputed.
//! Each carries a caveat with its note, and the figure's caption says so.

use crate::model::{Tally, Vote};

/// The groupings the figure shows, in its order (not the OIC, NATO or the
/// G77, which the data also has).
pub const FIGURE_BLOCS: [&str; 8] = ["EU", "AU", "ASEAN", "LAS", "SCO", "BRICS", "CIS", "OAS"];

#[derive(Debug, PartialEq, Eq)]
pub struct Bloc {
    /// "EU", as the data spells it.
    pub code: &'static str,
    /// "European Union".
    pub name: &'static str,
}

/// Whether `date` falls in [from, to), empty ends being open. ISO dates
/// compare as text; a month-only end (`2009-08`) sorts before the month's
/// days, so it counts as the month's first day.
fn within(from: &str, to: &str, date: &str) -> bool {
    (from.is_empty() || from <= date) && (to.is_empty() || to > date)
}

/// One member state in one grouping, from one date to another.
#[derive(Debug, PartialEq, Eq)]
pub struct Membership {
    /// Index in the groupings.
    pub bloc: usize,
    /// Index in `data::members()`.
    pub member: usize,
    /// `YYYY-MM-DD`, `YYYY-MM`, or empty: a member before the period.
    pub from: &'static str,
    /// Empty: still a member.
    pub to: &'static str,
    /// The reference file's note, in its words.
    pub note: &'static str,
}

impl Membership {
    /// The README's rule: `from` empty or on or before the day, and `to`
    /// empty or after it.
    pub fn holds_on(&self, date: &str) -> bool {
        within(self.from, self.to, date)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaveatKind {
    /// Its participation suspended: still a member, and counted.
    Suspended,
    /// An associate member, not a full one.
    Associate,
    /// Whether it was still a member is disputed.
    Disputed,
    /// Formally a member, but taking no part.
    NotParticipating,
}

impl CaveatKind {
    /// As data/blocs/caveats.csv spells it.
    pub fn slug(self) -> &'static str {
        match self {
            CaveatKind::Suspended => "suspended",
            CaveatKind::Associate => "associate",
            CaveatKind::Disputed => "disputed",
            CaveatKind::NotParticipating => "not-participating",
        }
    }

    /// A few words for the figure: "participation suspended".
    pub fn phrase(self) -> &'static str {
        match self {
            CaveatKind::Suspended => ui_plain!(figures_blocs suspended),
            CaveatKind::Associate => ui_plain!(figures_blocs associate),
            CaveatKind::Disputed => ui_plain!(figures_blocs disputed),
            CaveatKind::NotParticipating => ui_plain!(figures_blocs not_participating),
        }
    }
}

/// A caveat on a membership row over a period (empty ends: the row's own).
#[derive(Debug, PartialEq, Eq)]
pub struct CaveatRule {
    /// Index in the membership rows.
    pub membership: usize,
    pub kind: CaveatKind,
    pub from: &'static str,
    pub to: &'static str,
}

/// A caveat on one day: whom it concerns, what it is, and the note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caveat {
    /// Index in `data::members()`.
    pub member: usize,
    pub kind: CaveatKind,
    pub note: &'static str,
}

/// The groupings, their membership rows and caveats: the data's, or a
/// test's own.
#[derive(Clone, Copy)]
pub struct BlocData<'a> {
    pub blocs: &'a [Bloc],
    pub memberships: &'a [Membership],
    pub caveats: &'a [CaveatRule],
}

/// One grouping's count on one vote.
#[derive(Debug, PartialEq, Eq)]
pub struct BlocTally<'a> {
    pub bloc: &'a Bloc,
    /// Its members on the day of the vote, as indexes in `data::members()`,
    /// in ascending order.
    pub members: Vec<usize>,
    pub tally: Tally,
    /// Its members' caveats that day, in the order of `members`.
    pub caveats: Vec<Caveat>,
}

impl<'a> BlocData<'a> {
    /// The index and the grouping of a code.
    pub fn bloc(&self, code: &str) -> Option<(usize, &'a Bloc)> {
        self.blocs.iter().enumerate().find(|(_, b)| b.code == code)
    }

    /// The members of grouping `bloc` on `date` (`YYYY-MM-DD`), ascending.
    pub fn members_on(&self, bloc: usize, date: &str) -> Vec<usize> {
        let mut members: Vec<usize> = self
            .memberships
            .iter()
            .filter(|m| m.bloc == bloc && m.holds_on(date))
            .map(|m| m.member)
            .collect();
        members.sort_unstable();
        members
    }

    /// The caveats on grouping `bloc`'s members on `date`, in member order.
    pub fn caveats_on(&self, bloc: usize, date: &str) -> Vec<Caveat> {
        let mut caveats: Vec<Caveat> = self
            .caveats
            .iter()
            .filter_map(|rule| {
                let row = &self.memberships[rule.membership];
                let holds =
                    row.bloc == bloc && row.holds_on(date) && within(rule.from, rule.to, date);
                holds.then_some(Caveat {
                    member: row.member,
                    kind: rule.kind,
                    note: row.note,
                })
            })
            .collect();
        caveats.sort_by_key(|c| c.member);
        caveats
    }

    /// How grouping `code`'s members on the day of `vote` voted.
    pub fn tally(&self, code: &str, vote: &Vote) -> Option<BlocTally<'a>> {
        let (index, bloc) = self.bloc(code)?;
        let members = self.members_on(index, vote.date);
        let tally = Tally::count(members.iter().map(|&i| &vote.choices[i]));
        Some(BlocTally {
            bloc,
            caveats: self.caveats_on(index, vote.date),
            members,
            tally,
        })
    }

    /// The figure's groupings (`FIGURE_BLOCS`), in its order. build.rs
    /// writes every grouping the reference documents, so none is missing
    /// from the data's; a test's own data may leave one out.
    pub fn figure(&self, vote: &Vote) -> Vec<BlocTally<'a>> {
        FIGURE_BLOCS
            .iter()
            .filter_map(|code| self.tally(code, vote))
            .collect()
    }
}
