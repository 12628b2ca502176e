//! A few plain sentences about one state's record, computed from the data:
//! the things a reader would otherwise work out by comparing rows.

use super::signature::Signature;
use super::{Choice, Vote};

fn gerund(c: Choice) -> &'static str {
    match c {
        Choice::Yes => ui_plain!(country_story voting_yes),
        Choice::No => ui_plain!(country_story voting_no),
        Choice::Abstain => ui_plain!(country_story abstaining),
        Choice::Absent => ui_plain!(country_story not_voting),
    }
}

/// Sentences about the member at `index`. `vote` looks a vote up by id.
pub fn sentences(index: usize, vote: impl Fn(&str) -> Option<&'static Vote>) -> Vec<String> {
    let mut out = Vec::new();
    // Each pair's sentence is its own format string (a literal, as format!
    // needs): no run-time search and replace, which would bring the string
    // searcher into the wasm.
    let voted_for_both = |a: &str, b: &str| {
        let (a, b) = (vote(a)?, vote(b)?);
        (a.choice(index) == Choice::Yes && b.choice(index) == Choice::Yes).then_some((a, b))
    };
    if let Some((a, b)) = voted_for_both("ga-73-27", "ga-73-266") {
        out.push(format!(
            ui_plain!(country_story voted_for_2018_pair),
            a = a.symbol,
            b = b.symbol
        ));
    }
    if let Some((a, b)) = voted_for_both("ga-74-29", "ga-74-28") {
        out.push(format!(
            ui_plain!(country_story voted_for_2019_pair),
            a = a.symbol,
            b = b.symbol
        ));
    }
    if let (Some(a), Some(b)) = (vote("3c-2018"), vote("3c-2019")) {
        let (x, y) = (a.choice(index), b.choice(index));
        out.push(if x == y {
            format!(
                ui_plain!(country_story third_committee_same),
                position = capitalise(x.phrase())
            )
        } else {
            format!(
                ui_plain!(country_story third_committee_moved),
                from = gerund(x),
                to = gerund(y)
            )
        });
    }
    if let (Some(a), Some(b)) = (vote("3c-2019"), vote("ga-74-247")) {
        let (x, y) = (a.choice(index), b.choice(index));
        if x != y {
            out.push(format!(
                ui_plain!(country_story committee_then_plenary),
                committee = gerund(x),
                plenary = gerund(y)
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
    let mut out = match committee_2019 {
        Some(c) => format!(
            ui_plain!(country_story committee_and_signature),
            position = capitalise(c.phrase()),
            status = status
        ),
        None => format!(
            ui_plain!(country_story signature_only),
            status = capitalise(&status)
        ),
    };
    if !signature.reads.is_empty() {
        out.push(' ');
        out.push_str(&format!(
            ui_plain!(country_story evidence),
            evidence = signature.reads
        ));
    }
    out
}

/// `s` with its first letter a capital, in any of the six languages.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    // The letters the interface's languages start a phrase with: Latin,
    // Latin-1's accented ones and Cyrillic, moved by their offsets (Unicode's
    // case tables would cost the wasm kilobytes); Arabic and Chinese have
    // no capitals.
    let n = first as u32;
    let upper = match first {
        'a'..='z' | 'à'..='þ' if first != '÷' => n - 32,
        'а'..='я' => n - 32,
        'ѐ'..='џ' => n - 80,
        _ => n,
    };
    let mut out = String::with_capacity(s.len());
    out.push(char::from_u32(upper).unwrap_or(first));
    out.push_str(chars.as_str());
    out
}

#[cfg(test)]
mod tests {
    use super::capitalise;

    #[test]
    fn capitalises_the_first_letter_in_each_script() {
        assert_eq!(capitalise("voted for"), "Voted for");
        assert_eq!(capitalise("été"), "Été");
        assert_eq!(capitalise("голос «за»"), "Голос «за»");
        assert_eq!(capitalise("ёлка"), "Ёлка");
        assert_eq!(capitalise("صوّتت"), "صوّتت");
        assert_eq!(capitalise("投了赞成票"), "投了赞成票");
        assert_eq!(capitalise(""), "");
    }
}
