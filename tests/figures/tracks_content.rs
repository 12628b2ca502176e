//! The build's check of content/tracks.toml (build_support/tracks.rs),
//! called directly: the file as it is passes, and each kind of bad row is
//! refused with the file, the event's line and the event named.

use crate::build_support::dataset::{self, Dataset};
use crate::build_support::tracks::{parse, FILE};
use std::path::Path;

fn data() -> Dataset {
    dataset::load(Path::new("data")).unwrap()
}

fn text() -> String {
    std::fs::read_to_string(FILE).unwrap()
}

/// The error for the file with `from` replaced (once) by `to`.
fn refused(data: &Dataset, from: &str, to: &str) -> String {
    let text = text();
    assert!(text.contains(from), "the file has {from}");
    let broken = text.replacen(from, to, 1);
    parse(FILE, &broken, data)
        .map(|_| panic!("{to:?} was accepted"))
        .unwrap_err()
        .to_string()
}

#[test]
fn the_file_passes_and_keeps_its_order() {
    let events = parse(FILE, &text(), &data()).unwrap();
    assert_eq!(events.len(), uncyber::data::track_events().len());
    assert!(events.iter().all(|e| e.label.chars().count() <= 50));
}

#[test]
fn bad_rows_are_refused_naming_the_file_and_the_event() {
    let data = data();
    let oewg = "track = \"oewg\"\ndate = \"2018-12-05\"";
    let cases = [
        (
            oewg,
            "track = \"itu\"\ndate = \"2018-12-05\"",
            "event 2018-12-05 (itu): track `itu` must be gge or oewg",
        ),
        (
            "kind = \"no-report\"",
            "kind = \"failure\"",
            "event 2017 (gge): kind `failure`",
        ),
        (
            oewg,
            "track = \"oewg\"\ndate = \"2018-13-05\"",
            "event 2018-13-05 (oewg): `2018-13-05` is not YYYY",
        ),
        (
            "vote = \"ga-73-27\"",
            "vote = \"ga-99-1\"",
            "there is no vote `ga-99-1` in data/votes.toml",
        ),
        (
            "vote = \"ga-73-27\"",
            "vote = \"ga-73-266\"",
            "vote `ga-73-266` was on 2018-12-22, not 2018-12-05",
        ),
        (
            "vote = \"ga-74-29\"",
            "vote = \"ga-74-28\"",
            "vote `ga-74-28` is a us-led text, not the oewg track's",
        ),
        (
            "vote = \"ga-74-29\"\n",
            "",
            "event 2019-12-12 (oewg): a vote event names its recorded vote",
        ),
        (
            "source = \"https://tass.com/politics/1099633\"\n",
            "",
            "event 2019-12-12 (oewg): an event needs a source address",
        ),
        (
            "label = \"Expert group ends without a report\"",
            "label = \"Expert group ends without a report, its members unable to agree\"",
            "event 2017 (gge): the label has 63 characters (1 to 50)",
        ),
        (
            "label = \"Assembly creates the open working group\"",
            "label = \"Assembly creates the group, 119 to 46\"",
            "a number that is not a year",
        ),
        (
            "date = \"2017\"",
            "date = \"2019\"",
            "event 2018-12-05 (oewg): events are listed oldest first",
        ),
    ];
    for (from, to, says) in cases {
        let e = refused(&data, from, to);
        assert!(e.starts_with(&format!("{FILE}:")), "{e}");
        assert!(e.contains(says), "{to:?}: {e}");
    }
    // The line is the event's own `[[event]]`.
    let e = refused(&data, "vote = \"ga-73-27\"", "vote = \"nope\"");
    let line = text()
        .lines()
        .position(|l| l.contains("date = \"2018-12-05\""))
        .unwrap();
    assert!(
        e.starts_with(&format!("{FILE}:{}: event 2018-12-05 (oewg)", line - 1)),
        "{e}"
    );
    // Years are the only numbers a label may carry.
    let ok = text().replacen(
        "a new working group, 2021–2025",
        "a group to run 2021–2025",
        1,
    );
    assert!(parse(FILE, &ok, &data).is_ok());
}
