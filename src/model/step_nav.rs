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
        Move::from_key_in(key, crate::ui::RIGHT_TO_LEFT)
    }

    /// `from_key` in a page read left to right or, `right_to_left`, the
    /// other way, where the arrow pointing the way the reader goes (left)
    /// moves on.
    pub fn from_key_in(key: &str, right_to_left: bool) -> Option<Move> {
        let (back, on) = if right_to_left {
            ("ArrowRight", "ArrowLeft")
        } else {
            ("ArrowLeft", "ArrowRight")
        };
        match key {
            k if k == back => Some(Move::Previous),
            k if k == on => Some(Move::Next),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }

    /// The step after this move from `current` on `path`, a teacher's
    /// chosen steps in their order (`steps=`); on the whole story when it is
    /// empty. From a step off the path, Next goes to the first path step
    /// after it and Previous to the last one before it. A jump (`To`, the
    /// contents) goes anywhere.
    pub fn apply_on(self, current: usize, len: usize, path: &[usize]) -> usize {
        let Some(last) = path.len().checked_sub(1) else {
            return self.apply(current, len);
        };
        let at = path.iter().position(|&s| s == current);
        let position = match (self, at) {
            (Move::To(_), _) => return self.apply(current, len),
            (Move::First, _) => 0,
            (Move::Last, _) => last,
            (Move::Previous, Some(p)) => p.saturating_sub(1),
            (Move::Next, Some(p)) => (p + 1).min(last),
            (Move::Previous, None) => path.iter().rposition(|&s| s < current).unwrap_or(0),
            (Move::Next, None) => path.iter().position(|&s| s > current).unwrap_or(last),
        };
        path[position]
    }

    /// The move a presenter's clicker (or the space bar) asks for: it
    /// sends PageDown and PageUp. Only presenter mode hears these: elsewhere
    /// they scroll the page, as a reader expects.
    pub fn from_clicker_key(key: &str) -> Option<Move> {
        match key {
            "PageDown" | " " => Some(Move::Next),
            "PageUp" => Some(Move::Previous),
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

/// Where step `current` sits, as the counter says it ("k / n"), and whether
/// it is the first and the last: on `path` when it is on it, else on the
/// whole story of `len` steps.
pub fn place_on(current: usize, len: usize, path: &[usize]) -> (usize, usize, bool, bool) {
    match path.iter().position(|&s| s == current) {
        Some(p) => (p + 1, path.len(), p == 0, p + 1 == path.len()),
        None => (current + 1, len, current == 0, current + 1 >= len),
    }
}

#[cfg(test)]
mod path_tests {
    use super::{place_on, Move};

    const PATH: [usize; 3] = [0, 11, 4];

    #[test]
    fn the_arrow_keys_follow_the_reading_direction() {
        assert_eq!(Move::from_key_in("ArrowRight", false), Some(Move::Next));
        assert_eq!(Move::from_key_in("ArrowLeft", false), Some(Move::Previous));
        assert_eq!(Move::from_key_in("ArrowLeft", true), Some(Move::Next));
        assert_eq!(Move::from_key_in("ArrowRight", true), Some(Move::Previous));
        assert_eq!(Move::from_key_in("Home", true), Some(Move::First));
        assert_eq!(Move::from_key_in("End", false), Some(Move::Last));
        assert_eq!(Move::from_key_in("a", true), None);
    }

    #[test]
    fn on_a_path_previous_and_next_walk_only_its_steps_in_its_order() {
        assert_eq!(Move::Next.apply_on(0, 18, &PATH), 11);
        assert_eq!(Move::Next.apply_on(11, 18, &PATH), 4);
        assert_eq!(Move::Next.apply_on(4, 18, &PATH), 4, "the last stays");
        assert_eq!(Move::Previous.apply_on(4, 18, &PATH), 11);
        assert_eq!(Move::Previous.apply_on(0, 18, &PATH), 0, "the first stays");
        assert_eq!(Move::Last.apply_on(0, 18, &PATH), 4);
        assert_eq!(Move::First.apply_on(4, 18, &PATH), 0);
        // A jump from the contents goes anywhere; from there Next rejoins the path.
        assert_eq!(Move::To(7).apply_on(0, 18, &PATH), 7);
        assert_eq!(Move::Next.apply_on(7, 18, &PATH), 11);
        assert_eq!(
            Move::Previous.apply_on(7, 18, &PATH),
            4,
            "the last path step before it"
        );
        // No path: the whole story.
        assert_eq!(Move::Next.apply_on(4, 18, &[]), 5);
    }

    #[test]
    fn a_clicker_pages_down_and_up_and_the_space_bar_moves_on() {
        assert_eq!(Move::from_clicker_key("PageDown"), Some(Move::Next));
        assert_eq!(Move::from_clicker_key(" "), Some(Move::Next));
        assert_eq!(Move::from_clicker_key("PageUp"), Some(Move::Previous));
        assert_eq!(Move::from_clicker_key("Enter"), None);
    }

    #[test]
    fn the_counter_says_where_on_the_path() {
        assert_eq!(place_on(0, 18, &PATH), (1, 3, true, false));
        assert_eq!(place_on(11, 18, &PATH), (2, 3, false, false));
        assert_eq!(place_on(4, 18, &PATH), (3, 3, false, true));
        assert_eq!(
            place_on(7, 18, &PATH),
            (8, 18, false, false),
            "off the path, the story's count"
        );
        assert_eq!(place_on(17, 18, &[]), (18, 18, false, true));
    }
}
