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
use uncyber::{format_html, write_html};

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
        "{}: {} on the UN cybercrime draft, 18 November 2019",
        data::members()[member].name,
        committee.label(committee.choice(member)).to_lowercase()
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
            "<li><strong>{name}</strong> ({count} members that day): {words}.</li>",
            name = bloc.name,
            count = t.members.len(),
            words = vote.words(&t.tally)
        );
    }
    let names: Vec<&str> = blocs.blocs.iter().map(|b| b.name).collect();
    if items.as_str().is_empty() {
        format_html!(
            "<p>It belonged to none of the groupings this explainer follows ({names}).</p>",
            names = names.join(", ")
        )
    } else {
        format_html!(
            "<p>How the groupings it belonged to voted on {symbol}:</p><ul>{items}</ul>",
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
            "<p>No statement by {name} at these votes is recorded in the sources this explainer could check; most speakers at both meetings are missing from them.</p>",
            name = data::members()[member].name
        );
    }
    let mut out = format_html!("<ul class=\"country-said\">");
    for s in said {
        let words = if s.quote.is_empty() {
            format_html!("In our words: {summary}", summary = s.summary)
        } else {
            format_html!("“{quote}”", quote = s.quote)
        };
        write_html!(
            out,
            "<li><p>{words}</p><p class=\"said-source\">{speaker}, {record} ({position}). Source: <a href=\"{url}\">{locator}</a></p></li>",
            words,
            speaker = s.speaker,
            record = s.record,
            position = s.position,
            url = s.source_url(),
            locator = s.locator
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
    let title = format!("{} and the UN cybercrime votes · {}", m.name, site.title);
    let description = format!(
        "How {} voted on the 2019 UN cybercrime resolution and the related votes of 2018 to 2020, and whether it signed the 2024 Convention, with sources.",
        m.name
    );
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
        alt = format!("World map with {} picked out. {}", m.name, picture_title(member))
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
            "<p><a class=\"button\" href=\"./?country={iso3}\">Follow {name} in the explainer</a></p>",
            "<section aria-labelledby=\"record-heading\"><h2 id=\"record-heading\">Its record</h2>{record}</section>",
            "<section aria-labelledby=\"quote-heading\"><h2 id=\"quote-heading\">To quote</h2>{quote}</section>",
            "<section aria-labelledby=\"groups-heading\"><h2 id=\"groups-heading\">Its groupings</h2>{groups}</section>",
            "<section aria-labelledby=\"said-heading\"><h2 id=\"said-heading\">What it said</h2>{said}</section>",
            "<section aria-labelledby=\"data-heading\"><h2 id=\"data-heading\">Its data</h2>",
            "<p>Download this state's record: <a href=\"{csv}\" download=\"{csv}\">CSV</a> · <a href=\"{json}\" download=\"{json}\">JSON</a></p>",
            "<p>Its row of the full downloads, with the same columns, so a script reads both; the JSON adds each vote's sources and what it said.</p></section>",
            "<section aria-labelledby=\"sources-heading\"><h2 id=\"sources-heading\">Sources</h2>{sources}",
            "<p>Every vote, for every member state: <a href=\"./\">the explainer</a>, with its data downloads.</p></section>",
            "</main>",
        ),
        iso3 = m.iso3,
        site_title = site.title,
        name = m.name,
        record = country_record(member),
        quote,
        groups = groupings(member),
        said = statements(member),
        csv = member_csv_file(m.iso3),
        json = member_json_file(m.iso3),
        sources = sources()
    );
    Ok(format!(
        "<!doctype html><html lang=\"en\"><head>{}{links}</head><body>{}</body></html>",
        head.as_str(),
        body.as_str()
    ))
}
