//! Presenter mode's codes to scan: for each step, `qr-<slug>.html` holds a
//! QR code of the step's page at the site's address, and the address as
//! text, as a part the app lifts (html/fill.rs); opened on its own, it is a
//! page with the code a teacher can print. Made here, at build time,
//! with no network. Only SITE_URL gives an address a pupil's phone can
//! open (a relative one means nothing to a camera): without it the part is
//! the step's page name alone, as the app shows before the file arrives.

use qrcodegen::{QrCode, QrCodeEcc};
use uncyber::html::fill::part;
use uncyber::html::Html;
use uncyber::widgets::step::write::QR_PART;
use uncyber::{format_html, ui, write_html};

/// The file's name for step `slug`.
pub fn file_name(slug: &str) -> String {
    format!("qr-{slug}.html")
}

/// The code for `url`, dark modules as one path, with a quiet zone of four
/// modules, scaled by the page.
fn code_svg(url: &str) -> Result<Html, String> {
    let code = QrCode::encode_text(url, QrCodeEcc::Medium)
        .map_err(|e| format!("no QR code for {url}: {e:?}"))?;
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let side = size + 8;
    Ok(format_html!(
        concat!(
            "<svg class=\"qr-code\" viewBox=\"0 0 {side} {side}\" role=\"img\" aria-label=\"", ui!(qr code_of), "\" shape-rendering=\"crispEdges\">",
            "<rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"></rect><path fill=\"#000\" d=\"{d}\"></path></svg>",
        ),
        side,
        url,
        d
    ))
}

/// The page for step `slug`, titled `title`, on the site at `site_url`
/// (empty where unknown).
pub fn file(title: &str, site_url: &str, slug: &str) -> Result<String, String> {
    let page = format!("step-{slug}.html");
    let inner = if site_url.is_empty() {
        format_html!(
            concat!("<p class=\"present-link\">", ui!(qr this_step), "</p>"),
            link = format_html!("<a href=\"{page}\">{page}</a>", page)
        )
    } else {
        let url = format!("{site_url}{page}");
        let mut inner = code_svg(&url)?;
        write_html!(
            inner,
            concat!("<p class=\"present-link\">", ui!(qr scan_or_open), "</p>"),
            link = format_html!("<a href=\"{url}\">{url}</a>", url)
        );
        inner
    };
    Ok(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title></head><body>{}</body></html>\n",
        format_html!("{title}", title).as_str(),
        part(QR_PART, &inner).as_str()
    ))
}
