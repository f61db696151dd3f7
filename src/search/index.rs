//! The inverted index: the vocabulary of folded tokens, per-class posting
//! lists as varints, built on every core and merged; lookups of a query
//! word's candidate tokens (exact, prefix, infix through trigrams, fuzzy),
//! a cache of recent words' hits, and the intersection of a query's words.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use fuzzy_matcher::skim::SkimMatcherV2;

use super::Query;
use super::rank::{CLASSES, class_slot, fuzzy_ok, record_texts, word_score};
use super::tokenize::Tokenizer;
use crate::catalog::Catalog;

/// An inverted index of folded tokens: for every distinct token (sorted, so
/// prefixes are ranges), the records holding it in a title, in the facts
/// (parties, places, participants, dates…) or in a summary. A query word
/// looks up its candidate tokens (exact, prefix, infix, fuzzy) in the
/// vocabulary, then reads their postings; no record text is scanned at
/// query time.
pub struct SearchIndex {
    /// Distinct folded tokens, sorted.
    terms: Vec<Box<str>>,
    /// Per term, per class: the records holding it, ascending, as varints
    /// of the gaps (see [`Postings`]); a third of the size of `u32`s.
    postings: Vec<[Box<[u8]>; 3]>,
    records: usize,
    pub(super) matcher: SkimMatcherV2,
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
/// posting lists (title, facts, summary), and the numbers in the order of
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
/// a token is made of letters, digits and joiners (`+`, `&`), and no byte
/// of those is zero in UTF-8.
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

/// A term's finished posting lists: title, facts, summary.
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

    /// Up to `max` indexed words nearest to `word` (folded), for "did you
    /// mean": the ones sharing the most three-letter runs with it, closest
    /// in length first; for a word under three letters, words it begins.
    pub fn nearest_words(&self, word: &str, max: usize) -> Vec<String> {
        let w = crate::fold::fold(word);
        let n = w.chars().count();
        if n < 3 {
            let from = self.terms.partition_point(|t| &**t < w.as_str());
            return (self.terms[from..].iter())
                .take_while(|t| t.starts_with(w.as_str()))
                .filter(|t| &***t != w.as_str())
                .take(max)
                .map(|t| t.to_string())
                .collect();
        }
        let mut shared: HashMap<u32, u32> = HashMap::new();
        let table = self.trigrams();
        for g in trigrams_of(&w) {
            for &t in table.get(&g).map(Vec::as_slice).unwrap_or_default() {
                *shared.entry(t).or_default() += 1;
            }
        }
        let mut best: Vec<(u32, usize, u32)> = shared
            .into_iter()
            .filter(|&(t, _)| *self.terms[t as usize] != *w)
            .map(|(t, k)| (k, self.terms[t as usize].chars().count().abs_diff(n), t))
            .collect();
        best.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        best.into_iter()
            .take(max)
            .map(|(_, _, t)| self.terms[t as usize].to_string())
            .collect()
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
