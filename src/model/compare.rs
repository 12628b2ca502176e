//! Comparing two votes state by state.

use super::{Choice, Vote};

/// Indexes of the member states that voted yes on both `a` and `b`.
pub fn both_yes(a: &Vote, b: &Vote) -> Vec<usize> {
    (0..a.choices.len().min(b.choices.len()))
        .filter(|&i| a.choice(i) == Choice::Yes && b.choice(i) == Choice::Yes)
        .collect()
}
