//! A small CSV reader for the data files: quoted fields, `""` escapes,
//! and errors that name the file and line, so a bad edit fails the build
//! with a message a data editor can act on.

use std::fmt;

/// A problem in a data file, pointing at the line an editor must fix.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl DataError {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        DataError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// One data row with the 1-based line it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Parses `text` and checks that its first non-blank line equals
/// `expected_header` and that every row has as many fields as the header.
pub fn parse(file: &str, text: &str, expected_header: &[&str]) -> Result<Vec<Row>, DataError> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty());
    let (header_line, header) = lines
        .next()
        .ok_or_else(|| DataError::new(file, 0, "the file is empty"))?;
    let header = split_line(header).map_err(|m| DataError::new(file, header_line, m))?;
    if header != expected_header {
        return Err(DataError::new(
            file,
            header_line,
            format!(
                "header is `{}`, expected `{}`",
                header.join(","),
                expected_header.join(",")
            ),
        ));
    }
    lines
        .map(|(line, raw)| {
            let fields = split_line(raw).map_err(|m| DataError::new(file, line, m))?;
            if fields.len() != expected_header.len() {
                return Err(DataError::new(
                    file,
                    line,
                    format!(
                        "expected {} fields ({}), found {}",
                        expected_header.len(),
                        expected_header.join(","),
                        fields.len()
                    ),
                ));
            }
            Ok(Row { line, fields })
        })
        .collect()
}

/// Every non-blank line of `text` as fields, header included, with no
/// header to check: the native tests read the reference files with it, so
/// the project has one CSV reader.
#[allow(dead_code)] // used by the tests (tests/common), not by build.rs
pub fn cells(text: &str) -> Result<Vec<Vec<String>>, String> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| split_line(l).map_err(|m| format!("line {n}: {m}")))
        .collect()
}

fn split_line(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (false, '"') if at_field_start => quoted = true,
            (false, '"') => return Err("a quote inside an unquoted field".into()),
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => {
                quoted = false;
                if !matches!(chars.peek(), None | Some(',')) {
                    return Err("text after a closing quote".into());
                }
            }
            (false, ',') => {
                fields.push(std::mem::take(&mut field));
                at_field_start = true;
                continue;
            }
            (_, c) => field.push(c),
        }
        at_field_start = false;
    }
    if quoted {
        return Err("a quoted field is not closed".into());
    }
    fields.push(field);
    Ok(fields)
}
