//! A page for every member state, `country-<iso3 in lower case>.html`: its
//! record on every vote and on the signature, its groupings and how they
//! voted, what it said where a statement is recorded, a line to quote, and
//! a way into the story with the state picked. A page of its own, without
//! the app (like the glossary), so it reads without JavaScript; its own
//! preview picture shows the state on the map.

use super::favicon;
use super::glossary::stylesheets;
use uncyber::data;
use uncyber::html::Html;
use uncyber::model::Vote;
use uncyber::widgets::country_card::write::{citable_sentence, country_record};
use uncyber::widgets::downloads::files::{member_csv_file, member_json_file};
use uncyber::{format_html, ui, ui_count, ui_plain, write_html};

/// The committee vote the explainer is about.
const COMMITTEE_2019: &str = "3c-2019";

/// `country-ken.html` for Kenya.
pub fn file_name(member: usize) -> String {
    format!(
        "country-{}.html",
        data::members()[member].iso3.to_ascii_lowercase()
    )
}

/// The preview picture's file, beside the page.
pub fn picture_name(member: usize) -> String {
    file_name(member).replace(".html", ".png")
}

/// The preview picture's title: the state and its 2019 position.
pub fn picture_title(member: usize) -> String {
    let committee = data::vote(COMMITTEE_2019).expect("the 2019 committee vote");
    format!(
        ui_plain!(country_page picture_title),
        name = data::member_name(member),
        position = committee.label(committee.choice(member)).to_lowercase()
    )
}

fn committee() -> &'static Vote {
    data::vote(COMMITTEE_2019).expect("the 2019 committee vote")
}

/// The groupings the state belonged to on the day of the 2019 vote, each
/// with how its members voted.
fn groupings(member: usize) -> Html {
    let vote = committee();
    let blocs = data::blocs::data();
    let mut items = Html::new();
    for (index, bloc) in blocs.blocs.iter().enumerate() {
        if !blocs.members_on(index, vote.date).contains(&member) {
            continue;
        }
        let Some(t) = blocs.tally(bloc.code, vote) else {
            continue;
        };
        write_html!(
            items,
            concat!("<li>", ui!(country_page grouping_vote), "</li>"),
            name = format_html!("<strong>{name}</strong>", name = bloc.name),
            members = ui_count!(country_page members_that_day, t.members.len()),
            words = vote.words(&t.tally)
        );
    }
    let names: Vec<&str> = blocs.blocs.iter().map(|b| b.name).collect();
    if items.as_str().is_empty() {
        format_html!(
            concat!("<p>", ui!(country_page no_grouping), "</p>"),
            names = names.join(", ")
        )
    } else {
        format_html!(
            concat!(
                "<p>",
                ui!(country_page groupings_voted),
                "</p><ul>{items}</ul>"
            ),
            symbol = vote.symbol,
            items
        )
    }
}

/// What the state said, where a statement could be checked.
fn statements(member: usize) -> Html {
    let said = data::statements::for_member(data::members()[member].iso3);
    if said.is_empty() {
        return format_html!(
            concat!("<p>", ui!(country_page no_statement), "</p>"),
            name = data::member_name(member)
        );
    }
    let mut out = format_html!("<ul class=\"country-said\">");
    for s in said {
        let words = if s.quote.is_empty() {
            format_html!(ui!(country_page in_our_words), summary = s.summary)
        } else {
            format_html!(ui!(country_page quoted), quote = s.quote)
        };
        write_html!(
            out,
            concat!(
                "<li><p>{words}</p><p class=\"said-source\">",
                ui!(country_page said_source),
                "</p></li>",
            ),
            words,
            speaker = s.speaker,
            record = s.record,
            position = s.position,
            source = format_html!(
                "<a href=\"{url}\">{locator}</a>",
                url = s.source_url(),
                locator = s.locator
            )
        );
    }
    write_html!(out, "</ul>");
    out
}

/// Each record's first source, as the page's references.
fn sources() -> Html {
    let mut out = format_html!("<ul class=\"country-sources\">");
    for v in data::votes() {
        if let Some(s) = v.sources.first() {
            write_html!(
                out,
                "<li>{symbol} ({date}): <a href=\"{url}\">{label}</a></li>",
                symbol = v.symbol,
                date = v.date_label,
                url = s.url,
                label = s.label
            );
        }
    }
    write_html!(out, "</ul>");
    out
}

