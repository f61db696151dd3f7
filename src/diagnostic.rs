//! Diagnostics about a dataset, printed in the style of rustc
//! (`path:line:col: error: …`, the line, a caret, a hint) or as JSON.

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::load::LoadError;
use crate::sanitize::clean_line;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// Where in the file a diagnostic points: the record (by id) and a piece of
/// text inside it (a field name, a quoted id). Resolved to a line and column
/// against the file's text when printed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Anchor {
    /// The `id` of the record, party or source concerned.
    pub id: Option<String>,
    /// Text to find after the id, e.g. `sources:` or `"no-such-id"`.
    pub needle: Option<String>,
    /// Which occurrence of the id (0 = first); duplicates point at the second.
    pub nth: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable short name of the check, e.g. `unknown-reference`.
    pub code: &'static str,
    pub message: String,
    pub hint: Option<String>,
    pub anchor: Anchor,
    /// 1-based line and column (in chars), once resolved.
    pub position: Option<(usize, usize)>,
    /// Width of the span under the caret, in chars.
    pub len: usize,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            hint: None,
            anchor: Anchor::default(),
            position: None,
            len: 1,
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn at(mut self, id: &str, needle: Option<String>) -> Diagnostic {
        self.anchor.id = Some(id.to_string());
        self.anchor.needle = needle;
        self
    }

    pub fn nth(mut self, nth: usize) -> Diagnostic {
        self.anchor.nth = nth;
        self
    }

    /// The diagnostic for a file that failed to load.
    pub fn from_load_error(e: &LoadError) -> Diagnostic {
        match e {
            LoadError::Read { message, .. } => {
                Diagnostic::error("read", format!("cannot read: {message}"))
            }
            LoadError::Utf8 {
                offset, line, col, ..
            } => {
                let mut d = Diagnostic::error(
                    "invalid-utf8",
                    format!("invalid UTF-8 at byte offset {offset}"),
                )
                .hint("save the file as UTF-8");
                d.position = Some((*line, *col));
                d
            }
            LoadError::Parse {
                line,
                col,
                len,
                message,
                ..
            } => {
                let mut d = Diagnostic::error("syntax", message.clone());
                d.hint = syntax_hint(message);
                d.position = Some((*line, *col));
                d.len = *len;
                d
            }
        }
    }

    /// Finds the line and column of the anchor in `text`.
    pub fn resolve(&mut self, text: &str) {
        if self.position.is_some() {
            return;
        }
        let Some(id) = &self.anchor.id else { return };
        let key = format!("\"{id}\"");
        let mut from = None;
        let mut search = 0;
        for _ in 0..=self.anchor.nth {
            // An id is written `id: "x"`; take the quoted value after `id:`.
            let Some(off) = find_id(&text[search..], &key) else {
                break;
            };
            from = Some(search + off);
            search += off + key.len();
        }
        let Some(start) = from else { return };
        let (at, len) = match &self.anchor.needle {
            Some(n) => match text[start..].find(n.as_str()) {
                Some(o) => (start + o, n.chars().count()),
                None => (start, key.chars().count()),
            },
            None => (start, key.chars().count()),
        };
        let line = text[..at].matches('\n').count() + 1;
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let col = text[line_start..at].chars().count() + 1;
        self.position = Some((line, col));
        self.len = len.max(1);
    }

    /// Prints in the style of rustc, quoting the offending line of `text`.
    pub fn render(&self, path: &Path, text: Option<&str>) -> String {
        let mut out = String::new();
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let message = shown_message(&self.message);
        let shown = crate::sanitize::path(path);
        match self.position {
            Some((line, col)) => {
                let _ = writeln!(out, "{shown}:{line}:{col}: {sev}: {message}");
                if let Some(src) = text.and_then(|t| t.lines().nth(line - 1)) {
                    // A long line is quoted as a window around the column.
                    let (src, col) = window(src, col);
                    let src = clean_line(&src);
                    let num = line.to_string();
                    let pad = " ".repeat(num.len());
                    let before: String = src.chars().take(col - 1).collect();
                    let under: String = src.chars().skip(col - 1).take(self.len.min(60)).collect();
                    let _ = writeln!(out, "{pad} |");
                    let _ = writeln!(out, "{num} | {src}");
                    let _ = writeln!(
                        out,
                        "{pad} | {}{}",
                        " ".repeat(before.width()),
                        "^".repeat(under.width().max(1))
                    );
                }
            }
            None => {
                let _ = writeln!(out, "{shown}: {sev}: {message}");
            }
        }
        if let Some(h) = &self.hint {
            let _ = writeln!(out, "  = hint: {}", shown_hint(h));
        }
        out
    }

    pub fn to_json(&self, path: &Path) -> serde_json::Value {
        serde_json::json!({
            "file": crate::sanitize::path(path),
            "severity": self.severity,
            "code": self.code,
            "message": shown_message(&self.message),
            "line": self.position.map(|p| p.0),
            "column": self.position.map(|p| p.1),
            "hint": self.hint.as_deref().map(shown_hint),
        })
    }
}

pub use crate::sanitize::shown_message;

/// A hint as printed: our own text, whose code samples run longer than a
/// value; only the whole is cut.
fn shown_hint(hint: &str) -> String {
    crate::sanitize::clip(hint, usize::MAX)
}

/// Chars of context quoted before and after the column on a long line.
const QUOTE_BEFORE: usize = 40;
const QUOTE_AFTER: usize = 60;

