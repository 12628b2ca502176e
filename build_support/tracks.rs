//! Loads and checks `content/tracks.toml`, the milestones of the two UN
//! tracks on ICT security (the expert groups and the open working group),
//! and writes them as static Rust for the "two tracks" figure. An error
//! names the file, the event's line and the event (its date and track).

use super::content::{is_partial_date, partial_date_label, year_fraction};
use super::csv::DataError;
use super::dataset::{toml_error, Dataset};
use serde::Deserialize;
use std::fmt::Write;

pub const FILE: &str = "content/tracks.toml";
/// Each track's name in the file, with the camp of the texts that carried
/// it (data/votes.toml): the expert groups' the US-led, the working
/// group's the Russia-led.
pub const TRACKS: [(&str, &str); 2] = [("gge", "us"), ("oewg", "russia")];
pub const KINDS: [&str; 4] = ["report", "no-report", "created", "vote"];
/// The longest label, in characters: the figure's list and table show it
/// whole, so it is kept to a line or two on a phone.
pub const MAX_LABEL: usize = 50;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackEvent {
    pub track: String,
    pub date: String,
    pub label: String,
    pub kind: String,
    #[serde(default)]
    pub vote: Option<String>,
    /// Defaulted so that a missing source is reported with its event, not
    /// as a bare TOML error.
    #[serde(default)]
    pub source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TracksFile {
    event: Vec<TrackEvent>,
}

/// Whether every run of digits in `label` is a year: the figure's numbers
/// come from the data, never from a label.
fn digits_are_years(label: &str) -> bool {
    label
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .all(|run| run.len() == 4 && run.parse::<u32>().is_ok_and(|y| (1990..=2035).contains(&y)))
}

/// The line of the `n`th `[[event]]` (0-based), for the error messages.
fn event_line(text: &str, n: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == "[[event]]")
        .nth(n)
        .map_or(0, |(i, _)| i + 1)
}

fn check(e: &TrackEvent, data: &Dataset) -> Result<(), String> {
    let Some(&(_, camp)) = TRACKS.iter().find(|(t, _)| *t == e.track) else {
        return Err(format!("track `{}` must be gge or oewg", e.track));
    };
    if !KINDS.contains(&e.kind.as_str()) {
        return Err(format!(
            "kind `{}` must be report, no-report, created or vote",
            e.kind
        ));
    }
    if !is_partial_date(&e.date) {
        return Err(format!("`{}` is not YYYY, YYYY-MM or YYYY-MM-DD", e.date));
    }
    let chars = e.label.chars().count();
    if e.label.trim().is_empty() || chars > MAX_LABEL {
        return Err(format!(
            "the label has {chars} characters (1 to {MAX_LABEL})"
        ));
    }
    if !digits_are_years(&e.label) {
        return Err(format!(
            "the label `{}` has a number that is not a year; a vote's counts come from its `vote`",
            e.label
        ));
    }
    match (&e.vote, e.kind.as_str()) {
        (None, "vote") => return Err("a vote event names its recorded vote (`vote = …`)".into()),
        (Some(id), "report" | "no-report") => {
            return Err(format!(
                "a {} is not a vote; `vote = \"{id}\"` does not belong",
                e.kind
            ))
        }
        _ => {}
    }
    if let Some(id) = &e.vote {
        let vote = data
            .votes
            .iter()
            .find(|v| &v.meta.id == id)
            .ok_or_else(|| format!("there is no vote `{id}` in data/votes.toml"))?;
        if vote.meta.date != e.date {
            return Err(format!(
                "vote `{id}` was on {}, not {}",
                vote.meta.date, e.date
            ));
        }
        if vote.meta.camp != camp {
            return Err(format!(
                "vote `{id}` is a {}-led text, not the {} track's",
                vote.meta.camp, e.track
            ));
        }
    }
    if e.source.trim().is_empty() {
        return Err("an event needs a source address (`source = …`)".into());
    }
    if !e.source.starts_with("https://") && !e.source.starts_with("http://") {
        return Err(format!("source `{}` is not a web address", e.source));
    }
    Ok(())
}

/// The events of `text` (the file `file`), checked against the votes of
/// `data`: known tracks and kinds, real dates, short labels without counts,
/// real votes of the track's own camp on the event's day, a source each,
/// oldest first.
pub fn parse(file: &str, text: &str, data: &Dataset) -> Result<Vec<TrackEvent>, DataError> {
    let parsed: TracksFile = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let mut previous = f32::MIN;
    for (n, e) in parsed.event.iter().enumerate() {
        let fail = |m: String| {
            DataError::new(
                file,
                event_line(text, n),
                format!("event {} ({}): {m}", e.date, e.track),
            )
        };
        check(e, data).map_err(fail)?;
        let at = year_fraction(&e.date);
        if at < previous {
            return Err(fail("events are listed oldest first".into()));
        }
        previous = at;
    }
    for (track, _) in TRACKS {
        if !parsed.event.iter().any(|e| e.track == track) {
            return Err(DataError::new(
                file,
                0,
                format!("no event on the {track} track"),
            ));
        }
    }
    Ok(parsed.event)
}

/// Reads and checks the file from the project folder `root`.
pub fn load(root: &std::path::Path, data: &Dataset) -> Result<Vec<TrackEvent>, DataError> {
    let text = std::fs::read_to_string(root.join(FILE))
        .map_err(|e| DataError::new(FILE, 0, format!("cannot read: {e}")))?;
    parse(FILE, &text, data)
}

fn variant(name: &str) -> &'static str {
    match name {
        "gge" => "Track::Gge",
        "oewg" => "Track::Oewg",
        "report" => "EventKind::Report",
        "no-report" => "EventKind::NoReport",
        "created" => "EventKind::Created",
        _ => "EventKind::Vote",
    }
}

/// The events as `TRACK_EVENTS`, in the file's order.
pub fn rs(events: &[TrackEvent], out: &mut String) {
    out.push_str("\npub static TRACK_EVENTS: &[crate::model::figures::tracks::TrackEvent] = &[\n");
    for e in events {
        let _ = writeln!(
            out,
            "    crate::model::figures::tracks::TrackEvent {{ track: crate::model::figures::tracks::{}, date: {:?}, date_label: {:?}, label: {:?}, kind: crate::model::figures::tracks::{}, vote: {:?}, source: {:?} }},",
            variant(&e.track),
            e.date,
            partial_date_label(&e.date),
            e.label,
            variant(&e.kind),
            e.vote,
            e.source
        );
    }
    out.push_str("];\n");
}
