//! One selection for every way out of the data: the [`Filters`] a user
//! chose, [`compute_results`], which ranks and filters the records per tab
//! for the browser (directly or on the search worker), and [`records`],
//! the same selection as one list for `accords list` and `accords search`.
//! No terminal, no command line: to add a filter, add it here (a field of
//! [`Filters`] and a test in [`Filters::passes`]), then its flag in
//! `cli.rs` and its row in the browser's filter popup.
//!
//! **The parties of a commitment.** A commitment that names no parties of
//! its own was made by both parties of the record that made it: it counts
//! for its owner's parties ([`record_parties`]). The `--party` flag, the
//! browser's party filter and its counts, and the `parties` of `list
//! --format json` all follow this one rule.

use std::collections::BTreeSet;

use crate::catalog::{Catalog, Kind, Rel, Row};
use crate::model::{Domain, Form, PartialDate, Status};
use crate::search::{Query, SearchIndex};

/// The tabs, in order; each lists one kind of record.
pub const TABS: [Kind; 4] = Kind::ALL;

/// The tab showing the timeline: events and status changes by date.
pub const TIMELINE_TAB: usize = 3;

/// Every status (see `Status::ALL`).
pub const STATUSES: [Status; 13] = Status::ALL;

/// The active filters. Kinds of filter combine with AND, the choices
/// within one kind with OR; an empty kind lets everything through. A
/// record lacking the attribute a filter asks about (an event has no
/// status) does not pass it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub domains: BTreeSet<Domain>,
    pub statuses: Vec<Status>,
    /// Indices into `catalog.parties`.
    pub parties: BTreeSet<usize>,
    pub forms: Vec<Form>,
    /// First year shown; `None`: from the start.
    pub from_year: Option<i32>,
    /// Last year shown; `None`: to the end.
    pub to_year: Option<i32>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// How many choices are active (a year range counts once).
    pub fn count(&self) -> usize {
        self.domains.len()
            + self.statuses.len()
            + self.parties.len()
            + self.forms.len()
            + usize::from(self.from_year.is_some() || self.to_year.is_some())
    }

    /// Every filter but the years, for record `i`.
    pub fn passes_attributes(&self, catalog: &Catalog, i: usize) -> bool {
        let r = &catalog.records[i];
        (self.domains.is_empty() || r.domains.iter().any(|d| self.domains.contains(d)))
            && (self.statuses.is_empty() || r.status.is_some_and(|s| self.statuses.contains(&s)))
            && (self.parties.is_empty()
                || record_parties(catalog, i)
                    .iter()
                    .any(|p| self.parties.contains(p)))
            && (self.forms.is_empty() || r.form.is_some_and(|f| self.forms.contains(&f)))
    }

    /// The year range, for a date (undated fails an active range).
    pub fn passes_date(&self, date: Option<PartialDate>) -> bool {
        if self.from_year.is_none() && self.to_year.is_none() {
            return true;
        }
        date.is_some_and(|d| {
            self.from_year.is_none_or(|y| d.year >= y) && self.to_year.is_none_or(|y| d.year <= y)
        })
    }

    /// Whether record `i` passes every filter (the years on its list date).
    pub fn passes(&self, catalog: &Catalog, i: usize) -> bool {
        self.passes_attributes(catalog, i) && self.passes_date(catalog.records[i].date)
    }
}

/// The parties record `i` counts for: the parties it names; a commitment
/// that names none, the parties of the record that made it (its owner).
pub fn record_parties(catalog: &Catalog, i: usize) -> &[usize] {
    let r = &catalog.records[i];
    if !r.parties.is_empty() || r.kind != Kind::Commitment {
        return &r.parties;
    }
    r.links
        .iter()
        .find(|l| l.rel == Rel::MadeBy)
        .map_or(&r.parties, |l| &catalog.records[l.target].parties)
}

