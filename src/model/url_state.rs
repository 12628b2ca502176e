//! The explainer's state as it lives in the query string
//! (`?step=swing-states&vote=ga-73-27&country=BRA&view=grid&embed=1`). Parsing never fails:
//! unknown keys, bad values and broken encodings are dropped and reported,
//! so any URL opens a working page.

use super::compare::parse_pair;
use super::view_kind::ViewKind;
use std::fmt::Write;

/// What the URL asks for, after validation against the data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    /// Index of the step; `None` means the first.
    pub step: Option<usize>,
    /// A teacher's path: the only steps Previous and Next walk, in this
    /// order (`steps=a,b,c`); empty for the whole story.
    pub path: Vec<usize>,
    /// A vote id known to the data, chosen by the reader over the step's.
    pub vote: Option<String>,
    /// An ISO3 code of a member state, upper-case: its card is open, and
    /// it is followed through the story.
    pub country: Option<String>,
    /// A member state followed through the story with no card open
    /// (`follow=KEN`); a `country` is followed too, and is written alone.
    pub follow: Option<String>,
    /// Map, grid or table; `None` means the default (map).
    pub view: Option<ViewKind>,
    /// Two vote ids to compare state by state.
    pub compare: Option<(String, String)>,
    /// Compact chrome for iframes; steps replace history entries.
    pub embed: bool,
    /// Guess before you see (`guess=1`): a step's colours and words wait
    /// for the pupil's guess.
    pub guess: bool,
    /// Presenter mode, for a projector: the figure large, each step's
    /// summary, clicker keys and a code pupils scan (`present=1`).
    pub present: bool,
    /// With a step: show that single step, without the story's navigation.
    pub lock: bool,
    /// In a frame, show the explorer below the story too (`explore=1`);
    /// a frame leaves it out otherwise.
    pub explore: bool,
}

/// A parameter that was present but could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub key: &'static str,
}

/// The checks `parse` and `format` need from the data, passed in so this
/// module stays pure.
pub trait Known {
    fn step(&self, value: &str) -> Option<usize>;
    fn step_slug(&self, index: usize) -> Option<&'static str>;
    fn is_vote(&self, id: &str) -> bool;
    fn is_member(&self, iso3: &str) -> bool;
}

/// The longest value considered; longer ones are rejected unread.
const MAX_VALUE_LEN: usize = 400;
const KEYS: [&str; 12] = [
    "step", "steps", "vote", "country", "follow", "view", "compare", "embed", "guess", "present",
    "lock", "explore",
];

/// Reads a query string (with or without the leading `?`). The first
/// occurrence of a key wins.
pub fn parse(query: &str, known: &impl Known) -> (UrlState, Vec<Rejected>) {
    let mut state = UrlState::default();
    let mut rejected = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = decode(raw_key).and_then(|k| KEYS.into_iter().find(|known| *known == k))
        else {
            continue;
        };
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let value = (raw_value.len() <= MAX_VALUE_LEN * 3)
            .then(|| decode(raw_value))
            .flatten()
            .map(|v| v.trim().to_string())
            .filter(|v| v.len() <= MAX_VALUE_LEN);
        let accepted = match (key, value) {
            ("step", Some(v)) => known.step(&v).map(|i| state.step = Some(i)).is_some(),
            ("steps", Some(v)) => {
                let path: Option<Vec<usize>> = v.split(',').map(|s| known.step(s)).collect();
                path.filter(|p| !p.is_empty())
                    .map(|p| state.path = p)
                    .is_some()
            }
            ("vote", Some(v)) if known.is_vote(&v) => {
                state.vote = Some(v);
                true
            }
            ("country", Some(v)) if known.is_member(&v) => {
                state.country = Some(v.to_ascii_uppercase());
                true
            }
            ("follow", Some(v)) if known.is_member(&v) => {
                state.follow = Some(v.to_ascii_uppercase());
                true
            }
            ("compare", Some(v)) => parse_pair(&v, |id| known.is_vote(id))
                .map(|pair| state.compare = Some(pair))
                .is_some(),
            ("view", Some(v)) => ViewKind::from_slug(&v)
                .map(|k| state.view = Some(k))
                .is_some(),
            ("embed", Some(v)) if matches!(v.as_str(), "1" | "true" | "") => {
                state.embed = true;
                true
            }
            ("embed", Some(v)) if matches!(v.as_str(), "0" | "false") => true,
            ("guess", Some(v)) if matches!(v.as_str(), "1" | "true" | "") => {
                state.guess = true;
                true
            }
            ("guess", Some(v)) if matches!(v.as_str(), "0" | "false") => true,
            ("present", Some(v)) if matches!(v.as_str(), "1" | "true" | "") => {
                state.present = true;
                true
            }
            ("present", Some(v)) if matches!(v.as_str(), "0" | "false") => true,
            ("lock", Some(v)) if matches!(v.as_str(), "1" | "true" | "") => {
                state.lock = true;
                true
            }
            ("lock", Some(v)) if matches!(v.as_str(), "0" | "false") => true,
            ("explore", Some(v)) if matches!(v.as_str(), "1" | "true" | "") => {
                state.explore = true;
                true
            }
            ("explore", Some(v)) if matches!(v.as_str(), "0" | "false") => true,
            _ => false,
        };
        if !accepted {
            rejected.push(Rejected { key });
        }
    }
    (state, rejected)
}

