//! `--watch`: a thread that notices when the dataset file changes, reads and
//! checks it again, builds the catalog and the index, and hands the result
//! to the event loop. No terminal code; the interface thread never waits.
//!
//! The file is polled (its modification time, size and inode) rather than
//! watched through inotify/FSEvents: one `stat` per interval is free, works
//! the same on every platform and file system (network mounts included), and
//! sees editors that save by writing a new file and renaming it over the old.
//! A change is read once the file has stopped changing for one interval, so
//! a save in progress is not read half-written.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, SystemTime};

use crate::app::{Action, Reloaded};
use crate::catalog::Catalog;
use crate::diagnostic::Severity;
use crate::sanitize::{self, clean_line};
use crate::search::SearchIndex;

/// How often the file is looked at.
pub const INTERVAL: Duration = Duration::from_millis(250);

/// What identifies one version of the file: modification time, size, inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp(Option<SystemTime>, u64, u64);

fn stamp(path: &Path) -> Option<Stamp> {
    let m = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&m);
    #[cfg(not(unix))]
    let inode = 0;
    Some(Stamp(m.modified().ok(), m.len(), inode))
}

/// Reads, checks and indexes `path`: the action for the app, either the new
/// data or the file's first error as one line (`file:line:col: error: …`).
pub fn load(path: &Path, max_size: u64) -> Action {
    let silent = crate::pipeline::Progress::silent();
    if let Some(catalog) = crate::pipeline::open_fast(path, max_size, &silent) {
        let index = SearchIndex::new(&catalog);
        return Action::Reload(Reloaded(Arc::new((catalog, index))));
    }
    let checked = crate::pipeline::check_dataset(Some(path), max_size);
    let first_error = checked
        .diagnostics
        .iter()
        .position(|d| d.severity == Severity::Error);
    match (first_error, checked.dataset) {
        (None, Some(data)) => {
            // The text is only needed for diagnostics: free it first.
            drop(checked.text);
            let catalog = Catalog::new(data);
            let index = SearchIndex::new(&catalog);
            Action::Reload(Reloaded(Arc::new((catalog, index))))
        }
        (error, _) => {
            let line = error
                .map(|i| checked.diagnostics[i].render(&checked.path, Some(&checked.text)))
                .and_then(|r| r.lines().next().map(str::to_string))
                .unwrap_or_else(|| format!("{}: error: cannot be read", sanitize::path(path)));
            Action::ReloadFailed(clean_line(&line))
        }
    }
}

/// Starts watching `path`. Each time it changes and settles, the receiver
/// gets a [`Action::Reload`] or an [`Action::ReloadFailed`]. The thread
/// ends when the receiver is dropped.
pub fn spawn(
    path: PathBuf,
    max_size: u64,
    interval: Duration,
) -> std::io::Result<Receiver<Action>> {
    let (tx, rx) = mpsc::channel();
    // The version on disk now is the one the caller has: taken here, not
    // on the thread, so a save right after this call is not missed.
    let mut loaded = stamp(&path);
    std::thread::Builder::new()
        .name("accords-watch".into())
        .spawn(move || {
            let mut seen = loaded;
            loop {
                std::thread::sleep(interval);
                let now = stamp(&path);
                // Read only what has stopped changing, and only once.
                let settled = now == seen;
                seen = now;
                if !settled || now == loaded {
                    continue;
                }
                loaded = now;
                let action = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    load(&path, max_size)
                }))
                .unwrap_or_else(|_| {
                    Action::ReloadFailed(clean_line(&format!(
                        "{}: internal error while reading the file; please report this",
                        sanitize::path(&path)
                    )))
                });
                if tx.send(action).is_err() {
                    return;
                }
            }
        })?;
    Ok(rx)
}
