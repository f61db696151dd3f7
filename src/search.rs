//! Search: accent- and case-folding, a per-record token index, ranking and
//! highlight positions. No terminal code.
//!
//! A query is split into words; a record matches when **every** word matches
//! some token of the record, in any order. A word matches a token exactly,
//! as a prefix (`protec` → protection), inside it (`menace` →
//! cybermenaces, three letters or more), or — in titles and aliases only — as
//! a fuzzy subsequence scored by fuzzy-matcher (`clasified` → classified).
//! Title, alias and registry-number hits weigh three times a summary hit; party names,
//! domain, status and certainty names and dates (numbers and month names)
//! twice.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::catalog::Catalog;
use crate::model::{Lang, MONTHS_EN, MONTHS_FR};

/// Pushes the folded form of `c`: decomposed, without combining marks, lowercase.
fn fold_char(c: char, mut push: impl FnMut(char)) {
    match c {
        'œ' | 'Œ' => "oe".chars().for_each(push),
        'æ' | 'Æ' => "ae".chars().for_each(push),
        'ß' => "ss".chars().for_each(push),
        '’' | 'ʼ' => push('\''),
        c if c.is_ascii() => push(c.to_ascii_lowercase()),
        c => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                d.to_lowercase().for_each(&mut push);
            }
        }),
    }
}

/// Folds case and accents: `DÉFENSE` → `defense`, `Séoul` → `seoul`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, |f| out.push(f));
    }
    out
}

/// A folded text that remembers, for each folded char, the index of the
/// original char it came from, so highlights land on the original text.
pub struct Folded {
    pub chars: Vec<char>,
    pub origin: Vec<usize>,
}

pub fn fold_with_map(s: &str) -> Folded {
    let mut chars = Vec::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        fold_char(c, |f| {
            chars.push(f);
            origin.push(i);
        });
    }
    Folded { chars, origin }
}

/// The words of a folded text: maximal runs of letters and digits.
fn tokens(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
}

/// What a byte of UTF-8 text is to [`Tokenizer`]: an ASCII separator
/// (neither letter nor digit), an ASCII lowercase letter or digit, an ASCII
/// uppercase letter, or a byte of a non-ASCII char.
const SEPARATOR: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const NON_ASCII: u8 = 4;

static BYTE_KIND: [u8; 256] = {
    let mut kinds = [NON_ASCII; 256];
    let mut b = 0u8;
    while b < 128 {
        kinds[b as usize] = if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_alphanumeric() {
            LOWER
        } else {
            SEPARATOR
        };
        b += 1;
    }
    kinds
};

/// Splits texts into folded tokens for the index: exactly the tokens of
/// `tokens(&fold(text))`, in order, but in one pass and without building
/// the folded text, because indexing folds every text of every record.
///
/// Most of the text is ASCII, where folding is lowercasing and a token is a
/// run of ASCII letters and digits: such a run is taken whole, and handed
/// over straight from the text when it is a whole token already in
/// lowercase. Any other char is folded by [`fold_char`], as [`fold`] does,
/// and each folded char either extends the token (alphanumeric) or ends
/// it. Both folding a non-ASCII char and asking whether a non-ASCII char is
/// alphanumeric are slow (table searches, thousands of instructions for
/// Hangul), and a dataset uses few distinct such chars, so each one's
/// folding is worked out once and kept.
#[derive(Default)]
struct Tokenizer {
    /// The token being assembled, when it is not a slice of the text.
    token: String,
    /// Per non-ASCII char met: its folded chars, each with whether it is
    /// alphanumeric.
    folds: foldhash::HashMap<char, Box<[(char, bool)]>>,
}

impl Tokenizer {
    /// Calls `f` with every token of `text` once folded.
    fn each(&mut self, text: &str, mut f: impl FnMut(&str)) {
        let Tokenizer { token, folds } = self;
        token.clear();
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let kind = BYTE_KIND[usize::from(b)];
            if kind == SEPARATOR {
                if !token.is_empty() {
                    f(token);
                    token.clear();
                }
                i += 1;
            } else if kind == NON_ASCII {
                let c = text[i..].chars().next().unwrap_or_default();
                i += c.len_utf8();
                let folded = folds.entry(c).or_insert_with(|| {
                    let mut out = Vec::new();
                    fold_char(c, |d| out.push((d, d.is_alphanumeric())));
                    out.into()
                });
                for &(d, alphanumeric) in folded.iter() {
                    if alphanumeric {
                        token.push(d);
                    } else if !token.is_empty() {
                        f(token);
                        token.clear();
                    }
                }
            } else {
                // A run of ASCII letters and digits; `kinds` tells whether
                // it holds an uppercase letter.
                let start = i;
                let mut kinds = 0;
                while let Some(&b) = bytes.get(i) {
                    let kind = BYTE_KIND[usize::from(b)];
                    if kind & (LOWER | UPPER) == 0 {
                        break;
                    }
                    kinds |= kind;
                    i += 1;
                }
                let run = &text[start..i];
                // A non-ASCII char next may fold into letters that continue
                // the token; an ASCII one (or the end) ends it.
                let ends = bytes.get(i).is_none_or(u8::is_ascii);
                if token.is_empty() && ends && kinds & UPPER == 0 {
                    f(run);
                    continue;
                }
                let from = token.len();
                token.push_str(run);
                token[from..].make_ascii_lowercase();
                if ends {
                    f(token);
                    token.clear();
                }
            }
        }
        if !token.is_empty() {
            f(token);
            token.clear();
        }
    }
}

