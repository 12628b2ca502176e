//! The Budapest reference files (../shared/reference/budapest), read here
//! and recounted without the project's data, and the Budapest figure's
//! parts read back out of its HTML.

use crate::html::between;
use std::collections::BTreeMap;
use std::path::Path;
use uncyber::widgets::figures::budapest::KEY;

pub const REFERENCE: &str = "../shared/reference/budapest";
pub const SLUGS: [&str; 7] = [
    "party",
    "party-likely",
    "joined-since",
    "signatory",
    "invited",
    "none",
    "unknown",
];
/// The statuses the reference files call weakly evidenced: the "likely"
/// Parties of the vote's day, and the states whose status is "unknown".
pub const WEAK: [&str; 2] = ["party-likely", "unknown"];

/// What the reference files say: each member's status slug, by ISO3, and
/// the two dates in their headers (the vote's day, the statuses' as-of).
pub struct Reference {
    pub slugs: BTreeMap<String, &'static str>,
    pub on: String,
    pub as_of: String,
}

pub fn csv(folder: &str, name: &str) -> Vec<Vec<String>> {
    assert!(
        Path::new(folder).is_dir(),
        "{folder} is missing: the Budapest figure is recounted from it; put the shared reference folder beside the project"
    );
    let path = format!("{folder}/{name}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{path} cannot be read ({e}): the Budapest figure is recounted from it")
    });
    crate::common::csv_cells(&text)
}

pub fn reference_in(folder: &str) -> Reference {
    let later = csv(folder, "parties.csv");
    assert_eq!(later[0][..3], ["iso3", "name", "status"]);
    let status: BTreeMap<&str, &str> = later[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[2].as_str()))
        .collect();
    let day = csv(folder, "parties_2019-11-18.csv");
    let on = day[0][2]
        .strip_prefix("party_on_")
        .expect("the vote day's column")
        .replace('_', "-");
    let as_of = day[0][3]
        .strip_prefix("status_")
        .expect("the status column")
        .to_string();
    let mut slugs = BTreeMap::new();
    for r in &day[1..] {
        let later = status[r[0].as_str()];
        assert_eq!(r[3], later, "{}: the two files disagree", r[0]);
        let slug = match (r[2].as_str(), later) {
            ("yes", _) => "party",
            ("likely", _) => "party-likely",
            (no, "party") if no.starts_with("no") => "joined-since",
            (no, "signatory" | "invited" | "none" | "unknown") if no.starts_with("no") => {
                SLUGS.into_iter().find(|s| *s == later).unwrap()
            }
            other => panic!("{}: {other:?} is not a documented status", r[0]),
        };
        slugs.insert(r[0].clone(), slug);
    }
    assert_eq!(slugs.len(), 193);
    Reference { slugs, on, as_of }
}

pub fn reference() -> Reference {
    reference_in(REFERENCE)
}

pub fn recount(r: &Reference, slug: &str) -> usize {
    r.slugs.values().filter(|s| **s == slug).count()
}

/// "2019-11-18" as the site writes it: "18 November 2019".
pub fn words(date: &str) -> String {
    use crate::common::MONTHS;
    let [y, m, d]: [usize; 3] = date
        .split('-')
        .map(|p| p.parse().unwrap())
        .collect::<Vec<_>>()
        .try_into()
        .unwrap();
    format!("{d} {} {y}", MONTHS[m - 1])
}

/// Each mark's (ISO3, data-vote, class of the group it is drawn in).
pub fn marks(html: &str) -> Vec<(String, String, String)> {
    let svg = &html[..html.find("</svg>").unwrap()];
    let mut out = Vec::new();
    for group in svg.split("<g class=\"").skip(1) {
        let class = &group[..group.find('"').unwrap()];
        for mark in group.split(" data-iso3=\"").skip(1) {
            let iso3 = &mark[..3];
            let vote = between(mark, "data-vote=\"", "\"")[0];
            out.push((iso3.to_string(), vote.to_string(), class.to_string()));
        }
    }
    out
}

/// A key item's or a table row's text, by its status slug.
pub fn by_status<'a>(html: &'a str, open: &str, close: &str) -> BTreeMap<&'a str, &'a str> {
    between(html, &format!("<{open} data-status=\""), close)
        .into_iter()
        .map(|item| item.split_once('"').unwrap())
        .collect()
}

/// The count in a key item.
pub fn key_count(item: &str) -> &str {
    between(item, "<strong class=\"budapest-count\">", "<")[0]
}

pub fn key_items(html: &str) -> BTreeMap<&str, &str> {
    let key = between(html, &format!("<ul class=\"{}\">", KEY.name), "</ul>")[0];
    by_status(key, "li", "</li>")
}

pub fn table_rows(html: &str) -> BTreeMap<&str, &str> {
    by_status(between(html, "<tbody>", "</tbody>")[0], "tr", "</tr>")
}
