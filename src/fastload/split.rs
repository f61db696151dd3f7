//! The two-halves read of a large file: a second thread reads from the
//! first record after the middle to the end, and the first thread takes
//! its work over only on reaching that very place (see [`Split`]).

use std::fs::File;
use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;

use serde::Deserialize;

use super::de::Parser;
use super::stream::Stream;
use super::{BLOCK, Input, Parts, SPLIT_WINDOW, fields};
use crate::model::{Agreement, Commitment, Event, Partnership};

/// What the second thread parsed: the rest of a list of records from the
/// guessed middle of the file, the dataset's fields after that list, and
/// the file offset just past the dataset's `)`.
pub(super) struct Tail {
    pub(super) list: TailList,
    pub(super) after: Parts,
    pub(super) end: u64,
}

pub(super) enum TailList {
    Partnerships(Vec<Partnership>),
    Agreements(Vec<Agreement>),
    Commitments(Vec<Commitment>),
    Events(Vec<Event>),
}

/// The second half of the file, parsed on its own thread: past the middle,
/// the thread finds the first line that starts a record (a `(` after a
/// line ending in `,`), tells the first half where (`at`), and parses from
/// there to the end of that list. It cannot know whether the line is
/// really a record of a list of records (it could be inside a string or a
/// nested list): the first half confirms it by reaching that very offset
/// at the start of an element of the same kind of list, and only then
/// takes the rest; otherwise it drops it and parses on alone. So the
/// dataset is the one a single thread builds, whatever the guess.
pub(super) struct Split {
    /// The guessed start, once found; `u64::MAX` until then or if none.
    at: Arc<AtomicU64>,
    /// Bytes the second thread has read, for the progress shown.
    pub(super) read: Arc<AtomicU64>,
    cancel: Arc<AtomicBool>,
    thread: Option<JoinHandle<Option<Tail>>>,
}

impl Split {
    /// Starts the second thread on `file`, the file the first thread has
    /// open (not its path: a file renamed over it meanwhile is not read).
    #[cfg(unix)]
    pub(super) fn start(file: &File, middle: u64, cap: u64) -> Option<Split> {
        let at = Arc::new(AtomicU64::new(u64::MAX));
        let cancel = Arc::new(AtomicBool::new(false));
        let file = file.try_clone().ok()?;
        let read = Arc::new(AtomicU64::new(0));
        let (at2, read2, cancel2) = (Arc::clone(&at), Arc::clone(&read), Arc::clone(&cancel));
        let thread = std::thread::Builder::new()
            .name("accords-read".into())
            .spawn(move || second_half(file, middle, cap, &at2, &read2, cancel2))
            .ok()?;
        Some(Split {
            at,
            read,
            cancel,
            thread: Some(thread),
        })
    }

    /// (Reading at an offset of its own needs `pread`: elsewhere, one thread.)
    #[cfg(not(unix))]
    pub(super) fn start(_: &File, _: u64, _: u64) -> Option<Split> {
        None
    }

    pub(super) fn at(&self) -> u64 {
        self.at.load(Ordering::Acquire)
    }

