//! `Html`: markup as text, escaped by construction (on the model of maud's
//! `PreEscaped` and `Render`). Text gets in only escaped: `Html::text`,
//! `push_text`, or as an argument of `format_html!` / `write_html!`, whose
//! format string (a literal in the source) is the only markup written by
//! hand; an `Html` argument goes in as it is. There is no way around the
//! escaping: nothing the markup writes needs one (identifiers and numbers
//! pass through the escaping unchanged).

use std::fmt::{self, Write};

/// A piece of HTML. Its text is private: it leaves only as a `&str` or a
/// `String` (for `set_inner_html` or a file), and cannot come back in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    pub const fn new() -> Html {
        Html(String::new())
    }

    /// `text`, escaped.
    pub fn text(text: &str) -> Html {
        let mut out = Html::new();
        out.push_text(text);
        out
    }

    /// `text`, escaped, with a chance to wrap (`<wbr>`) after each `mark`.
    pub fn text_breaking_after(text: &str, mark: char) -> Html {
        let mut out = Html::new();
        for (n, part) in text.split(mark).enumerate() {
            if n > 0 {
                out.push_text(mark.encode_utf8(&mut [0; 4]));
                out.0.push_str("<wbr>");
            }
            out.push_text(part);
        }
        out
    }

    /// Appends markup.
    pub fn push(&mut self, html: &Html) {
        self.0.push_str(&html.0);
    }

    /// Appends `text`, escaped.
    pub fn push_text(&mut self, text: &str) {
        let _ = escape(&mut self.0, text);
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// For `format_html!` only, whose placeholders were checked at compile
    /// time to be its own (escaping) arguments.
    #[doc(hidden)]
    pub fn from_checked_format(args: fmt::Arguments) -> Html {
        Html(fmt::format(args))
    }

    /// For `write_html!` only (see `from_checked_format`).
    #[doc(hidden)]
    pub fn push_checked_format(&mut self, args: fmt::Arguments) {
        let _ = self.0.write_fmt(args);
    }
}

/// Read as text (to search it, or hand it to the page); never written to.
impl std::ops::Deref for Html {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// Written out as it is (a message, a file); it cannot come back in as
/// markup, since `format_html!` renders its arguments with `Render`.
impl fmt::Display for Html {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        out.write_str(&self.0)
    }
}

impl Extend<Html> for Html {
    fn extend<I: IntoIterator<Item = Html>>(&mut self, items: I) {
        for html in items {
            self.push(&html);
        }
    }
}

impl FromIterator<Html> for Html {
    fn from_iter<I: IntoIterator<Item = Html>>(items: I) -> Html {
        let mut out = Html::new();
        out.extend(items);
        out
    }
}

/// Writes `text` with `&`, `<`, `>` and `"` escaped: safe in text and in
/// double-quoted attributes (the only kind the markup writes).
fn escape(out: &mut dyn Write, text: &str) -> fmt::Result {
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => continue,
        };
        // The four are ASCII, so `i` is a character boundary.
        out.write_str(&text[start..i])?;
        out.write_str(entity)?;
        start = i + 1;
    }
    out.write_str(&text[start..])
}

/// How a value goes into markup: text escaped, `Html` as it is, numbers
/// as digits.
pub trait Render {
    fn render(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl Render for str {
    fn render(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        escape(out, self)
    }
}

impl Render for String {
    fn render(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        escape(out, self)
    }
}

impl Render for Html {
    fn render(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        out.write_str(&self.0)
    }
}

impl<T: Render + ?Sized> Render for &T {
    fn render(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).render(out)
    }
}

macro_rules! render_as_digits {
    ($($t:ty),*) => {$(
        impl Render for $t {
            fn render(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, out)
            }
        }
    )*};
}
render_as_digits!(u8, u16, u32, usize, i32, bool);

/// A `format_html!` argument, rendered by its `Render`.
#[doc(hidden)]
pub struct Rendered<'a, T: Render + ?Sized>(pub &'a T);

impl<T: Render + ?Sized> fmt::Display for Rendered<'_, T> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.render(out)
    }
}

/// Whether every `{placeholder}` in `format` names one of `names`, so
/// nothing reaches the markup through an implicitly captured variable
/// (which `format_args!` would write unescaped). Run at compile time.
#[doc(hidden)]
pub const fn placeholders_are_arguments(format: &str, names: &[&str]) -> bool {
    let b = format.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'{' {
            if i + 1 < b.len() && b[i + 1] == b'{' {
                i += 2;
                continue;
            }
            let start = i + 1;
            let mut end = start;
            while end < b.len() && b[end] != b'}' && b[end] != b':' {
                end += 1;
            }
            if !names_contain(names, b, start, end) {
                return false;
            }
            while end < b.len() && b[end] != b'}' {
                end += 1;
            }
            i = end + 1;
        } else {
            i += 1;
        }
    }
    true
}

const fn names_contain(names: &[&str], b: &[u8], start: usize, end: usize) -> bool {
    let mut n = 0;
    while n < names.len() {
        let name = names[n].as_bytes();
        if name.len() == end - start {
            let mut k = 0;
            while k < name.len() && name[k] == b[start + k] {
                k += 1;
            }
            if k == name.len() {
                return true;
            }
        }
        n += 1;
    }
    false
}

/// `format!` for markup: the format string is the markup, and every
/// placeholder is a named argument (`name = value`, or a variable's `name`
/// alone), rendered by `Render`: text escaped, `Html` as it is. A
/// placeholder that is not an argument fails to build.
///
/// `format_html!("<li class=\"{class}\">{name}</li>", class = c.slug(), name)`
#[macro_export]
macro_rules! format_html {
    ($format:expr $(, $name:ident $(= $value:expr)?)* $(,)?) => {{
        const _: () = assert!(
            $crate::html::escaped::placeholders_are_arguments($format, &[$(stringify!($name)),*]),
            "format_html!: every placeholder must be an argument"
        );
        $crate::html::escaped::Html::from_checked_format(format_args!(
            $format $(, $name = $crate::html::escaped::Rendered(&$crate::html_argument!($name $(= $value)?)))*
        ))
    }};
}

/// `write!` for markup: appends to an `Html` as `format_html!` writes.
#[macro_export]
macro_rules! write_html {
    ($out:expr, $format:expr $(, $name:ident $(= $value:expr)?)* $(,)?) => {{
        const _: () = assert!(
            $crate::html::escaped::placeholders_are_arguments($format, &[$(stringify!($name)),*]),
            "write_html!: every placeholder must be an argument"
        );
        $out.push_checked_format(format_args!(
            $format $(, $name = $crate::html::escaped::Rendered(&$crate::html_argument!($name $(= $value)?)))*
        ))
    }};
}

/// An argument of `format_html!`: `name = value`, or `name` alone for a
/// variable of that name (as `format!` captures it, but checked).
#[doc(hidden)]
#[macro_export]
macro_rules! html_argument {
    ($name:ident) => {
        $name
    };
    ($name:ident = $value:expr) => {
        $value
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_must_be_arguments() {
        assert!(placeholders_are_arguments(
            "<p>{a}{b:?}</p>{{x}}",
            &["a", "b"]
        ));
        assert!(!placeholders_are_arguments("<p>{a}{c}</p>", &["a"]));
        assert!(!placeholders_are_arguments("<p>{}</p>", &[]));
        assert!(placeholders_are_arguments("<p>{{}}</p>", &[]));
    }
}
