//! The data as files readers can take away: a CSV with one row per member
//! state and one column per vote, and a JSON file with the votes' metadata,
//! sources and licence as well.

use super::member::name_order;
use super::{Member, Vote};
use std::fmt::Write;

/// The data files the build writes beside the pages (src/bin/prerender).
pub const CSV_FILE: &str = "un-cyber-votes.csv";
pub const JSON_FILE: &str = "un-cyber-votes.json";

pub const LICENCE: &str = "The votes are public UN records (summary records, UN Digital Library voting records). Per-state lists of the committee votes were extracted by lszoszk/hrc-voting (PolyForm Noncommercial 1.0.0); the Voeten UN General Assembly voting data are distributed in the R package unvotes (MIT). Cite the UN documents; re-verify against them before commercial reuse.";

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One row per member state, in name order: code, name, group, sponsorship,
/// then one column per vote, headed by its symbol and date and filled with
/// the words the app uses ("Did not vote"). It starts with a byte-order mark,
/// so spreadsheets read the names as UTF-8.
pub fn votes_csv(members: &[Member], votes: &[Vote]) -> String {
    let mut out = String::from(
        "\u{feff}ISO3,UN name,Regional group,Sponsor of A/C.3/74/L.11,On the Russian MFA co-sponsor list",
    );
    for v in votes {
        let _ = write!(
            out,
            ",{}",
            csv_field(&format!("{} ({})", v.symbol, v.date_label))
        );
    }
    out.push('\n');
    for i in name_order(members) {
        let m = &members[i];
        let _ = write!(
            out,
            "{},{},{},{},{}",
            m.iso3,
            csv_field(m.name),
            m.group.code(),
            m.sponsor,
            m.cosponsor
        );
        for v in votes {
            let _ = write!(out, ",{}", v.choice(i).label());
        }
        out.push('\n');
    }
    out
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Everything: votes with metadata and sources, members (in name order) with
/// their votes by id, licence.
pub fn dataset_json(members: &[Member], votes: &[Vote]) -> String {
    let mut out = String::from("{\n  \"licence\": ");
    out.push_str(&json_str(LICENCE));
    out.push_str(",\n  \"votes\": [\n");
    for (n, v) in votes.iter().enumerate() {
        let t = v.official;
        let sources: Vec<String> = v
            .sources
            .iter()
            .map(|s| {
                format!(
                    "{{\"label\": {}, \"url\": {}}}",
                    json_str(s.label),
                    json_str(s.url)
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "    {{\"id\": {}, \"date\": {}, \"symbol\": {}, \"body\": {}, \"title\": {}, \"decided\": {}, \"official\": {{\"yes\": {}, \"no\": {}, \"abstain\": {}, \"absent\": {}}}, \"totals_basis\": {}, \"note\": {}, \"sources\": [{}]}}{}",
            json_str(v.id),
            json_str(v.date),
            json_str(v.symbol),
            json_str(v.body.label()),
            json_str(v.title),
            json_str(v.decided),
            t.yes,
            t.no,
            t.abstain,
            t.absent,
            json_str(v.totals_basis.label()),
            json_str(v.note),
            sources.join(", "),
            if n + 1 < votes.len() { "," } else { "" },
        );
    }
    out.push_str("  ],\n  \"members\": [\n");
    let order = name_order(members);
    for (n, &i) in order.iter().enumerate() {
        let m = &members[i];
        let positions: Vec<String> = votes
            .iter()
            .map(|v| format!("{}: {}", json_str(v.id), json_str(v.choice(i).slug())))
            .collect();
        let _ = writeln!(
            out,
            "    {{\"iso3\": {}, \"un_name\": {}, \"regional_group\": {}, \"sponsor\": {}, \"cosponsor\": {}, \"votes\": {{{}}}}}{}",
            json_str(m.iso3),
            json_str(m.name),
            json_str(m.group.code()),
            m.sponsor,
            m.cosponsor,
            positions.join(", "),
            if n + 1 < order.len() { "," } else { "" },
        );
    }
    out.push_str("  ]\n}\n");
    out
}
