//! The fast path for opening a dataset file: the subset of RON that dataset
//! files are written in, parsed straight from the file in blocks, so the
//! whole text is never held in memory and no time is spent on the general
//! RON machinery.
//!
//! It never reports an error. Whenever the file leaves the subset — a block
//! comment, a raw string, an escape other than `\" \\ \' \n \r \t \0
//! \u{…}`, a non-ASCII identifier, an unknown field, a syntax error, invalid
//! UTF-8… — it gives up and returns `None`, and the caller reads the file the
//! ordinary way ([`crate::load::parse`], that is `ron`), which either accepts
//! the file or reports the problem with its line and column. So errors are
//! always ron's errors, and for every file this reader accepts, the dataset
//! is the one `ron` builds (tests/fast_load.rs checks it on the corpus, on
//! generated data read through blocks as small as one byte, and on mutated
//! files).
//!
//! A large file is read by two threads, each with a thread cleaning its
//! records: the second starts at the first record after the middle of the
//! file and reads to the end; the first reads from the start and takes the
//! second's work over only when it reaches that very place at the start of
//! a record of the same list (see `Split`), so the dataset is the one a
//! single thread reads.
//!
//! Values are built by the same `Deserialize` implementations (serde derive)
//! as with ron: this module only supplies a [`serde::Deserializer`] for
//! structs (`Name(field: value, …)` or `(…)`), lists, strings, unit enum
//! variants and options (`None`, `Some(…)`, or a bare value: the
//! `implicit_some` extension [`crate::load::ron_options`] turns on).
//!
//! This file holds the entry points ([`read`], [`read_reporting`]) and the
//! dataset's own fields; `de.rs` is the `Deserializer` over the bytes read
//! so far, `stream.rs` the file read block by block and its lists (cleaned
//! on a second thread), `split.rs` the second half read on its own thread.

mod de;
mod stream;

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use crate::model::{Agreement, Commitment, Dataset, Event, Partnership, Party, Source, Text};

use de::{Parser, Result, Stop};
use stream::Split;
use stream::Stream;

/// Bytes read at a time. An element cut at the end of a block is parsed
/// again from its start once the next block is in.
const BLOCK: usize = 1 << 20;

/// Elements handed to the cleaning thread at a time.
const BATCH: usize = 1024;

/// Files from this size up are parsed in two halves, one per thread (see
/// [`Split`]).
const SPLIT_FROM: u64 = 16 << 20;

/// How far past the middle of the file the second thread looks for the
/// start of a record.
const SPLIT_WINDOW: usize = 1 << 20;

/// The fields of a dataset, in any order, each at most once.
#[derive(Default)]
struct Parts {
    title: Option<Text>,
    description: Option<Option<Text>>,
    parties: Option<Vec<Party>>,
    sources: Option<Vec<Source>>,
    partnerships: Option<Vec<Partnership>>,
    agreements: Option<Vec<Agreement>>,
    commitments: Option<Vec<Commitment>>,
    events: Option<Vec<Event>>,
}

impl Parts {
    /// Takes over the fields read by the second thread (each still once).
    fn take_over(&mut self, other: Parts) -> Option<()> {
        fn more<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
            match value {
                Some(value) => once(slot, Some(value)),
                None => Some(()),
            }
        }
        more(&mut self.title, other.title)?;
        more(&mut self.description, other.description)?;
        more(&mut self.parties, other.parties)?;
        more(&mut self.sources, other.sources)?;
        more(&mut self.partnerships, other.partnerships)?;
        more(&mut self.agreements, other.agreements)?;
        more(&mut self.commitments, other.commitments)?;
        more(&mut self.events, other.events)
    }
}

/// Sets a field once; a second time gives up (ron reports duplicates).
fn once<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value?);
    Some(())
}

/// Skips `#![enable(implicit_some)]`, the only attribute dataset files
/// use (and one [`crate::load::ron_options`] turns on anyway).
fn attribute(p: &mut Parser<'_>) -> Result<()> {
    for b in *b"#![" {
        p.expect(b)?;
    }
    p.ws()?;
    if p.ident()? != "enable" {
        return Err(Stop::GiveUp);
    }
    p.ws()?;
    p.expect(b'(')?;
    p.ws()?;
    if p.ident()? != "implicit_some" {
        return Err(Stop::GiveUp);
    }
    p.separator(b')')?;
    p.ws()?;
    p.expect(b')')?;
    p.ws()?;
    p.expect(b']')
}

/// The dataset's fields, up to and with its `)`. Where the second thread
/// read the rest of the file, its fields are taken over.
fn fields<R: Input>(s: &mut Stream<'_, R>, parts: &mut Parts) -> Option<()> {
    loop {
        let field = s.attempt(|p| {
            p.ws()?;
            if p.peek()? == b')' {
                p.pos += 1;
                return Ok(None);
            }
            let name = p.ident()?.to_string();
            p.ws()?;
            p.expect(b':')?;
            Ok(Some(name))
        })?;
        let Some(field) = field else {
            return Some(());
        };
        match field.as_str() {
            "title" => once(&mut parts.title, s.value())?,
            "description" => once(&mut parts.description, s.value())?,
            "parties" => once(&mut parts.parties, s.list())?,
            "sources" => once(&mut parts.sources, s.list())?,
            "partnerships" => once(&mut parts.partnerships, s.list())?,
            "agreements" => once(&mut parts.agreements, s.list())?,
            "commitments" => once(&mut parts.commitments, s.list())?,
            "events" => once(&mut parts.events, s.list())?,
            _ => return None,
        }
        if let Some(after) = s.after.take() {
            return parts.take_over(after);
        }
        s.attempt(|p| p.separator(b')'))?;
    }
}

