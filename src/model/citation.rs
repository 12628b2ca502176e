//! How to cite the explainer or one of its steps, in the styles reporters,
//! teachers and academics use: APA 7 and Chicago as text, and BibTeX.
//! Pure, so the app (which knows today's date) and the static pages (which
//! do not) write the same words.

use super::date::parse_iso;

/// When the explainer was last updated (`YYYY-MM-DD`): build.rs reads the
/// last commit's date, or the build's day where there is no git.
pub const UPDATED: &str = env!("UNCYBER_UPDATED");

/// The months' names, January first, in the build's language (the data's
/// dates are labelled by the build, from `date::MONTHS`).
const MONTHS: [&str; 12] = [
    ui_plain!(date january),
    ui_plain!(date february),
    ui_plain!(date march),
    ui_plain!(date april),
    ui_plain!(date may),
    ui_plain!(date june),
    ui_plain!(date july),
    ui_plain!(date august),
    ui_plain!(date september),
    ui_plain!(date october),
    ui_plain!(date november),
    ui_plain!(date december),
];

/// What is cited.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cited<'a> {
    /// The project, cited as author and publisher.
    pub author: &'a str,
    /// The explainer's title.
    pub site_title: &'a str,
    /// One step: its title, number (1-based), the number of steps and slug.
    pub step: Option<CitedStep<'a>>,
    /// The page's address: the step's own page when citing a step.
    pub url: &'a str,
    /// When the explainer was last updated (ISO date, from the build).
    pub updated: &'a str,
    /// When the reader looked (ISO date), if known: the browser fills it in.
    pub accessed: Option<&'a str>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CitedStep<'a> {
    pub title: &'a str,
    pub number: usize,
    pub total: usize,
    pub slug: &'a str,
}

/// The citation styles offered, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Apa,
    Chicago,
    Bibtex,
}

impl Style {
    pub const ALL: [Style; 3] = [Style::Apa, Style::Chicago, Style::Bibtex];

    pub fn label(self) -> &'static str {
        match self {
            Style::Apa => ui_plain!(citation apa),
            Style::Chicago => ui_plain!(citation chicago),
            Style::Bibtex => ui_plain!(citation bibtex),
        }
    }
}

/// "November 27, 2026", or the text as given if it is not an ISO date.
fn month_day_year(iso: &str) -> String {
    match parse_iso(iso) {
        Some((y, m, d)) => format!(
            ui_plain!(date day_pattern),
            month = MONTHS[usize::from(m) - 1],
            day = d,
            year = y
        ),
        None => iso.to_string(),
    }
}

/// APA's date: "2026, November 27".
fn apa_date(iso: &str) -> String {
    match parse_iso(iso) {
        Some((y, m, d)) => format!(
            ui_plain!(date apa_pattern),
            month = MONTHS[usize::from(m) - 1],
            day = d,
            year = y
        ),
        None => iso.to_string(),
    }
}

/// Ends a sentence after `text` unless it already ends in a stop.
fn closed(text: &str) -> String {
    if text.ends_with(['.', '?', '!']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// A title inside double quotes: quotation marks already in it become
/// single, as in “‘Authoritarian multilateralism’ and the internet”.
fn quoted_inside(title: &str, end: &str) -> String {
    let inner = title.replace('“', "‘").replace('”', "’");
    // Chicago puts the full stop inside the closing quotation marks.
    let (body, close) = match inner.strip_suffix('’') {
        Some(body) => (body, "’”"),
        None => (inner.as_str(), "”"),
    };
    let end = if body.ends_with(['.', '?', '!']) {
        ""
    } else {
        end
    };
    format!("“{body}{end}{close}")
}

/// BibTeX text: braces kept balanced and LaTeX's special characters escaped.
fn bibtex_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

impl Cited<'_> {
    pub fn text(&self, style: Style) -> String {
        match style {
            Style::Apa => self.apa(),
            Style::Chicago => self.chicago(),
            Style::Bibtex => self.bibtex(),
        }
    }

    /// APA 7, a web page with a group author that changes over time:
    /// Author. (Date). Title [Description]. Site. Retrieved Date, from URL
    pub fn apa(&self) -> String {
        let what = match self.step {
            Some(s) => format!(
                ui_plain!(citation apa_step),
                title = s.title,
                number = s.number,
                total = s.total,
                site = closed(self.site_title)
            ),
            None => format!(ui_plain!(citation apa_site), site = self.site_title),
        };
        let at = match self.accessed {
            Some(day) => format!(
                ui_plain!(citation apa_retrieved),
                date = month_day_year(day),
                url = self.url
            ),
            None => self.url.to_string(),
        };
        format!(
            "{}. ({}). {what} {at}",
            self.author.trim_end_matches('.'),
            apa_date(self.updated)
        )
    }

    /// Chicago (notes and bibliography), a web page:
    /// Author. “Title.” Site. Last modified Date. Accessed Date. URL.
    pub fn chicago(&self) -> String {
        let mut out = format!("{}. ", self.author.trim_end_matches('.'));
        match self.step {
            Some(s) => out.push_str(&format!(
                ui_plain!(citation chicago_step),
                title = quoted_inside(s.title, "."),
                number = s.number,
                total = s.total,
                site = closed(self.site_title)
            )),
            None => out.push_str(&format!(
                ui_plain!(citation chicago_site),
                site = quoted_inside(self.site_title, ".")
            )),
        }
        out.push(' ');
        out.push_str(&format!(
            ui_plain!(citation chicago_modified),
            date = month_day_year(self.updated)
        ));
        if let Some(day) = self.accessed {
            out.push(' ');
            out.push_str(&format!(
                ui_plain!(citation chicago_accessed),
                date = month_day_year(day)
            ));
        }
        out.push_str(&format!(" {}.", self.url));
        out
    }

    /// A BibTeX `@misc` entry (biblatex reads `url` and `urldate`).
    pub fn bibtex(&self) -> String {
        let year = parse_iso(self.updated).map_or("", |_| &self.updated[..4]);
        let (key, title, how) = match self.step {
            Some(s) => (
                format!("uncyber-{}-{year}", s.slug),
                s.title,
                format!(
                    ui_plain!(citation bibtex_step),
                    number = s.number,
                    total = s.total,
                    site = format!("\\emph{{{}}}", bibtex_text(self.site_title))
                ),
            ),
            None => (
                format!("uncyber-{year}"),
                self.site_title,
                ui_plain!(citation bibtex_site).to_string(),
            ),
        };
        let mut out = format!(
            "@misc{{{key},\n  author = {{{{{}}}}},\n  title = {{{{{}}}}},\n  howpublished = {{{how}}},\n  year = {{{year}}},\n  url = {{{}}},\n  note = {{{}}}",
            bibtex_text(self.author),
            bibtex_text(title),
            self.url,
            format!(ui_plain!(citation bibtex_updated), date = self.updated),
        );
        if let Some(day) = self.accessed {
            out.push_str(&format!(",\n  urldate = {{{day}}}"));
        }
        out.push_str("\n}");
        out
    }
}
