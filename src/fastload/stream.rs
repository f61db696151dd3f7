//! The file read block by block ([`Stream`]), whole chars only, and the
//! lists in it: elements parsed one at a time, cleaned in batches on a
//! second thread, and where the second half of the file was read
//! elsewhere, that half taken over. The two-halves read itself is here too
//! ([`Split`]): a second thread reads from the first record after the
//! middle to the end, parsing with a `Stream` of its own, and the first
//! thread takes its work over only on reaching that very place.

use std::fs::File;
use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;

use serde::Deserialize;

use super::de::{Parser, Result, Stop};
use super::{BATCH, BLOCK, Input, Parts, SPLIT_WINDOW, fields};
use crate::model::{Agreement, Commitment, Event, Partnership, Party, Source};
use crate::sanitize::Clean;

/// The file, read block by block into `text` (whole chars only: the bytes
/// of a char cut by the end of a block wait in `carry`); `pos` is where
/// parsing goes on.
pub(super) struct Stream<'r, R> {
    reader: R,
    text: String,
    pos: usize,
    eof: bool,
    block: usize,
    raw: Vec<u8>,
    /// Clean strings as [`crate::sanitize::dataset`] does, while parsing.
    pub(super) clean: bool,
    /// Bytes read so far, told to `report` after each block.
    read: u64,
    report: &'r dyn Fn(u64),
    /// The file offset of `text[0]`.
    pub(super) base: u64,
    /// The second half of a list, parsed on another thread (first half).
    pub(super) split: Option<Split>,
    /// Set when the first half no longer wants this (second half).
    pub(super) cancel: Option<Arc<AtomicBool>>,
    /// Whether a list's rest came from the second thread.
    pub(super) joined: bool,
    /// The dataset's fields after that list, read there too.
    pub(super) after: Option<Parts>,
}

impl<'r, R: Input> Stream<'r, R> {
    pub(super) fn new(reader: R, block: usize, clean: bool, report: &'r dyn Fn(u64)) -> Self {
        Stream {
            reader,
            text: String::new(),
            pos: 0,
            eof: false,
            block: block.max(1),
            raw: Vec::new(),
            clean,
            read: 0,
            report,
            base: 0,
            split: None,
            cancel: None,
            joined: false,
            after: None,
        }
    }