/// A parsed query: its folded words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub words: Vec<String>,
}

impl Query {
    pub fn parse(s: &str) -> Query {
        let folded = fold(s);
        Query {
            words: tokens(&folded).map(str::to_string).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Where a token was found; the weight multiplies its match score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Title,
    Party,
    Summary,
}

const CLASSES: [Class; 3] = [Class::Title, Class::Party, Class::Summary];

impl Class {
    fn weight(self) -> u32 {
        match self {
            Class::Title => 3,
            Class::Party => 2,
            Class::Summary => 1,
        }
    }

    /// Fuzzy matching applies to titles and aliases only.
    fn fuzzy(self) -> bool {
        self == Class::Title
    }
}

/// How well query word `q` matches token `t`, if at all.
fn word_score(matcher: &SkimMatcherV2, q: &str, t: &str, fuzzy: bool) -> Option<u32> {
    if t == q {
        return Some(100);
    }
    if t.starts_with(q) {
        let (ql, tl) = (q.chars().count() as u32, t.chars().count() as u32);
        return Some(60 + 30 * ql / tl);
    }
    let ql = q.chars().count();
    if ql >= 3 && t.contains(q) {
        return Some(40);
    }
    if fuzzy && ql >= 4 && fuzzy_ok(q, t) {
        return matcher
            .fuzzy_match(t, q)
            .map(|s| 20 + (s.max(0) as u32).min(200) / 20);
    }
    None
}

/// A fuzzy match is allowed when the word starts like the token and leaves
/// out at most a quarter of its letters.
fn fuzzy_ok(q: &str, t: &str) -> bool {
    let (ql, tl) = (q.chars().count(), t.chars().count());
    q.chars().next() == t.chars().next() && ql * 4 >= tl * 3 && ql <= tl && is_subsequence(q, t)
}

fn is_subsequence(q: &str, t: &str) -> bool {
    let mut t = t.chars();
    q.chars().all(|c| t.any(|x| x == c))
}

/// Calls `f(class, text)` for every searchable text of record `i`: the
/// single definition of what is searched, shared by the index and the scan.
fn record_texts(catalog: &Catalog, i: usize, mut f: impl FnMut(Class, &str)) {
    let r = &catalog.records[i];
    f(Class::Title, &r.id);
    for t in [&r.title, r.short()] {
        f(Class::Title, &t.fr);
        f(Class::Title, &t.en);
        if let Some(n) = &t.native {
            f(Class::Title, n);
        }
    }
    for a in &r.aliases {
        f(Class::Title, a);
    }
    // Registry numbers as the register writes them ("1980 No. 27") and as
    // they are cited ("CTS 1980 No. 27", "RTC 1980 n° 27"), like titles.
    for n in &r.numbers {
        f(Class::Title, &n.value);
        f(Class::Title, &n.cite(Lang::Fr));
        f(Class::Title, &n.cite(Lang::En));
    }
    for &p in &r.parties {
        let party = &catalog.parties[p];
        for t in [Some(&party.name), party.short.as_ref()]
            .into_iter()
            .flatten()
        {
            f(Class::Party, &t.fr);
            f(Class::Party, &t.en);
            if let Some(n) = &t.native {
                f(Class::Party, n);
            }
        }
    }
    for domain in &r.domains {
        f(Class::Party, domain.label(Lang::Fr));
        f(Class::Party, domain.label(Lang::En));
    }
    if let Some(status) = r.status {
        f(Class::Party, status.label(Lang::Fr));
        f(Class::Party, status.label(Lang::En));
    }
    for c in &r.caveats {
        f(Class::Party, c.level.label(Lang::Fr));
        f(Class::Party, c.level.label(Lang::En));
    }
    if let Some(date) = r.date {
        // "2025-10-30", "30 oct 2025" and "octobre 2025" all find the date.
        f(Class::Party, &date.to_string());
        if let Some(m) = date.month {
            f(Class::Party, MONTHS_FR[usize::from(m - 1) % 12]);
            f(Class::Party, MONTHS_EN[usize::from(m - 1) % 12]);
        }
        if let Some(d) = date.day {
            f(Class::Party, &d.to_string());
        }
    }
    for p in &r.summary {
        f(Class::Summary, &p.fr);
        f(Class::Summary, &p.en);
    }
}

/// An inverted index of folded tokens: for every distinct token (sorted, so
/// prefixes are ranges), the records holding it in a title, party or
/// summary. A query word looks up its candidate tokens (exact, prefix,
/// infix, fuzzy) in the vocabulary, then reads their postings; no record
/// text is scanned at query time.
pub struct SearchIndex {
    /// Distinct folded tokens, sorted.
    terms: Vec<Box<str>>,
    /// Per term, per class: the records holding it, ascending, as varints
    /// of the gaps (see [`Postings`]); a third of the size of `u32`s.
    postings: Vec<[Box<[u8]>; 3]>,
    records: usize,
    matcher: SkimMatcherV2,
    /// Per trigram (three chars) of the vocabulary, the terms holding it,
    /// ascending: infix candidates without scanning the vocabulary. Built on
    /// first use, or ahead of it by [`SearchIndex::warm`] on another thread.
    trigrams: OnceLock<HashMap<[char; 3], Vec<u32>>>,
    /// The hits of the last query words looked up, most recent last: typing
    /// a query changes one word at a time, so the others are not looked up
    /// again.
    cache: Mutex<Vec<(String, WordHits)>>,
}

/// The records one query word matches, ascending, each with its best
/// score over the classes (weights applied).
type WordHits = Arc<Vec<(u32, u32)>>;

/// How many words' hits the cache keeps.
const CACHED_WORDS: usize = 8;

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("terms", &self.terms.len())
            .field("records", &self.records)
            .finish()
    }
}

