//! Keyboard movement inside a single-tab-stop widget (the map, the tile
//! grid): arrow keys walk an order of states, Enter picks, Escape clears.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RovingKey {
    Next,
    Previous,
    First,
    Last,
    Select,
    Clear,
}

impl RovingKey {
    pub fn from_key(key: &str) -> Option<RovingKey> {
        match key {
            "ArrowRight" | "ArrowDown" => Some(RovingKey::Next),
            "ArrowLeft" | "ArrowUp" => Some(RovingKey::Previous),
            "Home" => Some(RovingKey::First),
            "End" => Some(RovingKey::Last),
            "Enter" | " " => Some(RovingKey::Select),
            "Escape" => Some(RovingKey::Clear),
            _ => None,
        }
    }
}

/// The item the cursor moves to within `order` (a list of item indexes),
/// starting from `current`. From nothing, Next and First go to the first
/// item and Previous and Last to the last. Select and Clear do not move.
pub fn move_cursor(key: RovingKey, current: Option<usize>, order: &[usize]) -> Option<usize> {
    let position = current.and_then(|c| order.iter().position(|&i| i == c));
    let last = order.len().checked_sub(1)?;
    let to = match (key, position) {
        (RovingKey::Next, Some(p)) => (p + 1).min(last),
        (RovingKey::Previous, Some(p)) => p.saturating_sub(1),
        (RovingKey::Next | RovingKey::First, _) => 0,
        (RovingKey::Previous | RovingKey::Last, _) => last,
        (RovingKey::Select | RovingKey::Clear, _) => return current,
    };
    Some(order[to])
}
