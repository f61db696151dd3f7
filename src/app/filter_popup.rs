//! The filter popup's rows, their counts, and the keys that move through
//! and toggle them.

use super::*;

/// A row of the filter popup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterItem {
    Domain(Domain),
    Status(Status),
    /// An index into `catalog.parties`.
    Party(usize),
    Form(Form),
    FromYear,
    ToYear,
}

/// The sections of the filter popup, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterSection {
    Domains,
    Statuses,
    Parties,
    Forms,
    Dates,
}

impl FilterSection {
    pub fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FilterSection::Domains, Lang::Fr) => "Domaines",
            (FilterSection::Domains, Lang::En) => "Domains",
            (FilterSection::Statuses, Lang::Fr) => "Statut",
            (FilterSection::Statuses, Lang::En) => "Status",
            (FilterSection::Parties, Lang::Fr) => "Parties",
            (FilterSection::Parties, Lang::En) => "Parties",
            (FilterSection::Forms, Lang::Fr) => "Nature",
            (FilterSection::Forms, Lang::En) => "Kind",
            (FilterSection::Dates, Lang::Fr) => "Années",
            (FilterSection::Dates, Lang::En) => "Years",
        }
    }
}

impl FilterItem {
    pub fn section(self) -> FilterSection {
        match self {
            FilterItem::Domain(_) => FilterSection::Domains,
            FilterItem::Status(_) => FilterSection::Statuses,
            FilterItem::Party(_) => FilterSection::Parties,
            FilterItem::Form(_) => FilterSection::Forms,
            FilterItem::FromYear | FilterItem::ToYear => FilterSection::Dates,
        }
    }
}

impl App {
    /// The active filters as header chips: domains, statuses, parties,
    /// kinds, then the year range ("2020–2026").
    pub fn filter_chips(&self) -> Vec<String> {
        let lang = self.lang;
        let f = &self.filters;
        let mut chips: Vec<String> = f.domains.iter().map(|d| d.label(lang).into()).collect();
        chips.extend(
            STATUSES
                .iter()
                .filter(|s| f.statuses.contains(s))
                .map(|s| s.label(lang).to_string()),
        );
        chips.extend(
            f.parties
                .iter()
                .filter(|&&p| p < self.catalog.parties.len())
                .map(|&p| self.catalog.party_name(p, lang).to_string()),
        );
        chips.extend(
            [Form::Treaty, Form::NonBinding]
                .iter()
                .filter(|k| f.forms.contains(k))
                .map(|k| k.label(lang).to_string()),
        );
        if f.from_year.is_some() || f.to_year.is_some() {
            let (from, to) = self.year_range();
            chips.push(format!("{from}–{to}"));
        }
        chips
    }

    /// The effective year range: the filter's bounds, else the data's.
    pub fn year_range(&self) -> (i32, i32) {
        let (lo, hi) = self.year_bounds.unwrap_or((0, 0));
        (
            self.filters.from_year.unwrap_or(lo),
            self.filters.to_year.unwrap_or(hi),
        )
    }

    /// True when a filter item is active (for a year row: set).
    pub fn filter_item_on(&self, item: FilterItem) -> bool {
        let f = &self.filters;
        match item {
            FilterItem::Domain(d) => f.domains.contains(&d),
            FilterItem::Status(s) => f.statuses.contains(&s),
            FilterItem::Party(p) => f.parties.contains(&p),
            FilterItem::Form(k) => f.forms.contains(&k),
            FilterItem::FromYear => f.from_year.is_some(),
            FilterItem::ToYear => f.to_year.is_some(),
        }
    }

    pub(super) fn move_filter_cursor(&mut self, delta: isize) {
        let n = self.filter_items.len();
        self.filter_cursor =
            (self.filter_cursor as isize + delta).clamp(0, n.saturating_sub(1) as isize) as usize;
    }

    /// Tab in the filter popup: the first row of the next (or previous)
    /// section, wrapping around.
    pub(super) fn jump_filter_section(&mut self, forward: bool) {
        let items = &self.filter_items;
        if items.is_empty() {
            return;
        }
        let section = |i: usize| items[i].section();
        let cur = self.filter_cursor.min(items.len() - 1);
        let starts: Vec<usize> = (0..items.len())
            .filter(|&i| i == 0 || section(i) != section(i - 1))
            .collect();
        let here = starts.iter().rposition(|&s| s <= cur).unwrap_or(0);
        let next = if forward {
            (here + 1) % starts.len()
        } else {
            (here + starts.len() - 1) % starts.len()
        };
        self.filter_cursor = starts[next];
    }

