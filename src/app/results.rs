//! The query line and the rows each tab shows: typing and pasting,
//! ranking (here or on the search worker), moving the selection.

use super::*;

/// The longest query, in characters: a longer paste or key burst is cut
/// there, so each keystroke stays cheap.
pub const MAX_QUERY_CHARS: usize = 1024;

/// Pasted text as one line of a query: each run of white space (line
/// breaks, tabs) becomes one space, control characters go, and the rest is cleaned as dataset text is
/// (bidi and zero-width characters removed, NFC).
pub fn pasted(text: &str) -> String {
    let mut line = String::with_capacity(text.len().min(4 * MAX_QUERY_CHARS));
    for c in text.chars() {
        match c {
            c if c.is_whitespace() => {
                if !line.ends_with(' ') {
                    line.push(' ');
                }
            }
            c if c.is_control() => {}
            c => line.push(c),
        }
    }
    crate::sanitize::clean_line(&line)
}

impl App {
    /// Reruns the filters and the query over every record, for every tab,
    /// now (any search still running on the worker is forgotten). With
    /// `to_top`, each tab selects its best match; otherwise the selected row
    /// is kept where it survives.
    pub(super) fn refresh(&mut self, to_top: bool) {
        self.search_seq += 1;
        self.pending_search = None;
        self.search_running = None;
        let results = compute_results(&self.catalog, &self.index, &self.parsed, &self.filters);
        self.apply_results(results, to_top);
    }

    /// Shows new results, keeping each tab's selected row where it survives
    /// (unless `to_top`).
    /// Sorts the record tabs' rows by `self.sort` (the timeline keeps
    /// its date order).
    fn sort_results(&mut self) {
        for t in 0..TABS.len() {
            if t != TIMELINE_TAB {
                crate::sort::sort_rows(&self.catalog, &mut self.results[t], self.sort, self.lang);
            }
        }
    }

    /// `s` / `S`: a new sort, the selected records kept selected.
    pub(super) fn set_sort(&mut self, sort: crate::sort::Sort) {
        let keep: Vec<Option<Row>> = (0..TABS.len())
            .map(|t| self.results[t].get(self.selected[t]).copied())
            .collect();
        if sort.key == crate::sort::SortKey::Relevance && self.sort.key != sort.key {
            // Back to the search's order: rank again.
            self.sort = sort;
            self.requery(false);
            return;
        }
        self.sort = sort;
        self.sort_results();
        for (t, kept) in keep.into_iter().enumerate() {
            if let Some(row) = kept {
                self.selected[t] = self.results[t].iter().position(|r| *r == row).unwrap_or(0);
            }
            self.settle(t, true);
        }
    }

    pub(super) fn apply_results(&mut self, results: [Vec<Row>; 4], to_top: bool) {
        let keep: Vec<Option<Row>> = (0..TABS.len())
            .map(|t| self.results[t].get(self.selected[t]).copied())
            .collect();
        self.results = results;
        self.sort_results();
        self.counts = [0, 1, 2, 3].map(|t| {
            self.results[t]
                .iter()
                .filter(|r| !matches!(r, Row::Year(_)))
                .count()
        });
        for (t, kept) in keep.into_iter().enumerate() {
            self.selected[t] = match kept {
                Some(row) if !to_top => self.results[t].iter().position(|r| *r == row).unwrap_or(0),
                _ => 0,
            };
            self.settle(t, true);
        }
    }

    /// A new query or new filters: ranked now, or — with a search worker —
    /// handed to it, the current results staying on screen until its answer
    /// arrives (at 250,000 records filtering every tab takes tens of
    /// milliseconds: not on the interface thread).
    pub(super) fn requery(&mut self, to_top: bool) {
        if !self.background {
            self.refresh(to_top);
            return;
        }
        self.search_to_top = to_top;
        self.search_seq += 1;
        self.search_running = Some(self.search_seq);
        self.pending_search = Some(SearchRequest {
            seq: self.search_seq,
            catalog: Arc::clone(&self.catalog),
            index: Arc::clone(&self.index),
            query: self.parsed.clone(),
            filters: self.filters.clone(),
            recount: self.counts_stale,
        });
    }

    /// The search the last query change asks for, once: the event loop
    /// sends it to the search worker, whose answer comes back as
    /// [`Action::SearchDone`]. Only with [`App::with_search_worker`].
    pub fn take_search(&mut self) -> Option<SearchRequest> {
        self.pending_search.take()
    }

    /// The app hands query changes to a search worker instead of ranking
    /// on the interface thread (see [`App::take_search`]).
    pub fn with_search_worker(mut self) -> App {
        self.background = true;
        self
    }

    /// Moves tab `t`'s selection off a year heading, in the direction given
    /// (or the other way when there is nothing that way).
    pub(super) fn settle(&mut self, t: usize, forward: bool) {
        let rows = &self.results[t];
        let sel = self.selected[t];
        if !matches!(rows.get(sel), Some(Row::Year(_))) {
            return;
        }
        let after = (sel + 1..rows.len()).find(|&i| !matches!(rows[i], Row::Year(_)));
        let before = (0..sel).rev().find(|&i| !matches!(rows[i], Row::Year(_)));
        let pick = if forward {
            after.or(before)
        } else {
            before.or(after)
        };
        self.selected[t] = pick.unwrap_or(sel);
    }

    /// Adds `text` to the query in one step, up to [`MAX_QUERY_CHARS`]
    /// (with a notice when some of it did not fit).
    pub(super) fn type_text(&mut self, text: &str) {
        let room = MAX_QUERY_CHARS.saturating_sub(self.query.chars().count());
        let fits: String = text.chars().take(room).collect();
        if fits.len() < text.len() {
            self.notice = Some(Notice::QueryTooLong);
        }
        if fits.is_empty() {
            return;
        }
        let mut q = String::with_capacity(self.query.len() + fits.len());
        q.push_str(&self.query);
        q.push_str(&fits);
        self.set_query(q);
    }

    pub(super) fn set_query(&mut self, query: String) {
        self.query = query;
        let parsed = Query::parse(&self.query);
        if parsed != self.parsed {
            self.parsed = parsed;
            self.requery(true);
        }
    }

    pub(super) fn move_selection(&mut self, delta: isize, to: Option<usize>) {
        let n = self.rows().len();
        let sel = &mut self.selected[self.tab];
        *sel = match to {
            Some(i) => i.min(n.saturating_sub(1)),
            None => (*sel as isize + delta).clamp(0, n.saturating_sub(1) as isize) as usize,
        };
        // Off a year heading, the way the selection was going.
        let forward = match to {
            Some(i) => i == 0,
            None => delta >= 0,
        };
        self.settle(self.tab, forward);
    }
}
