//! Every page of a build, in its language: `<html lang>` (and `dir`), the
//! same page's address in each of the six languages (`hreflang`, English as
//! the default), and at its end a switcher naming each language in itself
//! with, on a translated page, the notice that the English is the text of
//! record.
//! Arabic's and Chinese pages also get their scripts' style sheet.
//! An English page the app runs in starts with the offer of each other
//! language, hidden until the app finds the reader's browser prefers one.
//! The pages are written first; this goes over them in the build's folder.

use uncyber::html::page::{LANGUAGE_OFFER, LANGUAGE_SWITCH};
use uncyber::html::Html;
use uncyber::model::language::{language, Language, ENGLISH, LANGUAGES};
use uncyber::ui::LANG;
use uncyber::{format_html, ui, write_html};

/// Arabic's and Chinese type and the right-to-left mirroring
/// (style/scripts.css), written beside those builds' pages.
pub const SCRIPTS_CSS_FILE: &str = "scripts.css";
pub const SCRIPTS_CSS: &str = include_str!("../../../style/scripts.css");

/// Pages that stay English in every build: the codes to scan.
fn english_only(file: &str) -> bool {
    file.starts_with("qr-")
}

/// The build's language.
pub fn build_language() -> Language {
    language(LANG).unwrap_or(ENGLISH)
}

/// The address of `file` (a page's name, or "" for the folder's index) in
/// `to`'s folder, from a page of this build; absolute under `site_url` when
/// the build was given one.
fn href(file: &str, to: Language, site_url: &str) -> String {
    if !site_url.is_empty() {
        return format!("{site_url}{}{file}", to.folder());
    }
    let up = if LANG == "en" { "" } else { "../" };
    let here = format!("{up}{}{file}", to.folder());
    if here.is_empty() {
        "./".to_string()
    } else {
        here
    }
}

fn alternates(file: &str, site_url: &str) -> Html {
    let mut out = Html::new();
    for lang in LANGUAGES {
        write_html!(
            out,
            "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{href}\">",
            tag = lang.tag,
            href = href(file, lang, site_url)
        );
    }
    write_html!(
        out,
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{href}\">",
        href = href(file, ENGLISH, site_url)
    );
    out
}

/// The switcher: each language named in itself, links to this same page.
fn switcher(file: &str) -> Html {
    let here = build_language();
    let mut items = Html::new();
    for lang in LANGUAGES {
        let current = if lang == here {
            format_html!(" aria-current=\"page\"")
        } else {
            Html::new()
        };
        write_html!(
            items,
            "<li><a href=\"{href}\" hreflang=\"{tag}\" lang=\"{tag}\"{current}>{name}</a></li>",
            href = href(file, lang, ""),
            tag = lang.tag,
            current,
            name = lang.name
        );
    }
    let notice = if here == ENGLISH {
        Html::new()
    } else {
        format_html!(
            concat!(
                "<p class=\"translation-note\">",
                ui!(languages translated),
                " <a href=\"{english}\" hreflang=\"en\" lang=\"en\">",
                ui!(languages read_in_english),
                "</a></p>"
            ),
            english = href(file, ENGLISH, "")
        )
    };
    format_html!(
        concat!(
            "<nav class=\"{switch}\" aria-label=\"",
            ui!(languages switcher),
            "\"><ul>{items}</ul>{notice}</nav>"
        ),
        switch = LANGUAGE_SWITCH,
        items,
        notice
    )
}

/// The English page's offer of the five other languages, one hidden line
/// each in its own language (browser/page.rs shows the one the reader's
/// browser prefers). Never a redirect: the reader chooses.
fn offer(file: &str) -> Html {
    let mut lines = Html::new();
    for lang in LANGUAGES.into_iter().filter(|l| *l != ENGLISH) {
        write_html!(
            lines,
            "<p lang=\"{tag}\"{dir} hidden><a href=\"{href}\">{offer}</a></p>",
            tag = lang.tag,
            dir = if lang.rtl {
                format_html!(" dir=\"rtl\"")
            } else {
                Html::new()
            },
            href = href(file, lang, ""),
            offer = lang.offer
        );
    }
    format_html!(
        "<aside class=\"{class}\" hidden>{lines}</aside>",
        class = LANGUAGE_OFFER,
        lines
    )
}

/// Whether the app runs in `html`: Trunk's template loads its wasm.
fn runs_app(html: &str) -> bool {
    html.contains("_bg.wasm")
}

/// `html`, the page `file` of this build, in the build's language.
pub fn page(html: &str, file: &str, site_url: &str) -> Result<String, String> {
    if english_only(file) {
        return Ok(html.to_string());
    }
    let lang = build_language();
    let address = if file == "index.html" { "" } else { file };
    // The opening tag as written, whatever its attributes (the app's pages
    // come from Trunk's minified template, `<html lang=en>`).
    let tag_start = html
        .find("<html")
        .ok_or_else(|| format!("{file}: no <html> to mark with the page's language"))?;
    let tag_end = tag_start
        + html[tag_start..]
            .find('>')
            .ok_or_else(|| format!("{file}: an unclosed <html>"))?
        + 1;
    let marked = if lang == ENGLISH {
        "<html lang=\"en\">".to_string()
    } else {
        format!("<html lang=\"{}\" dir=\"{}\">", lang.tag, lang.dir())
    };
    let mut head = alternates(address, site_url).into_string();
    if matches!(lang.code, "ar" | "zh") {
        head.push_str(&format!(
            "<link rel=\"stylesheet\" href=\"{SCRIPTS_CSS_FILE}\">"
        ));
    }
    // The switcher ends the page, after the content: a page's skip links
    // come first, and the app moves it after itself when it starts.
    let body_end = html
        .rfind("</body>")
        .ok_or_else(|| format!("{file}: no </body>"))?;
    let head_end = html
        .find("</head>")
        .filter(|at| *at < body_end)
        .ok_or_else(|| format!("{file}: no </head>"))?;
    // The offer opens the body, before the app's skip links: it matters
    // first to the reader it is shown to.
    let body_start = html[head_end..body_end]
        .find("<body")
        .and_then(|at| Some(head_end + at + html[head_end + at..].find('>')? + 1))
        .ok_or_else(|| format!("{file}: no <body>"))?;
    let offered = if lang == ENGLISH && runs_app(html) {
        offer(address)
    } else {
        Html::new()
    };
    Ok([
        &html[..tag_start],
        &marked,
        &html[tag_end..head_end],
        &head,
        &html[head_end..body_start],
        offered.as_str(),
        &html[body_start..body_end],
        switcher(address).as_str(),
        &html[body_end..],
    ]
    .concat())
}

/// Every page in `dist` (this build's folder, not the languages' folders
/// inside the English one), in the build's language.
pub fn folder(dist: &str, site_url: &str) -> Result<usize, String> {
    let mut count = 0;
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{dist}: {e}"))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if !name.ends_with(".html") {
            continue;
        }
        let path = entry.path();
        let html = std::fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
        std::fs::write(&path, page(&html, &name, site_url)?).map_err(|e| format!("{name}: {e}"))?;
        count += 1;
    }
    if matches!(LANG, "ar" | "zh") {
        std::fs::write(format!("{dist}/{SCRIPTS_CSS_FILE}"), SCRIPTS_CSS)
            .map_err(|e| format!("{SCRIPTS_CSS_FILE}: {e}"))?;
    }
    Ok(count)
}