/// A posting list being built: ascending record numbers, each stored as
/// the LEB128 varint of its gap from the one before (the first from 0).
#[derive(Debug, Default)]
struct Postings {
    bytes: Vec<u8>,
    last: u32,
    len: u32,
}

fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// The first varint of `bytes` and how many bytes it takes.
fn get_varint(bytes: &[u8]) -> (u32, usize) {
    let mut v = 0u32;
    for (i, &b) in bytes.iter().enumerate().take(5) {
        v |= u32::from(b & 0x7f) << (7 * i);
        if b < 0x80 {
            return (v, i + 1);
        }
    }
    (v, bytes.len().min(5))
}

/// The record numbers of a finished posting list, in order.
fn decode(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut at = 0;
    let mut acc = 0u32;
    std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        let (gap, used) = get_varint(&bytes[at..]);
        at += used;
        acc = acc.wrapping_add(gap);
        Some(acc)
    })
}

impl Postings {
    /// Adds a record not below the last one (the same one again is skipped).
    fn push(&mut self, rec: u32) {
        if self.len > 0 && rec == self.last {
            return;
        }
        let gap = if self.len == 0 { rec } else { rec - self.last };
        put_varint(&mut self.bytes, gap);
        self.last = rec;
        self.len += 1;
    }

    /// Appends a list whose records all come after this one's.
    fn append(&mut self, other: Postings) {
        if other.len == 0 {
            return;
        }
        if self.len == 0 {
            *self = other;
            return;
        }
        let (first, used) = get_varint(&other.bytes);
        put_varint(&mut self.bytes, first - self.last);
        self.bytes.extend_from_slice(&other.bytes[used..]);
        self.last = other.last;
        self.len += other.len;
    }
}

/// The index of a range of records: its distinct tokens by number, their
/// posting lists (title, party, summary), and the numbers in the order of
/// the tokens.
struct Part {
    terms: Vec<Box<str>>,
    postings: Vec<[Postings; 3]>,
    order: Vec<u32>,
}

impl Part {
    /// A part of these tokens (by number) and postings, with the numbers
    /// in the order of the tokens: only the numbers are sorted, tokens and
    /// postings stay in place.
    fn new(terms: Vec<Box<str>>, postings: Vec<[Postings; 3]>) -> Part {
        let mut order: Vec<u32> = (0..terms.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| terms[a as usize].cmp(&terms[b as usize]));
        Part {
            terms,
            postings,
            order,
        }
    }
}