fn dataset<R: Input>(s: &mut Stream<'_, R>) -> Option<Dataset> {
    s.fill()?;
    s.attempt(|p| {
        // A byte-order mark is skipped (`text` holds whole chars only).
        p.peek()?;
        if p.text.starts_with('\u{feff}') {
            p.pos = '\u{feff}'.len_utf8();
        }
        p.ws()?;
        while p.peek()? == b'#' {
            attribute(p)?;
            p.ws()?;
        }
        if p.at_ident()? {
            if p.ident()? != "Dataset" {
                return Err(Stop::GiveUp);
            }
            p.ws()?;
        }
        p.expect(b'(')
    })?;
    let mut parts = Parts::default();
    fields(s, &mut parts)?;
    // Only white space and comments may follow.
    s.attempt(|p| {
        p.ws()?;
        if p.pos == p.src.len() {
            Ok(())
        } else {
            Err(Stop::GiveUp)
        }
    })?;
    let mut data = Dataset {
        title: parts.title?,
        description: parts.description.flatten(),
        parties: parts.parties?,
        sources: parts.sources?,
        partnerships: parts.partnerships.unwrap_or_default(),
        agreements: parts.agreements.unwrap_or_default(),
        commitments: parts.commitments.unwrap_or_default(),
        events: parts.events.unwrap_or_default(),
    };
    if s.clean {
        crate::sanitize::head(&mut data);
    }
    Some(data)
}

/// Reads a dataset file through the fast path, its strings cleaned as
/// [`crate::sanitize::dataset`] cleans them; `None` when it cannot (the
/// file is unreadable, larger than `max_size`, or leaves the subset): the
/// caller then reads it the ordinary way, which reports why.
pub fn read(path: &Path, max_size: u64) -> Option<Dataset> {
    read_reporting(path, max_size, &|_, _| {})
}

/// [`read`], telling `report(bytes read, file size)` after each block.
pub fn read_reporting(path: &Path, max_size: u64, report: &dyn Fn(u64, u64)) -> Option<Dataset> {
    // A regular file within the limit, checked on the open handle (a FIFO
    // or a device is left to `load`, which says why it is refused).
    let (file, size) =
        crate::load::open_regular(path, max_size, crate::load::Role::Dataset).ok()?;
    let report = |read: u64| report(read, size);
    let split = if size >= SPLIT_FROM {
        Split::start(&file, size / 2, max_size)
    } else {
        None
    };
    let file = Capped {
        file,
        pos: 0,
        cap: max_size,
    };
    let mut stream = Stream::new(file, BLOCK, true, &report);
    stream.split = split;
    dataset(&mut stream)
}

/// Parses a dataset from any reader through the fast path, `block` bytes
/// at a time, its strings left as they are (tests use tiny blocks to cut
/// every element at every place).
#[doc(hidden)]
pub fn parse_from(reader: impl Read, block: usize) -> Option<Dataset> {
    dataset(&mut Stream::new(Unsplit(reader), block, false, &|_| {}))
}

/// Reads an open dataset file through the fast path in two halves as the
/// browser does, the second half guessed to start at the first record
/// after byte `middle`, in blocks of `block` bytes; also says whether the
/// second half was used (tests move the middle all over the file).
#[doc(hidden)]
pub fn read_split(file: File, middle: u64, block: usize) -> Option<(Dataset, bool)> {
    let split = Split::start(&file, middle, u64::MAX);
    let mut stream = Stream::new(file, block, true, &|_| {});
    stream.split = split;
    let data = dataset(&mut stream)?;
    Some((data, stream.joined))
}

/// What the stream reads from: a reader that can go on from a later
/// offset once the second half of a list was parsed elsewhere.
trait Input: Read {
    fn jump(&mut self, to: u64) -> std::io::Result<()>;
}

impl Input for File {
    fn jump(&mut self, to: u64) -> std::io::Result<()> {
        self.seek(SeekFrom::Start(to)).map(|_| ())
    }
}

/// The dataset file, read no further than its size limit: a read past it
/// fails (the file grew since it was checked), so the reader gives up and
/// `load` refuses the file.
struct Capped {
    file: File,
    pos: u64,
    cap: u64,
}

impl Read for Capped {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.file.read(buf)?;
        self.pos += n as u64;
        if self.pos > self.cap {
            return Err(std::io::Error::other("the file grew past the size limit"));
        }
        Ok(n)
    }
}

impl Input for Capped {
    fn jump(&mut self, to: u64) -> std::io::Result<()> {
        self.file.jump(to)?;
        self.pos = to;
        Ok(())
    }
}

/// Any reader, never split.
struct Unsplit<R>(R);

impl<R: Read> Read for Unsplit<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf)
    }
}

impl<R: Read> Input for Unsplit<R> {
    fn jump(&mut self, _: u64) -> std::io::Result<()> {
        Err(std::io::ErrorKind::Unsupported.into())
    }
}
