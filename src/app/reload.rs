//! `--watch`: a new version of the data swapped in, keeping the pages,
//! the selection and the filters by id.

use super::*;

/// A row by ids (see `App::row_key`).
#[derive(Debug, Clone, PartialEq, Eq)]
enum RowKey {
    Year(i32),
    Record(String),
    /// The record's id, the date, and which status change (if one).
    Entry(String, PartialDate, Option<usize>),
}

impl App {
    /// What a row shows, by ids rather than positions, so it can be found
    /// again in a catalog read anew.
    fn row_key(&self, row: Row) -> Option<RowKey> {
        Some(match row {
            Row::Year(y) => RowKey::Year(y),
            Row::Record(i) => RowKey::Record(self.catalog.records.get(i)?.id.clone()),
            Row::Entry(e) => {
                let entry = self.catalog.timeline.get(e)?;
                RowKey::Entry(
                    self.catalog.records.get(entry.record)?.id.clone(),
                    entry.date,
                    entry.change,
                )
            }
        })
    }

    fn row_matches(&self, row: Row, key: &RowKey) -> bool {
        match (row, key) {
            (Row::Year(a), RowKey::Year(b)) => a == *b,
            (Row::Record(i), RowKey::Record(id)) => self.catalog.records[i].id == *id,
            (Row::Entry(e), RowKey::Entry(id, date, change)) => {
                let entry = &self.catalog.timeline[e];
                entry.date == *date
                    && entry.change == *change
                    && self.catalog.records[entry.record].id == *id
            }
            _ => false,
        }
    }

    /// Swaps in a dataset read again, keeping by id what the user was
    /// looking at: each tab's selection, the pages opened (and the forward
    /// history), the party filters. What no longer exists is dropped; a
    /// selection whose record is gone stays at the same place in the list.
    pub(super) fn reload(&mut self, data: Reloaded) {
        let (catalog, index) = match Arc::try_unwrap(data.0) {
            Ok(pair) => pair,
            Err(shared) => {
                let catalog = shared.0.clone();
                let index = SearchIndex::new(&catalog);
                (catalog, index)
            }
        };
        let keys: Vec<Option<RowKey>> = (0..TABS.len())
            .map(|t| {
                let row = *self.results[t].get(self.selected[t])?;
                self.row_key(row)
            })
            .collect();
        let page_ids = |pages: &[Page], c: &Catalog| -> Vec<(String, Page)> {
            pages
                .iter()
                .map(|p| (c.records[p.record].id.clone(), *p))
                .collect()
        };
        let pages = page_ids(&self.pages, &self.catalog);
        let forward = page_ids(&self.forward, &self.catalog);
        let party_id = |c: &Catalog, p: usize| c.parties.get(p).map(|p| p.id.clone());
        let parties: Vec<String> = self
            .filters
            .parties
            .iter()
            .filter_map(|&p| party_id(&self.catalog, p))
            .collect();
        // The filter row under the cursor, a party by its id.
        let cursor = self.filter_items.get(self.filter_cursor).copied();
        let cursor_party = match cursor {
            Some(FilterItem::Party(p)) => party_id(&self.catalog, p),
            _ => None,
        };

        self.catalog = Arc::new(catalog);
        self.index = Arc::new(index);
        let new_party = |id: &str, c: &Catalog| c.parties.iter().position(|p| p.id == id);
        self.filters.parties = parties
            .iter()
            .filter_map(|id| new_party(id, &self.catalog))
            .collect();
        let rows = filter_items(&self.catalog, &self.filters);
        let years = rows.year_bounds;
        self.filter_items = rows.items;
        self.filter_counts = rows.counts;
        self.year_bounds = years;
        // A year range outside the new data's years is dropped.
        match years {
            None => (self.filters.from_year, self.filters.to_year) = (None, None),
            Some((lo, hi)) => {
                let inside = |y: Option<i32>| y.filter(|y| (lo..=hi).contains(y));
                self.filters.from_year = inside(self.filters.from_year);
                self.filters.to_year = inside(self.filters.to_year);
            }
        }
        let cursor = match (cursor, cursor_party) {
            (Some(FilterItem::Party(_)), Some(id)) => {
                new_party(&id, &self.catalog).map(FilterItem::Party)
            }
            (other, _) => other,
        };
        self.filter_cursor = cursor
            .and_then(|c| self.filter_items.iter().position(|i| *i == c))
            .unwrap_or(self.filter_cursor)
            .min(self.filter_items.len().saturating_sub(1));
        let repage = |pages: Vec<(String, Page)>, c: &Catalog| -> Vec<Page> {
            pages
                .into_iter()
                .filter_map(|(id, p)| {
                    let record = c.get(&id)?;
                    let r = &c.records[record];
                    let n = r.links.len() + r.sources.len();
                    let target = p.target.filter(|&t| t < n);
                    Some(Page {
                        record,
                        target,
                        ..p
                    })
                })
                .collect()
        };
        self.pages = repage(pages, &self.catalog);
        self.forward = repage(forward, &self.catalog);
        if self.pages.is_empty() {
            self.view = View::List;
        }
        let old_selected = self.selected;
        self.refresh(true);
        for (t, key) in keys.iter().enumerate() {
            let found = key.as_ref().and_then(|k| {
                self.results[t]
                    .iter()
                    .position(|&row| self.row_matches(row, k))
            });
            self.selected[t] =
                found.unwrap_or(old_selected[t].min(self.results[t].len().saturating_sub(1)));
            self.settle(t, true);
        }
        self.data_error = None;
        self.notice = Some(Notice::Reloaded(self.catalog.records.len()));
    }
}