/// The distinct tokens of a part, numbered as they are met.
///
/// It is looked up once per token of every text (tens of millions of times
/// for a large catalog), so it hashes with foldhash (SipHash, the default,
/// took most of the indexing time, and flooding resistance is not needed
/// for the tokens of one's own dataset), and tokens of up to 16 bytes —
/// nearly all of them — are looked up packed in two `u64`s, compared
/// without following a pointer to the token's text (two `u64`s rather than
/// a `u128`, whose alignment would pad each entry of the table to 32 bytes).
/// In front of the table, a small direct-mapped cache of recent short
/// tokens keeps the frequent words (a few thousand make most of any prose)
/// in a few dozen kilobytes, where the table spreads them over megabytes.
struct Vocabulary {
    short: foldhash::HashMap<(u64, u64), u32>,
    long: foldhash::HashMap<Box<str>, u32>,
    /// The tokens, by number.
    terms: Vec<Box<str>>,
    /// Recent short tokens and their numbers, at a slot given by their key
    /// (an empty slot holds the key of no token: `(0, 0)`).
    recent: Box<[(u64, u64, u32)]>,
}

/// Slots of [`Vocabulary::recent`] (a power of two).
const RECENT: usize = 4096;

impl Default for Vocabulary {
    fn default() -> Self {
        Vocabulary {
            short: Default::default(),
            long: Default::default(),
            terms: Vec::new(),
            recent: vec![(0, 0, 0); RECENT].into_boxed_slice(),
        }
    }
}

impl Vocabulary {
    /// The number of token `t`, given to it if it is new.
    fn id(&mut self, t: &str) -> u32 {
        let next = self.terms.len() as u32;
        let id = match pack(t) {
            Some(key) => {
                let mixed = (key.0 ^ key.1.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
                let slot = (mixed >> (64 - RECENT.trailing_zeros())) as usize;
                let (k0, k1, id) = self.recent[slot];
                if (k0, k1) == key {
                    return id;
                }
                let id = *self.short.entry(key).or_insert(next);
                self.recent[slot] = (key.0, key.1, id);
                id
            }
            None => match self.long.get(t) {
                Some(&id) => id,
                None => {
                    self.long.insert(t.into(), next);
                    next
                }
            },
        };
        if id == next {
            self.terms.push(t.into());
        }
        id
    }
}

/// Token `t` packed into two `u64`s, zero-padded, if it holds in 16 bytes.
/// The zero bytes of the padding cannot be confused with the token's own:
/// a token is made of letters and digits, and no byte of those is zero in
/// UTF-8.
fn pack(t: &str) -> Option<(u64, u64)> {
    let bytes = t.as_bytes();
    if bytes.len() > 16 {
        return None;
    }
    let mut key = [0u8; 16];
    key[..bytes.len()].copy_from_slice(bytes);
    let (low, high) = key.split_at(8);
    let word = |half: &[u8]| u64::from_le_bytes(half.try_into().unwrap_or_default());
    Some((word(low), word(high)))
}

/// Indexes a range of records, then sorts the part's vocabulary there, on
/// the part's own thread: merging sorted parts is then a linear walk, and
/// the merged vocabulary is sorted already.
fn index_part(catalog: &Catalog, records: std::ops::Range<usize>) -> Part {
    let mut vocabulary = Vocabulary::default();
    let mut postings: Vec<[Postings; 3]> = Vec::new();
    let mut tokenizer = Tokenizer::default();
    for i in records {
        let rec = i as u32;
        record_texts(catalog, i, |class, text| {
            tokenizer.each(text, |t| {
                let id = vocabulary.id(t) as usize;
                if id == postings.len() {
                    postings.push(Default::default());
                }
                postings[id][class_slot(class)].push(rec);
            });
        });
    }
    Part::new(vocabulary.terms, postings)
}

/// A term's finished posting lists: title, party, summary.
type FinishedLists = [Box<[u8]>; 3];

/// Merges the parts, given in the order of their records, into the sorted
/// vocabulary and, per term, its finished posting lists: a walk through
/// the parts' sorted tokens, taking the smallest next one each time. A
/// term in several parts gets their postings one after the other, in the
/// parts' order, so every posting list still ascends.
fn merge_parts(mut parts: Vec<Part>) -> (Vec<Box<str>>, Vec<FinishedLists>) {
    // Per part, how many of its tokens (in order) are merged.
    let mut done = vec![0; parts.len()];
    // The number of the next token of part `k`, if any is left.
    let next = |parts: &[Part], done: &[usize], k: usize| -> Option<usize> {
        parts[k].order.get(done[k]).map(|&id| id as usize)
    };
    let most: usize = parts.iter().map(|p| p.order.len()).sum();
    let mut terms = Vec::with_capacity(most);
    let mut postings = Vec::with_capacity(most);
    // The first part holding the smallest token not merged yet.
    while let Some((first, id)) = (0..parts.len())
        .filter_map(|k| next(&parts, &done, k).map(|id| (k, id)))
        // (`min_by` keeps the first of equal ones.)
        .min_by(|&(a, ia), &(b, ib)| parts[a].terms[ia].cmp(&parts[b].terms[ib]))
    {
        let term = std::mem::take(&mut parts[first].terms[id]);
        let mut lists = std::mem::take(&mut parts[first].postings[id]);
        done[first] += 1;
        for k in first + 1..parts.len() {
            if let Some(id) = next(&parts, &done, k) {
                if parts[k].terms[id] == term {
                    let more = std::mem::take(&mut parts[k].postings[id]);
                    for (into, from) in lists.iter_mut().zip(more) {
                        into.append(from);
                    }
                    done[k] += 1;
                }
            }
        }
        terms.push(term);
        postings.push(lists.map(|l| l.bytes.into_boxed_slice()));
    }
    terms.shrink_to_fit();
    postings.shrink_to_fit();
    (terms, postings)
}

/// The trigrams of a token, as chars.
fn trigrams_of(t: &str) -> impl Iterator<Item = [char; 3]> + '_ {
    let chars: Vec<char> = t.chars().collect();
    (0..chars.len().saturating_sub(2)).map(move |i| [chars[i], chars[i + 1], chars[i + 2]])
}

