//! A few plain sentences about one state's record, computed from the data:
//! the things a reader would otherwise work out by comparing rows.

use super::signature::Signature;
use super::{Choice, Vote};

fn gerund(c: Choice) -> &'static str {
    match c {
        Choice::Yes => "voting yes",
        Choice::No => "voting no",
        Choice::Abstain => "abstaining",
        Choice::Absent => "not voting",
    }
}

/// Sentences about the member at `index`. `vote` looks a vote up by id.
pub fn sentences(index: usize, vote: impl Fn(&str) -> Option<&'static Vote>) -> Vec<String> {
    let mut out = Vec::new();
    let pairs = [
        (
            "ga-73-27",
            "ga-73-266",
            "the OEWG and the GGE resolutions in December 2018",
        ),
        (
            "ga-74-29",
            "ga-74-28",
            "both rival follow-up texts in December 2019",
        ),
    ];
    for (a, b, what) in pairs {
        if let (Some(a), Some(b)) = (vote(a), vote(b)) {
            if a.choice(index) == Choice::Yes && b.choice(index) == Choice::Yes {
                out.push(format!("Voted for {what} ({} and {}).", a.symbol, b.symbol));
            }
        }
    }
    if let (Some(a), Some(b)) = (vote("3c-2018"), vote("3c-2019")) {
        let (x, y) = (a.choice(index), b.choice(index));
        out.push(if x == y {
            format!(
                "In the Third Committee: {} on the cybercrime draft in both 2018 and 2019.",
                capitalise(x.phrase())
            )
        } else {
            format!(
                "In the Third Committee: moved from {} in 2018 to {} in 2019.",
                gerund(x),
                gerund(y)
            )
        });
    }
    if let (Some(a), Some(b)) = (vote("3c-2019"), vote("ga-74-247")) {
        let (x, y) = (a.choice(index), b.choice(index));
        if x != y {
            out.push(format!(
                "On the 2019 text: {} in committee, then {} when the General Assembly adopted it.",
                gerund(x),
                gerund(y)
            ));
        }
    }
    out
}

/// The card's line on the convention: "Voted no in committee in 2019;
/// signed the Convention in Hanoi on 25 October 2025. Evidence: Listed by
/// the Netherlands treaty database." The evidence is in a reader's words.
pub fn signature_sentence(committee_2019: Option<Choice>, signature: &Signature) -> String {
    let status = signature.phrase();
    let caveat = match signature.reads {
        "" => String::new(),
        reads => format!(". Evidence: {reads}"),
    };
    match committee_2019 {
        Some(c) => format!(
            "{} in committee in 2019; {status}{caveat}.",
            capitalise(c.phrase())
        ),
        None => format!("{}{caveat}.", capitalise(&status)),
    }
}

/// Capitalises an ASCII phrase (ours all are; full Unicode case tables would
/// add kilobytes to the wasm for nothing).
pub fn capitalise(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}
