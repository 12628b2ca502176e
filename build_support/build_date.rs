//! The date the explainer was last updated, for its citations: the last
//! commit's date when built from git, else `SOURCE_DATE_EPOCH` (reproducible
//! builds), else the day of the build (a tarball without git).

use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

/// `YYYY-MM-DD` of the day `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
pub fn iso_date_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Whether `s` looks like `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// The last commit's date (committer date, UTC) in the folder `root`, if it is a git checkout.
fn last_commit_date(root: &std::path::Path) -> Option<String> {
    let out = Command::new("git")
        .args(["log", "-1", "--format=%cd", "--date=format-local:%Y-%m-%d"])
        .env("TZ", "UTC")
        .current_dir(root)
        .output()
        .ok()?;
    let date = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && is_iso_date(&date)).then_some(date)
}

/// The explainer's last-updated date, `YYYY-MM-DD`.
pub fn last_updated(root: &std::path::Path, source_date_epoch: Option<&str>) -> String {
    if let Some(date) = last_commit_date(root) {
        return date;
    }
    let seconds = source_date_epoch
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    iso_date_from_days(seconds.div_euclid(86_400))
}

/// Files whose change means a new commit, so the date is read again.
pub fn git_files(root: &std::path::Path) -> Vec<String> {
    let ask = |what: &str| {
        Command::new("git")
            .args(["rev-parse", "--path-format=absolute", "--git-path", what])
            .current_dir(root)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_string())
    };
    ["HEAD", "logs/HEAD"].into_iter().filter_map(ask).collect()
}