    /// Tells the second thread to stop.
    pub(super) fn abandon(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Waits for the second thread's work, telling `report` how much of
    /// the file it has read meanwhile.
    pub(super) fn join(mut self, report: impl Fn(u64)) -> Option<Tail> {
        let thread = self.thread.take()?;
        while !thread.is_finished() {
            report(self.read.load(Ordering::Relaxed));
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        thread.join().ok().flatten()
    }
}

impl Drop for Split {
    fn drop(&mut self) {
        self.abandon();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Offsets (from the start of `window`) of lines that may start a record:
/// optional white space then `(`, after a line whose last character that
/// is not white space is a `,`.
fn record_starts(window: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', window).filter_map(|nl| {
        let indent = window[nl + 1..]
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let start = nl + 1 + indent;
        if window.get(start) != Some(&b'(') {
            return None;
        }
        let before = window[..nl]
            .iter()
            .rev()
            .find(|&&b| !matches!(b, b' ' | b'\t' | b'\r'));
        (before == Some(&b',')).then_some(start)
    })
}

/// The file the first thread has open, read by the second at offsets of
/// its own (`pread`), which leaves the first thread's offset alone.
/// Like [`Capped`], a read past `cap` fails.
#[cfg(unix)]
struct At {
    file: File,
    pos: u64,
    cap: u64,
}

#[cfg(unix)]
impl Read for At {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = std::os::unix::fs::FileExt::read_at(&self.file, buf, self.pos)?;
        self.pos += n as u64;
        if self.pos > self.cap {
            return Err(std::io::Error::other("the file grew past the size limit"));
        }
        Ok(n)
    }
}

#[cfg(unix)]
impl Input for At {
    fn jump(&mut self, to: u64) -> std::io::Result<()> {
        self.pos = to;
        Ok(())
    }
}

/// Whether a whole `T`, then `,` or `]`, reads at `start` of `text`.
#[cfg(unix)]
fn reads_as<T: for<'de> Deserialize<'de>>(text: &str, start: usize) -> bool {
    let mut p = Parser {
        text,
        src: text.as_bytes(),
        pos: start,
        last: false,
        base: 0,
    };
    T::deserialize(&mut p)
        .and_then(|_| p.separator(b']'))
        .is_ok()
}

/// The kinds of record list the second half may start in.
#[cfg(unix)]
#[derive(Clone, Copy)]
enum RecordKind {
    Partnership,
    Agreement,
    Commitment,
    Event,
}

/// The second thread's work (see [`Split`]): the first line past `middle`
/// that starts a record (tried on the block read there), then from it to
/// the end of the file.
#[cfg(unix)]
fn second_half(
    file: File,
    middle: u64,
    cap: u64,
    at: &AtomicU64,
    read: &AtomicU64,
    cancel: Arc<AtomicBool>,
) -> Option<Tail> {
    let report = |n: u64| read.store(n, Ordering::Relaxed);
    let mut reader = At {
        file,
        pos: middle,
        cap,
    };
    let mut window = vec![0; SPLIT_WINDOW];
    let got = read_full(&mut reader, &mut window).ok()?;
    window.truncate(got);
    // Whole chars only (the block may end inside one).
    let text = match std::str::from_utf8(&window) {
        Ok(text) => text,
        Err(e) => std::str::from_utf8(&window[..e.valid_up_to()]).ok()?,
    };
    let (start, kind) = record_starts(text.as_bytes()).find_map(|start| {
        let kind = if reads_as::<Agreement>(text, start) {
            RecordKind::Agreement
        } else if reads_as::<Commitment>(text, start) {
            RecordKind::Commitment
        } else if reads_as::<Event>(text, start) {
            RecordKind::Event
        } else if reads_as::<Partnership>(text, start) {
            RecordKind::Partnership
        } else {
            return None;
        };
        Some((start, kind))
    })?;
    let from = middle + start as u64;
    at.store(from, Ordering::Release);
    reader.pos = from;
    let mut s = Stream::new(reader, BLOCK, true, &report);
    s.base = from;
    s.cancel = Some(cancel);
    s.fill()?;
    let list = match kind {
        RecordKind::Agreement => TailList::Agreements(s.elements()?),
        RecordKind::Commitment => TailList::Commitments(s.elements()?),
        RecordKind::Event => TailList::Events(s.elements()?),
        RecordKind::Partnership => TailList::Partnerships(s.elements()?),
    };
    s.attempt(|p| p.separator(b')'))?;
    let mut after = Parts::default();
    fields(&mut s, &mut after)?;
    Some(Tail {
        list,
        after,
        end: s.offset(),
    })
}

/// Reads until `buf` is full or the file ends.
#[cfg(unix)]
fn read_full(file: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match file.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}
