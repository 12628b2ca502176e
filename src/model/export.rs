//! The data as files readers can take away: a CSV with one row per member
//! state and one column per vote, and a JSON file with the votes' metadata,
//! sources and licence as well.

use super::member::name_order;
use super::signature::{self, Evidence, Status};
use super::{Member, Vote};
// The signature statuses' sources are long texts the app never shows: read
// here, at build time only, they stay out of the wasm.
use crate::data;
use std::fmt::Write;

/// The data files the build writes beside the pages (src/bin/prerender).
pub const CSV_FILE: &str = "un-cyber-votes.csv";
pub const JSON_FILE: &str = "un-cyber-votes.json";

pub const LICENCE: &str = "The votes are public UN records (summary records, UN Digital Library voting records). Per-state lists of the committee votes are a third party's parse of the UN summary records (lszoszk/hrc-voting, PolyForm Noncommercial 1.0.0), checked for 2019 against a machine reading (OCR) of the voting sheet; the Voeten UN General Assembly voting data are distributed in the R package unvotes (MIT). Cite the UN documents; re-verify against them before commercial reuse.";

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
        if v.is_signatures() {
            out.push_str(SIGNATURE_HEADERS);
            continue;
        }
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
            if v.is_signatures() {
                signature_cells(&mut out, i);
                continue;
            }
            let _ = write!(out, ",{}", v.choice(i).label());
        }
        out.push('\n');
    }
    out
}

/// The signature record's columns: its status in words, the signature's
/// date, the date the status is true as of, the evidence in a reader's
/// words, its level as the data names it, and its sources' addresses.
const SIGNATURE_HEADERS: &str = ",UN Convention against Cybercrime (A/RES/79/243): signature status,Signature date,Status as of,Evidence,Evidence level,Signature sources";

/// The status as the JSON download names it.
fn status_slug(status: Status) -> &'static str {
    match status {
        Status::Signed { .. } => "signed",
        Status::NotSigned { .. } => "not-signed",
        Status::NoRecord { .. } => "no-record",
        Status::Unknown => "unknown",
    }
}

fn signature_fields(i: usize) -> [String; 6] {
    let s = data::signature(i).expect("one signature per member");
    let (date, as_of) = match s.status {
        Status::Signed { date, .. } => (date.iso, date.iso),
        Status::NotSigned { as_of } | Status::NoRecord { as_of } => ("", as_of.iso),
        Status::Unknown => ("", ""),
    };
    [
        signature::slot_label(s.slot()).to_string(),
        date.to_string(),
        as_of.to_string(),
        s.reads.to_string(),
        s.evidence.map(Evidence::slug).unwrap_or("").to_string(),
        data::signature_sources()[i].join(" "),
    ]
}

fn signature_cells(out: &mut String, i: usize) {
    for field in signature_fields(i) {
        out.push(',');
        out.push_str(&csv_field(&field));
    }
}

/// A record's sources as JSON objects, comma-separated.
fn json_sources(v: &Vote) -> String {
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
    sources.join(", ")
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
    if let Some(r) = votes.iter().find(|v| v.is_signatures()) {
        let _ = write!(
            out,
            ",\n  \"convention_signatures\": {{\"id\": {}, \"as_of\": {}, \"symbol\": {}, \"title\": {}, \"what\": {}, \"note\": {}, \"sources\": [{}]}}",
            json_str(r.id),
            json_str(r.date),
            json_str(r.symbol),
            json_str(r.title),
            json_str(r.decided),
            json_str(r.note),
            json_sources(r)
        );
    }
    // The signature record is not a vote: its rows are each member's
    // `convention_signature`, its description `convention_signatures`.
    let votes: Vec<&Vote> = votes.iter().filter(|v| !v.is_signatures()).collect();
    out.push_str(",\n  \"votes\": [\n");
    for (n, v) in votes.iter().enumerate() {
        let t = v.official;
        let sources = json_sources(v);
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
            sources,
            if n + 1 < votes.len() { "," } else { "" },
        );
    }
    out.push_str("  ],\n  \"members\": [\n");
    let order = name_order(members);
    for (n, &i) in order.iter().enumerate() {
        let m = &members[i];
        let positions: Vec<String> = votes
            .iter()
            .filter(|v| !v.is_signatures())
            .map(|v| format!("{}: {}", json_str(v.id), json_str(v.choice(i).slug())))
            .collect();
        let signature = if data::signature_record().is_some() {
            let [_, date, as_of, evidence, level, _] = signature_fields(i);
            let status = status_slug(data::signature(i).expect("one signature per member").status);
            let sources: Vec<String> = data::signature_sources()[i]
                .iter()
                .map(|u| json_str(u))
                .collect();
            let null_or = |s: &str| {
                if s.is_empty() {
                    "null".to_string()
                } else {
                    json_str(s)
                }
            };
            format!(
                ", \"convention_signature\": {{\"status\": {}, \"date\": {}, \"as_of\": {}, \"evidence\": {}, \"evidence_level\": {}, \"sources\": [{}]}}",
                json_str(status),
                null_or(&date),
                null_or(&as_of),
                null_or(&evidence),
                null_or(&level),
                sources.join(", ")
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "    {{\"iso3\": {}, \"un_name\": {}, \"regional_group\": {}, \"sponsor\": {}, \"cosponsor\": {}, \"votes\": {{{}}}{signature}}}{}",
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
