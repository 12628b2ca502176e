//! Sorting and filtering the table of member states, as pure functions of
//! a `TableQuery`, so the view only renders what this returns.

use super::country_search::matching;
use super::member::name_order;
use super::order::sort_indexes_by;
use super::story::HighlightGroup;
use super::{Choice, Member, RegionalGroup, Vote};
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Group,
    Vote,
    Sponsorship,
}

impl SortKey {
    pub const ALL: [SortKey; 4] = [
        SortKey::Name,
        SortKey::Group,
        SortKey::Vote,
        SortKey::Sponsorship,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SortKey::Name => ui_plain!(table header_member_state),
            SortKey::Group => ui_plain!(table header_regional_group),
            SortKey::Vote => ui_plain!(table header_vote),
            SortKey::Sponsorship => ui_plain!(table header_sponsorship),
        }
    }

    /// The header shown on a phone, where the table must fit; screen
    /// readers keep the full label.
    pub fn short_label(self) -> &'static str {
        match self {
            SortKey::Name => ui_plain!(table short_state),
            SortKey::Group => ui_plain!(table short_group),
            SortKey::Vote => ui_plain!(table short_vote),
            SortKey::Sponsorship => ui_plain!(table short_sponsorship),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    /// The value of `aria-sort` for a sorted column header.
    pub fn aria(self) -> &'static str {
        match self {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableQuery {
    pub sort: SortKey,
    pub direction: Direction,
    /// Matched as "Find a country" matches: the name, ISO3 code or a common
    /// name, ignoring case and accents.
    pub name_filter: String,
    pub vote_filter: Option<Choice>,
    /// A regional group, or the sponsors or co-sponsors of the 2019 text.
    pub group_filter: Option<HighlightGroup>,
}

impl Default for TableQuery {
    fn default() -> Self {
        TableQuery {
            sort: SortKey::Name,
            direction: Direction::Ascending,
            name_filter: String::new(),
            vote_filter: None,
            group_filter: None,
        }
    }
}

impl TableQuery {
    /// Sorting by the column already sorted flips its direction; another
    /// column starts ascending.
    pub fn toggle_sort(&mut self, key: SortKey) {
        if self.sort == key {
            self.direction = match self.direction {
                Direction::Ascending => Direction::Descending,
                Direction::Descending => Direction::Ascending,
            };
        } else {
            self.sort = key;
            self.direction = Direction::Ascending;
        }
    }

    /// Indexes into `members` of the rows to show, in display order.
    /// `names` are the members' names, in their order; `aliases` the common
    /// names readers search by, as (name, member index).
    pub fn rows(
        &self,
        members: &[Member],
        names: &[&str],
        aliases: &[(&str, usize)],
        vote: &Vote,
    ) -> Vec<usize> {
        let named = matching(&self.name_filter, members, names, aliases);
        let mut rows: Vec<usize> = (0..members.len())
            .filter(|&i| self.vote_filter.is_none_or(|c| vote.choice(i) == c))
            .filter(|&i| self.group_filter.is_none_or(|g| g.contains(&members[i])))
            .filter(|&i| named[i])
            .collect();
        // Name order, ignoring accents, breaks every tie.
        let mut name_rank = vec![0; members.len()];
        for (rank, i) in name_order(members).into_iter().enumerate() {
            name_rank[i] = rank;
        }
        sort_indexes_by(&mut rows, &|a, b| {
            let primary = match self.sort {
                SortKey::Name => Ordering::Equal,
                SortKey::Group => members[a].group.code().cmp(members[b].group.code()),
                SortKey::Vote => vote.choice(a).cmp(&vote.choice(b)),
                SortKey::Sponsorship => {
                    sponsorship_rank(&members[a]).cmp(&sponsorship_rank(&members[b]))
                }
            };
            let ordering = primary.then(name_rank[a].cmp(&name_rank[b]));
            match self.direction {
                Direction::Ascending => ordering,
                Direction::Descending => ordering.reverse(),
            }
        });
        rows
    }
}

fn sponsorship_rank(m: &Member) -> u8 {
    match (m.sponsor, m.cosponsor) {
        (true, _) => 0,
        (false, true) => 1,
        _ => 2,
    }
}

/// The groups the table can be filtered by, with the value used in the form.
pub fn group_filters() -> Vec<(&'static str, HighlightGroup)> {
    RegionalGroup::ALL
        .iter()
        .map(|&g| HighlightGroup::Region(g))
        .chain([HighlightGroup::Sponsors, HighlightGroup::Cosponsors])
        .map(|g| (g.slug(), g))
        .collect()
}
