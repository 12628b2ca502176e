//! Helpers shared by the native tests.

/// The cells of a CSV text, row by row, header first (quoted fields may
/// hold commas and doubled quotes).
pub fn csv_cells(csv: &str) -> Vec<Vec<String>> {
    csv.lines()
        .map(|line| {
            let mut out = vec![String::new()];
            let mut quoted = false;
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                match (c, quoted) {
                    ('"', true) if chars.peek() == Some(&'"') => {
                        chars.next();
                        out.last_mut().unwrap().push('"');
                    }
                    ('"', _) => quoted = !quoted,
                    (',', false) => out.push(String::new()),
                    (c, _) => out.last_mut().unwrap().push(c),
                }
            }
            out
        })
        .collect()
}
