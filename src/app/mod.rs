//! The application state and its one entry point, [`App::update`]. Nothing
//! here draws or touches the terminal; the interface reads this state.
//!
//! This file holds the state ([`App`], [`View`], [`Overlay`], [`Notice`])
//! and what reads it; `action` what can happen, `update` the routing of
//! each action, `results` the query line and the rows, `history` the
//! detail pages, `filter_popup` the filters' rows, `effects` what the event
//! loop does for the app, `reload` swapping in new data.

pub mod action;
mod command;
mod effects;
mod filter_popup;
mod find;
mod history;
mod reload;
mod results;
mod update;

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::catalog::{Catalog, Kind, Row};
use crate::export::{ExportFormat, ExportRequest};
use crate::keymap::{Context, Keymap};
use crate::layout::{DocKey, Document, Selectable, Target};
use crate::model::{Domain, Form, Lang, PartialDate, Status};
use crate::search::{Query, SearchIndex};
use filter_popup::filter_items;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

pub use crate::layout::Metrics;
pub use crate::query::{Filters, STATUSES, TABS, TIMELINE_TAB, compute_results};
pub use action::{Action, Reloaded, SearchDone, SearchRequest};
pub use command::{COMMANDS, CommandLine};
pub use effects::openable_url;
pub use filter_popup::{FilterItem, FilterRows, FilterSection};
pub use find::Find;
pub use history::{Page, target_of};
pub use results::{MAX_QUERY_CHARS, pasted};

pub fn tab_title(kind: Kind, lang: Lang) -> &'static str {
    kind.title(lang)
}

/// A one-shot message for the status line, cleared by the next action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// An export was requested (and, unless `ExportFailed` follows, written).
    Exported {
        file: String,
        rows: usize,
    },
    ExportFailed {
        file: String,
        error: std::io::ErrorKind,
    },
    ExportFormat(ExportFormat),
    /// The citation of this record id went to the clipboard.
    Copied(String),
    NothingSelected,
    /// Problems in the configuration file, reported at start-up.
    Config(Vec<String>),
    /// `--watch` read the dataset again: how many records it holds now.
    Reloaded(usize),
    /// A paste arrived while no text field was open.
    PasteIgnored,
    /// The query reached [`MAX_QUERY_CHARS`]; the rest was dropped.
    QueryTooLong,
    /// The record has no source to open or copy.
    NoSource,
    /// This source (id) has no URL.
    NoUrl(String),
    /// This source's URL is not http(s) and is never opened.
    UrlRefused(String),
    /// A browser is being started on this URL.
    Opening(String),
    /// No browser could be started: the URL, to open by hand.
    OpenFailed(String),
    /// This URL went to the clipboard.
    UrlCopied(String),
    /// The citations of this many marked records went to the clipboard.
    CopiedMarked(usize),
    /// A `:` command could not run: why.
    CommandFailed(String),
    /// The lists are now sorted so.
    Sorted(crate::sort::Sort),
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

