//! Which plural form a count takes in the build's language, as Unicode CLDR
//! defines the categories for cardinal numbers (whole numbers only: the
//! interface counts states, votes and steps).

use crate::ui::LANG;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The category of `n` in the build's language.
pub fn category(n: usize) -> Category {
    category_in(LANG, n)
}

/// The category of `n` in `lang`.
pub fn category_in(lang: &str, n: usize) -> Category {
    let (tens, hundreds) = (n % 10, n % 100);
    match lang {
        "zh" => Category::Other,
        // French counts 0 and 1 as one ("0 État", "1 État").
        "fr" if n <= 1 => Category::One,
        "ru" if tens == 1 && hundreds != 11 => Category::One,
        "ru" if (2..=4).contains(&tens) && !(12..=14).contains(&hundreds) => Category::Few,
        "ru" => Category::Many,
        "ar" => match (n, hundreds) {
            (0, _) => Category::Zero,
            (1, _) => Category::One,
            (2, _) => Category::Two,
            (_, 3..=10) => Category::Few,
            (_, 11..=99) => Category::Many,
            _ => Category::Other,
        },
        _ if n == 1 => Category::One,
        _ => Category::Other,
    }
}
