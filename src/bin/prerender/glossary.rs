//! The glossary page, `glossary.html`: the words a pupil may not know, with
//! plain definitions. A page of its own, without the app: it reads the
//! site's style sheet from Trunk's index.html and carries no script.

use super::favicon;
use uncyber::data;
use uncyber::widgets::step::treaty::glossary_list;
use uncyber::{format_html, ui, write_html};

/// The `<link …stylesheet…>` tags of Trunk's page head, as they are.
pub fn stylesheets(template: &str) -> Result<Vec<&str>, String> {
    let head = &template[..template
        .find("</head>")
        .ok_or("index.html has no </head>")?];
    let links: Vec<&str> = head
        .match_indices("<link")
        .filter_map(|(at, _)| {
            let tag = &head[at..at + head[at..].find('>')? + 1];
            tag.contains("stylesheet").then_some(tag)
        })
        .collect();
    if links.is_empty() {
        return Err("index.html links no style sheet".into());
    }
    Ok(links)
}

pub fn page(template: &str) -> Result<String, String> {
    let site = data::site();
    let head = format_html!(
        concat!(
            "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>", ui!(glossary_page key_terms), " · {title}</title>",
            "<meta name=\"description\" content=\"", ui!(glossary_page description), "\">",
            "<link rel=\"icon\" href=\"{icon}\" type=\"image/png\">",
        ),
        title = site.title,
        icon = favicon::data_url()
    );
    // Trunk's own tags, copied as they are (they carry the hashed name).
    let links = stylesheets(template)?.concat();
    let mut body = format_html!(
        concat!(
            "<main class=\"glossary-page\"><p class=\"kicker\">{kicker}</p><h1>",
            ui!(glossary_page key_terms),
            "</h1>",
            "<p>",
            ui!(glossary_page intro),
            "</p>",
        ),
        kicker = site.title
    );
    body.push(&glossary_list(data::glossary()));
    write_html!(
        body,
        concat!(
            "<p><a href=\"{teach}\">{teach_title}</a></p><p><a href=\"./\">",
            ui!(glossary_page back),
            "</a></p></main>",
        ),
        teach = super::teach::PAGE,
        teach_title = super::teach::TEACH.title
    );
    Ok(format!(
        "<!doctype html><html lang=\"en\"><head>{}{links}</head><body>{}</body></html>",
        head.as_str(),
        body.as_str()
    ))
}
