//! The command line: options, the `check` command, and opening a dataset
//! (read, parse, sanitize, validate) before any terminal mode is touched.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::catalog::Catalog;
use crate::diagnostic::Diagnostic;
use crate::load::{self, DEFAULT_MAX_SIZE, EMBEDDED, EMBEDDED_NAME, LoadError};
use crate::model::{Dataset, Domain, Lang};
use crate::sanitize;
use crate::validate::{self, has_errors};

#[derive(Debug, Parser)]
#[command(
    name = "accords",
    version,
    about = "Browse bilateral partnerships, agreements and commitments, French and English side by side",
    long_about = "Browse bilateral partnerships, agreements and commitments, French and English side by side.\n\n\
Without a command, opens the browser on the embedded Canada–Republic of Korea dataset \
(or on --data FILE). Press ? in the browser for the keys.",
    after_help = "Exit codes: 0 success, 1 the dataset has errors, 2 a file could not be read or the arguments are wrong."
)]
pub struct Cli {
    /// Open this RON dataset instead of the embedded one.
    #[arg(long, value_name = "FILE", global = true)]
    pub data: Option<PathBuf>,

    /// Start with this domain filter on (repeatable; records in any of them are shown).
    /// E.g. defence, cyber, space, hybrid-threats, defence-industry, classified-information, trade.
    #[arg(long, value_name = "DOMAIN", value_parser = parse_domain)]
    pub domain: Vec<Domain>,

    /// Interface language; defaults to the locale (LC_ALL, LC_MESSAGES, LANG), else English.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,

    /// Refuse dataset files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_SIZE, global = true)]
    pub max_size: u64,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate datasets (the embedded one when no file is given) and print diagnostics.
    Check {
        /// Dataset files to check.
        files: Vec<PathBuf>,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Fr,
    En,
}

fn parse_domain(s: &str) -> Result<Domain, String> {
    Domain::from_slug(s).ok_or_else(|| {
        let all: Vec<&str> = Domain::ALL.iter().map(|d| d.slug()).collect();
        format!("unknown domain \"{s}\"; one of: {}", all.join(", "))
    })
}

impl Cli {
    pub fn language(&self) -> Lang {
        match self.lang {
            Some(LangArg::Fr) => Lang::Fr,
            Some(LangArg::En) => Lang::En,
            None => locale_lang(),
        }
    }

    pub fn domains(&self) -> BTreeSet<Domain> {
        self.domain.iter().copied().collect()
    }
}

/// The language of the locale: French when the first set of LC_ALL,
/// LC_MESSAGES, LANG starts with `fr`, English otherwise.
pub fn locale_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .map_or(Lang::En, |v| {
            if v.starts_with("fr") {
                Lang::Fr
            } else {
                Lang::En
            }
        })
}

/// A dataset read and checked, with everything needed to report on it.
pub struct Checked {
    pub path: PathBuf,
    pub text: String,
    pub dataset: Option<Dataset>,
    pub diagnostics: Vec<Diagnostic>,
    /// Set when the file could not be read (exit code 2).
    pub unreadable: bool,
}

impl Checked {
    pub fn render(&self) -> String {
        self.diagnostics
            .iter()
            .map(|d| d.render(&self.path, Some(&self.text)))
            .collect()
    }
}

/// A progress line on stderr while a large file loads (only when stderr is
/// a terminal and the file is at least [`Progress::THRESHOLD`] bytes).
pub struct Progress {
    on: bool,
    start: std::time::Instant,
}

impl Progress {
    pub const THRESHOLD: u64 = 8 * 1024 * 1024;

    pub fn silent() -> Progress {
        Progress {
            on: false,
            start: std::time::Instant::now(),
        }
    }

    /// Progress for loading `path`, shown when it is large.
    pub fn for_file(path: Option<&Path>) -> Progress {
        use std::io::IsTerminal;
        let big = path
            .and_then(|p| std::fs::metadata(p).ok())
            .is_some_and(|m| m.len() >= Self::THRESHOLD);
        Progress {
            on: big && std::io::stderr().is_terminal(),
            start: std::time::Instant::now(),
        }
    }

    /// Shows the current stage, replacing the previous one.
    pub fn stage(&self, what: &str) {
        if self.on {
            eprint!(
                "\r\x1b[Kaccords: {what}… {:.1} s",
                self.start.elapsed().as_secs_f64()
            );
        }
    }

    /// Clears the progress line.
    pub fn done(&self) {
        if self.on {
            eprint!("\r\x1b[K");
        }
    }
}