/// The whole page of member `member`; `site_url` makes its preview tags
/// absolute where it is set.
pub fn page(template: &str, member: usize, site_url: &str) -> Result<String, String> {
    let site = data::site();
    let m = &data::members()[member];
    let name = data::member_name(member);
    let title = format!(
        concat!(ui_plain!(country_page title), " · {site}"),
        name = name,
        site = site.title
    );
    let description = format!(ui_plain!(country_page description), name = name);
    let image = format!("{site_url}{}", picture_name(member));
    let head = format_html!(
        concat!(
            "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>{title}</title><meta name=\"description\" content=\"{description}\">",
            "<link rel=\"icon\" href=\"{icon}\" type=\"image/png\">",
            "<meta property=\"og:type\" content=\"article\"><meta property=\"og:title\" content=\"{title}\">",
            "<meta property=\"og:description\" content=\"{description}\"><meta property=\"og:url\" content=\"{url}\">",
            "<meta property=\"og:image\" content=\"{image}\"><meta property=\"og:image:alt\" content=\"{alt}\">",
            "<meta name=\"twitter:card\" content=\"summary_large_image\"><meta name=\"twitter:image\" content=\"{image}\">",
        ),
        title,
        description,
        icon = favicon::data_url(),
        url = format!("{site_url}{}", file_name(member)),
        image,
        alt = format!(
            ui_plain!(country_page picture_alt),
            name = name,
            title = picture_title(member)
        )
    );
    let links = stylesheets(template)?.concat();
    let signatures = data::votes().iter().find(|v| v.is_signatures());
    let mut quote = format_html!(
        "<p class=\"country-quote\">{line}</p>",
        line = citable_sentence(committee(), member)
    );
    if let Some(s) = signatures {
        write_html!(
            quote,
            "<p class=\"country-quote\">{line}</p>",
            line = citable_sentence(s, member)
        );
    }
    let body = format_html!(
        concat!(
            "<main class=\"country-page\" data-country-page=\"{iso3}\"><p class=\"kicker\"><a href=\"./\">{site_title}</a></p>",
            "<h1>{name}</h1>",
            "<p><a class=\"button\" href=\"./?country={iso3}\">", ui!(country_page follow), "</a></p>",
            "<section aria-labelledby=\"record-heading\"><h2 id=\"record-heading\">", ui!(country_page record_heading), "</h2>{record}</section>",
            "<section aria-labelledby=\"quote-heading\"><h2 id=\"quote-heading\">", ui!(country_page quote_heading), "</h2>{quote}</section>",
            "<section aria-labelledby=\"groups-heading\"><h2 id=\"groups-heading\">", ui!(country_page groupings_heading), "</h2>{groups}</section>",
            "<section aria-labelledby=\"said-heading\"><h2 id=\"said-heading\">", ui!(country_page said_heading), "</h2>{said}</section>",
            "<section aria-labelledby=\"data-heading\"><h2 id=\"data-heading\">", ui!(country_page data_heading), "</h2>",
            "<p>", ui!(country_page download), "</p>",
            "<p>", ui!(country_page download_note), "</p></section>",
            "<section aria-labelledby=\"sources-heading\"><h2 id=\"sources-heading\">", ui!(country_page sources_heading), "</h2>{sources}",
            "<p>", ui!(country_page every_vote), "</p></section>",
            "</main>",
        ),
        iso3 = m.iso3,
        site_title = site.title,
        name = name,
        record = country_record(member),
        quote,
        groups = groupings(member),
        said = statements(member),
        csv = format_html!(
            "<a href=\"{file}\" download=\"{file}\">CSV</a>",
            file = member_csv_file(m.iso3)
        ),
        json = format_html!(
            "<a href=\"{file}\" download=\"{file}\">JSON</a>",
            file = member_json_file(m.iso3)
        ),
        sources = sources(),
        explainer = format_html!(
            "<a href=\"./\">{words}</a>",
            words = ui_plain!(country_page the_explainer)
        )
    );
    Ok(format!(
        "<!doctype html><html lang=\"en\"><head>{}{links}</head><body>{}</body></html>",
        head.as_str(),
        body.as_str()
    ))
}
