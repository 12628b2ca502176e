//! Where the timeline's years fall on its 1000-unit-wide scale. Shared by
//! the app's timeline and the static pages, so both draw it identically.

const FIRST_YEAR: f32 = 1998.0;
const LAST_YEAR: f32 = 2027.0;
const WIDTH: f32 = 1000.0;

/// The years labelled on the scale.
pub const TICKS: [u16; 10] = [1998, 2001, 2005, 2010, 2013, 2015, 2018, 2020, 2024, 2026];

/// The horizontal position of a (fractional) year on the scale.
pub fn x_of(year: f32) -> f32 {
    (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR) * WIDTH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_spans_the_whole_width_and_every_tick_fits() {
        assert_eq!(x_of(FIRST_YEAR), 0.0);
        assert_eq!(x_of(LAST_YEAR), WIDTH);
        assert!(TICKS
            .iter()
            .all(|&y| (0.0..=WIDTH).contains(&x_of(f32::from(y)))));
    }
}