    /// Drops what is parsed and reads at least one more block (as much as
    /// is still unparsed, so a huge element is read in a few doublings, not
    /// re-parsed once per block). `None` on a read error or invalid UTF-8.
    pub(super) fn fill(&mut self) -> Option<()> {
        self.base += self.pos as u64;
        self.text.drain(..self.pos);
        self.pos = 0;
        let want = self.block.max(self.text.len());
        let carried = self.raw.len();
        self.raw.resize(carried + want, 0);
        let mut got = carried;
        while got < self.raw.len() {
            match self.reader.read(&mut self.raw[got..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => got += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        }
        self.raw.truncate(got);
        self.read += (got - carried) as u64;
        // While the second thread reads the second half, its bytes count too.
        let second = self
            .split
            .as_ref()
            .map_or(0, |s| s.read.load(Ordering::Relaxed));
        (self.report)(self.read + second);
        let valid = match std::str::from_utf8(&self.raw) {
            Ok(s) => {
                self.text.push_str(s);
                s.len()
            }
            // A char cut by the end of the block: keep its bytes for later.
            Err(e) if e.error_len().is_none() && !self.eof => {
                let whole = e.valid_up_to();
                self.text
                    .push_str(std::str::from_utf8(&self.raw[..whole]).ok()?);
                whole
            }
            Err(_) => return None,
        };
        self.raw.drain(..valid);
        Some(())
    }

    /// Runs `f` on what is read; when it runs out, reads more and runs it
    /// again from the same place.
    pub(super) fn attempt<T>(
        &mut self,
        mut f: impl FnMut(&mut Parser<'_>) -> Result<T>,
    ) -> Option<T> {
        loop {
            let mut p = Parser {
                text: &self.text,
                src: self.text.as_bytes(),
                pos: self.pos,
                last: self.eof,
                base: self.base,
            };
            match f(&mut p) {
                Ok(value) => {
                    self.pos = p.pos;
                    return Some(value);
                }
                Err(Stop::Incomplete) if !self.eof => self.fill()?,
                Err(_) => return None,
            }
        }
    }

    /// A `[…]` list, one element at a time. With `clean` on, a second
    /// thread cleans the elements ([`Clean`]) in batches while the parse
    /// goes on.
    pub(super) fn list<T: Listed>(&mut self) -> Option<Vec<T>> {
        self.attempt(|p| {
            p.ws()?;
            p.expect(b'[')
        })?;
        self.elements()
    }

    /// The elements of a list up to its `]`, which is read.
    pub(super) fn elements<T: Listed>(&mut self) -> Option<Vec<T>> {
        if !self.clean {
            let mut out = Vec::new();
            loop {
                match self.element()? {
                    Next::Item(value) => out.push(value),
                    Next::End => return Some(out),
                    Next::Rest(mut rest) => {
                        out.append(&mut rest);
                        return Some(out);
                    }
                }
            }
        }
        std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<T>>(4);
            let cleaner = std::thread::Builder::new()
                .name("accords-clean".into())
                .spawn_scoped(scope, move || {
                    let mut all = Vec::new();
                    for mut batch in rx {
                        batch.iter_mut().for_each(Clean::clean);
                        all.append(&mut batch);
                    }
                    all
                });
            let mut batch = Vec::with_capacity(BATCH);
            let mut rest = Vec::new();
            loop {
                match self.element()? {
                    Next::Item(value) => batch.push(value),
                    Next::End => break,
                    // (Cleaned on its own thread already.)
                    Next::Rest(r) => {
                        rest = r;
                        break;
                    }
                }
                if batch.len() == BATCH && cleaner.is_ok() {
                    tx.send(std::mem::take(&mut batch)).ok()?;
                }
            }
            let mut all = match cleaner {
                Ok(cleaner) => {
                    tx.send(batch).ok()?;
                    drop(tx);
                    cleaner.join().ok()?
                }
                // No thread to be had: clean here.
                Err(_) => {
                    batch.iter_mut().for_each(Clean::clean);
                    batch
                }
            };
            all.append(&mut rest);
            Some(all)
        })
    }

    /// The next element of a list; its `]`; or, where the second half of
    /// the list was parsed on another thread, that half, after which the
    /// stream goes on past the list's `]`.
    fn element<T: Listed>(&mut self) -> Option<Next<T>> {
        if let Some(cancel) = &self.cancel {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
        }
        let split_at = self.split.as_ref().map(Split::at);
        let next = self.attempt(|p| {
            p.ws()?;
            if split_at == Some(p.base + p.pos as u64) {
                return Ok(None);
            }
            if p.peek()? == b']' {
                p.pos += 1;
                return Ok(Some(Next::End));
            }
            let value = T::deserialize(&mut *p)?;
            p.separator(b']')?;
            Ok(Some(Next::Item(value)))
        })?;
        if let Some(next) = next {
            // Parsed past the guessed start: the guess was wrong.
            if let (Some(at), Some(split)) = (split_at, &self.split) {
                if at != u64::MAX && at < self.base + self.pos as u64 {
                    split.abandon();
                    self.split = None;
                }
            }
            return Some(next);
        }
        // Here is where the other thread started: its half is this list's
        // rest, if it read the same kind of list.
        let split = self.split.take()?;
        let read = self.read;
        let Some(Tail { list, after, end }) = split.join(|second| (self.report)(read + second))
        else {
            // The other thread gave up: go on here.
            return self.element();
        };
        let Some(rest) = T::take(list) else {
            // It read another kind of list: go on here.
            return self.element();
        };
        self.jump(end)?;
        self.after = Some(after);
        self.joined = true;
        Some(Next::Rest(rest))
    }

    /// Goes on from file offset `to`, after what was parsed elsewhere.
    fn jump(&mut self, to: u64) -> Option<()> {
        self.reader.jump(to).ok()?;
        self.text.clear();
        self.raw.clear();
        self.pos = 0;
        self.base = to;
        self.read = to;
        self.eof = false;
        self.fill()
    }

    /// The file offset parsing has reached.
    pub(super) fn offset(&self) -> u64 {
        self.base + self.pos as u64
    }

    /// One value read whole.
    pub(super) fn value<T: for<'de> Deserialize<'de>>(&mut self) -> Option<T> {
        self.attempt(|p| T::deserialize(&mut *p))
    }
}

/// One step through a list.
enum Next<T> {
    Item(T),
    End,
    /// The rest of the list, parsed on the second thread.
    Rest(Vec<T>),
}

/// The element type of a list: the records' lists may be split.
pub(super) trait Listed: for<'de> Deserialize<'de> + Clean + Send {
    /// The list, if it is a list of these.
    fn take(_: TailList) -> Option<Vec<Self>> {
        None
    }
}

impl Listed for Party {}
impl Listed for Source {}

macro_rules! listed {
    ($t:ty, $variant:ident) => {
        impl Listed for $t {
            fn take(list: TailList) -> Option<Vec<Self>> {
                match list {
                    TailList::$variant(v) => Some(v),
                    _ => None,
                }
            }
        }
    };
}
listed!(Partnership, Partnerships);
listed!(Agreement, Agreements);
listed!(Commitment, Commitments);
listed!(Event, Events);

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
