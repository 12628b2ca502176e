//! The editor's corrections (../shared/reference/sources-2026/corrections.md)
//! pinned, one test each, so none of them can come back: the words a
//! correction removed stay out, and the facts it added stay in.

use uncyber::data;

/// A step's plain text (summary and body, numbers filled in), by slug.
fn step(slug: &str) -> String {
    let s = data::steps()
        .iter()
        .find(|s| s.slug == slug)
        .unwrap_or_else(|| panic!("there is a step `{slug}`"));
    format!("{} {}", s.summary, s.plain_text())
}

/// Every step's text, the timeline's labels and the site's words together.
fn everything() -> String {
    let mut out: Vec<String> = data::steps().iter().map(|s| step(s.slug)).collect();
    out.extend(data::timeline().iter().map(|e| e.label.to_string()));
    let site = data::site();
    out.push(format!(
        "{} {} {}",
        site.title, site.standfirst, site.credit
    ));
    out.join("\n")
}

#[test]
fn item_1_only_the_russian_backed_track_was_renewed_in_2020() {
    let all = everything().to_lowercase();
    for wrong in [
        "renewed both",
        "both rival cyber tracks",
        "both tracks were renewed",
        "renews the us-backed",
    ] {
        assert!(!all.contains(wrong), "{wrong}");
    }
    let split = step("split-2020");
    assert!(
        split.contains("only the Russian-backed track was renewed"),
        "{split}"
    );
    assert!(split.contains("created no new group"), "{split}");
    let event = data::timeline()
        .iter()
        .find(|e| e.date == "2020-12-07")
        .expect("the 7 December 2020 event");
    assert!(
        !event.label.to_lowercase().contains("renew"),
        "{}",
        event.label
    );
}

#[test]
fn item_2_brazil_nigeria_and_india_are_not_called_swing_states() {
    let warning = step("was-the-warning-right");
    assert!(!warning.to_lowercase().contains("swing state"), "{warning}");
    assert!(
        warning.contains("sided with Russia in 2018")
            || warning.contains("siding with Russia in 2018"),
        "{warning}"
    );
}

#[test]
fn item_3_no_many_of_them_signed_but_the_count() {
    let all = everything();
    assert!(!all.contains("many of them signed"));
    let warning = step("was-the-warning-right");
    let record = data::signature_record().unwrap();
    let committee = data::vote("3c-2019").unwrap();
    let no_then_signed = (0..data::members().len())
        .filter(|&i| {
            committee.choice(i) == uncyber::model::Choice::No
                && record.choice(i) == uncyber::model::Choice::Yes
        })
        .count();
    assert!(
        warning.contains(&format!("{no_then_signed} had signed")),
        "{warning}"
    );
}

#[test]
fn item_4_the_two_seventy_twos_of_the_signing_step_are_told_apart() {
    let signing = step("signing");
    for words in [
        "State of Palestine",
        "European Union",
        "Mauritius",
        "Canada",
        "news digests",
        "member states only",
    ] {
        assert!(signing.contains(words), "{words}: {signing}");
    }
}

#[test]
fn item_5_the_united_states_spoke_before_the_vote() {
    let vote = step("committee-vote");
    assert!(vote.contains("Before the vote, the United States said it was disappointed that the sponsors had brought the text to a vote"), "{vote}");
}

#[test]
fn item_6_terms_of_reference_is_gone_and_the_committees_job_is_plain() {
    assert!(!everything().to_lowercase().contains("terms of reference"));
    assert!(step("new-committee").contains("drafting the treaty itself"));
}

#[test]
fn item_7_the_budapest_counterpoint_follows_the_supporters_case() {
    let supporters = step("supporters");
    let parties = data::facts()
        .iter()
        .find(|f| f.key == "budapest-ratifications-2019")
        .unwrap();
    assert!(
        parties.confirmed,
        "the count on the day of the vote is confirmed by the reference set"
    );
    assert!(
        supporters.contains(&format!(
            "already had {} parties on the day of the committee vote",
            parties.value
        )),
        "{supporters}"
    );
}

#[test]
fn item_8_the_committee_lists_provenance_is_said_exactly_everywhere() {
    let credit = data::site().credit;
    let about = step("about-the-data");
    let sources = std::fs::read_to_string("data/SOURCES.md").unwrap();
    for (place, text) in [
        ("credit", credit),
        ("about-the-data", about.as_str()),
        ("data/SOURCES.md", sources.as_str()),
    ] {
        assert!(text.contains("third party"), "{place}");
        assert!(text.contains("OCR"), "{place}");
    }
    assert!(!credit.contains("Vote lists from UN summary records"));
    let licence = uncyber::widgets::downloads::files::LICENCE;
    assert!(
        licence.contains("third party's parse") && licence.contains("OCR"),
        "{licence}"
    );
}

#[test]
fn item_9_article_19_is_a_group_and_apc_and_unodc_are_spelled_out() {
    let convention = step("convention");
    assert!(
        convention.contains("free-expression group ARTICLE 19"),
        "{convention}"
    );
    assert!(
        convention.contains("Association for Progressive Communications (APC)"),
        "{convention}"
    );
    let first_unodc = everything().find("UNODC").unwrap();
    let before = &everything()[..first_unodc];
    assert!(
        before.ends_with("UN Office on Drugs and Crime ("),
        "UNODC is spelled out where it first appears"
    );
}

#[test]
fn item_10_the_united_states_joined_the_consensus_then_did_not_sign() {
    let join = step("join-or-boycott");
    assert!(
        join.contains("In November 2024 it decided to join the consensus"),
        "{join}"
    );
    assert!(join.contains("in October 2025 it did not sign"), "{join}");
}

#[test]
fn item_11_brazil_asked_to_join_budapest_in_2019_and_became_a_party() {
    assert!(step("supporters").contains("Brazil, though, asked to join on 13 August 2019"));
    assert!(step("budapest").contains("was a party by 2023"));
}

#[test]
fn item_12_russias_answer_to_the_procedural_objection_is_given() {
    let critics = step("critics");
    assert!(critics.contains("Russia replied that the new committee had to take the expert group's findings into account"), "{critics}");
    assert!(critics.contains("only in 2021"), "{critics}");
}

#[test]
fn item_13_the_regional_instruments_and_the_slowness_of_legal_assistance() {
    let committee = step("new-committee");
    for body in [
        "Commonwealth of Independent States (2001)",
        "Shanghai Cooperation Organisation (2009)",
        "Arab League (2010)",
        "African Union (2014)",
    ] {
        assert!(committee.contains(body), "{body}");
    }
    assert!(step("supporters").contains("mutual legal assistance, often take months"));
    // Russia's 2017 draft is named with its text marked as unchecked.
    assert!(step("convention").contains("whose text could not be checked here"));
}
