//! The user's configuration file: `$XDG_CONFIG_HOME/accords/config.ron`
//! (else `~/.config/accords/config.ron`). Every setting is optional; the
//! command line wins over the file, the file over the defaults. A file that
//! cannot be read or parsed is reported and the defaults are kept; a bad
//! setting is reported and that setting alone is ignored.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::keymap::Keymap;
use crate::model::Lang;
use crate::sanitize::clean_line;

/// Configuration files larger than this are refused.
pub const MAX_SIZE: u64 = 1024 * 1024;

/// The file as written; every field may be left out.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default, rename = "configuration")]
struct File {
    lang: Option<String>,
    theme: Option<String>,
    mouse: Option<bool>,
    keys: BTreeMap<String, Vec<String>>,
}

/// The settings read from the configuration file, and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Config {
    /// The file read, when one was.
    pub path: Option<PathBuf>,
    pub lang: Option<Lang>,
    /// `"dark"`, `"light"` or `"mono"`.
    pub theme: Option<String>,
    pub mouse: Option<bool>,
    /// The default keymap with the file's overrides applied.
    pub keymap: Keymap,
    /// One line per problem, each starting with the file's path.
    pub problems: Vec<String>,
}

/// Where the configuration file is looked for: `$XDG_CONFIG_HOME` when it is
/// an absolute path (as the XDG spec requires), else `$HOME/.config`.
pub fn default_path() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let base = xdg.or_else(|| {
        std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(h).join(".config"))
    })?;
    Some(base.join("accords").join("config.ron"))
}

/// Reads the configuration at `path`. A missing file is not a problem
/// unless `required` (it was named on the command line).
pub fn load(path: &Path, required: bool) -> Config {
    let shown = crate::sanitize::path(path);
    let problem = |msg: String| Config {
        path: Some(path.to_path_buf()),
        problems: vec![format!(
            "{shown}: {}; the defaults are used",
            clean_line(&msg)
        )],
        ..Config::default()
    };
    let text = match crate::load::read_text(path, MAX_SIZE, crate::load::Role::Config) {
        Ok(t) => t,
        Err(crate::load::LoadError::Read { .. }) if !required && !path.exists() => {
            return Config::default();
        }
        Err(e) => {
            // The error names the file itself; keep only what follows.
            let msg = e.to_string();
            let msg = msg
                .strip_prefix(&format!("{shown}:"))
                .unwrap_or(&msg)
                .trim();
            let msg = msg.strip_prefix("error:").unwrap_or(msg);
            return problem(msg.trim().to_string());
        }
    };
    parse(path, &text)
}

/// Reads configuration text (`path` names it in messages).
pub fn parse(path: &Path, text: &str) -> Config {
    let shown = crate::sanitize::path(path);
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: File = if body.trim().is_empty() {
        File::default()
    } else {
        match crate::load::ron_options().from_str(body) {
            Ok(f) => f,
            Err(e) => {
                let at = &e.span.start;
                return Config {
                    path: Some(path.to_path_buf()),
                    problems: vec![format!(
                        "{shown}:{}:{}: {}; the defaults are used",
                        at.line.max(1),
                        at.col.max(1),
                        crate::sanitize::shown_message(&e.code.to_string())
                    )],
                    ..Config::default()
                };
            }
        }
    };
    let mut problems = Vec::new();
    let lang = match file.lang.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None => None,
        Some("fr") => Some(Lang::Fr),
        Some("en") => Some(Lang::En),
        Some(other) => {
            problems.push(format!(
                "lang: {} is not \"fr\" or \"en\"; ignored",
                crate::sanitize::shown_message(&format!("\"{other}\""))
            ));
            None
        }
    };
    let theme = match file.theme.as_deref() {
        None => None,
        Some(t @ ("dark" | "light" | "mono")) => Some(t.to_string()),
        Some(other) => {
            problems.push(format!(
                "theme: {} is not \"dark\", \"light\" or \"mono\"; ignored",
                crate::sanitize::shown_message(&format!("\"{other}\""))
            ));
            None
        }
    };
    let (keymap, key_problems) =
        Keymap::patched(file.keys.iter().map(|(n, k)| (n.as_str(), k.as_slice())));
    problems.extend(
        key_problems
            .iter()
            .map(|p| crate::sanitize::shown_message(p)),
    );
    Config {
        path: Some(path.to_path_buf()),
        lang,
        theme,
        mouse: file.mouse,
        keymap,
        problems: problems
            .into_iter()
            .map(|p| format!("{shown}: {p}"))
            .collect(),
    }
}

