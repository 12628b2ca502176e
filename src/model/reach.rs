//! Which member states a finger's tap on the map could mean: on a phone
//! most states are smaller than a fingertip, so a tap picks the states whose
//! centre lies within reach, nearest first.

/// A fingertip's reach from the point of a tap, in CSS pixels.
pub const REACH_PX: f32 = 16.0;

/// At most this many states are offered after a tap that covers several.
pub const MAX_CHOICES: usize = 5;

/// The indexes of `centres` within `reach` of `point`, nearest first, at
/// most `MAX_CHOICES` of them.
pub fn within_reach(point: (f32, f32), reach: f32, centres: &[(f32, f32)]) -> Vec<usize> {
    // Kept in order by insertion: a handful of states at most, and no
    // sorting machinery in the wasm.
    let mut near: Vec<(usize, f32)> = Vec::new();
    for (i, c) in centres.iter().enumerate() {
        let d2 = (c.0 - point.0).powi(2) + (c.1 - point.1).powi(2);
        if d2 > reach * reach {
            continue;
        }
        let at = near.iter().position(|(_, d)| *d > d2).unwrap_or(near.len());
        if at < MAX_CHOICES {
            near.insert(at, (i, d2));
            near.truncate(MAX_CHOICES);
        }
    }
    near.into_iter().map(|(i, _)| i).collect()
}
