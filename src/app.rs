//! The application state and its one entry point, [`App::update`]. Nothing
//! here draws or touches the terminal; the interface reads this state.

use std::collections::BTreeSet;

use crate::catalog::{Catalog, Kind};
use crate::keymap::Context;
use crate::model::{Domain, Lang};
use crate::search::{Query, SearchIndex};

/// Everything the user can ask for. Keys map to actions through the keymap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    ToggleHelp,
    ToggleLang,
    NextTab,
    PrevTab,
    GoTab(usize),
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    /// Enter: open the selected record, or follow the selected link.
    Open,
    /// Leave the detail view (one step back).
    Back,
    NextLink,
    PrevLink,
    StartSearch,
    SearchInput(char),
    SearchBackspace,
    SearchDeleteWord,
    SearchClearLine,
    /// Enter in the query line: back to the list, keeping the query.
    AcceptSearch,
    /// Esc in the query line: clear the query and leave it.
    CancelSearch,
    ClearQuery,
    OpenFilter,
    ToggleDomain,
    ClearFilters,
    CloseOverlay,
    Resize(u16, u16),
}

/// The tabs, in order; each lists one kind of record.
pub const TABS: [Kind; 4] = Kind::ALL;

pub fn tab_title(kind: Kind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (Kind::Partnership, Lang::Fr) => "Partenariats",
        (Kind::Partnership, Lang::En) => "Partnerships",
        (Kind::Agreement, Lang::Fr) => "Accords",
        (Kind::Agreement, Lang::En) => "Agreements",
        (Kind::Commitment, Lang::Fr) => "Engagements",
        (Kind::Commitment, Lang::En) => "Commitments",
        (Kind::Event, Lang::Fr) => "Chronologie",
        (Kind::Event, Lang::En) => "Timeline",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    List,
    Detail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    Filter,
}

/// One page of the detail view: which record, how far scrolled, which link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub record: usize,
    pub scroll: usize,
    pub link: usize,
}

/// Sizes the interface lays out, needed to page and to keep links in view.
/// Computed by `ui::metrics` from the terminal size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Metrics {
    pub list_rows: usize,
    pub detail_rows: usize,
}

#[derive(Debug)]
pub struct App {
    pub catalog: Catalog,
    pub index: SearchIndex,
    pub lang: Lang,
    pub tab: usize,
    pub view: View,
    pub overlay: Overlay,
    /// True while the query line has the keyboard.
    pub searching: bool,
    pub query: String,
    pub parsed: Query,
    pub domains: BTreeSet<Domain>,
    /// The domains offered by the filter popup: those the data uses, plus any active.
    pub domain_choices: Vec<Domain>,
    pub filter_cursor: usize,
    pub help_scroll: usize,
    /// Per tab: indices into `catalog.records` that pass the filter and the
    /// query, best first.
    pub results: [Vec<usize>; 4],
    /// Per tab: the selected row in `results`.
    pub selected: [usize; 4],
    /// Per tab: the first row on screen; kept so the selection stays visible.
    pub offsets: [usize; 4],
    /// The detail pages opened, the current one last.
    pub pages: Vec<Page>,
    pub size: (u16, u16),
    pub should_quit: bool,
}

impl App {
    pub fn new(catalog: Catalog, lang: Lang, domains: BTreeSet<Domain>) -> App {
        let index = SearchIndex::new(&catalog);
        let mut domain_choices: Vec<Domain> = Domain::ALL
            .into_iter()
            .filter(|d| {
                domains.contains(d) || catalog.records.iter().any(|r| r.domains.contains(d))
            })
            .collect();
        domain_choices.dedup();
        let mut app = App {
            catalog,
            index,
            lang,
            tab: 0,
            view: View::List,
            overlay: Overlay::None,
            searching: false,
            query: String::new(),
            parsed: Query::default(),
            domains,
            domain_choices,
            filter_cursor: 0,
            help_scroll: 0,
            results: Default::default(),
            selected: [0; 4],
            offsets: [0; 4],
            pages: Vec::new(),
            size: (80, 24),
            should_quit: false,
        };
        app.refresh(false);
        app
    }

    /// The keymap context the next key is looked up in.
    pub fn context(&self) -> Context {
        match self.overlay {
            Overlay::Help => Context::Help,
            Overlay::Filter => Context::Filter,
            Overlay::None if self.searching => Context::Search,
            Overlay::None => match self.view {
                View::List => Context::List,
                View::Detail => Context::Detail,
            },
        }
    }

    /// The rows of the current tab.
    pub fn rows(&self) -> &[usize] {
        &self.results[self.tab]
    }

    /// The record selected in the current tab, if any.
    pub fn selected_record(&self) -> Option<usize> {
        self.rows().get(self.selected[self.tab]).copied()
    }

