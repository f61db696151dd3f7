//! The application state and its one entry point, [`App::update`]. Nothing
//! here draws or touches the terminal; the interface reads this state.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::catalog::{Catalog, Kind, Record, Row};
use crate::export::{ExportFormat, ExportRequest};
use crate::keymap::{Context, Keymap};
pub use crate::layout::Metrics;
use crate::layout::{DocKey, Document, Selectable, Target};
use crate::model::{Domain, Form, Lang, PartialDate, Status};
use crate::search::{Query, SearchIndex};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// A dataset read again by `--watch`: the new catalog and its index, built
/// off the interface thread (see [`crate::watch`]) and handed over once.
#[derive(Debug, Clone)]
pub struct Reloaded(pub Arc<(Catalog, SearchIndex)>);

impl PartialEq for Reloaded {
    fn eq(&self, other: &Reloaded) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Reloaded {}

/// Everything the user can ask for, and what the event loop reports. Keys
/// map to actions through the keymap, mouse events through `ui::mouse`.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// Leave the detail page for the one before (Esc, Backspace, Alt-←);
    /// from the first page, back to the list.
    Back,
    /// Alt-→: reopen the page `Back` left. Following a new link forgets it.
    Forward,
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
    /// Space or Enter in the filter popup: toggle the row under the cursor
    /// (a domain, a status, a party, a kind); on a year row, reset it.
    ToggleFilter,
    /// ←/- and →/+ in the filter popup: move the year under the cursor.
    Decrease,
    Increase,
    /// Clear every filter (domains, statuses, parties, kinds, years).
    ClearFilters,
    /// Export the current tab's rows, as filtered and searched, in the
    /// current export format: the app prepares an [`ExportRequest`], the
    /// event loop writes it (see [`App::take_export`]).
    Export,
    /// The next export format (md → csv → json).
    CycleExportFormat,
    /// Reported by the event loop once it has written (or failed to write)
    /// the export: `None` for success, the error kind otherwise.
    ExportDone(Option<std::io::ErrorKind>),
    /// Copy the selected record's citation (OSC 52, see
    /// [`App::take_clipboard`]).
    CopyCitation,
    /// `o` on a detail page: open the selected source's URL (the first
    /// source when no source is selected) in a browser (see
    /// [`App::take_open`]).
    OpenSource,
    /// `Y` on a detail page: copy that source's URL.
    CopySourceUrl,
    CloseOverlay,
    /// Text pasted (bracketed paste): typed into the query line when it is
    /// open, newlines and control characters removed; ignored elsewhere,
    /// with a notice. Never read as keys.
    Paste(String),
    /// Ctrl-Z: the event loop restores the terminal and stops the process
    /// (see [`App::take_suspend`]).
    Suspend,
    Resize(u16, u16),
    /// Mouse: a click on tab `t` shows its list (leaving the detail view).
    ClickTab(usize),
    /// Mouse: a click on row `i` of the current tab selects it; a click on
    /// the row already selected opens it.
    ClickRow(usize),
    /// Mouse: a click on selectable row `i` of the detail page (a related
    /// record, then the sources) follows it or opens it.
    ClickTarget(usize),
    /// Mouse: a click on row `i` of the filter popup toggles it.
    ClickFilterItem(usize),
    /// Mouse wheel over the pane in use: rows (list, filter popup) or
    /// lines (detail, help); positive is down.
    Wheel(i16),
    /// The search worker's answer to a [`SearchRequest`]; dropped unless it
    /// answers the latest one.
    SearchDone(SearchDone),
    /// The search worker failed on search `seq` (or is gone): rank on the
    /// interface thread from now on.
    SearchFailed(u64),
    /// `--watch`: the dataset file changed and read cleanly. The selection,
    /// the pages opened and the filters are kept where their records are.
    Reload(Reloaded),
    /// `--watch`: the dataset file changed but has errors; the first one
    /// (`file:line:col: error: …`). The last good data stays.
    ReloadFailed(String),
    /// Reported by the event loop after `OpenSource`: whether a browser
    /// could be started on the URL.
    Opened {
        url: String,
        ok: bool,
    },
}

