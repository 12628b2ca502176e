//! Writes the static pages of the release build (run by scripts/build.sh
//! after Trunk): `dist/index.html` and one `dist/step-<slug>.html` per step,
//! each with the step's title, description and Open Graph / Twitter tags
//! (so a shared link previews that step), and the step's text, sources and
//! vote table as plain HTML, readable with JavaScript off and shown until
//! the app takes over; and a page per member state (`country-ken.html`)
//! with its own preview picture.
//!
//!   cargo run --bin prerender -- dist
//!
//! Set SITE_URL (e.g. https://example.org/uncyber/) to make og:url, og:image
//! and twitter:image absolute, as Facebook and LinkedIn require.

// The page writer runs natively, and the crates only it uses are
// native-only dependencies. `cargo test --target wasm32-unknown-unknown`
// still builds every binary of the package, so on wasm this file is an
// empty program: the attribute above a false crate-level `cfg` still applies
// (rust-lang/rust#110141), and `no_main` lets the empty crate link.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

mod country_page;
mod embed_mode;
mod favicon;
mod first_screen;
mod glossary;
mod localise;
mod png;
mod preview_image;
mod preview_text;
mod qr;
mod reading_pages;
mod search_names;
mod teach;

use uncyber::data;
use uncyber::html::page::{static_copy, FIGURES_CSS, STATIC_COPY_ID, STEP_META};
use uncyber::html::Html;
use uncyber::widgets::downloads::files::{
    dataset_json, dataset_json_rows, member_csv_file, member_json_file, votes_csv, votes_csv_rows,
    CSV_FILE, JSON_FILE,
};
use uncyber::widgets::downloads::write::downloads_html;
use uncyber::widgets::step::treaty::GLOSSARY_PAGE;
use uncyber::widgets::vote_summary::write::result_words;
use uncyber::{format_html, ui, ui_plain, write_html};

/// The step as static HTML: the app's opening screen, then its vote's
/// table and the data downloads.
fn body(index: usize, site_url: &str) -> Html {
    let step = &data::steps()[index];
    let vote = data::step_vote(step);
    let mut out = format_html!(
        "{header}<main>{story}",
        header = first_screen::header(index),
        story = first_screen::story(index, vote)
    );
    out.push(&if vote.is_signatures() {
        signature_table(vote)
    } else {
        vote_table(vote)
    });
    write_html!(out, "</main>");
    out.push(&downloads_html(site_url, None));
    static_copy(&out, index)
}

/// The static page's table for a vote: each state's vote and sponsorship.
fn vote_table(vote: &uncyber::model::Vote) -> Html {
    let heading = format!("{} ({}, {})", vote.title, vote.symbol, vote.date_label);
    format_html!(
        concat!(
            "<section class=\"vote-table\"><h2>{heading}</h2>",
            "<p class=\"vote-result\"><span class=\"result-line\">{result_line}</span>{result_words}</p>{table}</section>",
        ),
        heading,
        result_line = vote.tally().result_line(),
        result_words = result_words(vote),
        table = member_table(vote, [ui_plain!(pages vote), ui_plain!(pages sponsorship)], &|i| {
            Html::text(data::members()[i].sponsorship_label())
        })
    )
}

/// The static page's table for the signature record: each state's status
/// with its date, the caveat where the evidence is weak, and the evidence
/// in plain words.
fn signature_table(record: &uncyber::model::Vote) -> Html {
    let details = |i: usize| {
        let s = data::signature(i).expect("one signature per member");
        let phrase = uncyber::model::country_story::capitalise(&s.phrase());
        let status = match s.caveat() {
            Some(caveat) => format_html!(ui!(pages status_with_caveat), status = phrase, caveat),
            None => Html::text(&phrase),
        };
        match s.reads {
            "" => format_html!(ui!(pages signature_details), status),
            reads => format_html!(ui!(pages signature_details_with_evidence), status, reads),
        }
    };
    format_html!(
        "<section class=\"vote-table\"><h2>{title} ({symbol}, {date})</h2><p class=\"vote-result\">{words}.</p>{table}</section>",
        title = record.title,
        symbol = record.symbol,
        date = record.date_label,
        words = record.tally_words(),
        table = member_table(record, [ui_plain!(pages status), ui_plain!(pages details)], &details)
    )
}

