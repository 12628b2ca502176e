//! The dataset, generated at build time from `data/` by `build.rs`.
//! Nothing is parsed in the browser.

use crate::model::{Member, Vote};

mod generated {
    #![allow(clippy::all)]
    use crate::model::Choice::{Absent as X, Abstain as A, No as N, Yes as Y};
    use crate::model::{Body, Camp, Member, RegionalGroup, SourceLink, Tally, TotalsBasis, Vote};
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
}

/// All member states, in UN alphabetical order.
pub fn members() -> &'static [Member] {
    generated::MEMBERS
}

/// All recorded votes, newest first.
pub fn votes() -> &'static [Vote] {
    generated::VOTES
}

pub fn vote(id: &str) -> Option<&'static Vote> {
    votes().iter().find(|v| v.id == id)
}

/// Index of a member in `members()` by ISO3 code (any case).
pub fn member_index(iso3: &str) -> Option<usize> {
    members()
        .iter()
        .position(|m| m.iso3.eq_ignore_ascii_case(iso3))
}

/// The vote the explainer opens on: the Third Committee, 18 November 2019.
pub fn headline_vote() -> &'static Vote {
    // build.rs refuses data without this vote.
    vote("3c-2019").expect("data/votes.toml defines 3c-2019")
}

/// The data's answers to the URL parser's questions.
pub struct KnownData;

impl crate::model::url_state::Known for KnownData {
    fn is_vote(&self, id: &str) -> bool {
        vote(id).is_some()
    }
    fn is_member(&self, iso3: &str) -> bool {
        member_index(iso3).is_some()
    }
}
