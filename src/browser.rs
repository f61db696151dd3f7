//! Opening a source's URL in the user's browser: `$BROWSER` (each of its
//! `:`-separated programs in turn), else `xdg-open`, else `open`. The
//! program is run directly with the URL as its only argument, never
//! through a shell, and only for http(s) URLs.

use std::process::{Command, Stdio};

/// The programs tried, in order, given the value of `$BROWSER`.
pub fn candidates(browser_var: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = browser_var
        .unwrap_or_default()
        .split(':')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    for fallback in ["xdg-open", "open"] {
        out.push(fallback.to_string());
    }
    out
}

/// Starts the first program of [`candidates`] that can be started on
/// `url` and returns its name; `None` when the URL is not http(s) or no
/// program could start. The program's output is discarded (it must not
/// draw over the interface) and it is reaped on a thread of its own.
pub fn open(url: &str) -> Option<String> {
    if !crate::app::openable_url(url) {
        return None;
    }
    let var = std::env::var("BROWSER").ok();
    for program in candidates(var.as_deref()) {
        let child = Command::new(&program)
            .arg(url)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        if let Ok(mut child) = child {
            let _ = std::thread::Builder::new()
                .name("accords-browser".into())
                .spawn(move || child.wait());
            return Some(program);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_lists_come_before_the_fallbacks() {
        assert_eq!(candidates(None), ["xdg-open", "open"]);
        assert_eq!(
            candidates(Some("firefox: /usr/bin/w3m ::")),
            ["firefox", "/usr/bin/w3m", "xdg-open", "open"]
        );
    }

    #[test]
    fn only_web_urls_are_opened() {
        for url in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "ftp://example.org",
            "https://example.org/a b",
            "",
        ] {
            assert_eq!(open(url), None, "{url}");
        }
    }
}
