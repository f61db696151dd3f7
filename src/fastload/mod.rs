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

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;

use serde::Deserialize;
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Visitor};

use crate::model::{Agreement, Commitment, Dataset, Event, Partnership, Party, Source, Text};
use crate::sanitize::Clean;

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

/// Why a parse stopped.
#[derive(Debug, PartialEq)]
enum Stop {
    /// The buffer ended before the value did: read more and try again.
    Incomplete,
    /// Outside the subset, or not valid: leave the file to ron.
    GiveUp,
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Stop::Incomplete => "incomplete",
            Stop::GiveUp => "outside the fast subset",
        })
    }
}

impl std::error::Error for Stop {}

impl de::Error for Stop {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Stop::GiveUp
    }
}

type Result<T> = std::result::Result<T, Stop>;

/// A cursor over the bytes read so far. `last` says they reach the end of
/// the file; otherwise running off the end means [`Stop::Incomplete`].
struct Parser<'a> {
    /// The text read so far (whole UTF-8 chars), and the same as bytes.
    text: &'a str,
    src: &'a [u8],
    pos: usize,
    last: bool,
    /// The file offset of `src[0]`.
    base: u64,
}

impl<'a> Parser<'a> {
    fn end(&self) -> Stop {
        if self.last {
            Stop::GiveUp
        } else {
            Stop::Incomplete
        }
    }

    fn peek(&self) -> Result<u8> {
        self.src.get(self.pos).copied().ok_or_else(|| self.end())
    }

    fn expect(&mut self, byte: u8) -> Result<()> {
        if self.peek()? == byte {
            self.pos += 1;
            Ok(())
        } else {
            Err(Stop::GiveUp)
        }
    }

    /// Skips ASCII white space and `//` comments. At the end of the file
    /// that is fine; at the end of a block, more is needed.
    fn ws(&mut self) -> Result<()> {
        loop {
            match self.src.get(self.pos) {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.pos += 1,
                Some(b'/') => match self.src.get(self.pos + 1) {
                    Some(b'/') => {
                        let body = &self.src[self.pos + 2..];
                        self.pos += 2 + match memchr::memchr(b'\n', body) {
                            Some(nl) => nl + 1,
                            None if self.last => body.len(),
                            None => return Err(Stop::Incomplete),
                        };
                    }
                    Some(_) => return Err(Stop::GiveUp),
                    None => return Err(self.end()),
                },
                Some(_) => return Ok(()),
                None if self.last => return Ok(()),
                None => return Err(Stop::Incomplete),
            }
        }
    }

    /// Whether an ASCII identifier starts here (after white space).
    fn at_ident(&self) -> Result<bool> {
        let c = self.peek()?;
        Ok(c.is_ascii_alphabetic() || c == b'_')
    }

    /// An ASCII identifier. Anything else ron would take as one (`r#…`,
    /// Unicode letters) stops the identifier and then fails to parse.
    fn ident(&mut self) -> Result<&'a str> {
        if !self.at_ident()? {
            return Err(Stop::GiveUp);
        }
        let start = self.pos;
        let mut i = start + 1;
        loop {
            match self.src.get(i) {
                Some(c) if c.is_ascii_alphanumeric() || *c == b'_' => i += 1,
                Some(c) if *c >= 0x80 => return Err(Stop::GiveUp),
                Some(_) => break,
                None if self.last => break,
                None => return Err(Stop::Incomplete),
            }
        }
        self.pos = i;
        Ok(&self.text[start..i])
    }

    /// A `"…"` string, borrowed when it holds no escape.
    fn string(&mut self) -> Result<Cow<'a, str>> {
        self.expect(b'"')?;
        let body = &self.src[self.pos..];
        let Some(first) = memchr::memchr2(b'"', b'\\', body) else {
            return Err(self.end());
        };
        // Quotes and backslashes are ASCII, so every cut below falls
        // between two chars.
        let text = &self.text[self.pos..];
        if body[first] == b'"' {
            self.pos += first + 1;
            return Ok(Cow::Borrowed(&text[..first]));
        }
        let mut out = String::from(&text[..first]);
        let mut j = first;
        loop {
            // body[j] is a backslash.
            let Some(&e) = body.get(j + 1) else {
                return Err(self.end());
            };
            j += 2;
            match e {
                b'"' | b'\\' | b'\'' => out.push(char::from(e)),
                b'n' => out.push('\n'),
                b'r' => out.push('\r'),
                b't' => out.push('\t'),
                b'0' => out.push('\0'),
                b'u' => {
                    let (c, used) = self.unicode_escape(&body[j..])?;
                    out.push(c);
                    j += used;
                }
                _ => return Err(Stop::GiveUp),
            }
            let Some(next) = memchr::memchr2(b'"', b'\\', &body[j..]) else {
                return Err(self.end());
            };
            out.push_str(&text[j..j + next]);
            j += next;
            if body[j] == b'"' {
                break;
            }
        }
        self.pos += j + 1;
        Ok(Cow::Owned(out))
    }

    /// The `{…}` after `\u`: one to six hex digits naming a char, as ron
    /// reads it. Returns the char and the bytes used.
    fn unicode_escape(&self, s: &[u8]) -> Result<(char, usize)> {
        let at = |i: usize| s.get(i).copied().ok_or_else(|| self.end());
        if at(0)? != b'{' {
            return Err(Stop::GiveUp);
        }
        let mut value = 0u32;
        let mut i = 1;
        loop {
            let c = at(i)?;
            if c == b'}' {
                break;
            }
            if i > 6 {
                return Err(Stop::GiveUp);
            }
            let digit = char::from(c).to_digit(16).ok_or(Stop::GiveUp)?;
            value = value << 4 | digit;
            i += 1;
        }
        if i == 1 {
            return Err(Stop::GiveUp);
        }
        let c = char::from_u32(value).ok_or(Stop::GiveUp)?;
        Ok((c, i + 1))
    }

    /// After an element of a list or a struct: a comma, or the closing
    /// bracket left for the caller.
    fn separator(&mut self, close: u8) -> Result<()> {
        self.ws()?;
        match self.peek()? {
            b',' => {
                self.pos += 1;
                Ok(())
            }
            c if c == close => Ok(()),
            _ => Err(Stop::GiveUp),
        }
    }
}

