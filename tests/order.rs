//! The app's one sort (model/order.rs) against the standard library's stable
//! sort: the same order for any list, equal keys kept in their given order.

use proptest::prelude::*;
use uncyber::model::order::sort_indexes_by;

proptest! {
    #[test]
    fn sorts_like_the_standard_stable_sort(keys in proptest::collection::vec(0u8..6, 0..250)) {
        let mut ours: Vec<usize> = (0..keys.len()).rev().collect();
        sort_indexes_by(&mut ours, &|a, b| keys[a].cmp(&keys[b]));
        let mut std_order: Vec<usize> = (0..keys.len()).rev().collect();
        std_order.sort_by_key(|&i| keys[i]);
        prop_assert_eq!(ours, std_order);
    }
}

#[test]
fn sorts_a_reversed_list_of_193_and_keeps_ties_in_order() {
    let mut rows: Vec<usize> = (0..193).rev().collect();
    sort_indexes_by(&mut rows, &|a, b| a.cmp(&b));
    assert_eq!(rows, (0..193).collect::<Vec<_>>());
    // Even indexes first, each half in the order given (descending).
    let mut rows: Vec<usize> = (0..10).rev().collect();
    sort_indexes_by(&mut rows, &|a, b| (a % 2).cmp(&(b % 2)));
    assert_eq!(rows, vec![8, 6, 4, 2, 0, 9, 7, 5, 3, 1]);
}