fn class_slot(c: Class) -> usize {
    match c {
        Class::Title => 0,
        Class::Party => 1,
        Class::Summary => 2,
    }
}

impl SearchIndex {
    pub fn new(catalog: &Catalog) -> SearchIndex {
        // Records are split into one contiguous range per core; each range
        // is indexed on its own thread, then the parts are merged in order
        // (see `merge_parts`). Their vocabularies come sorted, so that every
        // prefix is a contiguous range of the merged one.
        let n = catalog.records.len();
        let threads = std::thread::available_parallelism()
            .map_or(1, |p| p.get())
            .clamp(1, 8)
            .min(n / 512 + 1);
        let chunk = n.div_ceil(threads.max(1)).max(1);
        let parts: Vec<Part> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..n)
                .step_by(chunk)
                .map(|from| scope.spawn(move || index_part(catalog, from..(from + chunk).min(n))))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let (terms, postings) = merge_parts(parts);
        SearchIndex {
            terms,
            postings,
            records: catalog.records.len(),
            matcher: SkimMatcherV2::default(),
            trigrams: OnceLock::new(),
            cache: Mutex::new(Vec::new()),
        }
    }

    /// Forgets the cached hits of recent words (so a benchmark measures a
    /// lookup, not the cache).
    pub fn forget(&self) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.clear();
        }
    }

    /// Builds what the index builds lazily (the trigram table), so the
    /// first query does not wait for it: call it on a spare thread.
    pub fn warm(&self) {
        self.trigrams();
    }

    fn trigrams(&self) -> &HashMap<[char; 3], Vec<u32>> {
        self.trigrams.get_or_init(|| {
            let mut map: HashMap<[char; 3], Vec<u32>> = HashMap::new();
            for (i, t) in self.terms.iter().enumerate() {
                for g in trigrams_of(t) {
                    let list = map.entry(g).or_default();
                    // A trigram twice in one term is listed once.
                    if list.last() != Some(&(i as u32)) {
                        list.push(i as u32);
                    }
                }
            }
            map
        })
    }

    /// The number of distinct tokens indexed.
    pub fn vocabulary(&self) -> usize {
        self.terms.len()
    }

    /// Indices of the terms a query word can match, with their tier score
    /// per class (0 = no match in that class).
    fn candidates(&self, q: &str) -> Vec<(usize, [u32; 3])> {
        let mut out = Vec::new();
        let ql = q.chars().count();
        let score = |t: &str| -> [u32; 3] {
            CLASSES.map(|c| word_score(&self.matcher, q, t, c.fuzzy()).unwrap_or(0))
        };
        // Exact and prefix: one range of the sorted vocabulary.
        let start = self.terms.partition_point(|t| &**t < q);
        let mut end = start;
        while end < self.terms.len() && self.terms[end].starts_with(q) {
            out.push((end, score(&self.terms[end])));
            end += 1;
        }
        if ql < 3 {
            return out;
        }
        // Infix (3 letters or more): the terms holding the word's rarest
        // trigram, checked. Fuzzy (4 or more, titles only): a fuzzy match
        // starts with the word's first letter, so it lies in that letter's
        // range of the vocabulary.
        let mut others: Vec<u32> = Vec::new();
        let table = self.trigrams();
        let rarest = trigrams_of(q)
            .map(|g| table.get(&g).map_or(&[][..], Vec::as_slice))
            .min_by_key(|l| l.len())
            .unwrap_or(&[]);
        others.extend(
            rarest
                .iter()
                .filter(|&&i| self.terms[i as usize].contains(q)),
        );
        if ql >= 4 {
            let first = q.chars().next().map(String::from).unwrap_or_default();
            let from = self.terms.partition_point(|t| **t < *first);
            others.extend(
                (from..self.terms.len())
                    .take_while(|&i| self.terms[i].starts_with(first.as_str()))
                    .filter(|&i| fuzzy_ok(q, &self.terms[i]))
                    .map(|i| i as u32),
            );
            others.sort_unstable();
            others.dedup();
        }
        for i in others {
            let i = i as usize;
            if (start..end).contains(&i) {
                continue;
            }
            let s = score(&self.terms[i]);
            if s != [0; 3] {
                out.push((i, s));
            }
        }
        out
    }

    /// The records word `q` matches, with their best scores: from the cache
    /// when the word was looked up lately.
    fn word_hits(&self, q: &str) -> WordHits {
        if let Ok(mut cache) = self.cache.lock() {
            if let Some(pos) = cache.iter().position(|(w, _)| w == q) {
                let entry = cache.remove(pos);
                let hits = Arc::clone(&entry.1);
                cache.push(entry);
                return hits;
            }
        }
        let mut best = vec![0u32; self.records];
        let mut touched = 0usize;
        for (term, scores) in self.candidates(q) {
            for (slot, class) in CLASSES.iter().enumerate() {
                let s = scores[slot] * class.weight();
                if s == 0 {
                    continue;
                }
                for r in decode(&self.postings[term][slot]) {
                    let b = &mut best[r as usize];
                    if *b == 0 {
                        touched += 1;
                    }
                    *b = (*b).max(s);
                }
            }
        }
        let mut hits = Vec::with_capacity(touched);
        hits.extend(
            best.iter()
                .enumerate()
                .filter(|(_, b)| **b > 0)
                .map(|(r, b)| (r as u32, *b)),
        );
        let hits = Arc::new(hits);
        if let Ok(mut cache) = self.cache.lock() {
            if cache.len() >= CACHED_WORDS {
                cache.remove(0);
            }
            cache.push((q.to_string(), Arc::clone(&hits)));
        }
        hits
    }

    /// Every record matching `query` with its score, in catalog order; `None`
    /// for an empty query (everything matches). Same rules and scores as
    /// [`SearchIndex::score_scan`], from the index.
    pub fn search(&self, query: &Query) -> Option<Vec<(usize, u32)>> {
        if query.is_empty() {
            return None;
        }
        let mut words: Vec<WordHits> = query.words.iter().map(|q| self.word_hits(q)).collect();
        // Intersect from the shortest list: every word must match.
        words.sort_by_key(|w| w.len());
        let mut hits: Vec<(usize, u32)> = words[0].iter().map(|&(r, s)| (r as usize, s)).collect();
        for other in &words[1..] {
            let mut j = 0;
            hits.retain_mut(|(r, total)| {
                let r = *r as u32;
                // Both lists ascend: gallop forward in the longer one.
                j += other[j..].partition_point(|&(o, _)| o < r);
                match other.get(j) {
                    Some(&(o, s)) if o == r => {
                        *total += s;
                        true
                    }
                    _ => false,
                }
            });
            if hits.is_empty() {
                break;
            }
        }
        Some(hits)
    }

    /// The score of record `i` for `query` by scanning its text: the
    /// reference the index is tested against. `None` when some word matches
    /// nothing; an empty query matches everything with 0.
    pub fn score_scan(&self, catalog: &Catalog, i: usize, query: &Query) -> Option<u32> {
        let mut toks: [HashSet<String>; 3] = Default::default();
        record_texts(catalog, i, |class, text| {
            for t in tokens(&fold(text)) {
                toks[class_slot(class)].insert(t.to_string());
            }
        });
        let mut total = 0;
        for q in &query.words {
            let mut best = 0;
            for class in CLASSES {
                for t in &toks[class_slot(class)] {
                    if let Some(s) = word_score(&self.matcher, q, t, class.fuzzy()) {
                        best = best.max(s * class.weight());
                    }
                }
            }
            if best == 0 {
                return None;
            }
            total += best;
        }
        Some(total)
    }

    /// Char indices of `text` to highlight for `query`.
    pub fn highlight(&self, text: &str, query: &Query) -> Vec<usize> {
        highlight_with(&self.matcher, text, query)
    }
}