/// A search for the worker: everything it needs, shared, so the
/// interface thread keeps going while it runs.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub seq: u64,
    pub catalog: Arc<Catalog>,
    pub index: Arc<SearchIndex>,
    pub query: Query,
    pub filters: Filters,
}

impl SearchRequest {
    /// Runs the search (on the worker thread): the answer for the app.
    pub fn run(&self) -> Action {
        let results = compute_results(&self.catalog, &self.index, &self.query, &self.filters);
        Action::SearchDone(SearchDone {
            seq: self.seq,
            results: Arc::new(results),
        })
    }
}

/// Results computed by the worker for search number `seq`.
#[derive(Debug, Clone)]
pub struct SearchDone {
    pub seq: u64,
    pub results: Arc<[Vec<Row>; 4]>,
}

impl PartialEq for SearchDone {
    fn eq(&self, other: &SearchDone) -> bool {
        self.seq == other.seq && Arc::ptr_eq(&self.results, &other.results)
    }
}

impl Eq for SearchDone {}

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

/// A row by ids (see `App::row_key`).
#[derive(Debug, Clone, PartialEq, Eq)]
enum RowKey {
    Year(i32),
    Record(String),
    /// The record's id, the date, and which status change (if one).
    Entry(String, PartialDate, Option<usize>),
}

/// The tabs, in order; each lists one kind of record.
pub const TABS: [Kind; 4] = Kind::ALL;

/// The tab showing the timeline: events and status changes by date.
pub const TIMELINE_TAB: usize = 3;

pub fn tab_title(kind: Kind, lang: Lang) -> &'static str {
    kind.title(lang)
}

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
}

/// Only web addresses are ever opened or copied for opening: no `file:`,
/// `javascript:` or other scheme a dataset could slip in.
pub fn openable_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
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

/// The longest query, in characters: a longer paste or key burst is cut
/// there, so each keystroke stays cheap.
pub const MAX_QUERY_CHARS: usize = 1024;

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