    /// The record shown in the detail view.
    pub fn page(&self) -> Option<&Page> {
        self.pages.last()
    }

    fn metrics(&self) -> Metrics {
        crate::ui::metrics(self.size.0, self.size.1)
    }

    /// Reruns the filter and the query over every record, for every tab.
    /// With `to_top`, each tab selects its best match; otherwise the selected
    /// record is kept where it survives.
    fn refresh(&mut self, to_top: bool) {
        let keep: Vec<Option<usize>> = (0..TABS.len())
            .map(|t| self.results[t].get(self.selected[t]).copied())
            .collect();
        let mut results: [Vec<(u32, usize)>; 4] = Default::default();
        let passes = |r: &crate::catalog::Record| {
            self.domains.is_empty() || r.domains.iter().any(|d| self.domains.contains(d))
        };
        let tab_of =
            |r: &crate::catalog::Record| TABS.iter().position(|k| *k == r.kind).unwrap_or(0);
        match self.index.search(&self.parsed) {
            None => {
                for (i, r) in self.catalog.records.iter().enumerate() {
                    if passes(r) {
                        results[tab_of(r)].push((0, i));
                    }
                }
            }
            Some(hits) => {
                for (i, score) in hits {
                    let r = &self.catalog.records[i];
                    if passes(r) {
                        results[tab_of(r)].push((score, i));
                    }
                }
            }
        }
        for (t, mut scored) in results.into_iter().enumerate() {
            // Stable: equal scores keep the catalog's order (newest first).
            scored.sort_by_key(|s| std::cmp::Reverse(s.0));
            self.results[t] = scored.into_iter().map(|(_, i)| i).collect();
            self.selected[t] = match keep[t] {
                Some(rec) if !to_top => self.results[t].iter().position(|&i| i == rec).unwrap_or(0),
                _ => 0,
            };
        }
    }

    fn set_query(&mut self, query: String) {
        self.query = query;
        let parsed = Query::parse(&self.query);
        if parsed != self.parsed {
            self.parsed = parsed;
            self.refresh(true);
        }
    }

    fn move_selection(&mut self, delta: isize, to: Option<usize>) {
        let n = self.rows().len();
        let sel = &mut self.selected[self.tab];
        *sel = match to {
            Some(i) => i.min(n.saturating_sub(1)),
            None => (*sel as isize + delta).clamp(0, n.saturating_sub(1) as isize) as usize,
        };
    }

    /// The detail page's line count and its link rows, for scrolling.
    fn detail_extent(&self) -> (usize, Vec<usize>) {
        match self.page() {
            Some(p) => {
                let doc = crate::ui::detail::document(
                    self,
                    p.record,
                    self.size.0,
                    &crate::ui::Theme::mono(),
                );
                (doc.lines.len(), doc.link_rows.clone())
            }
            None => (0, Vec::new()),
        }
    }

    fn scroll_detail(&mut self, delta: isize, to: Option<usize>) {
        let (len, _) = self.detail_extent();
        let max = len.saturating_sub(self.metrics().detail_rows);
        if let Some(p) = self.pages.last_mut() {
            p.scroll = match to {
                Some(s) => s.min(max),
                None => (p.scroll as isize + delta).clamp(0, max as isize) as usize,
            };
        }
    }

    fn step_link(&mut self, forward: bool) {
        let (_, rows) = self.detail_extent();
        let height = self.metrics().detail_rows.max(1);
        let Some(p) = self.pages.last_mut() else {
            return;
        };
        if rows.is_empty() {
            return;
        }
        p.link = if forward {
            (p.link + 1) % rows.len()
        } else {
            (p.link + rows.len() - 1) % rows.len()
        };
        let row = rows[p.link];
        if row < p.scroll {
            p.scroll = row;
        } else if row >= p.scroll + height {
            p.scroll = row + 1 - height;
        }
    }

    fn open(&mut self, record: usize) {
        self.pages.push(Page {
            record,
            scroll: 0,
            link: 0,
        });
        self.view = View::Detail;
    }

    /// Applies one action. This is the only place the state changes.
    pub fn update(&mut self, action: Action) {
        self.apply(action);
        let rows = self.metrics().list_rows.max(1);
        for t in 0..TABS.len() {
            let (sel, off) = (self.selected[t], &mut self.offsets[t]);
            if sel < *off {
                *off = sel;
            } else if sel >= *off + rows {
                *off = sel + 1 - rows;
            }
        }
    }

