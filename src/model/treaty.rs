//! What the treaties say, side by side (from `content/offences.toml`), and
//! the glossary of words a pupil may not know (`content/glossary.toml`).

/// One treaty or draft: a column of the table.
#[derive(Debug, PartialEq)]
pub struct Instrument {
    pub name: &'static str,
    pub year: u16,
    pub note: &'static str,
    /// How far the table can be trusted for it, in words.
    pub confidence: &'static str,
    pub source: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// A crime the instrument asks states to make an offence.
    Offence,
    /// A provision argued over: rights, safeguards, powers.
    Provision,
}

/// One row: a topic, and where each instrument deals with it ("Art. 7"),
/// "none", "not known" or, for the draft whose text was not retrieved,
/// "covered".
#[derive(Debug, PartialEq)]
pub struct OffenceRow {
    pub kind: RowKind,
    pub topic: &'static str,
    pub cells: [&'static str; 3],
    pub sources: &'static [&'static str],
}

/// A step's table beneath its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepTable {
    /// The offences and disputed provisions of the three instruments.
    Offences,
}

impl StepTable {
    pub fn from_slug(s: &str) -> Option<StepTable> {
        (s == "offences").then_some(StepTable::Offences)
    }
}

/// A glossary entry: `glossary.html#<id>`.
#[derive(Debug, PartialEq)]
pub struct Term {
    pub id: &'static str,
    pub term: &'static str,
    pub definition: &'static str,
}
