//! HTML written as text: escaping, and the printed handout's content.

use uncyber::data;
use uncyber::html::Html;
use uncyber::widgets::handout::write::handout_html;
use uncyber::widgets::stage::map::Outlines;
use uncyber::{format_html, write_html};

fn esc(text: &str) -> String {
    Html::text(text).into_string()
}

#[test]
fn escaping_covers_markup_and_attribute_quotes() {
    assert_eq!(
        esc(r#"<a href="x">&</a>"#),
        "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
    );
    assert_eq!(esc("Côte d’Ivoire"), "Côte d’Ivoire");
}

#[test]
fn format_html_escapes_text_and_keeps_markup() {
    let name = "<b>&\"";
    let inner = format_html!("<i>{name}</i>", name);
    let mut html = format_html!(
        "<p title=\"{name}\">{inner}{count}</p>",
        name,
        inner,
        count = 3_u16
    );
    write_html!(html, "<br>{more}", more = "a<b");
    html.push_text("&");
    assert_eq!(
        html.as_str(),
        "<p title=\"&lt;b&gt;&amp;&quot;\"><i>&lt;b&gt;&amp;&quot;</i>3</p><br>a&lt;b&amp;"
    );
    assert_eq!(
        Html::text_breaking_after("A/C.3/<74>", '/').as_str(),
        "A/<wbr>C.3/<wbr>&lt;74&gt;"
    );
}

#[test]
fn the_handout_has_every_step_with_its_numbers_map_sources_and_link() {
    let html = handout_html("https://example.org/x/", &Outlines::compiled());
    // The class's glossary is named once, at the top.
    assert!(html.contains("Key terms explained: https://example.org/x/glossary.html"));
    for step in data::steps() {
        let start = html
            .find(&format!("data-print-step=\"{}\"", step.slug))
            .unwrap_or_else(|| panic!("{} is missing", step.slug));
        let section = &html[start..start + html[start..].find("</section>").unwrap()];
        assert!(
            section.contains(&format!("<h2>{}</h2>", esc(step.title))),
            "{}",
            step.slug
        );
        assert!(section.contains(&format!(
            "Link: https://example.org/x/step-{}.html",
            step.slug
        )));
        for source in step.sources {
            assert!(
                section.contains(&esc(source.url)),
                "{}: {}",
                step.slug,
                source.url
            );
        }
        if let Some(vote) = step.vote.and_then(data::vote) {
            assert!(section.contains(&vote.tally_words()), "{}", step.slug);
            // The signatures print with their own key: never "did not vote".
            assert_eq!(
                section.contains(
                    "no signature on record (missing from official lists seen only in part)"
                ),
                vote.is_signatures(),
                "{}",
                step.slug
            );
            let states = section.matches("<g data-vote=").count();
            assert_eq!(
                states,
                data::members().len(),
                "{}: one map element per member",
                step.slug
            );
            for (i, _) in data::members().iter().enumerate().step_by(17) {
                assert!(section.contains(&format!("<g data-vote=\"{}\">", vote.choice(i).slug())));
            }
        } else {
            assert!(!section.contains("print-map"), "{}", step.slug);
        }
    }
    // Nothing the page passes in is trusted.
    assert!(handout_html("\"><script>", &Outlines::compiled())
        .contains("Link: &quot;&gt;&lt;script&gt;step-"));
}

#[test]
fn the_comparison_counts_every_member_once_and_names_the_yes_on_both() {
    // A year's change in committee, and the 2019 committee vote against the 2020 OEWG vote.
    for (a, b) in [("3c-2018", "3c-2019"), ("3c-2019", "ga-75-240")] {
        let (a, b) = (data::vote(a).unwrap(), data::vote(b).unwrap());
        check_comparison(a, b);
    }
}

fn check_comparison(a: &uncyber::model::Vote, b: &uncyber::model::Vote) {
    use uncyber::model::compare::Transitions;
    use uncyber::model::Choice;
    use uncyber::widgets::comparison::write::transitions_html;
    let html = transitions_html(a, b);
    let t = Transitions::between(a, b);
    let mut sum = 0;
    for x in Choice::ALL {
        for y in Choice::ALL {
            let n = t.states(x, y).len();
            let counted = (0..data::members().len())
                .filter(|&i| a.choice(i) == x && b.choice(i) == y)
                .count();
            assert_eq!(n, counted, "{} to {}: {x:?} to {y:?}", a.id, b.id);
            sum += n;
            let cell = format!("<td data-from=\"{}\" data-to=\"{}\"", x.slug(), y.slug());
            let at = html.find(&cell).unwrap_or_else(|| panic!("no cell {cell}"));
            let text = &html[at..];
            let value = &text[text.find('>').unwrap() + 1..text.find("</td>").unwrap()];
            assert_eq!(value, n.to_string(), "{} to {}: {cell}", a.id, b.id);
        }
    }
    assert_eq!(sum, data::members().len(), "{} to {}", a.id, b.id);
    let both = t.states(Choice::Yes, Choice::Yes);
    assert!(html.contains(&format!("data-count=\"{}\"", both.len())));
    for &i in both {
        assert!(
            html.contains(&esc(data::member_name(i))),
            "{}",
            data::member_name(i)
        );
    }
}

#[test]
fn a_step_is_written_the_same_for_the_app_and_the_static_pages_but_for_its_buttons() {
    use uncyber::html::Target;
    use uncyber::widgets::step::write::step_html;
    for (i, step) in data::steps().iter().enumerate() {
        let vote = step
            .vote
            .and_then(data::vote)
            .unwrap_or_else(data::headline_vote);
        let page = step_html(i, vote, Target::StaticPage);
        let app = step_html(
            i,
            vote,
            Target::App {
                embed: false,
                present: false,
            },
        );
        assert!(app.contains(&format!(
            "<h2 id=\"step-title\" tabindex=\"-1\">{}</h2>",
            esc(step.title)
        )));
        assert_eq!(
            app.matches("target=\"_blank\" rel=\"noopener noreferrer\"")
                .count(),
            step.sources.len()
                + match step.table {
                    Some(uncyber::model::treaty::StepTable::Offences) =>
                        data::offence_rows().iter().map(|r| r.sources.len()).sum(),
                    None => 0,
                },
            "{}: every source opens in a new tab",
            step.slug
        );
        assert_eq!(
            app.matches("data-compare=").count(),
            step.both_yes.len(),
            "{}",
            step.slug
        );
        let without_buttons: String = app
            .split("<button")
            .enumerate()
            .map(|(n, part)| {
                if n == 0 {
                    part
                } else {
                    &part[part.find("</button>").unwrap() + 9..]
                }
            })
            .collect();
        assert_eq!(without_buttons, page.as_str(), "{}", step.slug);
    }
}

#[test]
fn contents_and_timeline_mark_the_current_step_and_link_where_the_target_says() {
    use uncyber::html::Target;
    use uncyber::widgets::contents::write::contents_inner;
    use uncyber::widgets::timeline::write::{is_current, timeline_inner};
    let steps = data::steps();
    let index = steps.len() - 3;
    let slug = steps[index].slug;
    let contents = contents_inner(
        index,
        Target::App {
            embed: true,
            present: false,
        },
    );
    assert_eq!(contents.matches("aria-current=\"step\"").count(), 1);
    assert!(contents.contains(&format!(
        "<a href=\"?step={slug}&amp;embed=1\" aria-current=\"step\">"
    )));
    let page = contents_inner(index, Target::StaticPage);
    assert!(page.contains(&format!(
        "<a href=\"step-{slug}.html\" aria-current=\"step\">"
    )));
    assert_eq!(page.matches("<li>").count(), steps.len());

    let timeline = timeline_inner(
        index,
        Target::App {
            embed: false,
            present: false,
        },
    );
    let current = data::timeline()
        .iter()
        .filter(|e| is_current(e, index))
        .count();
    assert!(current > 0, "{slug} has an event");
    assert_eq!(timeline.matches("event-dot current").count(), current);
    assert_eq!(timeline.matches("timeline-event current").count(), current);
    assert_eq!(timeline.matches("<circle").count(), data::timeline().len());
}

#[test]
fn the_downloads_section_counts_the_votes_the_files_hold() {
    let html = uncyber::widgets::downloads::write::downloads_html("", None).into_string();
    let votes = data::votes().iter().filter(|v| !v.is_signatures()).count();
    let count = format!("All {votes} recorded votes");
    assert!(html.contains(&count), "{html}");
    assert!(
        html.contains("whether it signed the 2024 Convention (with dates, evidence and sources)"),
        "{html}"
    );
}
