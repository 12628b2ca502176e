//! The teacher's page, `teach.html`: learning goals, a lesson plan on a
//! class path through the story, questions with their answers for each
//! step on the path, the key terms, a worksheet to print (a blank world map
//! to colour, a row to fill in, exit questions) and the code that puts the
//! path in a learning platform. A page of its own without the app (like
//! the glossary), so it reads without JavaScript, with a small style sheet
//! of its own for the screen and the printer. Its words are
//! content/teach.toml (in a language's build, content/<lang>/teach.toml),
//! checked and filled in by build.rs.

use super::favicon;
use super::glossary::stylesheets;
use uncyber::data;
use uncyber::generated::map::{MEMBER_SHAPES, PATH_UNITS, VIEW_BOX};
use uncyber::html::Html;
use uncyber::model::map_shapes::{path_point, path_view_box};
use uncyber::widgets::stage::map::Outlines;
use uncyber::widgets::step::treaty::GLOSSARY_PAGE;
use uncyber::{format_html, write_html};

pub struct Headings {
    pub goals: &'static str,
    pub plan: &'static str,
    pub minutes: &'static str,
    pub part: &'static str,
    pub activity: &'static str,
    pub total: &'static str,
    pub path: &'static str,
    pub questions: &'static str,
    pub answers: &'static str,
    pub open_step: &'static str,
    pub terms: &'static str,
    pub all_terms: &'static str,
    pub embed: &'static str,
    pub back: &'static str,
}

pub struct Part {
    pub minutes: u32,
    pub title: &'static str,
    pub steps: &'static [&'static str],
    pub what: &'static str,
}

pub struct Question {
    pub ask: &'static str,
    pub answer: &'static str,
}

pub struct PathStep {
    pub slug: &'static str,
    pub questions: &'static [Question],
}

pub struct Worksheet {
    pub heading: &'static str,
    pub name_line: &'static str,
    pub map_heading: &'static str,
    pub map_task: &'static str,
    pub map_label: &'static str,
    pub key: &'static [&'static str],
    pub find_heading: &'static str,
    pub find_task: &'static str,
    pub columns: &'static [&'static str],
    pub rows: &'static [&'static str],
    pub exit_heading: &'static str,
    pub exit: &'static [&'static str],
}

pub struct Embed {
    pub intro: &'static str,
    pub link_label: &'static str,
    pub code_label: &'static str,
    pub host_note: &'static str,
}

pub struct Teach {
    pub title: &'static str,
    pub description: &'static str,
    pub intro: &'static [&'static str],
    pub goals: &'static [&'static str],
    pub path: &'static [&'static str],
    pub headings: Headings,
    pub plan: &'static [Part],
    pub steps: &'static [PathStep],
    pub terms: &'static [&'static str],
    pub worksheet: Worksheet,
    pub embed: Embed,
}

include!(concat!(env!("OUT_DIR"), "/teach.rs"));

pub const PAGE: &str = "teach.html";
/// The page's own style sheet, written beside it; the app never loads it.
pub const CSS_FILE: &str = "teach.css";
pub const CSS: &str = include_str!("../../../style/teach.css");
/// Where the explainer lives when the build is not told (SITE_URL): the
/// embed code says so plainly, and the page asks the teacher to replace it.
const HOST_STAND_IN: &str = "https://YOUR-HOST/PATH/";
/// A framed explainer works from 450 to 650 px high (README, Embedding).
const FRAME_HEIGHT: u32 = 500;

fn step(slug: &str) -> &'static uncyber::model::story::Step {
    data::steps()
        .iter()
        .find(|s| s.slug == slug)
        .expect("build.rs checks every path slug")
}

/// The explainer's address for the class path, from `base` (the site's
/// folder), embedded or not.
pub fn path_address(base: &str, embed: bool) -> String {
    format!(
        "{base}index.html?steps={}{}",
        TEACH.path.join(","),
        if embed { "&embed=1" } else { "" }
    )
}

/// The snippet a teacher pastes into a learning platform.
pub fn iframe_code(base: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{FRAME_HEIGHT}\" loading=\"lazy\" allow=\"clipboard-write\" style=\"border:0\"></iframe>",
        path_address(base, true).replace('&', "&amp;"),
        data::site().title.replace('&', "&amp;").replace('"', "&quot;")
    )
}

