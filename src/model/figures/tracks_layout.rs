//! Where the "two tracks" figure's parts go, in the units of its viewBox:
//! the expert groups' lane (GGE) above, the open working group's (OEWG)
//! below, over one time axis. Every event is a mark at its date with a
//! numbered key beside it; the words go in a list under the drawing (no
//! phone is wide enough for them in it). Marks, keys, lane titles and year
//! labels are all rectangles, so tests can show that no text covers
//! another or a mark.

use super::labels::{bold_width, text_width, wrap, Align, Label, Rect, LINE_HEIGHT};
pub use super::labels::{FONT_SIZE, MIN_WIDTH_PX};
use super::tracks::{year_position, Key, Lane, Mark, Tick, Track, TrackEvent, TracksLayout};

pub const VIEW_WIDTH: f32 = 320.0;
/// Room at either end of the axis for half a year label.
const MARGIN: f32 = 20.0;
/// A mark's box (a dot's or a diamond's, with its outline).
pub const MARK: f32 = 12.0;
/// From one level of crowded marks to the next, below the lane.
const DODGE: f32 = MARK + 3.0;
const GAP: f32 = 3.0;
const ROW: f32 = LINE_HEIGHT + 2.0;
const KEY_PAD: f32 = 2.0;
const TITLE_GAP: f32 = 4.0;
const LANE_GAP: f32 = 14.0;
pub const TICK: f32 = 4.0;

/// A line (x1, y1, x2, y2), level or upright as every line here is, as a
/// box one unit thick: what a label must not cover.
pub fn segment([x1, y1, x2, y2]: [f32; 4]) -> Rect {
    let (x, y) = (x1.min(x2), y1.min(y2));
    let (width, height) = ((x2 - x1).abs(), (y2 - y1).abs());
    match width == 0.0 {
        true => rect(x - 0.5, y, 1.0, height),
        false => rect(x, y - 0.5, width, 1.0),
    }
}

fn rect(x: f32, y: f32, width: f32, height: f32) -> Rect {
    Rect {
        x,
        y,
        width,
        height,
    }
}

fn boxed(lines: Vec<String>, width: f32, x: f32, y: f32, leader: Option<[f32; 4]>) -> Label {
    let height = lines.len() as f32 * LINE_HEIGHT;
    let rect = rect(x, y, width, height);
    Label {
        rect,
        lines,
        count: None,
        align: Align::Start,
        leader,
    }
}

/// One lane's marks, with the lane at y = 0: a mark that would touch an
/// earlier one goes down a level, on a stem from its date on the lane.
fn marks(
    events: &[TrackEvent],
    order: &[usize],
    track: Track,
    x_of: impl Fn(f32) -> f32,
) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    for &i in order.iter().filter(|&&i| events[i].track == track) {
        let x = x_of(year_position(events[i].date));
        let at = |level: f32| rect(x - MARK / 2.0, level * DODGE - MARK / 2.0, MARK, MARK);
        let room = |m: &Mark| {
            rect(
                m.rect.x - GAP,
                m.rect.y - GAP,
                MARK + 2.0 * GAP,
                MARK + 2.0 * GAP,
            )
        };
        let crowded = |r: &Rect| marks.iter().any(|m| room(m).overlaps(r));
        let level = (0..)
            .map(|n| n as f32)
            .find(|&n| !crowded(&at(n)))
            .unwrap_or(0.0);
        let rect = at(level);
        let stem = (level > 0.0).then_some([x, 0.0, x, rect.y]);
        marks.push(Mark {
            event: i,
            x,
            y: level * DODGE,
            rect,
            stem,
        });
    }
    marks
}