    /// The filters changed: the popup's rows count again (each row counts
    /// what the other kinds of filter keep), the cursor staying on its row.
    /// With a search worker the count is left to it (see `requery`): a
    /// pass over 250,000 records is tens of milliseconds.
    pub(super) fn recount_filters(&mut self) {
        if self.background {
            self.counts_stale = true;
            return;
        }
        let rows = filter_items(&self.catalog, &self.filters);
        self.set_filter_rows(rows);
    }

    /// New counts for the popup's rows, the cursor staying on its row.
    pub(super) fn set_filter_rows(&mut self, rows: FilterRows) {
        let cursor = self.filter_items.get(self.filter_cursor).copied();
        self.filter_items = rows.items;
        self.filter_counts = rows.counts;
        self.filter_cursor = cursor
            .and_then(|c| self.filter_items.iter().position(|i| *i == c))
            .unwrap_or(self.filter_cursor)
            .min(self.filter_items.len().saturating_sub(1));
    }

    pub(super) fn toggle_filter(&mut self) {
        let Some(&item) = self.filter_items.get(self.filter_cursor) else {
            return;
        };
        let f = &mut self.filters;
        fn flip<T: PartialEq>(v: &mut Vec<T>, x: T) {
            match v.iter().position(|y| *y == x) {
                Some(i) => {
                    v.remove(i);
                }
                None => v.push(x),
            }
        }
        match item {
            FilterItem::Domain(d) => {
                if !f.domains.remove(&d) {
                    f.domains.insert(d);
                }
            }
            FilterItem::Status(s) => flip(&mut f.statuses, s),
            FilterItem::Party(p) => {
                if !f.parties.remove(&p) {
                    f.parties.insert(p);
                }
            }
            FilterItem::Form(k) => flip(&mut f.forms, k),
            FilterItem::FromYear => f.from_year = None,
            FilterItem::ToYear => f.to_year = None,
        }
        self.recount_filters();
        self.requery(false);
    }

    /// Moves the year under the cursor by one, within the data's years and
    /// never past the other bound. A bound moved back to the data's own
    /// first (last) year is unset.
    pub(super) fn adjust_year(&mut self, delta: i32) {
        let Some((lo, hi)) = self.year_bounds else {
            return;
        };
        let (from, to) = self.year_range();
        match self.filter_items.get(self.filter_cursor) {
            Some(FilterItem::FromYear) => {
                let y = (from + delta).clamp(lo, to.max(lo));
                self.filters.from_year = (y != lo).then_some(y);
            }
            Some(FilterItem::ToYear) => {
                let y = (to + delta).clamp(from.min(hi), hi);
                self.filters.to_year = (y != hi).then_some(y);
            }
            _ => return,
        }
        self.recount_filters();
        self.requery(false);
    }
}

