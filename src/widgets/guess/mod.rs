//! Guess before you see (`guess=1`): on a step with a vote, the pupil
//! guesses how a named state stood before the map's colours and the step's
//! words appear, and the guess is marked right or wrong. Nothing is stored
//! or sent.

#[cfg(feature = "browser")]
pub mod update;
pub mod write;
