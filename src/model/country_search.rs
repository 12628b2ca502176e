//! Finding a member state from what a reader types: its UN name, its ISO3
//! code or a common name ("UK", "Ivory Coast", "Türkiye"), ignoring case
//! and accents. Best matches first.

use super::order::sort_indexes_by;
use super::text::{fold, has_part};
use super::Member;

/// How well a name matches `query` (already folded); lower is better.
pub fn rank(name: &str, query: &str) -> Option<u8> {
    let name = fold(name);
    if name == query {
        Some(0)
    } else if name.starts_with(query) {
        Some(1)
    } else if name
        .split([' ', '(', '-', '\''])
        .any(|word| word.starts_with(query))
    {
        Some(2)
    } else if has_part(&name, query) {
        Some(3)
    } else {
        None
    }
}

/// Each member's best rank for `query` (None: no match), or None for an empty query.
fn ranks(
    query: &str,
    members: &[Member],
    names: &[&str],
    aliases: &[(&str, usize)],
) -> Option<Vec<Option<u8>>> {
    let query = fold(query.trim());
    if query.is_empty() {
        return None;
    }
    let mut best: Vec<Option<u8>> = members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let code = (fold(m.iso3) == query).then_some(0);
            let name = names.get(i).and_then(|name| rank(name, &query));
            [code, name].into_iter().flatten().min()
        })
        .collect();
    for (alias, index) in aliases {
        if let Some(r) = rank(alias, &query) {
            best[*index] = Some(best[*index].map_or(r, |b| b.min(r)));
        }
    }
    Some(best)
}

/// Indexes of matching members, best first (ties in UN order), at most `limit`.
pub fn search(
    query: &str,
    members: &[Member],
    names: &[&str],
    aliases: &[(&str, usize)],
    limit: usize,
) -> Vec<usize> {
    let Some(best) = ranks(query, members, names, aliases) else {
        return Vec::new();
    };
    // Gathered in UN order, which the stable sort keeps among equal ranks.
    let mut found: Vec<usize> = (0..best.len()).filter(|&i| best[i].is_some()).collect();
    sort_indexes_by(&mut found, &|a, b| best[a].cmp(&best[b]));
    found.truncate(limit);
    found
}

/// Whether each member matches `query` as `search` finds it; all do for an empty query.
pub fn matching(
    query: &str,
    members: &[Member],
    names: &[&str],
    aliases: &[(&str, usize)],
) -> Vec<bool> {
    match ranks(query, members, names, aliases) {
        Some(best) => best.iter().map(Option::is_some).collect(),
        None => vec![true; members.len()],
    }
}

/// The search box's list: whether it is open, and which match (a position
/// in the results) is active. The keys follow the ARIA combobox pattern.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Listbox {
    pub open: bool,
    pub active: Option<usize>,
}

/// What a key asks of the search box, beyond its new `Listbox`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Not a key the box handles: let the browser have it.
    Ignore,
    /// Handled: the browser's own action (moving the caret) is prevented.
    Handled,
    /// Choose the match at this position.
    Choose(usize),
    /// Escape on a closed list: empty the box.
    Clear,
}

impl Listbox {
    /// The list after `key` with `count` matches, and what else to do.
    pub fn key(self, key: &str, count: usize) -> (Listbox, KeyAction) {
        match key {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                let down = key == "ArrowDown";
                let active = match (self.active, down) {
                    (None, true) => 0,
                    (None, false) => count - 1,
                    (Some(p), true) => (p + 1) % count,
                    (Some(p), false) => (p + count - 1) % count,
                };
                let next = Listbox {
                    open: true,
                    active: Some(active),
                };
                (next, KeyAction::Handled)
            }
            // Enter without an active match takes the first one.
            "Enter" => match self.active.or(Some(0)).filter(|p| *p < count) {
                Some(p) => (Listbox::default(), KeyAction::Choose(p)),
                None => (self, KeyAction::Ignore),
            },
            "Escape" if self.open => (Listbox::default(), KeyAction::Ignore),
            "Escape" => (Listbox::default(), KeyAction::Clear),
            _ => (self, KeyAction::Ignore),
        }
    }
}
