//! The story in the UN's other five languages: `<lang>/story.html`, every
//! step's translated title, summary and words (content/<lang>/, checked by
//! build.rs), with the English sources, a link to the English original and
//! to each step in the interactive explainer (English for now).

use super::favicon;
use super::glossary::stylesheets;
use uncyber::data;
use uncyber::html::Html;
use uncyber::model::language::{language, ENGLISH};
use uncyber::model::story::Inline;
use uncyber::widgets::vote_summary::write::source_items;
use uncyber::{format_html, write_html};

use super::languages::{alternates, story_href, switcher};
use super::reading_pages::CSS_FILE;

/// The reading page's own words in a language (content/<lang>/words.toml).
pub struct PageWords {
    pub story_title: &'static str,
    pub step_of: &'static str,
    pub sources: &'static str,
    pub translated: &'static str,
    pub read_in_english: &'static str,
    pub open_explainer: &'static str,
    pub languages: &'static str,
}

pub struct TranslatedStep {
    pub slug: &'static str,
    pub title: &'static str,
    pub when_label: &'static str,
    pub summary: &'static str,
    pub body: &'static [&'static [Inline]],
}

pub struct Translation {
    pub lang: &'static str,
    pub words: PageWords,
    pub kicker: &'static str,
    pub title: &'static str,
    pub standfirst: &'static str,
    pub credit: &'static str,
    pub steps: &'static [TranslatedStep],
}

include!(concat!(env!("OUT_DIR"), "/translations.rs"));

/// A run of translated text; in a right-to-left page, UN symbols
/// (A/RES/74/247) are isolated so that their slashes and numbers keep
/// their order.
fn text(out: &mut Html, t: &str, rtl: bool) {
    if !rtl {
        out.push_text(t);
        return;
    }
    let mut rest = t;
    while let Some(at) = rest.find("A/") {
        out.push_text(&rest[..at]);
        let end = rest[at..]
            .find(|c: char| c.is_whitespace() || matches!(c, '،' | '؛' | ')' | '(' | '»' | '«'))
            .map_or(rest.len(), |e| at + e);
        // A symbol ends before a closing stop.
        let symbol = rest[at..end].trim_end_matches(['.', ',', ':', ';']);
        write_html!(out, "<bdi dir=\"ltr\">{symbol}</bdi>", symbol);
        rest = &rest[at + symbol.len()..];
    }
    out.push_text(rest);
}

fn paragraphs(body: &[&[Inline]], rtl: bool) -> Html {
    let mut out = Html::new();
    for p in body {
        write_html!(out, "<p>");
        for run in *p {
            match run {
                Inline::Text(t) => text(&mut out, t, rtl),
                Inline::Em(t) => {
                    write_html!(out, "<em>");
                    text(&mut out, t, rtl);
                    write_html!(out, "</em>");
                }
                Inline::Strong(t) => {
                    write_html!(out, "<strong>");
                    text(&mut out, t, rtl);
                    write_html!(out, "</strong>");
                }
            }
        }
        write_html!(out, "</p>");
    }
    out
}

/// The style sheets of Trunk's index.html, linked from a language's folder.
fn stylesheets_from_folder(template: &str) -> Result<String, String> {
    let mut links: String = stylesheets(template)?
        .iter()
        .map(|tag| {
            tag.replace("href=\"./", "href=\"../")
                .replace("href=./", "href=../")
        })
        .collect();
    links.push_str(&format!("<link rel=\"stylesheet\" href=\"../{CSS_FILE}\">"));
    Ok(links)
}

/// `<lang>/story.html`.
pub fn story(template: &str, t: &Translation, site_url: &str) -> Result<String, String> {
    let lang =
        language(t.lang).ok_or_else(|| format!("`{}` is not one of the six languages", t.lang))?;
    let w = &t.words;
    let rtl = lang.rtl;
    let english = data::steps();
    let mut body = format_html!(
        concat!(
            "<main class=\"story-page\">{switch}",
            "<p class=\"translation-note\">{translated} <a href=\"{english}\" hreflang=\"en\" lang=\"en\">{read}</a></p>",
            "<p class=\"kicker\">{kicker}</p><h1>{title}</h1><p class=\"standfirst\">{standfirst}</p>",
        ),
        switch = switcher(lang, w.languages),
        translated = w.translated,
        english = story_href(ENGLISH, lang, ""),
        read = w.read_in_english,
        kicker = t.kicker,
        title = t.title,
        standfirst = t.standfirst
    );
    for (n, step) in t.steps.iter().enumerate() {
        let en = english
            .iter()
            .find(|s| s.slug == step.slug)
            .ok_or_else(|| format!("step `{}` is not in the English story", step.slug))?;
        let position = w
            .step_of
            .replace("{n}", &(n + 1).to_string())
            .replace("{total}", &t.steps.len().to_string());
        write_html!(
            body,
            concat!(
                "<section class=\"story-step\" id=\"{slug}\"><p class=\"step-position\">{position} · <time datetime=\"{when}\">{when_label}</time></p>",
                "<h2>{title}</h2><p class=\"step-summary\">{summary}</p>{text}",
                "<p class=\"step-open\"><a href=\"../step-{slug}.html\" hreflang=\"en\">{open}</a></p>",
                "<section class=\"step-sources\"><h3>{sources}</h3><div lang=\"en\" dir=\"ltr\"><ul>{items}</ul></div></section></section>",
            ),
            slug = step.slug,
            position,
            when = en.when,
            when_label = step.when_label,
            title = step.title,
            summary = step.summary,
            text = paragraphs(step.body, rtl),
            open = w.open_explainer,
            sources = w.sources,
            items = source_items(en.sources)
        );
    }
    write_html!(
        body,
        "<footer><p>{credit}</p></footer></main>",
        credit = t.credit
    );
    let head = format_html!(
        concat!(
            "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>{story} · {title}</title>",
            "<meta name=\"description\" content=\"{standfirst}\">",
            "<link rel=\"icon\" href=\"{icon}\" type=\"image/png\">{alternates}",
        ),
        story = w.story_title,
        title = t.title,
        standfirst = t.standfirst,
        icon = favicon::data_url(),
        alternates = alternates(lang, site_url)
    );
    Ok(format!(
        "<!doctype html><html lang=\"{tag}\" dir=\"{dir}\"><head>{}{}</head><body>{}</body></html>",
        head.as_str(),
        stylesheets_from_folder(template)?,
        body.as_str(),
        tag = lang.tag,
        dir = lang.dir()
    ))
}
