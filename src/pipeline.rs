//! The one way in: a dataset file (or the embedded one) read, parsed,
//! sanitized, validated and made a [`Catalog`], for the browser, the
//! commands and `--watch`. [`open_fast`] is the quick path
//! (`fastload`, validation beside the catalog's links); [`check_dataset`]
//! the ordinary one, which keeps the text for diagnostics with positions;
//! [`open`] tries the first and reports through the second. [`Progress`]
//! is the progress line of a large file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::catalog::Catalog;
use crate::cli::{say, shell_word};
use crate::diagnostic::Diagnostic;
use crate::load::{self, EMBEDDED, EMBEDDED_NAME, LoadError};
use crate::model::Dataset;
use crate::sanitize;
use crate::validate::{self, has_errors};

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
/// a terminal and the file is at least [`Progress::THRESHOLD`] bytes): the
/// stage and the seconds since the start, redrawn every quarter second by a
/// thread of its own so the clock moves during long stages.
pub struct Progress {
    /// `None` when nothing is shown.
    line: Option<Arc<Line>>,
    ticker: Mutex<Option<std::thread::JoinHandle<()>>>,
    /// The last percentage shown by [`Progress::fraction`].
    percent: std::cell::Cell<u8>,
}

struct Line {
    start: std::time::Instant,
    /// The stage shown; `None` once done.
    stage: Mutex<Option<String>>,
    wake: std::sync::Condvar,
    /// Where the line goes: stderr (tests catch it).
    out: Box<dyn Fn(&str) + Send + Sync>,
}

impl Line {
    /// Draws the line; the caller holds the lock on `stage`.
    fn draw(&self, stage: &str) {
        (self.out)(&format!(
            "\r\x1b[Kaccords: {stage}… {:.1} s",
            self.start.elapsed().as_secs_f64()
        ));
    }

    /// Redraws the line every quarter second until the stage is `None`.
    fn tick(&self) {
        let Ok(mut stage) = self.stage.lock() else {
            return;
        };
        loop {
            match &*stage {
                Some(s) => self.draw(s),
                None => return,
            }
            stage = match self.wake.wait_timeout(stage, Duration::from_millis(250)) {
                Ok((stage, _)) => stage,
                Err(_) => return,
            };
        }
    }
}

impl Progress {
    pub const THRESHOLD: u64 = 8 * 1024 * 1024;

    pub fn silent() -> Progress {
        Progress {
            line: None,
            ticker: Mutex::new(None),
            percent: std::cell::Cell::new(u8::MAX),
        }
    }

    /// Progress for loading `path`, shown when it is large.
    pub fn for_file(path: Option<&Path>) -> Progress {
        use std::io::IsTerminal;
        let big = path
            .and_then(|p| std::fs::metadata(p).ok())
            .is_some_and(|m| m.len() >= Self::THRESHOLD);
        if big && std::io::stderr().is_terminal() {
            // Raw on purpose (it erases the line); a failure is ignored.
            Progress::to(|s| {
                let _ = std::io::stderr().lock().write_all(s.as_bytes());
            })
        } else {
            Progress::silent()
        }
    }

    /// Progress shown through `out`.
    fn to(out: impl Fn(&str) + Send + Sync + 'static) -> Progress {
        let mut progress = Progress::silent();
        progress.line = Some(Arc::new(Line {
            start: std::time::Instant::now(),
            stage: Mutex::new(None),
            wake: std::sync::Condvar::new(),
            out: Box::new(out),
        }));
        progress
    }

    /// Shows the current stage, replacing the previous one.
    pub fn stage(&self, what: &str) {
        let Some(line) = &self.line else { return };
        if let Ok(mut stage) = line.stage.lock() {
            line.draw(what);
            *stage = Some(what.to_string());
        }
        let Ok(mut ticker) = self.ticker.lock() else {
            return;
        };
        if ticker.as_ref().is_none_or(|t| t.is_finished()) {
            let line = Arc::clone(line);
            *ticker = std::thread::Builder::new()
                .name("accords-progress".into())
                .spawn(move || line.tick())
                .ok();
        }
    }

    /// Shows a stage with how far it is, when the percentage changes.
    pub fn fraction(&self, what: &str, done: u64, total: u64) {
        if self.line.is_none() || total == 0 {
            return;
        }
        let percent = (done.min(total) * 100 / total) as u8;
        if self.percent.replace(percent) != percent {
            self.stage(&format!("{what} {percent}%"));
        }
    }

