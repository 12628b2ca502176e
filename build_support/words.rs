//! The words a language fills into its translated story: what a state did
//! on a vote or the Convention (the `{vote:…}` and `{status:…}`
//! placeholders), how a date is written, and the reading page's own
//! phrases. One file per language, `content/<lang>/words.toml`; every key
//! is required, so a language missing one stops the build.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub vote_yes: String,
    pub vote_no: String,
    pub vote_abstain: String,
    pub vote_absent: String,
    pub status_signed: String,
    pub status_not_signed: String,
    pub status_no_record: String,
    pub status_unknown: String,
    /// Month names on their own ("July 2026").
    pub months: [String; 12],
    /// Month names in a date with its day ("19 November 2025").
    pub months_in_date: [String; 12],
    /// How the first of a month is written ("1er" in French).
    pub day_one: String,
    /// `{day} {month} {year}`, `{year}`, `{month} {year}`, `{date} or later`, and
    /// `{day} or {other} {month} {year}` (a signing on one of two days).
    pub date_day: String,
    pub date_year: String,
    pub date_month: String,
    pub date_or_later: String,
    pub date_two_days: String,
    /// A signature record's date, where a vote's would be ("signatures as of {date}").
    pub signatures_as_of: String,
}

/// The placeholders each pattern must hold, by field.
pub const PATTERNS: [(&str, &[&str]); 6] = [
    ("signatures_as_of", &["{date}"]),
    ("date_day", &["{day}", "{month}", "{year}"]),
    ("date_year", &["{year}"]),
    ("date_month", &["{month}", "{year}"]),
    ("date_or_later", &["{date}"]),
    ("date_two_days", &["{day}", "{other}", "{month}", "{year}"]),
];

impl Words {
    pub fn pattern(&self, field: &str) -> &str {
        match field {
            "date_day" => &self.date_day,
            "date_year" => &self.date_year,
            "date_month" => &self.date_month,
            "date_or_later" => &self.date_or_later,
            "date_two_days" => &self.date_two_days,
            "signatures_as_of" => &self.signatures_as_of,
            _ => "",
        }
    }

    /// Every pattern holds exactly its placeholders.
    pub fn check(&self) -> Result<(), String> {
        for (field, wanted) in PATTERNS {
            let pattern = self.pattern(field);
            let found: Vec<&str> = pattern
                .match_indices('{')
                .filter_map(|(at, _)| Some(&pattern[at..at + pattern[at..].find('}')? + 1]))
                .collect();
            let mut a = found.clone();
            let mut b = wanted.to_vec();
            a.sort_unstable();
            b.sort_unstable();
            if a != b {
                return Err(format!(
                    "`{field}` must hold {} (it holds {})",
                    wanted.join(", "),
                    found.join(", ")
                ));
            }
        }
        Ok(())
    }

    pub fn vote(&self, choice: &str) -> &str {
        match choice {
            "yes" => &self.vote_yes,
            "no" => &self.vote_no,
            "abstain" => &self.vote_abstain,
            _ => &self.vote_absent,
        }
    }

    /// A date of the data (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) in words.
    pub fn partial_date(&self, date: &str) -> String {
        let parts: Vec<usize> = date.split('-').filter_map(|p| p.parse().ok()).collect();
        match parts[..] {
            [y, m @ 1..=12, d] => self
                .date_day
                .replace("{day}", &self.day(d))
                .replace("{month}", &self.months_in_date[m - 1])
                .replace("{year}", &y.to_string()),
            [y, m @ 1..=12] => self
                .date_month
                .replace("{month}", &self.months[m - 1])
                .replace("{year}", &y.to_string()),
            [y] => self.date_year.replace("{year}", &y.to_string()),
            _ => date.to_string(),
        }
    }

    fn day(&self, d: usize) -> String {
        if d == 1 {
            self.day_one.clone()
        } else {
            d.to_string()
        }
    }

    /// A signature's checked date as the signature data writes it:
    /// `>=YYYY-MM-DD` (that day or later), `YYYY-MM-DD/DD` (one of two
    /// days) or a plain date (build_support/signatures.rs, `sign_date_label`).
    pub fn sign_date(&self, date: &str) -> String {
        if let Some(day) = date.strip_prefix(">=") {
            return self
                .date_or_later
                .replace("{date}", &self.partial_date(day));
        }
        if let Some((day, other)) = date.split_once('/') {
            let parts: Vec<usize> = day.split('-').filter_map(|p| p.parse().ok()).collect();
            if let [y, m @ 1..=12, d] = parts[..] {
                return self
                    .date_two_days
                    .replace("{day}", &self.day(d))
                    .replace("{other}", other)
                    .replace("{month}", &self.months_in_date[m - 1])
                    .replace("{year}", &y.to_string());
            }
        }
        self.partial_date(date)
    }
}