/// The query string for `state`, `?`-prefixed, or empty for the default.
pub fn format(state: &UrlState, known: &impl Known) -> String {
    let step = state.step.and_then(|i| known.step_slug(i));
    query(step, state, known)
}

/// Where the address bar points for `state`: the step's own page, which a
/// link previewer fetches without JavaScript and so shows that step, with
/// the rest of the state as the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    /// `step-<slug>.html`, relative to the page's folder; `None` keeps the
    /// current path (the index page, at its first step).
    pub page: Option<String>,
    /// `?`-prefixed, or empty; never names the step (the page does).
    pub query: String,
}

/// The address for `state`. The index page keeps its own address at the
/// first step, so opening the explainer does not rename it; a locked step
/// always gets its page, so the lock still has a step when reloaded.
pub fn address(state: &UrlState, known: &impl Known, on_step_page: bool) -> Address {
    let index = state.step.unwrap_or(0);
    let keep_index = index == 0 && !on_step_page && !state.lock;
    Address {
        page: known
            .step_slug(index)
            .filter(|_| !keep_index)
            .map(step_page),
        query: query(None, state, known),
    }
}

/// The file name of a step's own page.
pub fn step_page(slug: &str) -> String {
    format!("step-{slug}.html")
}

/// The step slug a path names (`…/step-<slug>.html`), if any.
pub fn step_in_path(path: &str) -> Option<&str> {
    let file = path.rsplit('/').next()?;
    let slug = file.strip_prefix("step-")?.strip_suffix(".html")?;
    (!slug.is_empty()).then_some(slug)
}

fn query(step: Option<&str>, state: &UrlState, known: &impl Known) -> String {
    let view = state.view.map(ViewKind::slug);
    let path: Vec<&str> = state
        .path
        .iter()
        .filter_map(|&i| known.step_slug(i))
        .collect();
    // Each id is encoded on its own so the comma between them stays readable.
    let compare = state
        .compare
        .as_ref()
        .map(|(a, b)| format!("{},{}", encode(a), encode(b)));
    let pairs = [
        ("step", step.map(encode)),
        ("steps", (!path.is_empty()).then(|| path.join(","))),
        ("vote", state.vote.as_deref().map(encode)),
        ("country", state.country.as_deref().map(encode)),
        (
            "follow",
            state
                .follow
                .as_deref()
                .filter(|_| state.country.is_none())
                .map(encode),
        ),
        ("view", view.map(encode)),
        ("compare", compare),
        ("embed", state.embed.then(|| "1".to_string())),
        ("guess", state.guess.then(|| "1".to_string())),
        ("present", state.present.then(|| "1".to_string())),
        ("lock", state.lock.then(|| "1".to_string())),
        ("explore", state.explore.then(|| "1".to_string())),
    ];
    let mut out = String::new();
    for (key, value) in pairs {
        if let Some(v) = value {
            let sep = if out.is_empty() { '?' } else { '&' };
            let _ = write!(out, "{sep}{key}={v}");
        }
    }
    out
}

/// Percent-decodes `s` (`+` is a space). `None` when it is not valid UTF-8.
pub fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => match (
                bytes.get(i + 1).and_then(hex),
                bytes.get(i + 2).and_then(hex),
            ) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

fn hex(b: &u8) -> Option<u8> {
    (*b as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}