    fn apply(&mut self, action: Action) {
        let page = self.metrics();
        let (list_page, detail_page) = (
            page.list_rows.max(1) as isize,
            page.detail_rows.max(1) as isize,
        );
        match (self.context(), action) {
            (_, Action::Quit) => self.should_quit = true,
            (_, Action::Resize(w, h)) => {
                self.size = (w, h);
                self.scroll_detail(0, None);
            }
            (_, Action::ToggleLang) => self.lang = self.lang.other(),
            (Context::Help, Action::CloseOverlay) | (_, Action::ToggleHelp)
                if self.overlay == Overlay::Help =>
            {
                self.overlay = Overlay::None;
            }
            (_, Action::ToggleHelp) => {
                self.overlay = Overlay::Help;
                self.help_scroll = 0;
            }
            (Context::Help, Action::Down) => self.help_scroll += 1,
            (Context::Help, Action::Up) => self.help_scroll = self.help_scroll.saturating_sub(1),

            (_, Action::OpenFilter) => {
                self.overlay = Overlay::Filter;
                self.searching = false;
            }
            (Context::Filter, Action::Down) => {
                self.filter_cursor =
                    (self.filter_cursor + 1).min(self.domain_choices.len().saturating_sub(1));
            }
            (Context::Filter, Action::Up) => {
                self.filter_cursor = self.filter_cursor.saturating_sub(1)
            }
            (Context::Filter, Action::ToggleDomain) => {
                if let Some(&d) = self.domain_choices.get(self.filter_cursor) {
                    if !self.domains.remove(&d) {
                        self.domains.insert(d);
                    }
                    self.refresh(false);
                }
            }
            (_, Action::ClearFilters) => {
                self.domains.clear();
                self.refresh(false);
            }
            (_, Action::CloseOverlay) => self.overlay = Overlay::None,

            (_, Action::StartSearch) => {
                self.searching = true;
                self.view = View::List;
            }
            (Context::Search, Action::SearchInput(c)) => {
                let mut q = self.query.clone();
                q.push(c);
                self.set_query(q);
            }
            (Context::Search, Action::SearchBackspace) => {
                let mut q = self.query.clone();
                q.pop();
                self.set_query(q);
            }
            (Context::Search, Action::SearchDeleteWord) => {
                let trimmed = self.query.trim_end();
                let cut = trimmed.rfind(' ').map_or(0, |i| i + 1);
                let q = self.query[..cut].to_string();
                self.set_query(q);
            }
            (Context::Search, Action::SearchClearLine) => self.set_query(String::new()),
            (Context::Search, Action::AcceptSearch) => self.searching = false,
            (Context::Search, Action::CancelSearch) | (Context::List, Action::ClearQuery) => {
                self.searching = false;
                self.set_query(String::new());
            }

            (Context::List, Action::NextTab) => self.tab = (self.tab + 1) % TABS.len(),
            (Context::List, Action::PrevTab) => self.tab = (self.tab + TABS.len() - 1) % TABS.len(),
            (Context::List, Action::GoTab(t)) if t < TABS.len() => self.tab = t,
            (Context::List | Context::Search, Action::Down) => self.move_selection(1, None),
            (Context::List | Context::Search, Action::Up) => self.move_selection(-1, None),
            (Context::List, Action::Top) => self.move_selection(0, Some(0)),
            (Context::List, Action::Bottom) => self.move_selection(0, Some(usize::MAX)),
            (Context::List, Action::PageDown) => self.move_selection(list_page / 2, None),
            (Context::List, Action::PageUp) => self.move_selection(-list_page / 2, None),
            (Context::List, Action::Open) => {
                if let Some(r) = self.selected_record() {
                    self.open(r);
                }
            }

            (Context::Detail, Action::Down) => self.scroll_detail(1, None),
            (Context::Detail, Action::Up) => self.scroll_detail(-1, None),
            (Context::Detail, Action::Top) => self.scroll_detail(0, Some(0)),
            (Context::Detail, Action::Bottom) => self.scroll_detail(0, Some(usize::MAX)),
            (Context::Detail, Action::PageDown) => self.scroll_detail(detail_page / 2, None),
            (Context::Detail, Action::PageUp) => self.scroll_detail(-detail_page / 2, None),
            (Context::Detail, Action::NextLink) => self.step_link(true),
            (Context::Detail, Action::PrevLink) => self.step_link(false),
            (Context::Detail, Action::Open) => {
                let target = self.page().and_then(|p| {
                    self.catalog.records[p.record]
                        .links
                        .get(p.link)
                        .map(|l| l.target)
                });
                if let Some(t) = target {
                    self.open(t);
                }
            }
            (Context::Detail, Action::Back) => {
                self.pages.pop();
                if self.pages.is_empty() {
                    self.view = View::List;
                }
            }
            _ => {}
        }
    }

    /// How many records each tab would show for the current filter and query.
    pub fn tab_counts(&self) -> [usize; 4] {
        [0, 1, 2, 3].map(|t| self.results[t].len())
    }

    /// How many records of each tab's kind exist before filtering.
    pub fn tab_totals(&self) -> [usize; 4] {
        TABS.map(|k| self.catalog.of_kind(k).count())
    }
}
