//! Moving through the story: which step a URL value names, and where a
//! key or button press leads. Pure, so it is tested natively.

use super::story::Step;

/// Finds a step by slug (any case) or by its 1-based number.
pub fn find_step(steps: &[Step], value: &str) -> Option<usize> {
    let value = value.trim();
    if let Some(i) = steps
        .iter()
        .position(|s| s.slug.eq_ignore_ascii_case(value))
    {
        return Some(i);
    }
    let number: usize = value.parse().ok()?;
    (1..=steps.len()).contains(&number).then(|| number - 1)
}

/// A request to move through the steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Previous,
    Next,
    First,
    Last,
    To(usize),
}

impl Move {
    /// The move a key press asks for: arrows, Home and End.
    pub fn from_key(key: &str) -> Option<Move> {
        match key {
            "ArrowLeft" => Some(Move::Previous),
            "ArrowRight" => Some(Move::Next),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }

    /// The step index after this move from `current`, staying in range.
    pub fn apply(self, current: usize, len: usize) -> usize {
        let last = len.saturating_sub(1);
        match self {
            Move::Previous => current.saturating_sub(1),
            Move::Next => (current + 1).min(last),
            Move::First => 0,
            Move::Last => last,
            Move::To(i) => i.min(last),
        }
    }
}
