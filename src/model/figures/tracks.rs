//! The "two tracks" figure's events: the milestones of the two UN tracks
//! on ICT security, the expert groups (GGE) and the open working group
//! (OEWG), as content/tracks.toml gives them; where each goes is
//! `tracks_layout`'s, in the parts below.

use super::labels::{Label, Rect};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Track {
    Gge,
    Oewg,
}

impl Track {
    /// Top lane first.
    pub const ALL: [Track; 2] = [Track::Gge, Track::Oewg];

    pub fn slug(self) -> &'static str {
        match self {
            Track::Gge => "gge",
            Track::Oewg => "oewg",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Track::Gge => ui_plain!(figures_tracks gge),
            Track::Oewg => ui_plain!(figures_tracks oewg),
        }
    }

    pub fn short(self) -> &'static str {
        match self {
            Track::Gge => ui_plain!(figures_tracks gge_short),
            Track::Oewg => ui_plain!(figures_tracks oewg_short),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A consensus report.
    Report,
    /// A group that ended without one.
    NoReport,
    /// A group created by the General Assembly.
    Created,
    /// Another recorded vote of the General Assembly.
    Vote,
}

/// How a mark is drawn: the kind is told by shape, never by colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Dot,
    Ring,
    Diamond,
}

impl EventKind {
    pub fn slug(self) -> &'static str {
        match self {
            EventKind::Report => "report",
            EventKind::NoReport => "no-report",
            EventKind::Created => "created",
            EventKind::Vote => "vote",
        }
    }

    pub fn shape(self) -> Shape {
        match self {
            EventKind::Report => Shape::Dot,
            EventKind::NoReport => Shape::Ring,
            EventKind::Created | EventKind::Vote => Shape::Diamond,
        }
    }
}

/// One milestone, from content/tracks.toml (build_support/tracks.rs).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrackEvent {
    pub track: Track,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the sources are.
    pub date: &'static str,
    /// "5 December 2018", "May 2021", "2017".
    pub date_label: &'static str,
    pub label: &'static str,
    pub kind: EventKind,
    /// The recorded vote (an id in data/votes.toml) whose result it shows.
    pub vote: Option<&'static str>,
    pub source: &'static str,
}

/// Where a partial date falls, in fractional years: a year alone at its
/// middle, a month at its middle (as the build's timeline does).
pub fn year_position(date: &str) -> f32 {
    let parts: Vec<f32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts[..] {
        [y, m, d] => y + (m - 1.0) / 12.0 + (d - 1.0) / 365.0,
        [y, m] => y + (m - 0.5) / 12.0,
        [y] => y + 0.5,
        _ => 0.0,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Index in the events given.
    pub event: usize,
    pub x: f32,
    pub y: f32,
    pub rect: Rect,
    /// From the lane down to a mark moved off it by a neighbour at nearly
    /// the same date (x1, y1, x2, y2); its x is still the date's.
    pub stem: Option<[f32; 4]>,
}

/// A mark's number, beside it, or further off with a leader line.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    pub event: usize,
    pub number: usize,
    pub label: Label,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub track: Track,
    pub title: Label,
    pub y: f32,
    /// Where the lane's line starts: its first event (the working group did
    /// not exist before its own), the axis's end its end.
    pub from: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub year: u16,
    pub x: f32,
    /// Only every `step` years, so the years never touch.
    pub label: Option<Label>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TracksLayout {
    pub width: f32,
    pub height: f32,
    /// The axis's ends: the first event's year's start, the last's end.
    pub x0: f32,
    pub x1: f32,
    pub lanes: Vec<Lane>,
    pub marks: Vec<Mark>,
    pub keys: Vec<Key>,
    pub axis_y: f32,
    pub ticks: Vec<Tick>,
    /// Event indices in date order: key `n` is `order[n - 1]`.
    pub order: Vec<usize>,
}

impl TracksLayout {
    /// Every text box: lane titles, keys, year labels.
    pub fn labels(&self) -> Vec<&Label> {
        let titles = self.lanes.iter().map(|l| &l.title);
        let keys = self.keys.iter().map(|k| &k.label);
        titles
            .chain(keys)
            .chain(self.ticks.iter().filter_map(|t| t.label.as_ref()))
            .collect()
    }
}