/// Per record, its search score; `None` when the query rejects it (an
/// empty query keeps every record, with score 0).
fn scores(catalog: &Catalog, index: &SearchIndex, query: &Query) -> Vec<Option<u32>> {
    let n = catalog.records.len();
    match index.search(query) {
        None => vec![Some(0); n],
        Some(hits) => {
            let mut v = vec![None; n];
            for (i, score) in hits {
                if i < n {
                    v[i] = Some(score);
                }
            }
            v
        }
    }
}

/// The records of `kind` (every kind when `None`) that pass `filters` and
/// `query`, with their scores: best first, equal scores in catalog order
/// (the browser's order: partnerships, agreements, commitments, events;
/// an empty query gives every record score 0, so the catalog order). What
/// `accords list` and `accords search` print; the record tabs of
/// [`compute_results`] hold the same records in the same order.
pub fn records(
    catalog: &Catalog,
    index: &SearchIndex,
    query: &Query,
    filters: &Filters,
    kind: Option<Kind>,
) -> Vec<(usize, u32)> {
    select(catalog, scores(catalog, index, query), filters, kind)
}

/// [`records`] without a query (no index needed): the records of `kind`
/// that pass `filters`, in catalog order.
pub fn list(catalog: &Catalog, filters: &Filters, kind: Option<Kind>) -> Vec<usize> {
    let all = vec![Some(0); catalog.records.len()];
    select(catalog, all, filters, kind)
        .into_iter()
        .map(|(i, _)| i)
        .collect()
}

fn select(
    catalog: &Catalog,
    scores: Vec<Option<u32>>,
    filters: &Filters,
    kind: Option<Kind>,
) -> Vec<(usize, u32)> {
    let mut hits: Vec<(usize, u32)> = (0..catalog.records.len())
        .filter(|&i| kind.is_none_or(|k| catalog.records[i].kind == k))
        .filter_map(|i| scores[i].map(|s| (i, s)))
        .filter(|&(i, _)| filters.passes(catalog, i))
        .collect();
    // Stable: equal scores keep the catalog's order.
    hits.sort_by_key(|&(_, score)| std::cmp::Reverse(score));
    hits
}

/// The parties `s` names: an id (any case), else a full or short name in
/// French, English or the party's own script (case and accents ignored),
/// else the parties whose name has every word of `s` (whole words or, from
/// three letters, their beginning). The error lists the parties.
pub fn resolve_party(catalog: &Catalog, s: &str) -> Result<Vec<usize>, String> {
    fn words(s: &str) -> Vec<String> {
        crate::fold::fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }
    let want = words(s);
    let names = |i: usize| -> Vec<&str> {
        let p = &catalog.parties[i];
        [Some(&p.name), p.short.as_ref()]
            .into_iter()
            .flatten()
            .flat_map(|t| {
                [
                    Some(t.fr.as_str()),
                    Some(t.en.as_str()),
                    t.native.as_deref(),
                ]
            })
            .flatten()
            .collect()
    };
    let all = 0..catalog.parties.len();
    let by_id: Vec<usize> = all
        .clone()
        .filter(|&i| words(&catalog.parties[i].id) == want)
        .collect();
    if !want.is_empty() && !by_id.is_empty() {
        return Ok(by_id);
    }
    let exact: Vec<usize> = all
        .clone()
        .filter(|&i| names(i).iter().any(|n| words(n) == want))
        .collect();
    if !want.is_empty() && !exact.is_empty() {
        return Ok(exact);
    }
    let partial: Vec<usize> = all
        .filter(|&i| {
            let have: Vec<String> = names(i).iter().flat_map(|n| words(n)).collect();
            want.iter().all(|w| {
                have.iter()
                    .any(|h| h == w || (w.chars().count() >= 3 && h.starts_with(w.as_str())))
            })
        })
        .collect();
    if !want.is_empty() && !partial.is_empty() {
        return Ok(partial);
    }
    let known: Vec<String> = catalog
        .parties
        .iter()
        .map(|p| format!("{} ({})", p.id, p.name.en))
        .collect();
    Err(format!(
        "unknown party \"{}\"; the parties are: {}",
        crate::sanitize::clean_line(s),
        if known.is_empty() {
            "none".to_string()
        } else {
            known.join(", ")
        }
    ))
}

