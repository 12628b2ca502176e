//! The numbers and the geometry behind the story's figures, kept apart from
//! their markup (src/widgets/figures) so they are tested natively and the
//! static pages and the app draw them from one source.
//!
//! - `matrix`: the cross-tabulation of two records, and the pair of rival
//!   texts set against each other by camp;
//! - `flow`: the same counts read as an alluvial figure, from a vote to
//!   another record (the 2019 vote to the 2025 signatures);
//! - `flow_layout`: where the flow figure's blocks, bands and labels go,
//!   as rectangles, so that the labels can be shown never to overlap;
//! - `labels`: text as boxes: measured, wrapped and stacked;
//! - `bar_labels`: where a stacked bar's counts go, on it or beside it;
//! - `blocs`: how the member states of each grouping voted, with
//!   membership on the vote's day;
//! - `budapest`: each member's standing under the Budapest Convention, for
//!   the map layer of the budapest step;
//! - `tracks`: the milestones of the two UN tracks on ICT security;
//! - `tracks_layout`: those as two lanes over time, their marks and
//!   numbered keys laid out as rectangles;
//! - `statements`: which UN record holds the statements made at a vote.

pub mod bar_labels;
pub mod blocs;
pub mod budapest;
pub mod flow;
pub mod flow_layout;
pub mod labels;
pub mod matrix;
pub mod statements;
pub mod tracks;
pub mod tracks_layout;

/// The figure a step's stage shows in place of the map (content/steps,
/// `figure = "..."`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepFigure {
    /// Where the states on one record went on another.
    Flow {
        from: &'static str,
        to: &'static str,
    },
    /// The step's `both_yes` pairs, each as a cross-tabulation.
    Matrix,
    /// How each grouping of states voted on `vote`.
    Blocs { vote: &'static str },
    /// The GGE and OEWG tracks over time, `year`'s events picked out.
    Tracks { year: Option<&'static str> },
    /// The Budapest Convention's parties, on a map.
    Budapest,
    /// What delegations said in the meeting that took `vote`, where it is
    /// recorded, each beside its state's vote.
    Statements { vote: &'static str },
}

impl StepFigure {
    /// Its kind, as the figure's `data-figure` names it.
    pub fn kind(self) -> &'static str {
        match self {
            StepFigure::Flow { .. } => "flow",
            StepFigure::Matrix => "matrix",
            StepFigure::Blocs { .. } => "blocs",
            StepFigure::Tracks { .. } => "tracks",
            StepFigure::Budapest => "budapest",
            StepFigure::Statements { .. } => "statements",
        }
    }
}
