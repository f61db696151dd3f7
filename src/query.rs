//! One selection for every way out of the data: the [`Filters`] a user
//! chose and [`compute_results`], which ranks and filters the records per
//! tab. The browser (directly or on the search worker) uses it; no
//! terminal, no command line.

use std::collections::BTreeSet;

use crate::catalog::{Catalog, Kind, Record, Row};
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

    /// Every filter but the years.
    pub fn passes_attributes(&self, r: &Record) -> bool {
        (self.domains.is_empty() || r.domains.iter().any(|d| self.domains.contains(d)))
            && (self.statuses.is_empty() || r.status.is_some_and(|s| self.statuses.contains(&s)))
            && (self.parties.is_empty() || r.parties.iter().any(|p| self.parties.contains(p)))
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

    pub fn passes(&self, r: &Record) -> bool {
        self.passes_attributes(r) && self.passes_date(r.date)
    }
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
    let n = catalog.records.len();
    // Per record: its search score, `None` when the query rejects it.
    let scores: Vec<Option<u32>> = match index.search(query) {
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
    };
    let mut scored: [Vec<(u32, usize)>; 4] = Default::default();
    for (i, r) in catalog.records.iter().enumerate() {
        let t = TABS.iter().position(|k| *k == r.kind).unwrap_or(0);
        if t == TIMELINE_TAB {
            continue;
        }
        if let Some(score) = scores[i] {
            if f.passes(r) {
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
        let r = &catalog.records[entry.record];
        if scores[entry.record].is_none()
            || !f.passes_attributes(r)
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
