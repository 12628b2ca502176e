//! From one record to another, as an alluvial figure reads it: each member
//! state counted once by its position on the first (the 2019 Third
//! Committee vote, say) and its position or status on the second (the
//! Convention's signatures), with the totals of each column of blocks.
//! Generic over any two records; the order is always the data's own,
//! `Choice::ALL` (for a signature record: signed, not signed, no signature
//! on record, status unknown, never merging the last two into "not signed").

use super::matrix::CrossTab;
use crate::model::{Choice, Vote};

/// The counts behind a flow figure.
#[derive(Clone, Copy, Debug)]
pub struct Flow<'a> {
    /// The record drawn on the left (its positions colour the bands).
    pub left: &'a Vote,
    /// The record drawn on the right.
    pub right: &'a Vote,
    pub counts: CrossTab,
}

/// One band: the states that were `from` on the left and `to` on the right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stream {
    pub from: Choice,
    pub to: Choice,
    pub count: u16,
}

impl<'a> Flow<'a> {
    pub fn between(left: &'a Vote, right: &'a Vote) -> Flow<'a> {
        Flow {
            left,
            right,
            counts: CrossTab::between(left, right),
        }
    }

    /// The size of each block of the left column, in `Choice::ALL` order.
    pub fn left_totals(&self) -> [u16; 4] {
        Choice::ALL.map(|c| self.counts.row_total(c))
    }

    /// The size of each block of the right column, in `Choice::ALL` order.
    pub fn right_totals(&self) -> [u16; 4] {
        Choice::ALL.map(|c| self.counts.column_total(c))
    }

    pub fn total(&self) -> u16 {
        self.counts.total()
    }

    /// Every pair with at least one state, left position first, then right
    /// (the order the bands leave the left blocks in).
    pub fn streams(&self) -> Vec<Stream> {
        Choice::ALL
            .into_iter()
            .flat_map(|from| Choice::ALL.into_iter().map(move |to| (from, to)))
            .map(|(from, to)| Stream {
                from,
                to,
                count: self.counts.get(from, to),
            })
            .filter(|s| s.count > 0)
            .collect()
    }
}