#[derive(Debug)]
pub struct App {
    /// Shared with the search worker (see [`App::take_search`]).
    pub catalog: Arc<Catalog>,
    pub index: Arc<SearchIndex>,
    pub lang: Lang,
    pub tab: usize,
    pub view: View,
    pub overlay: Overlay,
    /// True while the query line has the keyboard.
    pub searching: bool,
    pub query: String,
    pub parsed: Query,
    pub filters: Filters,
    /// The rows of the filter popup: the domains, statuses, parties and
    /// kinds the data uses (plus any active), then the two year rows.
    pub filter_items: Vec<FilterItem>,
    /// Per filter row, how many records it keeps on its own (none for the
    /// year rows).
    pub filter_counts: Vec<Option<usize>>,
    /// An index into `filter_items`.
    pub filter_cursor: usize,
    /// The first and last year of any dated record or timeline entry.
    pub year_bounds: Option<(i32, i32)>,
    pub help_scroll: usize,
    /// Per tab: the rows that pass the filters and the query. Record tabs
    /// hold `Row::Record`s, best first; the timeline holds `Row::Entry`s in
    /// date order, each year led by a `Row::Year` heading.
    pub results: [Vec<Row>; 4],
    /// Per tab: the selected row in `results`.
    pub selected: [usize; 4],
    /// Per tab: the first row on screen; kept so the selection stays visible.
    pub offsets: [usize; 4],
    /// The detail pages opened, the current one last.
    pub pages: Vec<Page>,
    /// The pages `Back` left, the next one for `Forward` last.
    pub forward: Vec<Page>,
    pub export_format: ExportFormat,
    /// A message for the status line, cleared by the next action.
    pub notice: Option<Notice>,
    /// Export file names used in this session, so two exports within a
    /// minute get different names.
    pub exported: Vec<String>,
    /// Effects for the event loop to carry out (see `take_export` and
    /// `take_clipboard`).
    pending_export: Option<ExportRequest>,
    pending_clipboard: Option<String>,
    pending_suspend: bool,
    pending_open: Option<String>,
    /// The current detail page laid out (see `sync_detail`).
    pub detail: Option<Document>,
    /// The live key bindings (defaults patched by the configuration).
    pub keymap: Keymap,
    /// Per tab: how many records (on the timeline, entries) `results` holds.
    pub counts: [usize; 4],
    /// Query changes go to a search worker (see [`App::take_search`]).
    background: bool,
    /// The filter popup's counts wait for the search worker's next answer.
    counts_stale: bool,
    /// The number of the latest search asked for; answers to older ones
    /// are dropped.
    search_seq: u64,
    /// The search the worker is running for the query shown, if any.
    pub search_running: Option<u64>,
    /// Whether its answer puts each tab back on its first row (a new query)
    /// or keeps the selected rows that survive (new filters).
    search_to_top: bool,
    pending_search: Option<SearchRequest>,
    /// `--watch`: the first error of the dataset file as last saved, while
    /// it has errors (the data shown is the last good one).
    pub data_error: Option<String>,
    pub size: (u16, u16),
    /// The command line while it is open (`:`), and this session's
    /// earlier commands.
    pub command: Option<CommandLine>,
    pub command_history: Vec<String>,
    /// The records marked with Space (indices into the catalog), which `e`
    /// and `y` act on when there are any.
    pub marked: BTreeSet<usize>,
    /// How the record tabs are sorted (`s`, `S`).
    pub sort: crate::sort::Sort,
    /// The find in the current detail page, if any (`/` there).
    pub find: Option<Find>,
    /// Whether the list shows the selected record's preview (`p`).
    pub preview: bool,
    pub should_quit: bool,
}

impl App {
    pub fn new(catalog: Catalog, lang: Lang, domains: BTreeSet<Domain>) -> App {
        let index = SearchIndex::new(&catalog);
        App::with_index(catalog, index, lang, domains)
    }

    /// [`App::new`] with the index already built.
    pub fn with_index(
        catalog: Catalog,
        index: SearchIndex,
        lang: Lang,
        domains: BTreeSet<Domain>,
    ) -> App {
        let filters = Filters {
            domains,
            ..Filters::default()
        };
        let FilterRows {
            items: filter_items,
            counts: filter_counts,
            year_bounds,
        } = filter_items(&catalog, &filters);
        let mut app = App {
            catalog: Arc::new(catalog),
            index: Arc::new(index),
            lang,
            tab: 0,
            view: View::List,
            overlay: Overlay::None,
            searching: false,
            query: String::new(),
            parsed: Query::default(),
            filters,
            filter_items,
            filter_counts,
            filter_cursor: 0,
            year_bounds,
            help_scroll: 0,
            results: Default::default(),
            selected: [0; 4],
            offsets: [0; 4],
            pages: Vec::new(),
            forward: Vec::new(),
            export_format: ExportFormat::Markdown,
            notice: None,
            exported: Vec::new(),
            pending_export: None,
            pending_clipboard: None,
            pending_suspend: false,
            pending_open: None,
            detail: None,
            keymap: Keymap::default(),
            counts: [0; 4],
            background: false,
            search_seq: 0,
            counts_stale: false,
            search_running: None,
            search_to_top: true,
            pending_search: None,
            data_error: None,
            size: (80, 24),
            preview: true,
            find: None,
            marked: BTreeSet::new(),
            command: None,
            command_history: Vec::new(),
            sort: crate::sort::Sort::default(),
            should_quit: false,
        };
        app.refresh(false);
        app
    }

    /// The app opened on `filters` (the command line's `--domain`,
    /// `--status`, `--party`, `--since`, `--until`), on the tab of `kind`
    /// when one is given.
    pub fn with_filters(mut self, filters: Filters, kind: Option<Kind>) -> App {
        let FilterRows {
            items,
            counts,
            year_bounds,
        } = filter_items(&self.catalog, &filters);
        self.filters = filters;
        self.filter_items = items;
        self.filter_counts = counts;
        self.year_bounds = year_bounds;
        if let Some(t) = kind.and_then(|k| TABS.iter().position(|&t| t == k)) {
            self.tab = t;
        }
        self.refresh(true);
        self
    }

