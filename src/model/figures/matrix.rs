//! How the member states' positions on one record split by their positions
//! on another: a four-by-four table of counts, in `Choice::ALL` order on
//! both axes (for a signature record, its slots: signed, not signed, no
//! signature on record, status unknown). Used by the double-yes matrix
//! and, read as bands, by the flow figure.

use crate::model::{Camp, Choice, Vote};

/// Member-state counts by (position on the row record, position on the
/// column record).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrossTab {
    counts: [[u16; 4]; 4],
}

impl CrossTab {
    /// Counts every member state listed by both records.
    pub fn between(rows: &Vote, columns: &Vote) -> CrossTab {
        let mut counts = [[0; 4]; 4];
        for i in 0..rows.choices.len().min(columns.choices.len()) {
            counts[rows.choice(i) as usize][columns.choice(i) as usize] += 1;
        }
        CrossTab { counts }
    }

    /// How many were `row` on the first record and `column` on the second.
    pub fn get(&self, row: Choice, column: Choice) -> u16 {
        self.counts[row as usize][column as usize]
    }

    pub fn row_total(&self, row: Choice) -> u16 {
        self.counts[row as usize].iter().sum()
    }

    pub fn column_total(&self, column: Choice) -> u16 {
        self.counts.iter().map(|row| row[column as usize]).sum()
    }

    pub fn total(&self) -> u16 {
        self.counts.iter().flatten().sum()
    }
}

/// Two rival texts set against each other: the US-led text's positions as
/// rows, the Russia-led text's as columns, whichever order they are given
/// in (the story pairs the GGE track with the OEWG track).
#[derive(Clone, Copy, Debug)]
pub struct Matrix<'a> {
    pub rows: &'a Vote,
    pub columns: &'a Vote,
    pub counts: CrossTab,
}

impl<'a> Matrix<'a> {
    /// `a` against `b`, turned so the US-led text gives the rows; two texts
    /// of the same camp keep the order given.
    pub fn of(a: &'a Vote, b: &'a Vote) -> Matrix<'a> {
        let (rows, columns) = match (a.camp, b.camp) {
            (Camp::Russia, Camp::UnitedStates) => (b, a),
            _ => (a, b),
        };
        Matrix {
            rows,
            columns,
            counts: CrossTab::between(rows, columns),
        }
    }

    /// The member states that voted yes on both texts.
    pub fn yes_on_both(&self) -> u16 {
        self.counts.get(Choice::Yes, Choice::Yes)
    }

    /// "2018", or "2018 and 2019" for texts of two years (from the ISO dates).
    pub fn years(&self) -> String {
        let year = |v: &Vote| v.date.get(..4).unwrap_or(v.date);
        let (a, b) = (year(self.rows), year(self.columns));
        if a == b {
            a.to_string()
        } else {
            format!(ui_plain!(figures_matrix years), a = a, b = b)
        }
    }
}