/// Each mark's key, in the nearest free place above, below or beside
/// it (a row further off each time, with a leader line), so that it covers
/// no mark, stem, key or leader, nor has its leader cross one. Beside is
/// for a mark in a column of crowded ones, walled in above and below.
fn keys(marks: &[Mark], order: &[usize]) -> Vec<Key> {
    let mut taken: Vec<Rect> = marks.iter().map(|m| m.rect).collect();
    taken.extend(marks.iter().filter_map(|m| m.stem).map(segment));
    let mut keys = Vec::new();
    for m in marks {
        let number = order.iter().position(|&i| i == m.event).unwrap_or(0) + 1;
        let text = number.to_string();
        let width = bold_width(&text) + 2.0 * KEY_PAD;
        let x = (m.x - width / 2.0).clamp(0.0, VIEW_WIDTH - width);
        let fits = |r: &Rect| {
            r.x >= 0.0 && r.right() <= VIEW_WIDTH && !taken.iter().any(|t| t.overlaps(r))
        };
        let place = (0..64)
            .flat_map(|row| (0..4).map(move |side| (row, side)))
            .find_map(|(row, side)| {
                let (up, out) = (row as f32 * ROW, row as f32 * (width + GAP));
                let (r, leader) = match side {
                    0 => {
                        let y = m.rect.y - GAP - LINE_HEIGHT - up;
                        (
                            rect(x, y, width, LINE_HEIGHT),
                            [m.x, m.rect.y, m.x, y + LINE_HEIGHT],
                        )
                    }
                    1 => {
                        let y = m.rect.bottom() + GAP + up;
                        (
                            rect(x, y, width, LINE_HEIGHT),
                            [m.x, m.rect.bottom(), m.x, y],
                        )
                    }
                    2 => {
                        let kx = m.rect.right() + GAP + out;
                        (
                            rect(kx, m.y - LINE_HEIGHT / 2.0, width, LINE_HEIGHT),
                            [m.rect.right(), m.y, kx, m.y],
                        )
                    }
                    _ => {
                        let kx = m.rect.x - GAP - width - out;
                        (
                            rect(kx, m.y - LINE_HEIGHT / 2.0, width, LINE_HEIGHT),
                            [kx + width, m.y, m.rect.x, m.y],
                        )
                    }
                };
                let leader = (row > 0).then_some(leader);
                let clear = leader.is_none_or(|l| fits(&segment(l)));
                (fits(&r) && clear).then_some((r, leader))
            });
        // Rows above a lane's marks are free but for leaders, which a key
        // far enough up clears too.
        let (key, leader) = place.expect("a free place for every key");
        taken.push(key);
        taken.extend(leader.map(segment));
        let label = boxed(vec![text], width, key.x, key.y, leader);
        keys.push(Key {
            event: m.event,
            number,
            label,
        });
    }
    keys
}

fn down([x1, y1, x2, y2]: [f32; 4], by: f32) -> [f32; 4] {
    [x1, y1 + by, x2, y2 + by]
}

/// The whole figure's geometry for `events` (at least one).
pub fn layout(events: &[TrackEvent]) -> TracksLayout {
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by(|&a, &b| year_position(events[a].date).total_cmp(&year_position(events[b].date)));
    let year = |i: usize| year_position(events[i].date).floor() as u16;
    let (start, end) = (year(order[0]), year(order[order.len() - 1]) + 1);
    let (x0, x1) = (MARGIN, VIEW_WIDTH - MARGIN);
    let span = f32::from(end - start);
    let x_of = |p: f32| x0 + (p - f32::from(start)) / span * (x1 - x0);

    let mut out = TracksLayout {
        width: VIEW_WIDTH,
        height: 0.0,
        x0,
        x1,
        lanes: Vec::new(),
        marks: Vec::new(),
        keys: Vec::new(),
        axis_y: 0.0,
        ticks: Vec::new(),
        order: Vec::new(),
    };
    let mut cursor = 0.0;
    for track in Track::ALL {
        let lines = wrap(track.name(), VIEW_WIDTH);
        let width = lines.iter().map(|l| text_width(l)).fold(0.0, f32::max);
        let title = boxed(lines, width, 0.0, cursor, None);
        let mut m = marks(events, &order, track, x_of);
        let mut k = keys(&m, &order);
        let boxes = m
            .iter()
            .map(|m| m.rect)
            .chain(k.iter().map(|k| k.label.rect));
        let (top, bottom) = boxes.fold((-MARK / 2.0, MARK / 2.0), |(t, b), r| {
            (t.min(r.y), b.max(r.bottom()))
        });
        let y = title.rect.bottom() + TITLE_GAP - top;
        for mark in &mut m {
            (mark.y, mark.rect.y) = (mark.y + y, mark.rect.y + y);
            mark.stem = mark.stem.map(|s| down(s, y));
        }
        for key in &mut k {
            key.label.rect.y += y;
            key.label.leader = key.label.leader.map(|l| down(l, y));
        }
        let from = m.first().map_or(x0, |m| m.x);
        cursor = y + bottom + LANE_GAP;
        out.lanes.push(Lane {
            track,
            title,
            y,
            from,
        });
        out.marks.extend(m);
        out.keys.extend(k);
    }
    out.keys.sort_by_key(|k| k.number);

    // Years every `step`, so that their labels never touch.
    let label_width = text_width("0000");
    let unit = (x1 - x0) / span;
    let step = [1, 2, 5, 10]
        .into_iter()
        .find(|&s| f32::from(s) * unit >= label_width + 4.0);
    let step = step.unwrap_or(20);
    let label_y = cursor + TICK + 2.0;
    out.ticks = (start..=end)
        .map(|year| {
            let x = x_of(f32::from(year));
            let words = || {
                boxed(
                    vec![year.to_string()],
                    label_width,
                    x - label_width / 2.0,
                    label_y,
                    None,
                )
            };
            let label = ((year - start) % step == 0).then(words);
            Tick { year, x, label }
        })
        .collect();
    out.axis_y = cursor;
    out.height = label_y + LINE_HEIGHT + 2.0;
    out.order = order;
    out
}
