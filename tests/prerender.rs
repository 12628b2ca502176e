//! The static-page writer run as a program: absolute preview addresses
//! with SITE_URL, a clear refusal of a bad one.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;
use uncyber::data;

/// A folder holding the minimal shape of Trunk's index.html.
fn dist_with_template(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("uncyber-prerender-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><html><head><title>T</title><meta content=D name=description><link rel=stylesheet href=main.css></head><body><noscript>plain</noscript></body></html>",
    )
    .unwrap();
    dir
}

fn meta(html: &str, property: &str) -> String {
    let key = format!("property=\"{property}\" content=\"");
    let key = if html.contains(&key) {
        key
    } else {
        format!("name=\"{property}\" content=\"")
    };
    let start = html.find(&key).unwrap_or_else(|| panic!("no {property}")) + key.len();
    html[start..start + html[start..].find('"').unwrap()].to_string()
}

#[test]
fn with_site_url_every_preview_address_is_absolute() {
    let dir = dist_with_template("absolute");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .env("SITE_URL", "https://example.org/explainers/un-cyber")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for step in data::steps() {
        let html = std::fs::read_to_string(dir.join(format!("step-{}.html", step.slug))).unwrap();
        let page = format!("https://example.org/explainers/un-cyber/step-{}", step.slug);
        assert_eq!(meta(&html, "og:image"), format!("{page}.png"));
        assert_eq!(meta(&html, "twitter:image"), format!("{page}.png"));
        assert_eq!(meta(&html, "og:url"), format!("{page}.html"));
        assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{page}.html\">")));
        assert!(dir.join(format!("step-{}.png", step.slug)).is_file());
    }
}

#[test]
fn without_site_url_addresses_stay_relative_and_the_build_says_so() {
    let dir = dist_with_template("relative");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .env_remove("SITE_URL")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("SITE_URL is not set"));
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert_eq!(
        meta(&html, "og:image"),
        format!("step-{}.png", data::steps()[0].slug)
    );
    assert!(!html.contains("og:url"));
}

#[test]
fn a_malformed_site_url_is_refused_with_a_message() {
    for bad in [
        "example.org/x/",
        "javascript:alert(1)",
        "https://x.org/\"><script>",
    ] {
        let dir = dist_with_template("bad");
        let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
            .arg(&dir)
            .env("SITE_URL", bad)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{bad} was accepted");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("SITE_URL must be an http(s) address")
        );
    }
}

#[test]
fn the_data_downloads_are_written_beside_the_pages_and_linked_from_each() {
    use uncyber::model::export::{dataset_json, votes_csv, CSV_FILE, JSON_FILE};
    let dir = dist_with_template("downloads");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let csv = std::fs::read_to_string(dir.join(CSV_FILE)).unwrap();
    assert_eq!(csv, votes_csv(data::members(), data::votes()));
    assert_eq!(csv.trim_end().lines().count(), 1 + data::members().len());
    let json = std::fs::read_to_string(dir.join(JSON_FILE)).unwrap();
    assert_eq!(json, dataset_json(data::members(), data::votes()));
    // Every page links them, for readers without JavaScript.
    for step in data::steps() {
        let html = std::fs::read_to_string(dir.join(format!("step-{}.html", step.slug))).unwrap();
        assert!(
            html.contains(&format!("href=\"{CSV_FILE}\" download")),
            "{}",
            step.slug
        );
        assert!(
            html.contains(&format!("href=\"{JSON_FILE}\" download")),
            "{}",
            step.slug
        );
    }
}
