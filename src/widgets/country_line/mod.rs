//! The followed state's line: one sentence beside each step's words saying
//! where the state the reader follows stood on the step's record.

#[cfg(feature = "browser")]
pub mod update;
pub mod write;
