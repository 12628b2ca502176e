//! Which meeting record holds what was said at a vote: the statements
//! (data/statements/) name their UN record, the votes their own id.

/// Each vote with recorded statements, and the UN record of its meeting:
/// the committee's summary record and the plenary's verbatim record.
pub const MEETING_RECORDS: [(&str, &str); 2] =
    [("3c-2019", "A/C.3/74/SR.50"), ("ga-74-247", "A/74/PV.52")];

/// The record of the meeting that took `vote`, if its statements are kept.
pub fn meeting_record(vote: &str) -> Option<&'static str> {
    MEETING_RECORDS
        .iter()
        .find(|(id, _)| *id == vote)
        .map(|&(_, record)| record)
}
