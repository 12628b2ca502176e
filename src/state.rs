//! The few signals the views share, bundled with the rules that tie them
//! together, and provided to every component through context.

use crate::browser::startup::after_next_paint;
use crate::data::{self, KnownData};
use crate::model::region::Region;
use crate::model::step_nav::Move;
use crate::model::story::Step;
use crate::model::url_state::{self, UrlState};
use crate::model::view_kind::ViewKind;
use crate::model::Vote;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    /// Index of the current step: the story's text, its navigation and
    /// address.
    pub step: RwSignal<usize>,
    /// A teacher's path (`steps=`): the only steps Previous and Next walk;
    /// empty for the whole story. Fixed for the page's life.
    pub path: &'static [usize],
    /// The step the stage figure shows. A step change draws the story's
    /// text first and the stage in the frame after (see `go`), so the reader
    /// sees the key press answered before the map's heavier redraw.
    pub stage_step: RwSignal<usize>,
    /// A vote the reader picked; overrides the step's own until the step changes.
    pub picked_vote: RwSignal<Option<&'static str>>,
    /// The selected member state (index into `data::members()`).
    pub country: RwSignal<Option<usize>>,
    /// The member state followed through the story: the last one picked
    /// (`pick`), kept from step to step until the reader stops following.
    pub followed: RwSignal<Option<usize>>,
    /// How the vote is shown: map, grid or table.
    pub view: RwSignal<ViewKind>,
    /// The region the reader zoomed the map to, and on which stage step:
    /// it holds on that step only.
    pub zoom: RwSignal<Option<(usize, Region)>>,
    /// Two votes compared state by state, by id: the reader's pair, or the
    /// step's own until the reader changes it (see `go`).
    pub compare: RwSignal<Option<(&'static str, &'static str)>>,
    /// A short message about the link (bad parameters), dismissible.
    pub notice: RwSignal<Option<String>>,
    /// Text for the polite live region: what just changed.
    pub announcement: RwSignal<String>,
    /// The app has replaced the static copy of the page and is on screen.
    pub revealed: RwSignal<bool>,
    /// Embedded in another page: compact chrome, history entries replaced.
    pub embedded: bool,
    /// The link itself asked for embed mode (`embed=1`), so links keep it.
    pub embed_in_url: bool,
    /// Presenter mode (`present=1`).
    pub presenting: bool,
    /// Guess before you see (`guess=1`).
    pub guessing: bool,
    /// The steps whose guess has been made, in this visit.
    pub guessed: RwSignal<Vec<usize>>,
    /// Show only the linked step (`lock=1`).
    pub locked: bool,
    /// The link asked for the explorer in a frame (`explore=1`).
    pub explore_in_url: bool,
    /// The vote on show, memoised: many steps share a vote, and hundreds of
    /// map and table cells read it.
    shown_vote: Memo<&'static Vote>,
}

impl AppState {
    /// State from a query string; bad parameters become a notice.
    pub fn from_query(query: &str, framed: bool) -> AppState {
        let (url, rejected) = url_state::parse(query, &KnownData);
        let notice = (!rejected.is_empty()).then(|| notice_for(&rejected));
        let first_step = url.step.or(url.path.first().copied()).unwrap_or(0);
        let step = RwSignal::new(first_step);
        let stage_step = RwSignal::new(first_step);
        let picked_vote = RwSignal::new(url.vote.as_deref().and_then(data::vote).map(|v| v.id));
        let shown_vote = Memo::new(move |_| {
            picked_vote
                .get()
                .and_then(data::vote)
                .unwrap_or_else(|| data::step_vote(step_at(stage_step.get())))
        });
        AppState {
            step,
            path: Vec::leak(url.path.clone()),
            stage_step,
            picked_vote,
            shown_vote,
            country: RwSignal::new(url.country.as_deref().and_then(data::member_index)),
            followed: RwSignal::new(followed_in(&url)),
            view: RwSignal::new(url.view.unwrap_or_default()),
            zoom: RwSignal::new(None),
            compare: RwSignal::new(static_pair(url.compare).or(step_pair(first_step))),
            notice: RwSignal::new(notice),
            announcement: RwSignal::new(String::new()),
            revealed: RwSignal::new(false),
            embedded: url.embed || framed,
            embed_in_url: url.embed,
            presenting: url.present,
            guessing: url.guess,
            guessed: RwSignal::new(Vec::new()),
            locked: url.lock && url.step.is_some(),
            explore_in_url: url.explore,
        }
    }

    /// The region the reader zoomed the map to on the stage's step, if any.
    pub fn zoom_here(&self) -> Option<Region> {
        let step = self.stage_step.get();
        self.zoom
            .get()
            .and_then(|(on, r)| (on == step).then_some(r))
    }

    /// Applies a query string read back from history (Back / Forward).
    pub fn apply_query(&self, query: &str) {
        let (url, _) = url_state::parse(query, &KnownData);
        let step = url.step.or(self.path.first().copied()).unwrap_or(0);
        self.step.set(step);
        self.stage_step.set(step);
        self.picked_vote
            .set(url.vote.as_deref().and_then(data::vote).map(|v| v.id));
        self.country
            .set(url.country.as_deref().and_then(data::member_index));
        self.followed.set(followed_in(&url));
        self.view.set(url.view.unwrap_or_default());
        self.compare
            .set(static_pair(url.compare).or(step_pair(step)));
        self.announce();
    }

