//! Code written by generators, committed, and checked for staleness by the
//! tests. Do not edit by hand; each file names the command that writes it.

#[rustfmt::skip]
pub mod map;

/// The order the member states are drawn in: outlines first, then the
/// states drawn as markers, so that no outline covers a marker (Andorra's
/// and San Marino's lie over Spain's and Italy's). Data order otherwise.
pub fn draw_order() -> Vec<usize> {
    let (markers, outlines): (Vec<usize>, Vec<usize>) =
        (0..map::MEMBER_SHAPES.len()).partition(|&i| map::MEMBER_SHAPES[i].marker);
    outlines.into_iter().chain(markers).collect()
}