fn plan() -> Html {
    let h = &TEACH.headings;
    let total: u32 = TEACH.plan.iter().map(|p| p.minutes).sum();
    let mut rows = Html::new();
    for part in TEACH.plan {
        let mut steps = Html::new();
        for slug in part.steps {
            write_html!(
                steps,
                "<li><a href=\"#path-{slug}\">{title}</a></li>",
                slug,
                title = step(slug).title
            );
        }
        write_html!(
            rows,
            "<tr><td class=\"teach-minutes\" data-minutes=\"{minutes}\">{minutes}</td><th scope=\"row\">{title}</th><td>{what}{steps}</td></tr>",
            minutes = part.minutes,
            title = part.title,
            what = part.what,
            steps = if part.steps.is_empty() {
                Html::new()
            } else {
                format_html!("<ul class=\"teach-plan-steps\">{steps}</ul>", steps)
            }
        );
    }
    format_html!(
        concat!(
            "<section aria-labelledby=\"plan-heading\"><h2 id=\"plan-heading\">{heading}</h2>",
            "<table class=\"teach-plan\"><thead><tr><th scope=\"col\">{minutes}</th><th scope=\"col\">{part}</th><th scope=\"col\">{activity}</th></tr></thead>",
            "<tbody>{rows}</tbody><tfoot><tr><td class=\"teach-minutes\" data-total=\"{total}\">{total}</td><td colspan=\"2\">{total_label}</td></tr></tfoot></table></section>",
        ),
        heading = h.plan,
        minutes = h.minutes,
        part = h.part,
        activity = h.activity,
        total_label = h.total,
        total,
        rows
    )
}

fn path_steps() -> Html {
    let h = &TEACH.headings;
    let mut out = format_html!(
        "<section aria-labelledby=\"path-heading\"><h2 id=\"path-heading\">{heading}</h2><ol class=\"teach-path\">",
        heading = h.path
    );
    for entry in TEACH.steps {
        let s = step(entry.slug);
        let mut questions = Html::new();
        for q in entry.questions {
            write_html!(
                questions,
                "<li class=\"teach-question\"><p class=\"teach-ask\">{ask}</p><p class=\"teach-answer\"><strong>{label}:</strong> {answer}</p></li>",
                ask = q.ask,
                label = h.answers,
                answer = q.answer
            );
        }
        write_html!(
            out,
            concat!(
                "<li class=\"teach-step\" id=\"path-{slug}\" data-step=\"{slug}\"><h3>{title}</h3>",
                "<p class=\"teach-step-link\">{when} · <a href=\"step-{slug}.html\">{open}</a></p>",
                "<p class=\"teach-summary\">{summary}</p>",
                "<h4>{questions_heading}</h4><ol class=\"teach-questions\">{questions}</ol></li>",
            ),
            slug = s.slug,
            title = s.title,
            when = s.when_label,
            open = h.open_step,
            summary = s.summary,
            questions_heading = h.questions,
            questions
        );
    }
    write_html!(out, "</ol></section>");
    out
}

fn terms() -> Html {
    let h = &TEACH.headings;
    let mut out = format_html!(
        "<section aria-labelledby=\"terms-heading\"><h2 id=\"terms-heading\">{heading}</h2><dl class=\"teach-terms\">",
        heading = h.terms
    );
    for id in TEACH.terms {
        let t = data::glossary()
            .iter()
            .find(|t| t.id == *id)
            .expect("build.rs checks every key term");
        write_html!(
            out,
            "<dt><a href=\"{page}#{id}\">{term}</a></dt><dd>{definition}</dd>",
            page = GLOSSARY_PAGE,
            id = t.id,
            term = t.term,
            definition = t.definition
        );
    }
    write_html!(
        out,
        "</dl><p><a href=\"{page}\">{all}</a></p></section>",
        page = GLOSSARY_PAGE,
        all = h.all_terms
    );
    out
}

fn embed(site_url: &str) -> Html {
    let e = &TEACH.embed;
    let base = if site_url.is_empty() {
        HOST_STAND_IN
    } else {
        site_url
    };
    format_html!(
        concat!(
            "<section class=\"teach-embed\" aria-labelledby=\"embed-heading\"><h2 id=\"embed-heading\">{heading}</h2><p>{intro}</p>",
            "<p>{link_label}: <a href=\"{href}\">{address}</a></p>",
            "<p id=\"embed-code-label\">{code_label}:</p><pre class=\"teach-code\" aria-labelledby=\"embed-code-label\"><code>{code}</code></pre>{note}</section>",
        ),
        heading = TEACH.headings.embed,
        intro = e.intro,
        link_label = e.link_label,
        href = path_address("", false),
        address = path_address(base, false),
        code_label = e.code_label,
        code = iframe_code(base),
        note = if site_url.is_empty() {
            format_html!("<p>{note}</p>", note = e.host_note)
        } else {
            Html::new()
        }
    )
}