/// Char indices of `text` matched by the words of `query`, sorted and unique.
pub fn highlight(text: &str, query: &Query) -> Vec<usize> {
    highlight_with(&SkimMatcherV2::default(), text, query)
}

fn highlight_with(matcher: &SkimMatcherV2, text: &str, query: &Query) -> Vec<usize> {
    if query.is_empty() {
        return Vec::new();
    }
    let folded = fold_with_map(text);
    let mut hits = Vec::new();
    let mut start = 0;
    let n = folded.chars.len();
    while start < n {
        if !folded.chars[start].is_alphanumeric() {
            start += 1;
            continue;
        }
        let end = (start..n)
            .find(|&j| !folded.chars[j].is_alphanumeric())
            .unwrap_or(n);
        let token: String = folded.chars[start..end].iter().collect();
        for q in &query.words {
            let ql = q.chars().count();
            let offsets: Vec<usize> = if token.starts_with(q.as_str()) {
                (0..ql).collect()
            } else if ql >= 3 && token.contains(q.as_str()) {
                let byte = token.find(q.as_str()).unwrap_or(0);
                let at = token[..byte].chars().count();
                (at..at + ql).collect()
            } else if ql >= 4 && fuzzy_ok(q, &token) {
                matcher
                    .fuzzy_indices(&token, q)
                    .map(|(_, idx)| idx)
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            hits.extend(offsets.into_iter().map(|o| folded.origin[start + o]));
        }
        start = end;
    }
    hits.sort_unstable();
    hits.dedup();
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every token keeps its one number, looked up again and again through
    /// the cache of recent tokens, whose slots many tokens share — tokens
    /// alike in their first 8 bytes among them, and long tokens.
    #[test]
    fn a_token_always_gets_its_own_number() {
        let tokens: Vec<String> = (0..40_000)
            .map(|i| match i % 4 {
                0 => format!("interope{i}"),
                1 => format!("interope{}", i * 7919),
                2 => format!("t{i}"),
                _ => format!("averylongtokenbeyondsixteen{i}"),
            })
            .collect();
        let mut v = Vocabulary::default();
        let ids: Vec<u32> = tokens.iter().map(|t| v.id(t)).collect();
        for round in 0..3 {
            for (t, &id) in tokens.iter().zip(&ids).rev().skip(round) {
                assert_eq!(v.id(t), id, "{t}");
                assert_eq!(&*v.terms[id as usize], t.as_str());
            }
        }
        let distinct: std::collections::HashSet<&String> = tokens.iter().collect();
        assert_eq!(v.terms.len(), distinct.len());
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("DÉFENSE"), "defense");
        assert_eq!(fold("Séoul"), "seoul");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("défense"), fold("defense"));
    }

    /// The tokens of `text` as the index reads them and as the scan does.
    fn both_tokens(text: &str) -> (Vec<String>, Vec<String>) {
        let mut fast = Vec::new();
        let mut tokenizer = Tokenizer::default();
        // A second pass reuses what the first one left.
        for pass in 0..2 {
            fast.clear();
            tokenizer.each(text, |t| fast.push(t.to_string()));
            assert!(pass == 0 || tokenizer.token.is_empty());
        }
        let slow = tokens(&fold(text)).map(str::to_string).collect();
        (fast, slow)
    }

    #[test]
    fn one_pass_tokens_are_the_tokens_of_the_folded_text() {
        for text in [
            "",
            "   ",
            "défense",
            "DÉFENSE ind.",
            "Œuvre cœur ÆSIR straße Maß",
            "l’Inde d'Allemagne ʼok",
            "대한민국 한국 日本国 भारत गणराज्य",
            "2+2 2025-10-30, 30 oct. 2025",
            "De\u{301}fense e\u{301} \u{301}x",
            "ABC\u{e9}DEF abc\u{e9} abc\u{2019}def",
            "\u{212a}elvin \u{130}stanbul \u{1e9e} \u{fb01}n \u{2460}\u{bd}",
            "end with accent é",
            "Ünïcödé—mixed–dashes\u{a0}nbsp\u{202f}x",
        ] {
            let (fast, slow) = both_tokens(text);
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    #[test]
    fn merging_parts_sorts_terms_and_chains_postings_in_part_order() {
        // A part from (term, summary records) in the order met.
        let part = |entries: &[(&str, &[u32])]| {
            let mut terms = Vec::new();
            let mut postings = Vec::new();
            for &(term, records) in entries {
                terms.push(Box::<str>::from(term));
                let mut summary = Postings::default();
                for &r in records {
                    summary.push(r);
                }
                postings.push([Postings::default(), Postings::default(), summary]);
            }
            Part::new(terms, postings)
        };
        let parts = vec![
            part(&[("b", &[0, 1]), ("a", &[1])]),
            part(&[("c", &[2]), ("a", &[3, 300])]),
            part(&[("d", &[400]), ("b", &[301]), ("a", &[302])]),
        ];
        let (terms, postings) = merge_parts(parts);
        assert_eq!(
            terms.iter().map(|t| &**t).collect::<Vec<_>>(),
            ["a", "b", "c", "d"]
        );
        let summaries: Vec<Vec<u32>> = postings.iter().map(|l| decode(&l[2]).collect()).collect();
        assert_eq!(
            summaries,
            [vec![1, 3, 300, 302], vec![0, 1, 301], vec![2], vec![400]]
        );
        assert!(postings.iter().all(|l| l[0].is_empty() && l[1].is_empty()));
        assert_eq!(merge_parts(Vec::new()).0.len(), 0);
    }

    #[test]
    fn vocabulary_numbers_short_and_long_tokens() {
        let mut v = Vocabulary::default();
        let long = "a".repeat(17);
        let sixteen = "é".repeat(8);
        let words = [
            "a", "ab", "b", "a1", &sixteen, &long, "대한", "ab", &long, "a",
        ];
        let ids: Vec<u32> = words.iter().map(|w| v.id(w)).collect();
        assert_eq!(ids, [0, 1, 2, 3, 4, 5, 6, 1, 5, 0]);
        assert_eq!(v.terms[4].as_ref(), sixteen);
        assert_eq!(v.terms[5].as_ref(), long);
        assert_eq!((v.short.len(), v.long.len()), (6, 1));
    }

    proptest::proptest! {
        #[test]
        fn one_pass_tokens_match_on_random_text(
            text in "([a-zA-Z0-9 .,;:'’ʼ()-]|[éèêàçÉÈÀÇœŒæÆßñÑüÜ]|[가-힣]|[ᄀ-ᇿ]|[\u{300}-\u{36f}]|[\u{a0}\u{202f}—–]|[İıſ\u{212a}\u{1e9e}ﬁ]|\\PC)*"
        ) {
            let (fast, slow) = both_tokens(&text);
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn word_matching_tiers() {
        let m = SkimMatcherV2::default();
        assert_eq!(word_score(&m, "gsoia", "gsoia", false), Some(100));
        assert!(word_score(&m, "protec", "protection", false).unwrap() >= 60);
        assert_eq!(word_score(&m, "menaces", "cybermenaces", false), Some(40));
        assert!(word_score(&m, "clasified", "classified", true).is_some());
        assert!(word_score(&m, "clasified", "classified", false).is_none());
        // Too many letters missing, or a different first letter: no match.
        assert!(word_score(&m, "cber", "cybersecurity", true).is_none());
        assert!(word_score(&m, "lasified", "classified", true).is_none());
        // Short words only match as prefixes.
        assert!(word_score(&m, "en", "defence", false).is_none());
    }

    #[test]
    fn highlight_indices_are_char_indices_on_the_original_text() {
        let q = Query::parse("defense");
        // "Défense" — é is one char (NFC) and is highlighted.
        assert_eq!(highlight("La Défense", &q), vec![3, 4, 5, 6, 7, 8, 9]);
        // Decomposed input: e + combining acute; the mark maps to no folded char.
        let nfd = "De\u{301}fense";
        assert_eq!(highlight(nfd, &q), vec![0, 1, 3, 4, 5, 6, 7]);
        // Hangul is kept as whole syllables.
        let q = Query::parse("대한");
        assert_eq!(highlight("국 대한민국", &q), vec![2, 3]);
    }

    #[test]
    fn highlight_fuzzy_words() {
        let q = Query::parse("clasified");
        let h = highlight("Classified information", &q);
        assert_eq!(h.len(), 9);
        assert!(h.iter().all(|&i| i < 10));
    }

    #[test]
    fn query_words_are_folded_and_split() {
        assert_eq!(
            Query::parse("  Défense  ind ").words,
            vec!["defense", "ind"]
        );
        assert!(Query::parse(" - ").is_empty());
    }

    #[test]
    fn posting_lists_round_trip_through_varints() {
        let recs = [
            0u32,
            1,
            2,
            127,
            128,
            300,
            16_384,
            2_097_152,
            268_435_456,
            u32::MAX,
        ];
        let mut a = Postings::default();
        for &r in &recs[..5] {
            a.push(r);
            a.push(r); // the same record twice is kept once
        }
        let mut b = Postings::default();
        for &r in &recs[5..] {
            b.push(r);
        }
        a.append(b);
        a.append(Postings::default());
        assert_eq!(a.len as usize, recs.len());
        assert_eq!(decode(&a.bytes).collect::<Vec<_>>(), recs);
        let mut empty = Postings::default();
        let mut c = Postings::default();
        c.push(7);
        empty.append(c);
        assert_eq!(decode(&empty.bytes).collect::<Vec<_>>(), [7]);
        assert_eq!(decode(&[]).count(), 0);
    }
}