/// A complete configuration file that changes nothing: every setting and
/// every key binding, commented out, ready to edit.
pub fn default_text() -> String {
    let mut out = String::from(
        "// accords configuration (RON). Every setting is optional and the ones\n\
         // left out keep their defaults; options on the command line win.\n\
         // Save as $XDG_CONFIG_HOME/accords/config.ron (~/.config/accords/config.ron).\n\
         (\n    \
         // Interface language: \"fr\" or \"en\" (default: from the locale).\n    \
         // lang: \"en\",\n\n    \
         // Colour theme: \"dark\", \"light\" or \"mono\" (NO_COLOR always means mono).\n    \
         // theme: \"dark\",\n\n    \
         // Mouse: click a tab, a row or a link; the wheel scrolls the pane under it.\n    \
         // mouse: true,\n\n    \
         // Key overrides: a binding's name and its keys, replacing the default\n    \
         // keys of that binding only (an empty list unbinds it). Keys: \"o\", \"O\",\n    \
         // \"C-o\" (Control), \"M-o\" (Alt), \"Enter\", \"Esc\", \"Tab\", \"S-Tab\",\n    \
         // \"Backspace\", \"Space\", \"Up\", \"Down\", \"Left\", \"Right\", \"Home\", \"End\",\n    \
         // \"PageUp\", \"PageDown\", \"F1\"…\"F12\". Ctrl-C always quits.\n    \
         // The defaults:\n    \
         keys: {\n",
    );
    for (name, keys) in Keymap::default().entries() {
        let keys: Vec<String> = keys.iter().map(|k| format!("{k:?}")).collect();
        out.push_str(&format!(
            "        // {:<28} [{}],\n",
            format!("\"{name}\":"),
            keys.join(", ")
        ));
    }
    out.push_str("    },\n)\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(text: &str) -> Config {
        parse(Path::new("c.ron"), text)
    }

    #[test]
    fn the_default_text_changes_nothing() {
        let c = cfg(&default_text());
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(c.keymap, Keymap::default());
        assert_eq!((c.lang, c.theme, c.mouse), (None, None, None));
    }

    #[test]
    fn the_default_text_uncommented_is_the_default_keymap() {
        let text = default_text();
        let (head, bindings) = text.split_at(text.find("keys: {").unwrap());
        let bindings: String = bindings
            .lines()
            .map(|l| match l.trim_start().strip_prefix("// \"") {
                Some(rest) => format!("\"{rest}\n"),
                None => format!("{l}\n"),
            })
            .collect();
        let text = format!("{head}{bindings}");
        let c = cfg(&text);
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(
            c.keymap.entries(),
            Keymap::default().entries(),
            "the listed defaults read back as the defaults"
        );
    }

    #[test]
    fn settings_are_read() {
        let c = cfg(r#"(lang: "fr", theme: "light", mouse: false, keys: {"list.open": ["o"]})"#);
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(c.lang, Some(Lang::Fr));
        assert_eq!(c.theme.as_deref(), Some("light"));
        assert_eq!(c.mouse, Some(false));
        assert_ne!(c.keymap, Keymap::default());
        assert_eq!(cfg("").problems, Vec::<String>::new());
    }

    #[test]
    fn a_broken_file_is_reported_with_its_position_and_the_defaults_kept() {
        let c = cfg("(\n  lang: \"fr\",\n  colour: \"red\",\n)");
        assert_eq!(c.problems.len(), 1);
        assert!(c.problems[0].starts_with("c.ron:3:"), "{:?}", c.problems);
        assert!(c.problems[0].contains("colour"), "{:?}", c.problems);
        assert_eq!(c.lang, None, "nothing from a broken file is used");
        let c = cfg("(lang: \"fr\"");
        assert!(c.problems[0].starts_with("c.ron:1:"), "{:?}", c.problems);
    }

    #[test]
    fn a_bad_setting_is_reported_and_the_others_kept() {
        let c =
            cfg(r#"(lang: "de", theme: "solarized", mouse: true, keys: {"list.open": ["Entr"]})"#);
        assert_eq!(c.problems.len(), 3, "{:?}", c.problems);
        assert!(c.problems.iter().all(|p| p.starts_with("c.ron: ")));
        assert_eq!(c.mouse, Some(true));
        assert_eq!((c.lang, c.theme), (None, None));
        assert_eq!(c.keymap, Keymap::default());
    }

    #[test]
    fn hostile_text_in_messages_is_made_visible() {
        let c = cfg("(theme: \"\\u{1b}]0;pwned\\u{7}\")");
        assert!(!c.problems[0].contains('\u{1b}'), "{:?}", c.problems);
    }

    #[test]
    fn missing_files() {
        let p = Path::new("/nonexistent/accords/config.ron");
        assert_eq!(load(p, false), Config::default());
        let c = load(p, true);
        assert_eq!(c.problems.len(), 1);
        assert!(c.problems[0].contains("no such file"), "{:?}", c.problems);
    }
}