/// One page of the detail view: which record, how far scrolled, and which
/// of its selectable rows (related records, then sources: see
/// [`crate::layout::Target`]) is selected, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub record: usize,
    pub scroll: usize,
    pub target: Option<usize>,
}

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
            search_running: None,
            search_to_top: true,
            pending_search: None,
            data_error: None,
            size: (80, 24),
            should_quit: false,
        };
        app.refresh(false);
        app
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
            Overlay::None if self.searching => Context::Search,
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

    /// The clipboard text the last `CopyCitation` produced, once: the
    /// event loop writes it with [`crate::export::osc52`].
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.pending_clipboard.take()
    }

    /// The URL the last `OpenSource` asked to open, once: the event loop
    /// runs a browser on it and reports with `Action::Opened`.
    pub fn take_open(&mut self) -> Option<String> {
        self.pending_open.take()
    }

    /// Whether the user asked to suspend (Ctrl-Z), once: the event loop
    /// restores the terminal and stops the process.
    pub fn take_suspend(&mut self) -> bool {
        std::mem::take(&mut self.pending_suspend)
    }

    /// Whether a suspend waits for the event loop (without taking it).
    pub fn suspend_pending(&self) -> bool {
        self.pending_suspend
    }

    /// The export the last `Export` prepared, once: the event loop writes it
    /// with [`crate::export::write_export`] and reports with
    /// `Action::ExportDone`.
    pub fn take_export(&mut self) -> Option<ExportRequest> {
        self.pending_export.take()
    }

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

    fn metrics(&self) -> Metrics {
        crate::layout::metrics(self.size.0, self.size.1)
    }

    /// Reruns the filters and the query over every record, for every tab,
    /// now (any search still running on the worker is forgotten). With
    /// `to_top`, each tab selects its best match; otherwise the selected row
    /// is kept where it survives.
    fn refresh(&mut self, to_top: bool) {
        self.search_seq += 1;
        self.pending_search = None;
        self.search_running = None;
        let results = compute_results(&self.catalog, &self.index, &self.parsed, &self.filters);
        self.apply_results(results, to_top);
    }

    /// Shows new results, keeping each tab's selected row where it survives
    /// (unless `to_top`).
    fn apply_results(&mut self, results: [Vec<Row>; 4], to_top: bool) {
        let keep: Vec<Option<Row>> = (0..TABS.len())
            .map(|t| self.results[t].get(self.selected[t]).copied())
            .collect();
        self.results = results;
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
    fn requery(&mut self, to_top: bool) {
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
    fn settle(&mut self, t: usize, forward: bool) {
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
    fn type_text(&mut self, text: &str) {
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

    fn set_query(&mut self, query: String) {
        self.query = query;
        let parsed = Query::parse(&self.query);
        if parsed != self.parsed {
            self.parsed = parsed;
            self.requery(true);
        }
    }

    fn move_selection(&mut self, delta: isize, to: Option<usize>) {
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

    /// Lays the current detail page out again when the record, the width,
    /// the language or the data changed: on open, resize, language change
    /// and reload. Drawing and scrolling read the result.
    fn sync_detail(&mut self) {
        let Some(p) = self.pages.last() else {
            self.detail = None;
            return;
        };
        let key = DocKey {
            generation: self.catalog.generation,
            record: p.record,
            width: self.size.0,
            lang: self.lang,
        };
        if self.detail.as_ref().is_none_or(|d| d.key != key) {
            self.detail = Some(crate::layout::document(
                &self.catalog,
                p.record,
                self.size.0,
                self.lang,
            ));
        }
    }

    /// The detail page's line count and its selectable rows.
    fn detail_extent(&mut self) -> (usize, Vec<Selectable>) {
        self.sync_detail();
        match &self.detail {
            Some(d) => (d.lines.len(), d.targets.clone()),
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

    /// Tab and Shift-Tab: the next (or previous) selectable row, wrapping
    /// around; from none, the first (or last). It is scrolled into view.
    fn step_target(&mut self, forward: bool) {
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
    fn activate_target(&mut self) {
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
    fn open(&mut self, record: usize) {
        self.forward.clear();
        self.pages.push(Page {
            record,
            scroll: 0,
            target: None,
        });
        self.view = View::Detail;
    }

    fn back(&mut self) {
        if let Some(p) = self.pages.pop() {
            self.forward.push(p);
        }
        if self.pages.is_empty() {
            self.view = View::List;
        }
    }

    fn go_forward(&mut self) {
        if let Some(p) = self.forward.pop() {
            self.pages.push(p);
            self.view = View::Detail;
            self.searching = false;
        }
    }

    /// Scrolls the help overlay, never past its last line.
    /// A page of the help overlay: the screen's height less its frame.
    fn help_page(&self) -> isize {
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

    fn scroll_help(&mut self, delta: isize) {
        let max = self.help_max_scroll();
        self.help_scroll = (self.help_scroll as isize + delta).clamp(0, max as isize) as usize;
    }

    fn move_filter_cursor(&mut self, delta: isize) {
        let n = self.filter_items.len();
        self.filter_cursor =
            (self.filter_cursor as isize + delta).clamp(0, n.saturating_sub(1) as isize) as usize;
    }

    /// Tab in the filter popup: the first row of the next (or previous)
    /// section, wrapping around.
    fn jump_filter_section(&mut self, forward: bool) {
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

    fn toggle_filter(&mut self) {
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
        self.requery(false);
    }

    /// Moves the year under the cursor by one, within the data's years and
    /// never past the other bound. A bound moved back to the data's own
    /// first (last) year is unset.
    fn adjust_year(&mut self, delta: i32) {
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
        self.requery(false);
    }

    fn export(&mut self) {
        let kind = TABS[self.tab];
        let format = self.export_format;
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let base = crate::export::file_name(kind, format, secs);
        let mut file = base.clone();
        let mut n = 1;
        while self.exported.contains(&file) {
            n += 1;
            file = crate::export::numbered(&base, n);
        }
        let rows = self.rows();
        let contents = crate::export::render(format, &self.catalog, rows, self.lang);
        let count = rows.iter().filter(|r| !matches!(r, Row::Year(_))).count();
        self.exported.push(file.clone());
        self.pending_export = Some(ExportRequest {
            file_name: file.clone(),
            contents,
        });
        self.notice = Some(Notice::Exported { file, rows: count });
    }

    /// The source `o` and `Y` act on: the selected one, else the first.
    fn chosen_source(&self) -> Option<usize> {
        let p = self.page()?;
        let r = &self.catalog.records[p.record];
        let n = match self.selected_target() {
            Some(Target::Source(n)) => n,
            _ => 0,
        };
        r.sources.get(n).copied()
    }

    /// The URL of the chosen source, if it has one that may be opened
    /// (http or https only); a notice says why not otherwise.
    fn chosen_url(&mut self) -> Option<String> {
        let Some(s) = self.chosen_source() else {
            self.notice = Some(Notice::NoSource);
            return None;
        };
        let src = &self.catalog.sources[s];
        match src.url.as_deref() {
            Some(u) if openable_url(u) => Some(u.to_string()),
            Some(_) => {
                self.notice = Some(Notice::UrlRefused(src.id.clone()));
                None
            }
            None => {
                self.notice = Some(Notice::NoUrl(src.id.clone()));
                None
            }
        }
    }

    fn open_source(&mut self) {
        if let Some(url) = self.chosen_url() {
            self.notice = Some(Notice::Opening(url.clone()));
            self.pending_open = Some(url);
        }
    }

    fn copy_source_url(&mut self) {
        if let Some(url) = self.chosen_url() {
            self.notice = Some(Notice::UrlCopied(url.clone()));
            self.pending_clipboard = Some(url);
        }
    }

    fn copy_citation(&mut self) {
        let record = match self.view {
            View::Detail => self.page().map(|p| p.record),
            View::List => self.selected_record(),
        };
        match record {
            Some(r) => {
                self.pending_clipboard = Some(crate::export::citation(&self.catalog, r, self.lang));
                self.notice = Some(Notice::Copied(self.catalog.records[r].id.clone()));
            }
            None => self.notice = Some(Notice::NothingSelected),
        }
    }

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
    fn reload(&mut self, data: Reloaded) {
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

    /// Applies one action. This is the only place the state changes.
    pub fn update(&mut self, action: Action) {
        // Only what the user does clears the notice, not what arrives.
        if !matches!(
            action,
            Action::Resize(..)
                | Action::Opened { .. }
                | Action::ExportDone(_)
                | Action::ReloadFailed(_)
                | Action::SearchDone(_)
                | Action::SearchFailed(_)
        ) {
            self.notice = None;
        }
        self.apply(action);
        self.sync_detail();
        let rows = self.metrics().list_rows.max(1);
        for t in 0..TABS.len() {
            let (sel, off) = (self.selected[t], &mut self.offsets[t]);
            if sel < *off {
                *off = sel;
                // Keep the year heading above the first entry of a year.
                if sel > 0 && matches!(self.results[t].get(sel - 1), Some(Row::Year(_))) {
                    *off = sel - 1;
                }
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
            (_, Action::ExportDone(result)) => {
                if let (Some(error), Some(Notice::Exported { file, .. })) =
                    (result, self.notice.as_ref())
                {
                    self.notice = Some(Notice::ExportFailed {
                        file: file.clone(),
                        error,
                    });
                }
            }
            (_, Action::ToggleLang) => self.lang = self.lang.other(),
            (_, Action::Reload(data)) => self.reload(data),
            (_, Action::SearchFailed(seq)) if self.search_running == Some(seq) => {
                self.background = false;
                self.refresh(true);
            }
            (_, Action::SearchDone(done)) if self.search_running == Some(done.seq) => {
                self.search_running = None;
                let to_top = self.search_to_top;
                match Arc::try_unwrap(done.results) {
                    Ok(results) => self.apply_results(results, to_top),
                    Err(_) => self.refresh(to_top),
                }
            }
            (_, Action::ReloadFailed(error)) => self.data_error = Some(error),
            (_, Action::Opened { url, ok }) => {
                self.notice = Some(if ok {
                    Notice::Opening(url)
                } else {
                    Notice::OpenFailed(url)
                });
            }
            (Context::Help, Action::CloseOverlay) | (_, Action::ToggleHelp)
                if self.overlay == Overlay::Help =>
            {
                self.overlay = Overlay::None;
            }
            (_, Action::ToggleHelp) => {
                self.overlay = Overlay::Help;
                self.help_scroll = 0;
            }
            (Context::Help, Action::Down) => self.scroll_help(1),
            (Context::Help, Action::Up) => self.scroll_help(-1),
            (Context::Help, Action::PageDown) => self.scroll_help(self.help_page()),
            (Context::Help, Action::PageUp) => self.scroll_help(-self.help_page()),
            (Context::Help, Action::Top) => self.scroll_help(isize::MIN / 2),
            (Context::Help, Action::Bottom) => self.scroll_help(isize::MAX / 2),

            (_, Action::OpenFilter) => {
                self.overlay = Overlay::Filter;
                self.searching = false;
            }
            (Context::Filter, Action::Down) => self.move_filter_cursor(1),
            (Context::Filter, Action::Up) => self.move_filter_cursor(-1),
            (Context::Filter, Action::NextTab) => self.jump_filter_section(true),
            (Context::Filter, Action::PrevTab) => self.jump_filter_section(false),
            (Context::Filter, Action::ToggleFilter) => self.toggle_filter(),
            (Context::Filter, Action::Decrease) => self.adjust_year(-1),
            (Context::Filter, Action::Increase) => self.adjust_year(1),
            (_, Action::ClearFilters) => {
                self.filters = Filters::default();
                self.requery(false);
            }
            (_, Action::CloseOverlay) => self.overlay = Overlay::None,

            (_, Action::StartSearch) => {
                self.searching = true;
                self.view = View::List;
            }
            (_, Action::Suspend) => self.pending_suspend = true,
            (Context::Search, Action::SearchInput(c)) => self.type_text(&c.to_string()),
            (Context::Search, Action::Paste(text)) => self.type_text(&pasted(&text)),
            (_, Action::Paste(_)) => self.notice = Some(Notice::PasteIgnored),
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

            (Context::List | Context::Detail, Action::Forward) => self.go_forward(),
            (Context::List | Context::Detail, Action::CopyCitation) => self.copy_citation(),
            (Context::List, Action::Export) => self.export(),
            (Context::List, Action::CycleExportFormat) => {
                self.export_format = self.export_format.next();
                self.notice = Some(Notice::ExportFormat(self.export_format));
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
            (Context::Detail, Action::NextLink) => self.step_target(true),
            (Context::Detail, Action::PrevLink) => self.step_target(false),
            (Context::Detail, Action::Open) => self.activate_target(),
            (Context::Detail, Action::OpenSource) => self.open_source(),
            (Context::Detail, Action::CopySourceUrl) => self.copy_source_url(),
            (Context::Detail, Action::Back) => self.back(),

            (Context::List | Context::Detail, Action::ClickTab(t)) if t < TABS.len() => {
                self.tab = t;
                self.view = View::List;
                self.pages.clear();
            }
            (Context::List | Context::Search, Action::ClickRow(i)) => {
                let on_record = matches!(self.rows().get(i), Some(Row::Record(_) | Row::Entry(_)));
                if on_record && i == self.selected[self.tab] && !self.searching {
                    if let Some(r) = self.selected_record() {
                        self.open(r);
                    }
                } else if on_record {
                    self.selected[self.tab] = i;
                }
            }
            (Context::Detail, Action::ClickTarget(i)) => {
                let valid = self
                    .page()
                    .and_then(|p| target_of(&self.catalog, p.record, i))
                    .is_some();
                if let (true, Some(p)) = (valid, self.pages.last_mut()) {
                    p.target = Some(i);
                    self.activate_target();
                }
            }
            (Context::Filter, Action::ClickFilterItem(i)) if i < self.filter_items.len() => {
                self.filter_cursor = i;
                self.toggle_filter();
            }
            (Context::List | Context::Search, Action::Wheel(n)) => {
                self.move_selection(n as isize, None)
            }
            (Context::Detail, Action::Wheel(n)) => self.scroll_detail(n as isize, None),
            (Context::Filter, Action::Wheel(n)) => self.move_filter_cursor(n as isize),
            (Context::Help, Action::Wheel(n)) => self.scroll_help(n as isize),
            _ => {}
        }
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

/// The filter popup's rows — each domain, status, party and kind the data
/// uses, plus the choices already on, then the two year rows when
/// anything is dated — and the first and last year of any dated record or
/// timeline entry.
/// The filter popup's rows, how many records each keeps on its own (none
/// for the year rows), and the data's first and last year. One pass over
/// the records: the counts are shown on every frame of the popup.
fn filter_items(catalog: &Catalog, active: &Filters) -> FilterRows {
    let recs = &catalog.records;
    let mut domains = [0usize; Domain::ALL.len()];
    let mut statuses = [0usize; STATUSES.len()];
    let mut parties = vec![0usize; catalog.parties.len()];
    let mut forms = [0usize; 2];
    let form_slot = |k: Form| usize::from(k == Form::NonBinding);
    for r in recs {
        for (k, d) in r.domains.iter().enumerate() {
            let Some(i) = Domain::ALL.iter().position(|x| x == d) else {
                continue;
            };
            if !r.domains[..k].contains(d) {
                domains[i] += 1;
            }
        }
        if let Some(i) = r.status.and_then(|s| STATUSES.iter().position(|x| *x == s)) {
            statuses[i] += 1;
        }
        // (A domain or party listed twice on a record counts once.)
        for (k, &p) in r.parties.iter().enumerate() {
            if p < parties.len() && !r.parties[..k].contains(&p) {
                parties[p] += 1;
            }
        }
        if let Some(k) = r.form {
            forms[form_slot(k)] += 1;
        }
    }
    // A choice that is on always has its row, so it can be turned off.
    let mut rows: Vec<(FilterItem, Option<usize>)> = Vec::new();
    for (i, d) in Domain::ALL.into_iter().enumerate() {
        if (active.domains.contains(&d) || domains[i] > 0)
            && !rows.iter().any(|(x, _)| *x == FilterItem::Domain(d))
        {
            rows.push((FilterItem::Domain(d), Some(domains[i])));
        }
    }
    for (i, s) in STATUSES.into_iter().enumerate() {
        if active.statuses.contains(&s) || statuses[i] > 0 {
            rows.push((FilterItem::Status(s), Some(statuses[i])));
        }
    }
    for (p, &n) in parties.iter().enumerate() {
        if active.parties.contains(&p) || n > 0 {
            rows.push((FilterItem::Party(p), Some(n)));
        }
    }
    for k in [Form::Treaty, Form::NonBinding] {
        if active.forms.contains(&k) || forms[form_slot(k)] > 0 {
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
    if year_bounds.is_some() {
        rows.extend([(FilterItem::FromYear, None), (FilterItem::ToYear, None)]);
    }
    let (items, counts) = rows.into_iter().unzip();
    FilterRows {
        items,
        counts,
        year_bounds,
    }
}

struct FilterRows {
    items: Vec<FilterItem>,
    counts: Vec<Option<usize>>,
    year_bounds: Option<(i32, i32)>,
}
