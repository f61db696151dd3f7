//! The detail pages opened, back and forward through them, and the
//! selectable rows (related records, sources) of the current one.

use super::*;

/// One page of the detail view: which record, how far scrolled, and which
/// of its selectable rows (related records, then sources: see
/// [`crate::layout::Target`]) is selected, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub record: usize,
    pub scroll: usize,
    pub target: Option<usize>,
}

/// Selectable row `i` of record `record`'s page: its related records come
/// first, then its sources.
pub fn target_of(catalog: &Catalog, record: usize, i: usize) -> Option<Target> {
    let r = catalog.records.get(record)?;
    if i < r.links.len() {
        Some(Target::Link(i))
    } else if i < r.links.len() + r.sources.len() {
        Some(Target::Source(i - r.links.len()))
    } else {
        None
    }
}

impl App {
    /// Lays the current detail page out again when the record, the width,
    /// the language or the data changed: on open, resize, language change
    /// and reload. Drawing and scrolling read the result.
    pub(super) fn sync_detail(&mut self) {
        let Some(p) = self.pages.last() else {
            self.detail = None;
            self.find = None;
            return;
        };
        let key = DocKey {
            generation: self.catalog.generation,
            record: p.record,
            width: self.size.0,
            lang: self.lang,
        };
        if self.detail.as_ref().is_none_or(|d| d.key != key) {
            // Another page: its own find. The same page laid out anew
            // (width, language): the same word found again.
            if self
                .detail
                .as_ref()
                .is_none_or(|d| d.key.record != key.record)
            {
                self.find = None;
            }
            self.detail = Some(crate::layout::document(
                &self.catalog,
                p.record,
                self.size.0,
                self.lang,
            ));
            self.refind();
        }
    }

    /// The detail page's line count and its selectable rows.
    pub(super) fn detail_extent(&mut self) -> (usize, Vec<Selectable>) {
        self.sync_detail();
        match &self.detail {
            Some(d) => (d.lines.len(), d.targets.clone()),
            None => (0, Vec::new()),
        }
    }

    pub(super) fn scroll_detail(&mut self, delta: isize, to: Option<usize>) {
        let (len, _) = self.detail_extent();
        let max = len.saturating_sub(self.metrics().detail_rows);
        if let Some(p) = self.pages.last_mut() {
            p.scroll = match to {
                Some(s) => s.min(max),
                None => (p.scroll as isize + delta).clamp(0, max as isize) as usize,
            };
        }
    }

    /// Tab and Shift-Tab: the next (or previous) selectable row, wrapping
    /// around; from none, the first (or last). It is scrolled into view.
    pub(super) fn step_target(&mut self, forward: bool) {
        let (_, targets) = self.detail_extent();
        let height = self.metrics().detail_rows.max(1);
        let Some(p) = self.pages.last_mut() else {
            return;
        };
        let n = targets.len();
        if n == 0 {
            return;
        }
        let next = match (p.target, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(t), true) => (t + 1) % n,
            (Some(t), false) => (t + n - 1) % n,
        };
        p.target = Some(next);
        let Selectable { first, last, .. } = targets[next];
        if first < p.scroll {
            p.scroll = first;
        } else if last >= p.scroll + height {
            p.scroll = (last + 1 - height).min(first);
        }
    }

    /// The selected row of the detail page as a target, if any.
    pub fn selected_target(&self) -> Option<Target> {
        let p = self.page()?;
        target_of(&self.catalog, p.record, p.target?)
    }

    /// Enter on the detail page: follow the selected related record, or
    /// open the selected source.
    pub(super) fn activate_target(&mut self) {
        let Some(p) = self.page().copied() else {
            return;
        };
        match self.selected_target() {
            Some(Target::Link(i)) => {
                let t = self.catalog.records[p.record].links[i].target;
                self.open(t);
            }
            Some(Target::Source(_)) => self.open_source(),
            None => {}
        }
    }

    /// Opens a record: a new step in the history, which forgets the pages
    /// `Back` left.
    pub(super) fn open(&mut self, record: usize) {
        self.forward.clear();
        self.pages.push(Page {
            record,
            scroll: 0,
            target: None,
        });
        self.view = View::Detail;
    }

    pub(super) fn back(&mut self) {
        if let Some(p) = self.pages.pop() {
            self.forward.push(p);
        }
        if self.pages.is_empty() {
            self.view = View::List;
        }
    }

    pub(super) fn go_forward(&mut self) {
        if let Some(p) = self.forward.pop() {
            self.pages.push(p);
            self.view = View::Detail;
            self.searching = false;
        }
    }
}