/// Every member state's outline, and the places that are not members, in
/// plain lines: nothing coloured, nothing labelled, for pupils to colour.
fn blank_map(label: &str) -> Html {
    let outlines = Outlines::compiled();
    let mut out = format_html!(
        "<svg class=\"teach-map\" viewBox=\"{view_box}\" role=\"img\" aria-label=\"{label}\"><g class=\"teach-map-others\">",
        view_box = path_view_box(VIEW_BOX, PATH_UNITS),
        label
    );
    for d in outlines.others.iter().filter(|d| !d.is_empty()) {
        write_html!(out, "<path d=\"{d}\"></path>", d);
    }
    write_html!(out, "</g><g class=\"teach-map-members\">");
    for (i, shape) in MEMBER_SHAPES.iter().enumerate() {
        let d = outlines.member(i);
        if !d.is_empty() {
            write_html!(
                out,
                "<path data-iso3=\"{iso3}\" d=\"{d}\"></path>",
                iso3 = shape.iso3,
                d
            );
        }
        // Too small to colour as drawn: a circle to colour instead.
        if shape.marker {
            let (cx, cy) = path_point(shape.centre, PATH_UNITS);
            write_html!(
                out,
                "<circle data-iso3=\"{iso3}\" cx=\"{cx}\" cy=\"{cy}\" r=\"5\"></circle>",
                iso3 = shape.iso3,
                cx,
                cy
            );
        }
    }
    write_html!(out, "</g></svg>");
    out
}

fn worksheet() -> Html {
    let w = &TEACH.worksheet;
    let mut key = Html::new();
    for item in w.key {
        write_html!(
            key,
            "<li><span class=\"teach-swatch\" aria-hidden=\"true\"></span>{item}</li>",
            item
        );
    }
    let mut heads = Html::new();
    for c in w.columns {
        write_html!(heads, "<th scope=\"col\">{c}</th>", c);
    }
    let mut blanks = Html::new();
    for _ in 1..w.columns.len() {
        write_html!(blanks, "<td></td>");
    }
    let mut rows = Html::new();
    for r in w.rows {
        write_html!(
            rows,
            "<tr><th scope=\"row\"><span class=\"teach-row-label\">{r}</span></th>{blanks}</tr>",
            r,
            blanks = blanks.clone()
        );
    }
    let mut exit = Html::new();
    for q in w.exit {
        write_html!(
            exit,
            "<li><p>{q}</p><div class=\"teach-lines\" aria-hidden=\"true\"></div></li>",
            q
        );
    }
    format_html!(
        concat!(
            "<section class=\"teach-worksheet\" aria-labelledby=\"worksheet-heading\"><h2 id=\"worksheet-heading\">{heading}</h2>",
            "<p class=\"teach-name-line\">{name_line} <span class=\"teach-blank\"></span></p>",
            "<h3>{map_heading}</h3><p>{map_task}</p>{map}<ul class=\"teach-key\">{key}</ul>",
            "<h3>{find_heading}</h3><p>{find_task}</p><table class=\"teach-find\"><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>",
            "<h3>{exit_heading}</h3><ol class=\"teach-exit\">{exit}</ol></section>",
        ),
        heading = w.heading,
        name_line = w.name_line,
        map_heading = w.map_heading,
        map_task = w.map_task,
        map = blank_map(w.map_label),
        key,
        find_heading = w.find_heading,
        find_task = w.find_task,
        heads,
        rows,
        exit_heading = w.exit_heading,
        exit
    )
}

/// The whole page; `site_url` (SITE_URL) makes the embed code's address
/// absolute where it is set.
pub fn page(template: &str, site_url: &str) -> Result<String, String> {
    let site = data::site();
    let head = format_html!(
        concat!(
            "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>{title} · {site_title}</title><meta name=\"description\" content=\"{description}\">",
            "<link rel=\"icon\" href=\"{icon}\" type=\"image/png\">",
        ),
        title = TEACH.title,
        site_title = site.title,
        description = TEACH.description,
        icon = favicon::data_url()
    );
    let links = stylesheets(template)?.concat();
    let mut intro = Html::new();
    for p in TEACH.intro {
        write_html!(intro, "<p>{p}</p>", p);
    }
    let mut goals = Html::new();
    for g in TEACH.goals {
        write_html!(goals, "<li>{g}</li>", g);
    }
    let body = format_html!(
        concat!(
            "<main class=\"teach-page\"><p class=\"kicker\"><a href=\"./\">{site_title}</a></p>",
            "<h1>{title}</h1>{intro}",
            "<section aria-labelledby=\"goals-heading\"><h2 id=\"goals-heading\">{goals_heading}</h2><ol class=\"teach-goals\">{goals}</ol></section>",
            "{plan}{path}{terms}{embed}{worksheet}",
            "<p class=\"teach-back\"><a href=\"./\">{back}</a></p></main>",
        ),
        site_title = site.title,
        title = TEACH.title,
        intro,
        goals_heading = TEACH.headings.goals,
        goals,
        plan = plan(),
        path = path_steps(),
        terms = terms(),
        embed = embed(site_url),
        worksheet = worksheet(),
        back = TEACH.headings.back
    );
    Ok(format!(
        "<!doctype html><html lang=\"en\"><head>{}{links}<link rel=\"stylesheet\" href=\"{CSS_FILE}\"></head><body>{}</body></html>",
        head.as_str(),
        body.as_str()
    ))
}
