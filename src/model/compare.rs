//! Comparing two votes state by state: who voted yes on both, and the
//! transition table (how each state's position moved from one to the other).

use super::{Choice, Vote};

/// Indexes of the member states that voted yes on both `a` and `b`.
pub fn both_yes(a: &Vote, b: &Vote) -> Vec<usize> {
    (0..a.choices.len().min(b.choices.len()))
        .filter(|&i| a.choice(i) == Choice::Yes && b.choice(i) == Choice::Yes)
        .collect()
}

/// Member indexes by (position on `a`, position on `b`).
#[derive(Debug, PartialEq)]
pub struct Transitions {
    cells: [[Vec<usize>; 4]; 4],
}

fn slot(c: Choice) -> usize {
    Choice::ALL
        .iter()
        .position(|x| *x == c)
        .expect("ALL lists every choice")
}

impl Transitions {
    pub fn between(a: &Vote, b: &Vote) -> Transitions {
        let mut cells: [[Vec<usize>; 4]; 4] = Default::default();
        for i in 0..a.choices.len().min(b.choices.len()) {
            cells[slot(a.choice(i))][slot(b.choice(i))].push(i);
        }
        Transitions { cells }
    }

    /// The states that went from `from` on the first vote to `to` on the second.
    pub fn states(&self, from: Choice, to: Choice) -> &[usize] {
        &self.cells[slot(from)][slot(to)]
    }

    pub fn total(&self) -> usize {
        self.cells.iter().flatten().map(Vec::len).sum()
    }

    /// How many kept the same position.
    pub fn unchanged(&self) -> usize {
        Choice::ALL.iter().map(|&c| self.states(c, c).len()).sum()
    }
}

/// Whether a state kept its position, or moved (and to what).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    Same,
    To(Choice),
}

impl Shift {
    /// A vote set against a signature status never counts as the "same":
    /// the map draws every state by its status.
    pub fn of(a: &Vote, b: &Vote, index: usize) -> Shift {
        if a.is_signatures() != b.is_signatures() {
            return Shift::To(b.choice(index));
        }
        match (a.choice(index), b.choice(index)) {
            (x, y) if x == y => Shift::Same,
            (_, y) => Shift::To(y),
        }
    }

    /// The value of the map's `data-shift` attribute.
    pub fn slug(self) -> &'static str {
        match self {
            Shift::Same => "same",
            Shift::To(_) => "changed",
        }
    }
}

/// A pair of vote ids from `a,b`, if both exist and differ.
pub fn parse_pair(value: &str, is_vote: impl Fn(&str) -> bool) -> Option<(String, String)> {
    let (a, b) = value.split_once(',')?;
    let (a, b) = (a.trim(), b.trim());
    (a != b && is_vote(a) && is_vote(b)).then(|| (a.to_string(), b.to_string()))
}

/// What the map shows while comparing `a` with `b`, as counts for its key:
/// yes on both (drawn green), the same other position on both (drawn
/// plain), and the states that moved, by their position on `b` (drawn in
/// that position's colour). The counts add up to every member state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompareKey {
    pub yes_on_both: usize,
    pub same_other: usize,
    /// Moved, by position on `b`, in `Choice::ALL` order.
    pub moved_to: [usize; 4],
}

impl CompareKey {
    pub fn of(a: &Vote, b: &Vote) -> CompareKey {
        let t = Transitions::between(a, b);
        let yes_on_both = t.states(Choice::Yes, Choice::Yes).len();
        let mut moved_to = [0; 4];
        for (slot_b, to) in Choice::ALL.iter().enumerate() {
            moved_to[slot_b] = Choice::ALL
                .iter()
                .filter(|from| *from != to)
                .map(|&from| t.states(from, *to).len())
                .sum();
        }
        CompareKey {
            yes_on_both,
            same_other: t.unchanged() - yes_on_both,
            moved_to,
        }
    }

    pub fn total(&self) -> usize {
        self.yes_on_both + self.same_other + self.moved_to.iter().sum::<usize>()
    }
}

/// One side of a comparison: the vote compared from, or to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    From,
    To,
}

/// The pair after the reader picks `picked` on `side` of `pair`. Picking
/// the vote already on the other side swaps the two, so a vote is never
/// compared with itself.
pub fn pick<'a>(pair: (&'a str, &'a str), side: Side, picked: &'a str) -> (&'a str, &'a str) {
    let (from, to) = pair;
    match side {
        Side::From if picked == to => (to, from),
        Side::From => (picked, to),
        Side::To if picked == from => (to, from),
        Side::To => (from, picked),
    }
}
