//! The dataset and the story, generated at build time from `data/` and
//! `content/` by `build.rs`.
//! Nothing is parsed in the browser.

use crate::model::{Member, Vote};
pub use page_words::{member_name, member_names, standfirst, step_title, timeline_words};

pub mod blocs;
pub mod budapest;
pub mod page_words;
pub mod statements;

mod generated {
    #![allow(clippy::all)]
    use crate::model::signature::{Place, SignDate, Status as SignStatus};
    use crate::model::Choice::{Absent as X, Abstain as A, No as N, Yes as Y};
    use crate::model::{Body, Camp, Member, RegionalGroup, SourceLink, Tally, TotalsBasis, Vote};
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
}

mod generated_story {
    #![allow(clippy::all, unused_imports)]
    use crate::model::figures::StepFigure;
    use crate::model::story::{Fact, HighlightGroup, Inline, Site, Step, TimelineEvent};
    use crate::model::treaty::{Instrument, OffenceRow, RowKind, StepTable, Term};
    use crate::model::{RegionalGroup, SourceLink};
    include!(concat!(env!("OUT_DIR"), "/story.rs"));
}

mod generated_places {
    include!(concat!(env!("OUT_DIR"), "/places.rs"));
}

/// The name of the `i`th place on the map that is not a member state
/// (`generated::map::OTHER_PLACES`), and what it is, in the build's language.
pub fn other_place_words(i: usize) -> Option<(&'static str, &'static str)> {
    generated_places::OTHER_PLACE_WORDS.get(i).copied()
}

/// An entity's name or search sentence in the build's language, from its
/// English (data/non-members.toml); None for words the build does not know.
pub fn entity_words(english: &str) -> Option<&'static str> {
    generated_places::ENTITY_WORDS
        .iter()
        .find(|(en, _)| *en == english)
        .map(|(_, shown)| *shown)
}

/// The story's steps, in reading order.
pub fn steps() -> &'static [crate::model::story::Step] {
    generated_story::STEPS
}

/// Numbers the story uses that are not vote counts, with their sources.
pub fn facts() -> &'static [crate::model::story::Fact] {
    generated_story::FACTS
}

/// The explainer's title and framing words.
pub fn site() -> &'static crate::model::story::Site {
    &generated_story::SITE
}

/// The columns of the treaties' table: Budapest, Russia's 2017 draft, the
/// UN Convention.
pub fn instruments() -> &'static [crate::model::treaty::Instrument] {
    generated_story::INSTRUMENTS
}

/// The treaties' table: offences first, then the provisions argued over.
pub fn offence_rows() -> &'static [crate::model::treaty::OffenceRow] {
    generated_story::OFFENCE_ROWS
}

/// The glossary, in alphabetical order (only the page writer reads it).
pub fn glossary() -> &'static [crate::model::treaty::Term] {
    generated_story::GLOSSARY
}

/// The timeline's events, oldest first.
pub fn timeline() -> &'static [crate::model::story::TimelineEvent] {
    generated_story::TIMELINE
}

/// The milestones of the two UN tracks on ICT security (the expert
/// groups and the open working group), oldest first.
pub fn track_events() -> &'static [crate::model::figures::tracks::TrackEvent] {
    generated_story::TRACK_EVENTS
}

/// All member states, in UN alphabetical order.
pub fn members() -> &'static [Member] {
    generated::MEMBERS
}

/// The compiled-in names (none in the release wasm: see page_words).
fn generated_member_names() -> &'static [&'static str] {
    generated::MEMBER_NAMES
}

/// All recorded votes, newest first.
pub fn votes() -> &'static [Vote] {
    generated::VOTES
}

/// Other names readers search by (common names, old names), with the
/// member's index in `members()`.
pub fn aliases() -> &'static [(&'static str, usize)] {
    generated::ALIASES
}

/// Each member's signature of the 2024 Convention, in the order of
/// `members()` (the record `signatures` among `votes()` draws it).
pub fn signatures() -> Vec<crate::model::signature::Signature> {
    (0..generated::SIGNATURE_CODES.len())
        .filter_map(signature)
        .collect()
}

/// The signature of the member at `index`, decoded from its byte (see
/// build_support/codegen.rs: the status's index, then the evidence level).
pub fn signature(index: usize) -> Option<crate::model::signature::Signature> {
    use crate::model::signature::{Evidence, Signature};
    let code = *generated::SIGNATURE_CODES.get(index)?;
    Some(Signature {
        status: generated::SIGN_STATUSES[usize::from(code & 15)],
        evidence: (code >> 4)
            .checked_sub(1)
            .map(|e| Evidence::ALL[usize::from(e)]),
        reads: generated::EVIDENCE_PHRASES[usize::from(generated::EVIDENCE_PHRASE_OF[index])],
    })
}

/// The addresses of each member's signature sources, for the downloads;
/// the app itself never reads them, so they stay out of the wasm.
pub fn signature_sources() -> &'static [&'static [&'static str]] {
    generated::SIGNATURE_SOURCES
}

/// The signature record, if the data has one.
pub fn signature_record() -> Option<&'static Vote> {
    votes().iter().find(|v| v.is_signatures())
}

pub fn vote(id: &str) -> Option<&'static Vote> {
    votes().iter().find(|v| v.id == id)
}

/// Index of a member in `members()` by ISO3 code (any case).
pub fn member_index(iso3: &str) -> Option<usize> {
    members()
        .iter()
        .position(|m| m.iso3.eq_ignore_ascii_case(iso3))
}

/// The vote the explainer opens on: the Third Committee, 18 November 2019.
pub fn headline_vote() -> &'static Vote {
    // build.rs refuses data without this vote.
    vote("3c-2019").expect("data/votes.toml defines 3c-2019")
}

/// The vote a step rests on, shown in its figure whatever vote the reader
/// picks in the explorer (the headline vote when the step names none).
pub fn step_vote(step: &crate::model::story::Step) -> &'static Vote {
    step.vote.and_then(vote).unwrap_or_else(headline_vote)
}

/// The data's answers to the URL parser's questions.
pub struct KnownData;

impl crate::model::url_state::Known for KnownData {
    fn step(&self, value: &str) -> Option<usize> {
        crate::model::step_nav::find_step(steps(), value)
    }
    fn step_slug(&self, index: usize) -> Option<&'static str> {
        steps().get(index).map(|s| s.slug)
    }
    fn is_vote(&self, id: &str) -> bool {
        vote(id).is_some()
    }
    fn is_member(&self, iso3: &str) -> bool {
        member_index(iso3).is_some()
    }
}

/// The name the stage map labels a state with: its UN name when that is
/// short, else the longest of its common names that is (the "United States"
/// for the United States of America; a language's build has its short
/// forms, data/names/short-names.csv), else the UN name anyway.
pub fn short_name(index: usize) -> &'static str {
    const SHORT: usize = 16;
    let name = member_name(index);
    // English's aliases are names readers search by, used only for a long
    // name; another language's are its short forms alone
    // (data/names/short-names.csv), which its map always prefers.
    if name.chars().count() <= SHORT && crate::ui::IS_ENGLISH {
        return name;
    }
    aliases()
        .iter()
        .filter(|(alias, i)| *i == index && alias.chars().count() <= SHORT)
        .map(|(alias, _)| *alias)
        .max_by_key(|alias| alias.chars().count())
        .unwrap_or(name)
}