/// Every member state's position on `vote`, one row each, with the
/// `details` of each as the last column; `heads` names the last two.
fn member_table(
    vote: &uncyber::model::Vote,
    heads: [&str; 2],
    details: &dyn Fn(usize) -> Html,
) -> Html {
    let mut out = format_html!(
        concat!(
            "<table><thead><tr><th scope=\"col\">",
            ui!(pages member_state),
            "</th><th scope=\"col\">",
            ui!(pages regional_group),
            "</th>",
            "<th scope=\"col\">{position}</th><th scope=\"col\">{details}</th></tr></thead><tbody>",
        ),
        position = heads[0],
        details = heads[1]
    );
    // The app reads each member's name from its row's first cell
    // (uncyber::html::page::MEMBER_ROW_NAME), so every page it runs in
    // carries this table.
    // The rows leave out the end tags HTML lets a table omit (`</th>`,
    // `</td>`, `</tr>`) and `scope="row"` (a `th` that opens a row of data
    // cells heads that row by itself): 87 and 82 bytes gzip of every first
    // load, which the budget has no room for.
    for (i, m) in data::members().iter().enumerate() {
        let c = vote.choice(i);
        write_html!(
            out,
            concat!(
                "<tr data-iso3=\"{iso3}\" data-vote=\"{slug}\"><th>{name}<td>{group}",
                "<td>{glyph} {label}<td>{details}",
            ),
            name = data::member_name(i),
            iso3 = m.iso3,
            slug = c.slug(),
            group = m.group.code(),
            glyph = vote.glyph(c),
            label = vote.label(c),
            details = details(i)
        );
    }
    write_html!(out, "</tbody></table>");
    out
}

/// The head tags naming the step, for browsers and link previews.
fn head(index: usize, site_url: &str) -> Html {
    let step = &data::steps()[index];
    let title = format!("{} · {}", step.title, data::site().title);
    let url = format!("{site_url}step-{}.html", step.slug);
    let mut out = format_html!(
        "<title>{title}</title><meta name=\"description\" content=\"{summary}\">",
        title,
        summary = step.summary
    );
    write_html!(
        out,
        "<link rel=\"icon\" href=\"{icon}\" type=\"image/png\">",
        icon = favicon::data_url()
    );
    // A page whose step has a figure of its own links the figures' styles
    // in its head too: linked only in the body, they would hold the figure
    // back until loaded, and the page would shift when it came.
    if step.figure.is_some() {
        write_html!(
            out,
            "<link rel=\"stylesheet\" href=\"{css}\">",
            css = FIGURES_CSS
        );
    }
    write_html!(
        out,
        "<meta name=\"{step_meta}\" content=\"{slug}\">",
        step_meta = STEP_META.name,
        slug = step.slug
    );
    for (property, value) in [
        ("og:type", "article"),
        ("og:title", &title),
        ("og:description", step.summary),
        ("og:site_name", data::site().title),
    ] {
        write_html!(
            out,
            "<meta property=\"{property}\" content=\"{value}\">",
            property,
            value
        );
    }
    if !site_url.is_empty() {
        write_html!(
            out,
            "<meta property=\"og:url\" content=\"{url}\"><link rel=\"canonical\" href=\"{url}\">",
            url
        );
    }
    let image = format!("{site_url}step-{}.png", step.slug);
    // The picture's text, and what the map shows.
    let vote = data::step_vote(step);
    let tally = vote.tally();
    let result = if vote.is_signatures() {
        vote.tally_words()
    } else {
        uncyber::model::Choice::ALL
            .map(|c| preview_image::result_words(&tally, c))
            .join(", ")
    };
    // A title may end its own sentence ("… or stay away?").
    let stop = if step.title.ends_with(['?', '!', '.']) {
        ""
    } else {
        "."
    };
    let alt = if vote.is_signatures() {
        format!(
            ui_plain!(pages preview_alt_signatures),
            title = step.title,
            stop = stop,
            symbol = vote.symbol,
            date = vote.date_label,
            result = result
        )
    } else {
        format!(
            ui_plain!(pages preview_alt_vote),
            title = step.title,
            stop = stop,
            symbol = vote.symbol,
            date = vote.date_label,
            result = result
        )
    };
    write_html!(
        out,
        concat!(
            "<meta property=\"og:image\" content=\"{image}\"><meta property=\"og:image:width\" content=\"{width}\">",
            "<meta property=\"og:image:height\" content=\"{height}\"><meta property=\"og:image:alt\" content=\"{alt}\">",
        ),
        image,
        width = preview_image::WIDTH,
        height = preview_image::HEIGHT,
        alt
    );
    write_html!(
        out,
        concat!(
            "<meta name=\"twitter:card\" content=\"summary_large_image\"><meta name=\"twitter:title\" content=\"{title}\">",
            "<meta name=\"twitter:description\" content=\"{summary}\"><meta name=\"twitter:image\" content=\"{image}\">",
            "<meta name=\"twitter:image:alt\" content=\"{alt}\">",
        ),
        title,
        summary = step.summary,
        image,
        alt
    );
    out
}

