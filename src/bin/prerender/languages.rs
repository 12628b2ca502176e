//! The story pages' six languages: each page's `hreflang` alternates and
//! its switcher, naming each language in itself (model/language.rs).

use uncyber::html::page::STORY_PAGE;
use uncyber::html::Html;
use uncyber::model::language::{Language, ENGLISH, LANGUAGES};
use uncyber::{format_html, write_html};

/// The address of `lang`'s story page from a page in `from`'s folder, or
/// absolute under `site_url` when the build was given one.
pub fn story_href(lang: Language, from: Language, site_url: &str) -> String {
    if !site_url.is_empty() {
        return format!("{site_url}{}{STORY_PAGE}", lang.folder());
    }
    let up = if from.code == "en" { "" } else { "../" };
    format!("{up}{}{STORY_PAGE}", lang.folder())
}

/// The `<link rel="alternate">` of every language's story page, and the
/// English as the default.
pub fn alternates(from: Language, site_url: &str) -> Html {
    let mut out = Html::new();
    for lang in LANGUAGES {
        write_html!(
            out,
            "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{href}\">",
            tag = lang.tag,
            href = story_href(lang, from, site_url)
        );
    }
    write_html!(
        out,
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{href}\">",
        href = story_href(ENGLISH, from, site_url)
    );
    out
}

/// The six languages, each named in itself and marked as such, the page's
/// own as the current one.
pub fn switcher(from: Language, label: &str) -> Html {
    let mut items = Html::new();
    for lang in LANGUAGES {
        let current = if lang == from {
            format_html!(" aria-current=\"page\"")
        } else {
            Html::new()
        };
        write_html!(
            items,
            "<li><a href=\"{href}\" hreflang=\"{tag}\" lang=\"{tag}\"{current}>{name}</a></li>",
            href = story_href(lang, from, ""),
            tag = lang.tag,
            current,
            name = lang.name
        );
    }
    format_html!(
        "<nav class=\"language-switch\" aria-label=\"{label}\"><ul>{items}</ul></nav>",
        label,
        items
    )
}
