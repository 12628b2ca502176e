//! The data as files readers can take away: a CSV with one row per member
//! state and one column per vote, and a JSON file with the votes' metadata,
//! sources and licence as well.

use crate::model::name_order;
use crate::model::signature::{self, Evidence, Status};
use crate::model::{Member, Vote};
// The signature statuses' sources are long texts the app never shows: read
// here, at build time only, they stay out of the wasm.
use crate::data;
use std::fmt::Write;

/// The data files the build writes beside the pages (src/bin/prerender).
pub const CSV_FILE: &str = "un-cyber-votes.csv";
pub const JSON_FILE: &str = "un-cyber-votes.json";

pub const LICENCE: &str = ui_plain!(downloads licence);
pub const LICENCE_PART: &str = "licence";

/// The licence as every page writes it: a part of a static page (the
/// release app's wasm writes a stand-in, filled from a page's part).
pub fn licence() -> crate::html::Html {
    crate::words_part!(LICENCE_PART, LICENCE)
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A member state's own downloads, beside its page: `country-ken.csv`.
pub fn member_csv_file(iso3: &str) -> String {
    format!("country-{}.csv", iso3.to_ascii_lowercase())
}

/// `country-ken.json`.
pub fn member_json_file(iso3: &str) -> String {
    format!("country-{}.json", iso3.to_ascii_lowercase())
}

/// One row per member state, in name order: code, name, group, sponsorship,
/// then one column per vote, headed by its symbol and date and filled with
/// the words the app uses ("Did not vote"). It starts with a byte-order mark,
/// so spreadsheets read the names as UTF-8.
pub fn votes_csv(members: &[Member], votes: &[Vote]) -> String {
    votes_csv_rows(members, votes, &name_order(members))
}

/// The CSV with only the members at `rows` (indexes in `members`), in that
/// order: a state's own file has the full file's columns, so a script
/// reads both.
pub fn votes_csv_rows(members: &[Member], votes: &[Vote], rows: &[usize]) -> String {
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
    for &i in rows {
        let m = &members[i];
        let _ = write!(
            out,
            "{},{},{},{},{}",
            m.iso3,
            csv_field(crate::data::member_name(i)),
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

#[cfg(not(target_arch = "wasm32"))]
pub use json::{dataset_json, dataset_json_rows};

/// The JSON download, written by serde_json. Native only: the app never
/// writes it (src/bin/prerender does), so the wasm build neither compiles
/// serde_json nor carries this code.
#[cfg(not(target_arch = "wasm32"))]
mod json {
    use super::{name_order, signature_fields, LICENCE};
    use crate::data;
    use crate::data::statements::Statement;
    use crate::model::signature::Status;
    use crate::model::{Member, SourceLink, Vote};
    use serde::ser::{Serialize, SerializeMap, Serializer};
    use std::io::{self, Write};

    /// Everything: votes with metadata and sources, members (in name order)
    /// with their votes by id and their recorded statements, licence. One
    /// line per vote and per member.
    pub fn dataset_json(members: &[Member], votes: &[Vote]) -> String {
        dataset_json_rows(members, votes, &name_order(members))
    }

    /// The JSON with only the members at `rows` (indexes in `members`), in
    /// that order, and the rest as in the full file: a state's own file has
    /// the full file's shape, so a script reads both.
    pub fn dataset_json_rows(members: &[Member], votes: &[Vote], rows: &[usize]) -> String {
        // The signature record is not a vote: its rows are each member's
        // `convention_signature`, its description `convention_signatures`.
        let (records, votes): (Vec<&Vote>, Vec<&Vote>) =
            votes.iter().partition(|v| v.is_signatures());
        let dataset = Dataset {
            licence: LICENCE,
            convention_signatures: records.first().map(|r| SignatureRecord {
                id: r.id,
                as_of: r.date,
                symbol: r.symbol,
                title: r.title,
                what: r.decided,
                note: r.note,
                sources: sources(r),
            }),
            votes: votes.iter().map(|&v| VoteEntry::new(v)).collect(),
            members: rows
                .iter()
                .map(|&i| MemberEntry::new(&members[i], i, &votes))
                .collect(),
        };
        let mut out = Vec::new();
        let mut writer = serde_json::Serializer::with_formatter(&mut out, Lines::default());
        dataset
            .serialize(&mut writer)
            .expect("the data serialise to JSON");
        out.push(b'\n');
        String::from_utf8(out).expect("serde_json writes UTF-8")
    }

    #[derive(serde::Serialize)]
    struct Dataset<'a> {
        licence: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        convention_signatures: Option<SignatureRecord<'a>>,
        votes: Vec<VoteEntry<'a>>,
        members: Vec<MemberEntry<'a>>,
    }

    #[derive(serde::Serialize)]
    struct SignatureRecord<'a> {
        id: &'a str,
        as_of: &'a str,
        symbol: &'a str,
        title: &'a str,
        what: &'a str,
        note: &'a str,
        sources: Vec<Source<'a>>,
    }

    #[derive(serde::Serialize)]
    struct Source<'a> {
        label: &'a str,
        url: &'a str,
    }

    fn sources(v: &Vote) -> Vec<Source<'_>> {
        v.sources
            .iter()
            .map(|&SourceLink { label, url }| Source { label, url })
            .collect()
    }

    #[derive(serde::Serialize)]
    struct VoteEntry<'a> {
        id: &'a str,
        date: &'a str,
        symbol: &'a str,
        body: &'a str,
        title: &'a str,
        decided: &'a str,
        official: Official,
        totals_basis: &'a str,
        note: &'a str,
        sources: Vec<Source<'a>>,
    }

    #[derive(serde::Serialize)]
    struct Official {
        yes: u16,
        no: u16,
        abstain: u16,
        absent: u16,
    }

    impl<'a> VoteEntry<'a> {
        fn new(v: &'a Vote) -> Self {
            let t = v.official;
            VoteEntry {
                id: v.id,
                date: v.date,
                symbol: v.symbol,
                body: v.body.label(),
                title: v.title,
                decided: v.decided,
                official: Official {
                    yes: t.yes,
                    no: t.no,
                    abstain: t.abstain,
                    absent: t.absent,
                },
                totals_basis: v.totals_basis.label(),
                note: v.note,
                sources: sources(v),
            }
        }
    }

    #[derive(serde::Serialize)]
    struct MemberEntry<'a> {
        iso3: &'a str,
        un_name: &'a str,
        regional_group: &'a str,
        sponsor: bool,
        cosponsor: bool,
        votes: Positions<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        convention_signature: Option<MemberSignature>,
        /// Every statement data/statements/ records for the state; most
        /// states have none (only those that could be checked are there).
        statements: Vec<SaidEntry>,
    }

    /// A recorded statement, as the statements file gives it. The file
    /// grades no evidence, so there is no level to carry; `locator` says
    /// where in its sources the point is.
    #[derive(serde::Serialize)]
    struct SaidEntry {
        speaker: &'static str,
        record: &'static str,
        date: Option<&'static str>,
        position: &'static str,
        /// Verbatim, or null where none could be verified.
        quote: Option<&'static str>,
        /// In the statements file's words, not the speaker's.
        summary: &'static str,
        source_url: &'static str,
        sources: &'static [&'static str],
        locator: &'static str,
    }

    /// The day of a record's meeting: each of the two records is the
    /// meeting of one vote in the data (A/C.3/74/SR.50 the committee's,
    /// A/74/PV.52 the plenary's on resolution 74/247), so its date is that
    /// vote's, read from votes.toml.
    fn meeting_date(record: &str) -> Option<&'static str> {
        let id = match record {
            "A/C.3/74/SR.50" => "3c-2019",
            "A/74/PV.52" => "ga-74-247",
            _ => return None,
        };
        data::vote(id).map(|v| v.date)
    }

    impl SaidEntry {
        fn new(s: &'static Statement) -> Self {
            SaidEntry {
                speaker: s.speaker,
                record: s.record,
                date: meeting_date(s.record),
                position: s.position,
                quote: (!s.quote.is_empty()).then_some(s.quote),
                summary: s.summary,
                source_url: s.source_url(),
                sources: s.sources,
                locator: s.locator,
            }
        }
    }

    impl<'a> MemberEntry<'a> {
        fn new(m: &'a Member, i: usize, votes: &[&'a Vote]) -> Self {
            MemberEntry {
                iso3: m.iso3,
                un_name: crate::data::member_name(i),
                regional_group: m.group.code(),
                sponsor: m.sponsor,
                cosponsor: m.cosponsor,
                votes: Positions(votes.iter().map(|v| (v.id, v.choice(i).slug())).collect()),
                convention_signature: data::signature_record().map(|_| MemberSignature::new(i)),
                statements: data::statements::all()
                    .iter()
                    .filter(|s| s.member == i)
                    .map(SaidEntry::new)
                    .collect(),
            }
        }
    }

    /// A member's position in each vote, keyed by the vote's id, in the
    /// votes' order.
    struct Positions<'a>(Vec<(&'a str, &'a str)>);

    impl Serialize for Positions<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(Some(self.0.len()))?;
            for (id, slug) in &self.0 {
                map.serialize_entry(id, slug)?;
            }
            map.end()
        }
    }

    /// A member's signature of the 2024 convention; empty fields are null.
    #[derive(serde::Serialize)]
    struct MemberSignature {
        status: &'static str,
        date: Option<String>,
        as_of: Option<String>,
        evidence: Option<String>,
        evidence_level: Option<String>,
        sources: &'static [&'static str],
    }

    impl MemberSignature {
        fn new(i: usize) -> Self {
            let [_, date, as_of, evidence, level, _] = signature_fields(i);
            let status = data::signature(i).expect("one signature per member").status;
            let present = |s: String| (!s.is_empty()).then_some(s);
            MemberSignature {
                status: match status {
                    Status::Signed { .. } => "signed",
                    Status::NotSigned { .. } => "not-signed",
                    Status::NoRecord { .. } => "no-record",
                    Status::Unknown => "unknown",
                },
                date: present(date),
                as_of: present(as_of),
                evidence: present(evidence),
                evidence_level: present(level),
                sources: data::signature_sources()[i],
            }
        }
    }

    /// The download's layout: the top object's keys one per line, the
    /// items of its arrays (the votes, the members) one per line, and
    /// everything below them on that line, as `{"key": value, ...}`. Each
    /// member is then one line, and a diff of two downloads reads by state.
    #[derive(Default)]
    struct Lines {
        depth: usize,
    }

    impl serde_json::ser::Formatter for Lines {
        fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.depth += 1;
            w.write_all(b"{")
        }

        fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.depth -= 1;
            w.write_all(if self.depth == 0 { b"\n}" } else { b"}" })
        }

        fn begin_object_key<W: ?Sized + Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> io::Result<()> {
            match (self.depth, first) {
                (1, true) => w.write_all(b"\n  "),
                (1, false) => w.write_all(b",\n  "),
                (_, true) => Ok(()),
                (_, false) => w.write_all(b", "),
            }
        }

        fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            w.write_all(b": ")
        }

        fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.depth += 1;
            w.write_all(b"[")
        }

        fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.depth -= 1;
            w.write_all(if self.depth == 1 { b"\n  ]" } else { b"]" })
        }

        fn begin_array_value<W: ?Sized + Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> io::Result<()> {
            match (self.depth, first) {
                (2, true) => w.write_all(b"\n    "),
                (2, false) => w.write_all(b",\n    "),
                (_, true) => Ok(()),
                (_, false) => w.write_all(b", "),
            }
        }
    }
}