/// Reads, parses, sanitizes and validates one dataset (the embedded one when
/// `path` is `None`).
pub fn check_dataset(path: Option<&Path>, max_size: u64) -> Checked {
    check_dataset_with(path, max_size, &Progress::silent())
}

/// [`check_dataset`], reporting each stage to `progress`.
pub fn check_dataset_with(path: Option<&Path>, max_size: u64, progress: &Progress) -> Checked {
    progress.stage("reading");
    let (path, text) = match path {
        None => (PathBuf::from(EMBEDDED_NAME), Ok(EMBEDDED.to_string())),
        Some(p) => (p.to_path_buf(), load::read_file(p, max_size)),
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            // Invalid UTF-8: quote the line from a lossy reading of the bytes.
            let text = match (&e, path.is_file()) {
                (LoadError::Utf8 { .. }, true) => std::fs::read(&path)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            return Checked {
                unreadable: matches!(e, LoadError::Read { .. }),
                diagnostics: vec![Diagnostic::from_load_error(&e)],
                path,
                text,
                dataset: None,
            };
        }
    };
    progress.stage("parsing");
    let parsed = load::parse(&path, &text);
    progress.stage("checking");
    match parsed {
        Err(e) => Checked {
            diagnostics: vec![Diagnostic::from_load_error(&e)],
            path,
            text,
            dataset: None,
            unreadable: false,
        },
        Ok(mut data) => {
            sanitize::dataset(&mut data);
            let mut diagnostics = validate::validate(&data);
            if text.starts_with('\u{feff}') {
                let mut bom = Diagnostic::warning(
                    "bom",
                    "the file starts with a UTF-8 byte-order mark; it is ignored",
                )
                .hint("save the file as UTF-8 without BOM");
                bom.position = Some((1, 1));
                diagnostics.push(bom);
            }
            let diagnostics = validate::finish(diagnostics, &text);
            Checked {
                path,
                text,
                dataset: Some(data),
                diagnostics,
                unreadable: false,
            }
        }
    }
}

/// Opens a dataset for the browser: any error is printed to stderr and
/// turned into an exit code. Warnings do not stop the browser.
pub fn open(path: Option<&Path>, max_size: u64, progress: &Progress) -> Result<Catalog, i32> {
    let checked = check_dataset_with(path, max_size, progress);
    progress.done();
    if checked.unreadable {
        eprint!("{}", checked.render());
        return Err(2);
    }
    if has_errors(&checked.diagnostics, false) || checked.dataset.is_none() {
        let errors: Vec<Diagnostic> = checked
            .diagnostics
            .iter()
            .filter(|d| d.severity == crate::diagnostic::Severity::Error)
            .cloned()
            .collect();
        let only_errors = Checked {
            diagnostics: errors,
            ..checked
        };
        eprint!("{}", only_errors.render());
        eprintln!(
            "accords: {} has errors; run `accords check {}` for every diagnostic",
            only_errors.path.display(),
            only_errors.path.display()
        );
        return Err(1);
    }
    progress.stage("linking records");
    Ok(Catalog::new(checked.dataset.expect("checked above")))
}

/// `accords check`: prints diagnostics for each file and returns the exit code.
pub fn run_check(files: &[PathBuf], strict: bool, format: Format, max_size: u64) -> i32 {
    let targets: Vec<Option<&Path>> = if files.is_empty() {
        vec![None]
    } else {
        files.iter().map(|f| Some(f.as_path())).collect()
    };
    let mut code = 0;
    let mut json = Vec::new();
    let mut out = std::io::stdout().lock();
    for t in targets {
        let progress = Progress::for_file(t);
        let c = check_dataset_with(t, max_size, &progress);
        progress.done();
        let file_code = if c.unreadable {
            2
        } else if has_errors(&c.diagnostics, strict) {
            1
        } else {
            0
        };
        code = code.max(file_code);
        match format {
            Format::Human => {
                let _ = write!(out, "{}", c.render());
                let (e, w) = count(&c.diagnostics);
                let status = if file_code == 0 { "ok" } else { "FAILED" };
                let _ = writeln!(
                    out,
                    "{}: {status}: {e} error(s), {w} warning(s)",
                    c.path.display()
                );
            }
            Format::Json => json.extend(c.diagnostics.iter().map(|d| d.to_json(&c.path))),
        }
    }
    if format == Format::Json {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&json).unwrap_or_else(|_| "[]".into())
        );
    }
    code
}

fn count(diags: &[Diagnostic]) -> (usize, usize) {
    let e = diags
        .iter()
        .filter(|d| d.severity == crate::diagnostic::Severity::Error)
        .count();
    (e, diags.len() - e)
}