    /// Opens member `index`'s card, and follows it through the story.
    pub fn pick(&self, index: Option<usize>) {
        self.country.set(index);
        if index.is_some() {
            self.followed.set(index);
        }
    }

    /// Stops following a state, and closes its card.
    pub fn unfollow(&self) {
        self.country.set(None);
        self.followed.set(None);
    }

    /// Whether step `index` still waits for the pupil's guess: its
    /// colours and words stay hidden until then.
    pub fn awaits_guess(&self, index: usize) -> bool {
        self.guessing
            && crate::widgets::guess::write::question(step_at(index)).is_some()
            && !self.guessed.with(|g| g.contains(&index))
    }

    pub fn current_step(&self) -> &'static Step {
        step_at(self.step.get())
    }

    /// The step the stage shows: the current one, or for a frame after a
    /// step change, the one before it.
    pub fn stage_step(&self) -> &'static Step {
        step_at(self.stage_step.get())
    }

    /// The vote on show: the reader's pick, else the step's, else the headline vote.
    pub fn vote(&self) -> &'static Vote {
        self.shown_vote.get()
    }

    /// Moves through the story. What the reader picked (a vote, a
    /// comparison, a country) shows until the step changes; a new step
    /// shows its own vote and comparison again.
    pub fn go(&self, to: Move) {
        if self.locked {
            return;
        }
        let next = to.apply_on(self.step.get_untracked(), data::steps().len(), self.path);
        if next != self.step.get_untracked() {
            self.step.set(next);
            self.announce();
            // The stage follows once the text has been painted, for the
            // step current then (two quick presses make one redraw).
            let state = *self;
            after_next_paint(move || state.stage_follows_step());
        }
    }

    /// Brings the stage to the current step: its own vote and comparison,
    /// with no picked vote or country.
    fn stage_follows_step(&self) {
        let step = self.step.get_untracked();
        if step == self.stage_step.get_untracked() {
            return;
        }
        self.picked_vote.set(None);
        self.compare.set(step_pair(step));
        self.country.set(None);
        self.stage_step.set(step);
    }

    /// Whether the stage shows its step's own figure rather than the map:
    /// unless the reader asked for something only the map (or the grid, or
    /// the table) shows: a vote (its "Show the map instead" picks the
    /// step's own, so the address keeps the choice), a state, another view.
    pub fn shows_chart(&self) -> bool {
        self.stage_step().figure.is_some()
            && self.picked_vote.get().is_none()
            && self.compare.get() == step_pair(self.stage_step.get())
            && self.country.get().is_none()
            && self.view.get() == ViewKind::default()
    }

    /// The vote the stage colours states by: while comparing, the second
    /// of the two votes; else the vote on show.
    pub fn shown_vote(&self) -> &'static Vote {
        self.comparing().map_or_else(|| self.vote(), |(_, b)| b)
    }

    /// The two votes the stage compares, if any.
    pub fn comparing(&self) -> Option<(&'static Vote, &'static Vote)> {
        let (a, b) = self.compare.get()?;
        Some((data::vote(a)?, data::vote(b)?))
    }

    fn announce(&self) {
        let i = self.step.get_untracked();
        self.announcement.set(format!(
            ui_plain!(state announcement),
            number = i + 1,
            total = data::steps().len(),
            title = data::step_title(i)
        ));
    }

    /// What the URL should say now.
    pub fn url_state(&self) -> UrlState {
        UrlState {
            step: Some(self.step.get()),
            path: self.path.to_vec(),
            vote: self.picked_vote.get().map(str::to_string),
            country: self
                .country
                .get()
                .map(|i| data::members()[i].iso3.to_string()),
            follow: self
                .followed
                .get()
                .map(|i| data::members()[i].iso3.to_string()),
            view: Some(self.view.get()).filter(|v| *v != ViewKind::default()),
            // A step's own comparison goes without saying: its link stays
            // the plain step link.
            compare: self
                .compare
                .get()
                .filter(|pair| Some(*pair) != step_pair(self.stage_step.get()))
                .map(|(a, b)| (a.to_string(), b.to_string())),
            embed: self.embed_in_url,
            guess: self.guessing,
            present: self.presenting,
            lock: self.locked,
            explore: self.explore_in_url,
        }
    }
}

/// Step `index`, or the last step past the end.
fn step_at(index: usize) -> &'static Step {
    let steps = data::steps();
    &steps[index.min(steps.len() - 1)]
}

/// The state a link follows: its card's, or the one it names to follow.
fn followed_in(url: &url_state::UrlState) -> Option<usize> {
    url.country
        .as_deref()
        .or(url.follow.as_deref())
        .and_then(data::member_index)
}

/// The comparison a step makes on the stage, if any.
fn step_pair(step: usize) -> Option<(&'static str, &'static str)> {
    data::steps().get(step)?.compare
}

/// The data's own ids for a pair read from the URL.
fn static_pair(pair: Option<(String, String)>) -> Option<(&'static str, &'static str)> {
    let (a, b) = pair?;
    Some((data::vote(&a)?.id, data::vote(&b)?.id))
}

fn notice_for(rejected: &[url_state::Rejected]) -> String {
    let keys: Vec<&str> = rejected.iter().map(|r| r.key).collect();
    format!(ui_plain!(state link_notice), keys = keys.join(", "))
}

/// The state provided by `App`.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
