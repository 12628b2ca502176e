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
    let mut near: Vec<(usize, f32)> = centres
        .iter()
        .enumerate()
        .map(|(i, c)| (i, (c.0 - point.0).powi(2) + (c.1 - point.1).powi(2)))
        .filter(|(_, d2)| *d2 <= reach * reach)
        .collect();
    near.sort_by(|a, b| a.1.total_cmp(&b.1));
    near.into_iter().take(MAX_CHOICES).map(|(i, _)| i).collect()
}
