//! Find in the detail page (`/` there, as in less): a word typed, its
//! matches highlighted, `n` / `N` to go from one to the next.

use super::*;
use crate::layout::Match;

/// The find in the current page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Find {
    pub query: String,
    /// True while the find line has the keyboard.
    pub editing: bool,
    /// Every match in the page, in reading order.
    pub matches: Vec<Match>,
    /// The match `n` and `N` moved to, an index into `matches`.
    pub current: Option<usize>,
}

impl App {
    pub(super) fn start_find(&mut self) {
        self.find = Some(Find {
            editing: true,
            ..Find::default()
        });
    }

    /// A key of the find line: the new text, found at once, the first match
    /// from the top of the screen shown.
    pub(super) fn edit_find(&mut self, edit: impl FnOnce(&mut String)) {
        let Some(f) = &mut self.find else { return };
        edit(&mut f.query);
        let cut: String = f.query.chars().take(MAX_QUERY_CHARS).collect();
        f.query = cut;
        self.refind();
        let from = self.page().map_or(0, |p| p.scroll);
        self.go_to_match(|m, _| m.line >= from, false);
    }

    /// Finds the query again in the page as laid out now.
    pub(super) fn refind(&mut self) {
        let (Some(f), Some(doc)) = (&mut self.find, &self.detail) else {
            return;
        };
        f.matches = crate::layout::find(doc, &f.query);
        f.current = None;
    }

    pub(super) fn step_match(&mut self, forward: bool) {
        let n = self.find.as_ref().map_or(0, |f| f.matches.len());
        if n == 0 {
            return;
        }
        let current = self.find.as_ref().and_then(|f| f.current);
        let next = match (current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        };
        self.go_to_match(|_, i| i == next, true);
    }

    /// Makes the first match that `pick` accepts the current one and
    /// scrolls it into view (the whole page when `any` is false and none
    /// is accepted: no match selected).
    fn go_to_match(&mut self, pick: impl Fn(&Match, usize) -> bool, any: bool) {
        let height = self.metrics().detail_rows.max(1);
        let Some(f) = &mut self.find else { return };
        let found = f.matches.iter().enumerate().find(|(i, m)| pick(m, *i));
        let found = match (found, any) {
            (Some((i, m)), _) => Some((i, m.line)),
            (None, false) => f.matches.first().map(|m| (0, m.line)),
            (None, true) => None,
        };
        let Some((i, line)) = found else {
            f.current = None;
            return;
        };
        f.current = Some(i);
        if let Some(p) = self.pages.last_mut() {
            if line < p.scroll || line >= p.scroll + height {
                p.scroll = line.saturating_sub(height / 3);
            }
        }
        self.scroll_detail(0, None);
    }
}