/// The filter popup's rows — each domain, status, party and kind the data
/// uses, plus the choices already on, then the two year rows when
/// anything is dated — and the first and last year of any dated record or
/// timeline entry.
/// The filter popup's rows, how many records each would keep given the
/// other kinds of filter (none for the year rows), and the data's first
/// and last year. One pass over the records, again at each filter change:
/// the counts are shown on every frame of the popup.
pub(super) fn filter_items(catalog: &Catalog, active: &Filters) -> FilterRows {
    let recs = &catalog.records;
    let mut domains = [0usize; Domain::ALL.len()];
    let mut statuses = [0usize; STATUSES.len()];
    let mut parties = vec![0usize; catalog.parties.len()];
    let mut forms = [0usize; 2];
    // Which rows exist: what the data holds at all, whatever is chosen.
    let mut has_domain = [false; Domain::ALL.len()];
    let mut has_status = [false; STATUSES.len()];
    let mut has_party = vec![false; catalog.parties.len()];
    let mut has_form = [false; 2];
    let form_slot = |k: Form| usize::from(k == Form::NonBinding);
    // Facet counts: a row counts the records that the *other* kinds of
    // filter keep (as visidata's frequency table does), so choosing Korea
    // shows how many of Korea's records are signed. One pass: a record
    // failing no kind counts for all its rows, failing one kind only for
    // that kind's rows, failing two for none.
    let f = active;
    for (ri, r) in recs.iter().enumerate() {
        let fails = [
            !(f.domains.is_empty() || r.domains.iter().any(|d| f.domains.contains(d))),
            !(f.statuses.is_empty() || r.status.is_some_and(|s| f.statuses.contains(&s))),
            !(f.parties.is_empty()
                || crate::query::record_parties(catalog, ri)
                    .iter()
                    .any(|p| f.parties.contains(p))),
            !(f.forms.is_empty() || r.form.is_some_and(|k| f.forms.contains(&k))),
            !f.passes_date(r.date),
        ];
        for d in &r.domains {
            if let Some(i) = Domain::ALL.iter().position(|x| x == d) {
                has_domain[i] = true;
            }
        }
        if let Some(i) = r.status.and_then(|s| STATUSES.iter().position(|x| *x == s)) {
            has_status[i] = true;
        }
        for &p in crate::query::record_parties(catalog, ri) {
            if p < has_party.len() {
                has_party[p] = true;
            }
        }
        if let Some(k) = r.form {
            has_form[form_slot(k)] = true;
        }
        let failed = fails.iter().filter(|x| **x).count();
        let counts_for = |kind: usize| failed == 0 || (failed == 1 && fails[kind]);
        if counts_for(0) {
            for (k, d) in r.domains.iter().enumerate() {
                let Some(i) = Domain::ALL.iter().position(|x| x == d) else {
                    continue;
                };
                if !r.domains[..k].contains(d) {
                    domains[i] += 1;
                }
            }
        }
        if counts_for(1) {
            if let Some(i) = r.status.and_then(|s| STATUSES.iter().position(|x| *x == s)) {
                statuses[i] += 1;
            }
        }
        // (A domain or party listed twice on a record counts once; a
        // commitment naming no party counts for its owner's, as the
        // filter keeps it: `query::record_parties`.)
        if counts_for(2) {
            let rp = crate::query::record_parties(catalog, ri);
            for (k, &p) in rp.iter().enumerate() {
                if p < parties.len() && !rp[..k].contains(&p) {
                    parties[p] += 1;
                }
            }
        }
        if counts_for(3) {
            if let Some(k) = r.form {
                forms[form_slot(k)] += 1;
            }
        }
    }
    // A choice that is on always has its row, so it can be turned off.
    let mut rows: Vec<(FilterItem, Option<usize>)> = Vec::new();
    for (i, d) in Domain::ALL.into_iter().enumerate() {
        if (active.domains.contains(&d) || has_domain[i])
            && !rows.iter().any(|(x, _)| *x == FilterItem::Domain(d))
        {
            rows.push((FilterItem::Domain(d), Some(domains[i])));
        }
    }
    for (i, s) in STATUSES.into_iter().enumerate() {
        if active.statuses.contains(&s) || has_status[i] {
            rows.push((FilterItem::Status(s), Some(statuses[i])));
        }
    }
    for (p, &n) in parties.iter().enumerate() {
        if active.parties.contains(&p) || has_party[p] {
            rows.push((FilterItem::Party(p), Some(n)));
        }
    }
    for k in [Form::Treaty, Form::NonBinding] {
        if active.forms.contains(&k) || has_form[form_slot(k)] {
            rows.push((FilterItem::Form(k), Some(forms[form_slot(k)])));
        }
    }
    let years = recs
        .iter()
        .filter_map(|r| r.date)
        .chain(catalog.timeline.iter().map(|e| e.date))
        .map(|d| d.year);
    let year_bounds = years.fold(None, |acc: Option<(i32, i32)>, y| match acc {
        None => Some((y, y)),
        Some((lo, hi)) => Some((lo.min(y), hi.max(y))),
    });
    // The year rows come first: at the bottom of a long list they were off
    // an 80×24 screen.
    if year_bounds.is_some() {
        rows.splice(
            0..0,
            [(FilterItem::FromYear, None), (FilterItem::ToYear, None)],
        );
    }
    let (items, counts) = rows.into_iter().unzip();
    FilterRows {
        items,
        counts,
        year_bounds,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterRows {
    pub items: Vec<FilterItem>,
    pub counts: Vec<Option<usize>>,
    pub year_bounds: Option<(i32, i32)>,
}