    /// Clears the progress line (and stops redrawing it).
    pub fn done(&self) {
        let Some(line) = &self.line else { return };
        if let Ok(mut stage) = line.stage.lock() {
            if stage.take().is_some() {
                (line.out)("\r\x1b[K");
            }
            line.wake.notify_all();
        }
        if let Some(ticker) = self.ticker.lock().ok().and_then(|mut t| t.take()) {
            let _ = ticker.join();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.done();
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
    let (path, read) = match path {
        None => (PathBuf::from(EMBEDDED_NAME), Ok(Ok(EMBEDDED.to_string()))),
        Some(p) => (
            p.to_path_buf(),
            load::read_bytes(p, max_size, load::Role::Dataset).map(String::from_utf8),
        ),
    };
    let failed = |e: LoadError, text: String| Checked {
        unreadable: matches!(e, LoadError::Read { .. }),
        diagnostics: vec![Diagnostic::from_load_error(&e)],
        path: path.clone(),
        text,
        dataset: None,
    };
    let text = match read {
        Ok(Ok(t)) => t,
        // Invalid UTF-8: the line is quoted from a lossy reading of the
        // bytes already read (the file is not read a second time).
        Ok(Err(e)) => {
            let err = load::utf8_error(&path, e.as_bytes(), e.utf8_error().valid_up_to());
            return failed(err, String::from_utf8_lossy(e.as_bytes()).into_owned());
        }
        Err(e) => return failed(e, String::new()),
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

/// The quick way in for the browser: the file read by [`crate::fastload`]
/// straight from disk and sanitized as it is parsed, then validated while
/// the catalog's links are resolved ([`Catalog::new_checked`]). `None` when the fast
/// reader gives up or validation finds an error: [`check_dataset_with`]
/// then reads the file again the ordinary way and reports, with positions.
pub fn open_fast(path: &Path, max_size: u64, progress: &Progress) -> Option<Catalog> {
    progress.stage("reading");
    let data = crate::fastload::read_reporting(path, max_size, &|read, size| {
        progress.fraction("reading", read, size);
    })?;
    progress.stage("checking and linking records");
    // Validation runs beside the catalog's links (both only read the
    // dataset); the records are moved in only when it finds no error.
    Catalog::new_checked(data, |d| !has_errors(&validate::validate(d), false))
}

/// Opens a dataset for the browser: any error is printed to stderr and
/// turned into an exit code. Warnings do not stop the browser.
pub fn open(path: Option<&Path>, max_size: u64, progress: &Progress) -> Result<Catalog, i32> {
    if let Some(catalog) = path.and_then(|p| open_fast(p, max_size, progress)) {
        progress.done();
        return Ok(catalog);
    }
    let checked = check_dataset_with(path, max_size, progress);
    progress.done();
    if checked.unreadable {
        say(&checked.render());
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
        say(&only_errors.render());
        let shown = sanitize::path(&only_errors.path);
        say(&format!(
            "accords: {shown} has errors; run `accords check {}` for every diagnostic",
            shell_word(&shown)
        ));
        return Err(1);
    }
    progress.stage("linking records");
    // The file's text was kept for diagnostics; there are none to show, and
    // freeing it before the catalog and the index are built lowers the peak.
    let Checked { dataset, text, .. } = checked;
    drop(text);
    Ok(Catalog::new(dataset.expect("checked above")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The progress line is redrawn while a stage lasts (its clock moves),
    /// and nothing is drawn once it is done.
    #[test]
    fn the_progress_line_keeps_ticking_until_done() {
        let shown = Arc::new(Mutex::new(Vec::<String>::new()));
        let sink = Arc::clone(&shown);
        let progress = Progress::to(move |s| sink.lock().unwrap().push(s.to_string()));
        progress.stage("indexing");
        let draws = || {
            let shown = shown.lock().unwrap();
            shown
                .iter()
                .filter(|s| s.contains("accords: indexing… "))
                .count()
        };
        // The stage's own draw, then the ticker's, a quarter second apart.
        let start = std::time::Instant::now();
        while draws() < 4 && start.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(draws() >= 4, "drawn {} times", draws());
        progress.done();
        let after = shown.lock().unwrap().len();
        assert_eq!(shown.lock().unwrap().last().unwrap(), "\r\x1b[K");
        std::thread::sleep(Duration::from_millis(600));
        assert_eq!(shown.lock().unwrap().len(), after, "drawn after done");
        // A later stage starts the clock's redraws again.
        progress.stage("linking records");
        let linking = || {
            let shown = shown.lock().unwrap();
            shown.iter().filter(|s| s.contains("linking")).count()
        };
        let start = std::time::Instant::now();
        while linking() < 3 && start.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(linking() >= 3, "drawn {} times", linking());
        drop(progress);
        assert_eq!(shown.lock().unwrap().last().unwrap(), "\r\x1b[K");
    }
}