    /// The app with the configuration's keymap, its problems (if any) shown
    /// in the status line until the first action.
    pub fn with_config(mut self, keymap: Keymap, problems: Vec<String>) -> App {
        self.keymap = keymap;
        if !problems.is_empty() {
            self.notice = Some(Notice::Config(problems));
        }
        self
    }

    /// The keymap context the next key is looked up in.
    /// The action for a key press, through the keymap in the current
    /// context. While the terminal is too small (or too large) to show
    /// anything but that (and "q: quit"), only `q`, Ctrl-C (both quitting)
    /// and Ctrl-Z act: any other key would change what cannot be seen (and
    /// `q` would be typed into a query being edited).
    pub fn key_action(&self, event: &KeyEvent) -> Option<Action> {
        let (w, h) = self.size;
        if !crate::layout::fits(w, h) {
            if let Some(action) = crate::keymap::fixed_action(event) {
                return Some(action);
            }
            let q = event.code == KeyCode::Char('q') && event.modifiers.is_empty();
            return q.then_some(Action::Quit);
        }
        self.keymap.action_for(self.context(), event)
    }

    pub fn context(&self) -> Context {
        match self.overlay {
            Overlay::Help => Context::Help,
            Overlay::Filter => Context::Filter,
            Overlay::None if self.command.is_some() => Context::Command,
            Overlay::None if self.searching => Context::Search,
            Overlay::None
                if self.view == View::Detail && self.find.as_ref().is_some_and(|f| f.editing) =>
            {
                Context::Find
            }
            Overlay::None => match self.view {
                View::List => Context::List,
                View::Detail => Context::Detail,
            },
        }
    }

    /// The rows of the current tab.
    pub fn rows(&self) -> &[Row] {
        &self.results[self.tab]
    }

    /// The record selected in the current tab, if any (on the timeline,
    /// the record the selected entry belongs to).
    pub fn selected_record(&self) -> Option<usize> {
        let row = *self.rows().get(self.selected[self.tab])?;
        self.catalog.row_record(row)
    }

    /// The selected row's place among the current tab's records or entries
    /// (year headings not counted), 1-based, and their number.
    pub fn position(&self) -> (usize, usize) {
        let rows = self.rows();
        let counted = |r: &&Row| !matches!(r, Row::Year(_));
        let n = rows.iter().filter(counted).count();
        let sel = self.selected[self.tab].min(rows.len());
        let pos = rows[..sel].iter().filter(counted).count();
        (if n == 0 { 0 } else { pos + 1 }, n)
    }

    /// The record shown in the detail view.
    pub fn page(&self) -> Option<&Page> {
        self.pages.last()
    }

    pub(super) fn metrics(&self) -> Metrics {
        crate::layout::metrics(self.size.0, self.size.1, self.preview)
    }

    /// Scrolls the help overlay, never past its last line.
    /// A page of the help overlay: the screen's height less its frame.
    pub(super) fn help_page(&self) -> isize {
        (self.size.1 as isize - 6).max(1)
    }

    /// How far the help overlay scrolls: to its last line. Its lines are
    /// the keymap's help sections, each after a heading, a blank line
    /// between them (as `ui::popup::help_lines` draws them).
    pub fn help_max_scroll(&self) -> usize {
        let area =
            crate::layout::help_area(ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1));
        let sections: Vec<usize> = (self.keymap.help_sections(self.lang))
            .iter()
            .map(|(_, rows)| rows.len())
            .filter(|&n| n > 0)
            .collect();
        let lines =
            sections.iter().map(|n| n + 1).sum::<usize>() + sections.len().saturating_sub(1);
        lines.saturating_sub(area.height.saturating_sub(2) as usize)
    }

    pub(super) fn scroll_help(&mut self, delta: isize) {
        let max = self.help_max_scroll();
        self.help_scroll = (self.help_scroll as isize + delta).clamp(0, max as isize) as usize;
    }

    /// How many records (on the timeline: entries) each tab shows for the
    /// current filters and query.
    pub fn tab_counts(&self) -> [usize; 4] {
        self.counts
    }

    /// How many records (on the timeline: entries) each tab has before
    /// filtering.
    pub fn tab_totals(&self) -> [usize; 4] {
        [0, 1, 2, 3].map(|t| {
            if t == TIMELINE_TAB {
                self.catalog.timeline.len()
            } else {
                self.catalog.of_kind(TABS[t]).count()
            }
        })
    }
}