impl<'de> de::Deserializer<'de> for &mut Parser<'de> {
    type Error = Stop;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Stop::GiveUp)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.ws()?;
        match self.string()? {
            Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
            Cow::Owned(s) => visitor.visit_string(s),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.ws()?;
        visitor.visit_borrowed_str(self.ident()?)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.ws()?;
        if self.at_ident()? {
            let start = self.pos;
            match self.ident()? {
                "None" => return visitor.visit_none(),
                "Some" => {
                    self.ws()?;
                    self.expect(b'(')?;
                    let value = visitor.visit_some(&mut *self)?;
                    self.ws()?;
                    if self.peek()? == b',' {
                        self.pos += 1;
                        self.ws()?;
                    }
                    self.expect(b')')?;
                    return Ok(value);
                }
                // A struct name: the value itself, without `Some`.
                _ => self.pos = start,
            }
        }
        visitor.visit_some(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.ws()?;
        self.expect(b'[')?;
        let value = visitor.visit_seq(Elements(&mut *self))?;
        self.ws()?;
        self.expect(b']')?;
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.ws()?;
        if self.at_ident()? {
            if self.ident()? != name {
                return Err(Stop::GiveUp);
            }
            self.ws()?;
        }
        self.expect(b'(')?;
        let value = visitor.visit_map(Fields(&mut *self))?;
        self.ws()?;
        self.expect(b')')?;
        Ok(value)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.ws()?;
        visitor.visit_enum(UnitVariant(self.ident()?))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        unit unit_struct newtype_struct tuple tuple_struct map ignored_any
    }
}

/// The elements of a `[…]` list.
struct Elements<'p, 'de>(&'p mut Parser<'de>);

impl<'de> de::SeqAccess<'de> for Elements<'_, 'de> {
    type Error = Stop;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        self.0.ws()?;
        if self.0.peek()? == b']' {
            return Ok(None);
        }
        let value = seed.deserialize(&mut *self.0)?;
        self.0.separator(b']')?;
        Ok(Some(value))
    }
}

/// The `field: value` pairs of a `(…)` struct.
struct Fields<'p, 'de>(&'p mut Parser<'de>);

impl<'de> de::MapAccess<'de> for Fields<'_, 'de> {
    type Error = Stop;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        self.0.ws()?;
        if self.0.peek()? == b')' {
            return Ok(None);
        }
        let name = self.0.ident()?;
        self.0.ws()?;
        self.0.expect(b':')?;
        seed.deserialize(BorrowedStrDeserializer::new(name))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let value = seed.deserialize(&mut *self.0)?;
        self.0.separator(b')')?;
        Ok(value)
    }
}

/// A unit enum variant, already read as an identifier.
struct UnitVariant<'de>(&'de str);

