//! What is searched and how a query word scores against a token: the
//! [`Query`], the classes of text and their weights, the matching tiers,
//! and [`SearchIndex::score_scan`], the plain scan the index is tested
//! against.

use std::collections::HashSet;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::SearchIndex;
use super::tokenize::tokens;
use crate::catalog::{Catalog, FieldLabel};
use crate::fold::fold;
use crate::model::{Lang, MONTHS_EN, MONTHS_FR};

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
pub(super) enum Class {
    /// Id, titles, short titles, aliases, registry numbers.
    Title,
    /// What a record is about besides its name: parties, places,
    /// participants, domains, status, certainty, date.
    Facts,
    Summary,
}

pub(super) const CLASSES: [Class; 3] = [Class::Title, Class::Facts, Class::Summary];

impl Class {
    pub(super) fn weight(self) -> u32 {
        match self {
            Class::Title => 3,
            Class::Facts => 2,
            Class::Summary => 1,
        }
    }

    /// Fuzzy matching applies to titles and aliases only.
    pub(super) fn fuzzy(self) -> bool {
        self == Class::Title
    }
}

/// How well query word `q` matches token `t`, if at all.
pub(super) fn word_score(matcher: &SkimMatcherV2, q: &str, t: &str, fuzzy: bool) -> Option<u32> {
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
pub(super) fn fuzzy_ok(q: &str, t: &str) -> bool {
    let (ql, tl) = (q.chars().count(), t.chars().count());
    q.chars().next() == t.chars().next() && ql * 4 >= tl * 3 && ql <= tl && is_subsequence(q, t)
}

fn is_subsequence(q: &str, t: &str) -> bool {
    let mut t = t.chars();
    q.chars().all(|c| t.any(|x| x == c))
}

/// Calls `f(class, text)` for every searchable text of record `i`: the
/// single definition of what is searched, shared by the index and the scan.
pub(super) fn record_texts(catalog: &Catalog, i: usize, mut f: impl FnMut(Class, &str)) {
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
            f(Class::Facts, &t.fr);
            f(Class::Facts, &t.en);
            if let Some(n) = &t.native {
                f(Class::Facts, n);
            }
        }
    }
    // Where it was established, signed or held, and who took part (events):
    // `Gyeongju`, `Ottawa`, `Lee Jae Myung`, `이재명`. One text when both
    // languages write it alike (most places).
    for field in &r.fields {
        if matches!(
            field.label,
            FieldLabel::Place | FieldLabel::SignedPlace | FieldLabel::Participants
        ) {
            let t = &field.value;
            f(Class::Facts, &t.fr);
            if t.en != t.fr {
                f(Class::Facts, &t.en);
            }
            if let Some(n) = &t.native {
                f(Class::Facts, n);
            }
        }
    }
    for domain in &r.domains {
        f(Class::Facts, domain.label(Lang::Fr));
        f(Class::Facts, domain.label(Lang::En));
    }
    if let Some(status) = r.status {
        f(Class::Facts, status.label(Lang::Fr));
        f(Class::Facts, status.label(Lang::En));
    }
    for c in &r.caveats {
        f(Class::Facts, c.level.label(Lang::Fr));
        f(Class::Facts, c.level.label(Lang::En));
    }
    if let Some(date) = r.date {
        // "2025-10-30", "30 oct 2025" and "octobre 2025" all find the date.
        f(Class::Facts, &date.to_string());
        if let Some(m) = date.month {
            f(Class::Facts, MONTHS_FR[usize::from(m - 1) % 12]);
            f(Class::Facts, MONTHS_EN[usize::from(m - 1) % 12]);
        }
        if let Some(d) = date.day {
            f(Class::Facts, &d.to_string());
        }
    }
    for p in &r.summary {
        f(Class::Summary, &p.fr);
        f(Class::Summary, &p.en);
    }
}

pub(super) fn class_slot(c: Class) -> usize {
    match c {
        Class::Title => 0,
        Class::Facts => 1,
        Class::Summary => 2,
    }
}

impl SearchIndex {
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn query_words_are_folded_and_split() {
        assert_eq!(
            Query::parse("  Défense  ind ").words,
            vec!["defense", "ind"]
        );
        assert!(Query::parse(" - ").is_empty());
    }
}
