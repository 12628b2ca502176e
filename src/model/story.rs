//! The narrative: steps the reader walks through, and the timeline that
//! places them. The text is written in `content/` and compiled in by build.rs,
//! with every number already filled in from the data.

use super::{RegionalGroup, SourceLink};

/// A run of step text with its emphasis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(&'static str),
    Em(&'static str),
    Strong(&'static str),
}

/// A group of states a step points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HighlightGroup {
    /// Named as sponsors on draft A/C.3/74/L.11.
    Sponsors,
    /// On the Russian Foreign Ministry's co-sponsor list.
    Cosponsors,
    Region(RegionalGroup),
}

#[derive(Debug, PartialEq)]
pub struct Step {
    /// The step's address: `?step=<slug>`.
    pub slug: &'static str,
    /// Empty in the release app's wasm, which reads the titles from the
    /// page it starts on: read it through `data::step_title`.
    pub title: &'static str,
    /// The date the step is about: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub when: &'static str,
    pub when_label: &'static str,
    /// The recorded vote the step shows, if any.
    pub vote: Option<&'static str>,
    /// ISO3 codes of the states the step points at.
    pub highlight: &'static [&'static str],
    pub highlight_groups: &'static [HighlightGroup],
    /// Pairs of vote ids whose double-yes counts the step's picture shows.
    pub both_yes: &'static [(&'static str, &'static str)],
    /// ISO3 codes of the states the stage's map frames; empty for the world.
    pub focus: &'static [&'static str],
    /// Two vote ids the stage's map compares state by state.
    pub compare: Option<(&'static str, &'static str)>,
    /// One sentence, for the meta description, link previews and presenter
    /// mode. Empty in the release app's wasm, which fills it from the story
    /// page like `body`.
    pub summary: &'static str,
    /// The words. Empty in the release app's wasm, which fills them from
    /// the story page (widgets/step/write.rs, `STORY_PAGE`).
    pub body: &'static [&'static [Inline]],
    /// A table shown beneath the words, if any.
    pub table: Option<super::treaty::StepTable>,
    /// The figure the stage shows in place of the map, if any.
    pub figure: Option<super::figures::StepFigure>,
    /// Empty in the release app's wasm, like `body`.
    pub sources: &'static [SourceLink],
}

impl Step {
    /// The body as plain text, paragraphs separated by blank lines.
    pub fn plain_text(&self) -> String {
        self.body
            .iter()
            .map(|p| {
                p.iter()
                    .map(|i| match i {
                        Inline::Text(t) | Inline::Em(t) | Inline::Strong(t) => *t,
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

#[derive(Debug, PartialEq)]
pub struct TimelineEvent {
    pub date: &'static str,
    /// The date as written, and what happened. Both empty in the release
    /// app's wasm: read them through `data::timeline_words`.
    pub date_label: &'static str,
    pub label: &'static str,
    /// The date in fractional years, for placing it on the axis.
    pub position: f32,
    /// Slugs of the steps this event belongs to.
    pub steps: &'static [&'static str],
}

/// A number the story uses that is not a vote count, with its source.
#[derive(Debug, PartialEq)]
pub struct Fact {
    pub key: &'static str,
    pub value: u32,
    pub as_of: &'static str,
    pub what: &'static str,
    /// Two or more independent sources agree; otherwise it rests on one.
    pub confirmed: bool,
    pub source: SourceLink,
}

/// Words that frame the whole explainer.
#[derive(Debug, PartialEq)]
pub struct Site {
    pub kicker: &'static str,
    pub title: &'static str,
    /// Empty in the release app's wasm: read it through `data::standfirst`.
    pub standfirst: &'static str,
    pub credit: &'static str,
    /// The project, cited as author and publisher.
    pub publisher: &'static str,
}
