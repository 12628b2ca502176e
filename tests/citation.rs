//! Citing the explainer and its steps: APA 7, Chicago and BibTeX, with the
//! project as author, the build's date, the reader's access date and the
//! step's own page.

use uncyber::data;
use uncyber::model::citation::{Cited, CitedStep, Style};

fn step_five(accessed: Option<&'static str>) -> Cited<'static> {
    let steps = data::steps();
    let s = &steps[4];
    Cited {
        author: "The Project",
        site_title: data::site().title,
        step: Some(CitedStep {
            title: s.title,
            number: 5,
            // A fixed total: the formats are under test, not the story's length.
            total: 13,
            slug: s.slug,
        }),
        url: "https://example.org/x/step-authoritarian-multilateralism.html",
        updated: "2026-11-20",
        accessed,
    }
}

#[test]
fn every_style_names_the_author_the_dates_and_the_steps_own_page() {
    let c = step_five(Some("2026-11-27"));
    let apa = c.text(Style::Apa);
    assert_eq!(
        apa,
        "The Project. (2026, November 20). “Authoritarian multilateralism” [Step 5 of 13, interactive explainer]. Countering cybercrime, or controlling the Internet? Retrieved November 27, 2026, from https://example.org/x/step-authoritarian-multilateralism.html"
    );
    let chicago = c.text(Style::Chicago);
    assert_eq!(
        chicago,
        "The Project. “‘Authoritarian multilateralism.’” Step 5 of 13 in Countering cybercrime, or controlling the Internet? Last modified November 20, 2026. Accessed November 27, 2026. https://example.org/x/step-authoritarian-multilateralism.html."
    );
    let bibtex = c.text(Style::Bibtex);
    assert!(bibtex.starts_with("@misc{uncyber-authoritarian-multilateralism-2026,\n"));
    for field in [
        "  author = {{The Project}},",
        "  title = {{“Authoritarian multilateralism”}},",
        "  year = {2026},",
        "  url = {https://example.org/x/step-authoritarian-multilateralism.html},",
        "  note = {Last updated 2026-11-20},",
        "  urldate = {2026-11-27}",
    ] {
        assert!(bibtex.contains(field), "{field} in {bibtex}");
    }
    assert_eq!(bibtex.matches('{').count(), bibtex.matches('}').count());
}

#[test]
fn no_style_doubles_a_titles_own_quotation_marks() {
    let c = step_five(Some("2026-11-27"));
    for style in Style::ALL {
        let text = c.text(style);
        assert!(!text.contains("““") && !text.contains("””"), "{text}");
    }
}

#[test]
fn without_an_access_date_no_style_claims_one() {
    let c = step_five(None);
    assert!(!c.apa().contains("Retrieved"));
    assert!(c
        .apa()
        .ends_with(" https://example.org/x/step-authoritarian-multilateralism.html"));
    assert!(!c.chicago().contains("Accessed"));
    assert!(!c.bibtex().contains("urldate"));
}

#[test]
fn the_whole_explainer_is_cited_by_its_title() {
    let c = Cited {
        author: "The Project",
        site_title: data::site().title,
        step: None,
        url: "https://example.org/x/",
        updated: "2026-01-05",
        accessed: Some("2026-02-01"),
    };
    assert_eq!(
        c.apa(),
        "The Project. (2026, January 5). Countering cybercrime, or controlling the Internet? [Interactive explainer]. Retrieved February 1, 2026, from https://example.org/x/"
    );
    assert_eq!(
        c.chicago(),
        "The Project. “Countering cybercrime, or controlling the Internet?” Interactive explainer. Last modified January 5, 2026. Accessed February 1, 2026. https://example.org/x/."
    );
    assert!(c.bibtex().starts_with("@misc{uncyber-2026,\n"));
}

#[test]
fn bibtex_escapes_latex_specials() {
    let c = Cited {
        author: "A & B_C 100%",
        site_title: "T",
        step: None,
        url: "u",
        updated: "2026-01-05",
        accessed: None,
    };
    assert!(c.bibtex().contains("author = {{A \\& B\\_C 100\\%}}"));
}

#[test]
fn the_build_date_is_an_iso_date() {
    let d = uncyber::model::citation::UPDATED;
    assert_eq!(d.len(), 10, "{d}");
    assert!(
        d.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }),
        "{d}"
    );
}
