//! Helpers shared by the native tests.

#[allow(dead_code)] // the build's error type, which the tests do not need
#[path = "../../build_support/csv.rs"]
mod csv;

/// The cells of a CSV text, row by row, header first, read by the one CSV
/// reader the build uses (build_support/csv.rs).
pub fn csv_cells(text: &str) -> Vec<Vec<String>> {
    csv::cells(text).unwrap_or_else(|e| panic!("a CSV file the tests read is malformed: {e}"))
}

/// Month names, written out here so the tests' expected dates do not come
/// from the code under test.
#[allow(dead_code)] // not every test crate reads dates
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