/// Replaces Trunk's `<title>…</title>` and description with the step's, and
/// puts the static step at the start of the body.
fn page(template: &str, index: usize, site_url: &str) -> Result<String, String> {
    let title_start = template
        .find("<title>")
        .ok_or("index.html has no <title>")?;
    let desc_end = template[title_start..]
        .find("name=description>")
        .map(|i| title_start + i + "name=description>".len())
        .ok_or("index.html has no description after its title")?;
    let body_start = template.find("<body>").ok_or("index.html has no <body>")? + "<body>".len();
    Ok(format!(
        "{}{}{}{}{}",
        &template[..title_start],
        head(index, site_url).as_str(),
        &template[desc_end..body_start],
        body(index, site_url).into_string() + &embed_mode::script(),
        &template[body_start..]
    ))
}

/// The public address the site will have, from SITE_URL, ending in "/".
/// Unset, links and preview images stay relative (the site then works on
/// any host, but some link previewers need absolute image addresses).
fn site_url() -> Result<String, String> {
    let Ok(url) = std::env::var("SITE_URL") else {
        eprintln!("prerender: note: SITE_URL is not set, so og:image and og:url are relative and presenter mode shows no codes to scan; set SITE_URL=https://host/path/ when building for deployment (see README)");
        return Ok(String::new());
    };
    if !(url.starts_with("https://") || url.starts_with("http://"))
        || url.contains(['"', '<', '>', ' '])
    {
        return Err(format!("SITE_URL must be an http(s) address such as https://example.org/explainer/, not {url:?}"));
    }
    Ok(if url.ends_with('/') {
        url
    } else {
        format!("{url}/")
    })
}

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let site_url = site_url().unwrap_or_else(|e| {
        eprintln!("prerender: {e}");
        std::process::exit(1)
    });
    let template_path = format!("{dist}/index.html");
    let template = std::fs::read_to_string(&template_path).unwrap_or_else(|e| {
        eprintln!("prerender: cannot read {template_path}: {e}");
        std::process::exit(1)
    });
    if template.contains(&format!("id=\"{STATIC_COPY_ID}\"")) {
        eprintln!("prerender: {template_path} is already prerendered; run trunk build first");
        std::process::exit(1)
    }
    for (i, step) in data::steps().iter().enumerate() {
        let html = page(&template, i, &site_url).unwrap_or_else(|e| {
            eprintln!("prerender: {e}");
            std::process::exit(1)
        });
        std::fs::write(format!("{dist}/step-{}.html", step.slug), &html)
            .expect("write a step page");
        std::fs::write(
            format!("{dist}/step-{}.png", step.slug),
            preview_image::png(step.title, data::step_vote(step)).unwrap_or_else(|e| {
                eprintln!("prerender: step {}: {e}", step.slug);
                std::process::exit(1)
            }),
        )
        .expect("write a preview image");
        if i == 0 {
            std::fs::write(&template_path, &html).expect("write index.html");
        }
        let code = qr::file(step.title, &site_url, step.slug).unwrap_or_else(|e| {
            eprintln!("prerender: step {}: {e}", step.slug);
            std::process::exit(1)
        });
        std::fs::write(format!("{dist}/{}", qr::file_name(step.slug)), code)
            .expect("write a code to scan");
    }
    let glossary = glossary::page(&template).unwrap_or_else(|e| {
        eprintln!("prerender: the glossary page: {e}");
        std::process::exit(1)
    });
    std::fs::write(format!("{dist}/{GLOSSARY_PAGE}"), glossary).expect("write the glossary");
    let pages = [
        (reading_pages::STORY_PAGE, reading_pages::story(&template)),
        (
            reading_pages::HANDOUT_PAGE,
            reading_pages::handout(&template, &site_url),
        ),
    ];
    for (name, html) in pages {
        let html = html.unwrap_or_else(|e| {
            eprintln!("prerender: {name}: {e}");
            std::process::exit(1)
        });
        std::fs::write(format!("{dist}/{name}"), html).expect("write a page of the whole story");
    }
    std::fs::write(
        format!("{dist}/{}", reading_pages::CSS_FILE),
        reading_pages::CSS,
    )
    .expect("write the story pages' style sheet");
    let teacher = teach::page(&template, &site_url).unwrap_or_else(|e| {
        eprintln!("prerender: the teacher's page: {e}");
        std::process::exit(1)
    });
    std::fs::write(format!("{dist}/{}", teach::PAGE), teacher).expect("write the teacher's page");
    std::fs::write(format!("{dist}/{}", teach::CSS_FILE), teach::CSS)
        .expect("write the teacher's page's style sheet");
    // A page per member state, each with its own preview picture.
    let committee = data::vote("3c-2019").expect("the 2019 committee vote");
    for member in 0..data::members().len() {
        let html = country_page::page(&template, member, &site_url).unwrap_or_else(|e| {
            eprintln!(
                "prerender: the page of {}: {e}",
                data::members()[member].iso3
            );
            std::process::exit(1)
        });
        std::fs::write(format!("{dist}/{}", country_page::file_name(member)), html)
            .expect("write a country page");
        let picture =
            preview_image::country_png(&country_page::picture_title(member), committee, member)
                .unwrap_or_else(|e| {
                    eprintln!(
                        "prerender: the picture of {}: {e}",
                        data::members()[member].iso3
                    );
                    std::process::exit(1)
                });
        std::fs::write(
            format!("{dist}/{}", country_page::picture_name(member)),
            picture,
        )
        .expect("write a country picture");
    }
    // The downloads: the same data the pages show, as files, so they work
    // without JavaScript and cost the app nothing.
    let (members, votes) = (data::members(), data::votes());
    std::fs::write(format!("{dist}/{CSV_FILE}"), votes_csv(members, votes)).expect("write the CSV");
    std::fs::write(format!("{dist}/{JSON_FILE}"), dataset_json(members, votes))
        .expect("write the JSON");
    // Each state's own rows, in the full files' shape, beside its page.
    for (i, m) in members.iter().enumerate() {
        std::fs::write(
            format!("{dist}/{}", member_csv_file(m.iso3)),
            votes_csv_rows(members, votes, &[i]),
        )
        .expect("write a state's CSV");
        std::fs::write(
            format!("{dist}/{}", member_json_file(m.iso3)),
            dataset_json_rows(members, votes, &[i]),
        )
        .expect("write a state's JSON");
    }
    let names = search_names::text().unwrap_or_else(|e| {
        eprintln!("prerender: {}: {e}", search_names::FILE);
        std::process::exit(1)
    });
    std::fs::write(format!("{dist}/{}", search_names::FILE), names)
        .expect("write the search names");
    // Every page in the build's language, linked to its other languages.
    let localised = localise::folder(&dist, &site_url).unwrap_or_else(|e| {
        eprintln!("prerender: {e}");
        std::process::exit(1)
    });
    println!(
        "prerender: wrote, in {}, index.html, {} step pages with preview images, {} country pages with theirs and their own CSV and JSON, {GLOSSARY_PAGE}, {}, {}, {}, {CSV_FILE}, {JSON_FILE} and {}; {localised} pages linked to their other languages",
        localise::build_language().name,
        data::steps().len(),
        data::members().len(),
        reading_pages::STORY_PAGE,
        reading_pages::HANDOUT_PAGE,
        teach::PAGE,
        search_names::FILE
    );
}