/// The part of `line` around `col` (1-based, in chars), and the column in it.
fn window(line: &str, col: usize) -> (String, usize) {
    let n = line.chars().count();
    if n <= QUOTE_BEFORE + QUOTE_AFTER {
        return (line.to_string(), col);
    }
    let start = col.saturating_sub(1).saturating_sub(QUOTE_BEFORE);
    let end = (col - 1 + QUOTE_AFTER).min(n);
    let mut out: String = line.chars().skip(start).take(end - start).collect();
    let mut col = col - start;
    if start > 0 {
        out.insert(0, '…');
        col += 1;
    }
    if end < n {
        out.push('…');
    }
    (out, col)
}

/// A hint for the parser's messages that have a usual cause.
fn syntax_hint(message: &str) -> Option<String> {
    let hint = if message.starts_with("Expected comma") {
        "a `,` is missing after the previous value"
    } else if message.starts_with("Unexpected field") {
        "check the spelling; docs/dataset.md lists every field of every type"
    } else if message.starts_with("Unexpected variant") {
        "enum values are written bare and capitalised, e.g. `InForce`; docs/dataset.md lists them"
    } else if message.starts_with("Unexpected missing field") {
        "add the field; docs/dataset.md says which fields are required"
    } else if message.contains("date") {
        "dates are written \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\""
    } else if message.starts_with("Expected opening `[`") {
        "this field holds a list: write `[...]`, e.g. `[\"ca\", \"kr\"]`"
    } else {
        return None;
    };
    Some(hint.to_string())
}

/// The byte offset of `key` (a quoted id) where it is the value of an `id:` field.
fn find_id(text: &str, key: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(o) = text[from..].find(key) {
        let at = from + o;
        let before = text[..at].trim_end();
        if before.ends_with("id:") && !before.ends_with("_id:") {
            return Some(at);
        }
        from = at + key.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_anchor_and_renders_a_caret() {
        let text = "Dataset(\n  agreements: [(\n    id: \"a\",\n    sources: [\"nope\"],\n  )],\n)";
        let mut d = Diagnostic::error("unknown-reference", "unknown source \"nope\"")
            .at("a", Some("\"nope\"".into()))
            .hint("add it to `sources`");
        d.resolve(text);
        assert_eq!(d.position, Some((4, 15)));
        let out = d.render(Path::new("f.ron"), Some(text));
        assert_eq!(
            out,
            "f.ron:4:15: error: unknown source \"nope\"\n  |\n4 |     sources: [\"nope\"],\n  |               ^^^^^^\n  = hint: add it to `sources`\n"
        );
    }

    #[test]
    fn duplicate_points_at_the_second_occurrence() {
        let text = "(id: \"x\"),\n(id: \"x\")";
        let mut d = Diagnostic::error("duplicate-id", "dup")
            .at("x", None)
            .nth(1);
        d.resolve(text);
        assert_eq!(d.position, Some((2, 6)));
    }

    #[test]
    fn long_lines_are_quoted_around_the_column() {
        let text = format!("{}X{}", "a".repeat(5000), "b".repeat(5000));
        let mut d = Diagnostic::error("x", "here");
        d.position = Some((1, 5001));
        let out = d.render(Path::new("f"), Some(&text));
        let quoted = out.lines().nth(2).unwrap();
        assert!(quoted.len() < 120, "{quoted}");
        assert!(quoted.contains("…aaaa") && quoted.contains("Xbbb") && quoted.ends_with('…'));
        let caret = out.lines().nth(3).unwrap();
        assert_eq!(
            caret.chars().position(|c| c == '^'),
            quoted.chars().position(|c| c == 'X')
        );
    }

    #[test]
    fn a_huge_value_in_a_message_is_cut() {
        let value = "X".repeat(10_000_000);
        let d = Diagnostic::error(
            "syntax",
            format!("Unexpected variant named `{value}` in enum `Status`"),
        );
        let out = d.render(Path::new("f"), None);
        assert!(out.len() < 200, "{} bytes", out.len());
        assert!(
            out.contains(&format!("`{}…` in enum `Status`", "X".repeat(60))),
            "{out}"
        );
        let json = d.to_json(Path::new("f")).to_string();
        assert!(json.len() < 300, "{} bytes", json.len());
        // Unquoted, the whole message is cut.
        let d = Diagnostic::error("x", "y".repeat(1_000_000));
        assert!(d.render(Path::new("f"), None).len() < 420);
        // Short values are left whole.
        let d = Diagnostic::error("x", "unknown source \"nope\" in `a`");
        assert!(
            d.render(Path::new("f"), None)
                .contains("unknown source \"nope\" in `a`")
        );
    }

    #[test]
    fn hostile_file_names_are_printed_cleaned() {
        let d = Diagnostic::error("x", "bad");
        let p = Path::new("ok\u{1b}]2;PWNED\u{7}\u{202e}.ron");
        let out = d.render(p, None);
        assert_eq!(out, "ok␛]2;PWNED␇.ron: error: bad\n");
        assert_eq!(d.to_json(p)["file"], "ok␛]2;PWNED␇.ron");
    }

    #[test]
    fn control_characters_in_messages_are_neutralised() {
        let d = Diagnostic::error("x", "bad \u{1b}]0;title\u{7}");
        let out = d.render(Path::new("f"), None);
        assert!(!out.contains('\u{1b}'));
        assert!(out.contains('\u{241b}'));
    }
}
