//! The explorer's views written as text (src/widgets/*/write.rs) and the paints they
//! are drawn and repainted from (model/state_paint.rs), against the data.

use uncyber::data;
use uncyber::generated::map::{MEMBER_SHAPES, OTHER_PLACES};
use uncyber::model::compare::Shift;
use uncyber::model::state_paint::{changes, paints, Paint, PaintInputs};
use uncyber::model::{Choice, Vote};
use uncyber::widgets::legend::write::legend_items;
use uncyber::widgets::marks::write::{mark_class, STATE, TILE};
use uncyber::widgets::stage::map::{draw_order, map_body, Outlines};
use uncyber::widgets::table::write::table_rows;
use uncyber::widgets::tally::write::tally_bar_html;
use uncyber::widgets::tile_grid::write::{display_order, tile_groups};
use uncyber::widgets::vote_summary::write::vote_summary;

fn inputs(vote: &'static Vote) -> PaintInputs<'static> {
    PaintInputs {
        vote,
        comparing: None,
        highlight: &["RUS", "NRU"],
        cursor: Some(3),
        selected: Some(5),
    }
}

/// Every value of `attr` in `html`, in order.
fn attr_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let key = format!(" {attr}=\"");
    html.match_indices(&key)
        .map(|(i, _)| {
            let rest = &html[i + key.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn paints_follow_the_vote_the_step_the_cursor_and_the_selection() {
    let vote = data::headline_vote();
    let p = paints(data::members(), inputs(vote));
    assert_eq!(p.len(), data::members().len());
    for (i, paint) in p.iter().enumerate() {
        let iso3 = data::members()[i].iso3;
        assert_eq!(paint.choice, vote.choice(i));
        assert_eq!(paint.highlighted, iso3 == "RUS" || iso3 == "NRU", "{iso3}");
        assert_eq!(paint.focused, i == 3);
        assert_eq!(paint.selected, i == 5);
        assert_eq!(paint.shift, None);
    }
}

#[test]
fn comparing_marks_who_kept_and_who_moved() {
    let (a, b) = (
        data::vote("3c-2018").unwrap(),
        data::vote("3c-2019").unwrap(),
    );
    let p = paints(
        data::members(),
        PaintInputs {
            comparing: Some((a, b)),
            ..inputs(b)
        },
    );
    for (i, paint) in p.iter().enumerate() {
        let expected = if a.choice(i) == b.choice(i) {
            Shift::Same
        } else {
            Shift::To(b.choice(i))
        };
        assert_eq!(paint.shift, Some(expected));
    }
}

#[test]
fn changes_list_exactly_the_states_whose_paint_differs() {
    let (a, b) = (
        data::vote("3c-2019").unwrap(),
        data::vote("ga-74-28").unwrap(),
    );
    let before = paints(data::members(), inputs(a));
    let after = paints(data::members(), inputs(b));
    let changed: Vec<usize> = changes(&before, &after).map(|(i, _, _)| i).collect();
    let expected: Vec<usize> = (0..data::members().len())
        .filter(|&i| a.choice(i) != b.choice(i))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(changed, expected);
    assert_eq!(changes(&before, &before).count(), 0);
}

#[test]
fn the_map_draws_every_member_once_with_its_vote_and_every_other_place() {
    let vote = data::headline_vote();
    let p = paints(data::members(), inputs(vote));
    let html = map_body(&p, 1.0, &Outlines::compiled(), true);
    // Every member once, in draw order: outlines first, then markers, so
    // no outline covers a small state's marker.
    let iso3s = attr_values(&html, "data-iso3");
    let drawn: Vec<usize> = iso3s
        .iter()
        .map(|c| data::member_index(c).unwrap())
        .collect();
    let mut sorted = drawn.clone();
    sorted.sort();
    assert_eq!(sorted, (0..data::members().len()).collect::<Vec<_>>());
    let first_marker = drawn.iter().position(|&i| MEMBER_SHAPES[i].marker).unwrap();
    assert!(drawn[first_marker..]
        .iter()
        .all(|&i| MEMBER_SHAPES[i].marker));
    assert_eq!(drawn, draw_order());
    let votes = attr_values(&html, "data-vote");
    for (v, &i) in votes.iter().zip(&drawn) {
        assert_eq!(*v, vote.choice(i).slug());
    }
    assert_eq!(attr_values(&html, "data-other").len(), OTHER_PLACES.len());
    let markers = MEMBER_SHAPES.iter().filter(|s| s.marker).count();
    assert_eq!(html.matches("<circle class=\"hit\"").count(), markers);
    assert_eq!(html.matches("class=\"state highlighted\"").count(), 2);
    assert_eq!(html.matches("class=\"state focused\"").count(), 1);
    assert_eq!(html.matches("aria-selected=\"true\"").count(), 1);
    assert!(html.contains("aria-label=\"Afghanistan: "));
}

#[test]
fn the_grid_has_one_tile_per_member_grouped_in_display_order() {
    let vote = data::headline_vote();
    let html = tile_groups(&paints(data::members(), inputs(vote)));
    let order = display_order();
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..data::members().len()).collect::<Vec<_>>());
    let iso3s = attr_values(&html, "data-iso3");
    let expected: Vec<&str> = order.iter().map(|&i| data::members()[i].iso3).collect();
    assert_eq!(iso3s, expected);
    assert_eq!(html.matches("class=\"tile-group\"").count(), 5);
    for (&i, v) in order.iter().zip(attr_values(&html, "data-vote")) {
        assert_eq!(v, vote.choice(i).slug());
    }
}

#[test]
fn table_rows_follow_the_given_order_with_each_vote() {
    let vote = data::vote("ga-74-247").unwrap();
    let rows = [5, 0, 192];
    let html = table_rows(&rows, vote);
    let iso3s = attr_values(&html, "data-iso3");
    let expected: Vec<&str> = rows.iter().map(|&i| data::members()[i].iso3).collect();
    assert_eq!(iso3s, expected);
    assert_eq!(attr_values(&html, "data-index"), ["5", "0", "192"]);
    let all = table_rows(&(0..193).collect::<Vec<_>>(), vote);
    assert_eq!(
        attr_values(&all, "data-vote")
            .iter()
            .filter(|v| **v == "yes")
            .count(),
        usize::from(vote.tally().yes)
    );
}

#[test]
fn the_legend_counts_each_position_from_the_tally() {
    let vote = data::headline_vote();
    let html = legend_items(vote, true);
    for c in Choice::ALL {
        let item = format!("data-choice=\"{}\"", c.slug());
        let start = html.find(&item).unwrap();
        let count = format!(
            "<strong class=\"legend-count\">{}</strong>",
            vote.tally().get(c)
        );
        assert!(html[start..].contains(&count), "{}", c.slug());
    }
    assert!(html.contains("non-member"));
    assert!(!legend_items(vote, false).contains("non-member"));
}

#[test]
fn a_paint_names_its_classes() {
    let mut paint = Paint {
        choice: Choice::Yes,
        signatures: false,
        shift: None,
        highlighted: false,
        focused: false,
        selected: false,
    };
    assert_eq!(mark_class(&paint, TILE), "tile");
    paint.highlighted = true;
    paint.focused = true;
    assert_eq!(mark_class(&paint, STATE), "state highlighted focused");
}

#[test]
fn the_tally_bar_states_every_count_and_its_segments_fill_the_bar() {
    for vote in data::votes() {
        let t = vote.tally();
        let html = tally_bar_html(vote);
        for c in Choice::ALL {
            let item = &html[html
                .find(&format!("<li data-choice=\"{}\"", c.slug()))
                .unwrap()..];
            let count = format!("<strong class=\"legend-count\">{}</strong>", t.get(c));
            assert!(
                item[..item.find("</li>").unwrap()].contains(&count),
                "{} {}",
                vote.id,
                c.slug()
            );
        }
        let widths: f32 = attr_values(&html, "width")
            .iter()
            .map(|w| w.parse::<f32>().unwrap())
            .sum();
        assert!((widths - 100.0).abs() < 0.01, "{}: {widths}", vote.id);
    }
}

#[test]
fn the_vote_summary_gives_the_result_in_words_and_numbers() {
    let vote = data::headline_vote();
    let t = vote.tally();
    let html = vote_summary(vote);
    assert!(html.contains(&format!(
        "{} in favour, {} against, {} abstentions; {} member states did not vote.",
        t.yes, t.no, t.abstain, t.absent
    )));
    assert!(html.contains(&format!(
        "<span class=\"result-line\">{}</span>",
        t.result_line()
    )));
}

/// A vote switch finds each of the summary's words by its field's class:
/// the class must be on the element that holds those words.
#[test]
fn each_summary_field_is_written_with_its_class() {
    use uncyber::widgets::vote_summary::write::summary_fields;
    for vote in data::votes() {
        let html = vote_summary(vote).into_string();
        for (selector, text) in summary_fields(vote) {
            let class = selector.strip_prefix('.').expect("a class selector");
            let open = format!("class=\"{class}\"");
            let at = html
                .find(&open)
                .unwrap_or_else(|| panic!("{}: no element of class {class}", vote.id));
            let escaped = uncyber::html::Html::text(&text).into_string();
            let element = &html[at..];
            let element = &element[..element.find("</").unwrap()];
            assert!(
                element.ends_with(&escaped),
                "{}: the element of class {class} does not hold {text:?}: {element}",
                vote.id
            );
        }
    }
}