/// Per tab, the rows that pass `filters` and `query`: record tabs best
/// first (equal scores in catalog order), the timeline in date order with
/// a heading at each new year. Pure; the search worker runs it too.
pub fn compute_results(
    catalog: &Catalog,
    index: &SearchIndex,
    query: &Query,
    f: &Filters,
) -> [Vec<Row>; 4] {
    let scores = scores(catalog, index, query);
    let mut scored: [Vec<(u32, usize)>; 4] = Default::default();
    for (i, r) in catalog.records.iter().enumerate() {
        let t = TABS.iter().position(|k| *k == r.kind).unwrap_or(0);
        if t == TIMELINE_TAB {
            continue;
        }
        if let Some(score) = scores[i] {
            if f.passes(catalog, i) {
                scored[t].push((score, i));
            }
        }
    }
    let mut results: [Vec<Row>; 4] = Default::default();
    for (t, mut s) in scored.into_iter().enumerate() {
        // Stable: equal scores keep the catalog's order (newest first).
        s.sort_by_key(|s| std::cmp::Reverse(s.0));
        results[t] = s.into_iter().map(|(_, i)| Row::Record(i)).collect();
    }
    // The timeline: date order, a heading at each new year. A status
    // change passes when its record does; the year range applies to the
    // entry's own date.
    let mut year = None;
    for (e, entry) in catalog.timeline.iter().enumerate() {
        if scores[entry.record].is_none()
            || !f.passes_attributes(catalog, entry.record)
            || !f.passes_date(Some(entry.date))
        {
            continue;
        }
        if year != Some(entry.date.year) {
            year = Some(entry.date.year);
            results[TIMELINE_TAB].push(Row::Year(entry.date.year));
        }
        results[TIMELINE_TAB].push(Row::Entry(e));
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::DEFAULT_MAX_SIZE;

    fn corpus() -> Catalog {
        Catalog::new(
            crate::pipeline::check_dataset(None, DEFAULT_MAX_SIZE)
                .dataset
                .expect("embedded dataset"),
        )
    }

    #[test]
    fn parties_resolve_by_id_or_folded_name() {
        let c = corpus();
        let kr = c.parties.iter().position(|p| p.id == "kr").unwrap();
        for s in [
            "kr",
            "KR",
            "coree",
            "Corée",
            "korea",
            "Republic of Korea",
            "한국",
            "republique de coree",
        ] {
            assert_eq!(resolve_party(&c, s), Ok(vec![kr]), "{s}");
        }
        let err = resolve_party(&c, "atlantis").unwrap_err();
        assert!(err.contains("kr (Republic of Korea)"), "{err}");
        assert!(resolve_party(&c, "").is_err());
    }

    #[test]
    fn records_rank_by_score_then_catalog_order() {
        let c = corpus();
        let index = SearchIndex::new(&c);
        let hits = records(
            &c,
            &index,
            &Query::parse("defence"),
            &Filters::default(),
            None,
        );
        assert!(hits.len() > 2);
        for w in hits.windows(2) {
            assert!(w[0].1 > w[1].1 || (w[0].1 == w[1].1 && w[0].0 < w[1].0));
        }
        // Without a query: every record, in catalog order.
        let all = list(&c, &Filters::default(), None);
        assert_eq!(all, (0..c.records.len()).collect::<Vec<_>>());
    }

    /// A commitment that names no party counts for its owner's parties.
    #[test]
    fn commitments_count_for_their_owners_parties() {
        let c = corpus();
        let kr = c.parties.iter().position(|p| p.id == "kr").unwrap();
        let korea = Filters {
            parties: [kr].into(),
            ..Filters::default()
        };
        let commitments = list(&c, &korea, Some(Kind::Commitment));
        assert!(!commitments.is_empty());
        let unnamed = commitments
            .iter()
            .filter(|&&i| c.records[i].parties.is_empty())
            .count();
        assert!(unnamed > 0, "some pass through their owner");
        for &i in &commitments {
            assert!(record_parties(&c, i).contains(&kr));
        }
    }
}