impl<'de> de::EnumAccess<'de> for UnitVariant<'de> {
    type Error = Stop;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        Ok((
            seed.deserialize(BorrowedStrDeserializer::new(self.0))?,
            self,
        ))
    }
}

impl<'de> de::VariantAccess<'de> for UnitVariant<'de> {
    type Error = Stop;

    fn unit_variant(self) -> Result<()> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value> {
        Err(Stop::GiveUp)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value> {
        Err(Stop::GiveUp)
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Result<V::Value> {
        Err(Stop::GiveUp)
    }
}

/// The file, read block by block into `text` (whole chars only: the bytes
/// of a char cut by the end of a block wait in `carry`); `pos` is where
/// parsing goes on.
struct Stream<'r, R> {
    reader: R,
    text: String,
    pos: usize,
    eof: bool,
    block: usize,
    raw: Vec<u8>,
    /// Clean strings as [`crate::sanitize::dataset`] does, while parsing.
    clean: bool,
    /// Bytes read so far, told to `report` after each block.
    read: u64,
    report: &'r dyn Fn(u64),
    /// The file offset of `text[0]`.
    base: u64,
    /// The second half of a list, parsed on another thread (first half).
    split: Option<Split>,
    /// Set when the first half no longer wants this (second half).
    cancel: Option<Arc<AtomicBool>>,
    /// Whether a list's rest came from the second thread.
    joined: bool,
    /// The dataset's fields after that list, read there too.
    after: Option<Parts>,
}

impl<'r, R: Input> Stream<'r, R> {
    fn new(reader: R, block: usize, clean: bool, report: &'r dyn Fn(u64)) -> Self {
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
    fn fill(&mut self) -> Option<()> {
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
    fn attempt<T>(&mut self, mut f: impl FnMut(&mut Parser<'_>) -> Result<T>) -> Option<T> {
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
    fn list<T: Listed>(&mut self) -> Option<Vec<T>> {
        self.attempt(|p| {
            p.ws()?;
            p.expect(b'[')
        })?;
        self.elements()
    }

    /// The elements of a list up to its `]`, which is read.
    fn elements<T: Listed>(&mut self) -> Option<Vec<T>> {
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
    fn offset(&self) -> u64 {
        self.base + self.pos as u64
    }

    /// One value read whole.
    fn value<T: for<'de> Deserialize<'de>>(&mut self) -> Option<T> {
        self.attempt(|p| T::deserialize(&mut *p))
    }
}

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

/// One step through a list.
enum Next<T> {
    Item(T),
    End,
    /// The rest of the list, parsed on the second thread.
    Rest(Vec<T>),
}

/// What the second thread parsed: the rest of a list of records from the
/// guessed middle of the file, the dataset's fields after that list, and
/// the file offset just past the dataset's `)`.
struct Tail {
    list: TailList,
    after: Parts,
    end: u64,
}

enum TailList {
    Partnerships(Vec<Partnership>),
    Agreements(Vec<Agreement>),
    Commitments(Vec<Commitment>),
    Events(Vec<Event>),
}

/// The element type of a list: the records' lists may be split.
trait Listed: for<'de> Deserialize<'de> + Clean + Send {
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

/// The second half of the file, parsed on its own thread: past the middle,
/// the thread finds the first line that starts a record (a `(` after a
/// line ending in `,`), tells the first half where (`at`), and parses from
/// there to the end of that list. It cannot know whether the line is
/// really a record of a list of records (it could be inside a string or a
/// nested list): the first half confirms it by reaching that very offset
/// at the start of an element of the same kind of list, and only then
/// takes the rest; otherwise it drops it and parses on alone. So the
/// dataset is the one a single thread builds, whatever the guess.
struct Split {
    /// The guessed start, once found; `u64::MAX` until then or if none.
    at: Arc<AtomicU64>,
    /// Bytes the second thread has read, for the progress shown.
    read: Arc<AtomicU64>,
    cancel: Arc<AtomicBool>,
    thread: Option<JoinHandle<Option<Tail>>>,
}

impl Split {
    /// Starts the second thread on `file`, the file the first thread has
    /// open (not its path: a file renamed over it meanwhile is not read).
    #[cfg(unix)]
    fn start(file: &File, middle: u64, cap: u64) -> Option<Split> {
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
    fn start(_: &File, _: u64, _: u64) -> Option<Split> {
        None
    }

    fn at(&self) -> u64 {
        self.at.load(Ordering::Acquire)
    }

    /// Tells the second thread to stop.
    fn abandon(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Waits for the second thread's work, telling `report` how much of
    /// the file it has read meanwhile.
    fn join(mut self, report: impl Fn(u64)) -> Option<Tail> {
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
