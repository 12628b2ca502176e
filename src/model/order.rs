//! One small sort for the few lists the app orders (at most the 193 member
//! states): an insertion sort over indexes, stable, with the comparison passed
//! as `&dyn Fn` so the wasm carries one copy of it instead of a general
//! quicksort for each call site.

use std::cmp::Ordering;

/// Sorts `indexes` by `compare`, keeping the given order of equal items.
pub fn sort_indexes_by(indexes: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    for sorted in 1..indexes.len() {
        let item = indexes[sorted];
        let mut at = sorted;
        while at > 0 && compare(indexes[at - 1], item) == Ordering::Greater {
            indexes[at] = indexes[at - 1];
            at -= 1;
        }
        indexes[at] = item;
    }
}
