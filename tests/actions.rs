//! Button actions: written into the markup from one enum and read back by
//! the same enum, so a name cannot drift between the two.

use uncyber::html::action::{Action, ATTR};
use uncyber::widgets::citations::write::cite_styles_html;
use uncyber::widgets::comparison::controls::compare_controls;
use uncyber::widgets::country_card::write::country_card;
use uncyber::widgets::figures::chart::chart_panel;
use uncyber::widgets::share::write::share_html;
use uncyber::widgets::stage::write::chart_return;
use uncyber::widgets::step::controls::step_controls_html;

/// Every `data-action="…"` value in `html`, in order.
fn actions_in(html: &str) -> Vec<String> {
    let open = format!("{}=\"", ATTR.name);
    html.match_indices(&open)
        .map(|(at, _)| {
            let rest = &html[at + open.len()..];
            rest[..rest.find('"').expect("a closing quote")].to_string()
        })
        .collect()
}

#[test]
fn every_action_reads_back_as_itself_and_names_are_unique() {
    for action in Action::ALL {
        assert_eq!(Action::parse(action.name()), Some(action));
        assert_eq!(
            action.attr().as_str(),
            format!("data-action=\"{}\"", action.name())
        );
        assert_eq!(
            action.selector(),
            format!("[data-action={}]", action.name())
        );
    }
    let mut names: Vec<_> = Action::ALL.iter().map(|a| a.name()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), Action::ALL.len());
    assert_eq!(Action::parse("Next"), None);
    assert_eq!(Action::parse(""), None);
}

#[test]
fn the_markup_writes_every_action_and_only_known_ones() {
    let html = [
        step_controls_html(false),
        share_html(false),
        cite_styles_html(None, true),
        compare_controls(),
        country_card(0, "", uncyber::data::vote("3c-2019").unwrap()),
        chart_panel(&uncyber::data::steps()[0]),
        chart_return(),
        uncyber::widgets::country_line::write::country_line(&uncyber::data::steps()[0], 0),
        uncyber::widgets::stage::map::zoom_buttons(),
    ]
    .into_iter()
    .collect::<uncyber::html::Html>();
    let written = actions_in(&html);
    for name in &written {
        assert!(Action::parse(name).is_some(), "unknown action {name:?}");
    }
    for action in Action::ALL {
        assert!(
            written.iter().any(|n| n == action.name()),
            "no button does {action:?}"
        );
    }
}

#[test]
fn an_embedded_page_has_no_embed_buttons() {
    let written = actions_in(&share_html(true));
    assert_eq!(written, ["copy-link", "print"]);
}
