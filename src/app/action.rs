//! What can happen to the app: the [`Action`]s `App::update` applies, and
//! the messages the search worker and the watch thread exchange with it.

use std::sync::Arc;

use super::filter_popup::FilterRows;
use crate::catalog::{Catalog, Row};
use crate::query::{Filters, compute_results};
use crate::search::{Query, SearchIndex};

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
    /// `:`: open the command line (see `app::command`).
    StartCommand,
    /// Tab in the command line: complete the command's name.
    Complete,
    /// `/` on a detail page: type a word to find in the page; the query
    /// line's keys (SearchInput, Backspace, AcceptSearch…) then edit it.
    StartFind,
    /// `n` / `N`: the next / previous match of the find in the page.
    NextMatch,
    PrevMatch,
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
    /// `s`: sort the record tabs by the next column (relevance, title,
    /// date, status; on agreements also signed and in force).
    CycleSort,
    /// `S`: reverse the sort.
    ReverseSort,
    /// `Space` in the list: mark (or unmark) the selected record and move
    /// down; `e` and `y` then act on the marked records.
    ToggleMark,
    /// `p`: show or hide the list's preview (the table takes its room).
    TogglePreview,
    /// The next export format (md → csv → json).
    CycleExportFormat,
    /// Reported by the event loop once it has written (or failed to write)
    /// the export: the path written (a taken name gets `-2`, `-3`…), or
    /// the error kind.
    ExportDone(Result<std::path::PathBuf, std::io::ErrorKind>),
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
    /// Also count the filter popup's rows for `filters` (they changed):
    /// one more pass over every record, kept off the interface thread.
    pub recount: bool,
}

impl SearchRequest {
    /// Runs the search (on the worker thread): the answer for the app.
    pub fn run(&self) -> Action {
        let results = compute_results(&self.catalog, &self.index, &self.query, &self.filters);
        let rows = self.recount.then(|| {
            Arc::new(super::filter_popup::filter_items(
                &self.catalog,
                &self.filters,
            ))
        });
        Action::SearchDone(SearchDone {
            seq: self.seq,
            results: Arc::new(results),
            rows,
        })
    }
}

/// Results computed by the worker for search number `seq`.
#[derive(Debug, Clone)]
pub struct SearchDone {
    pub seq: u64,
    pub results: Arc<[Vec<Row>; 4]>,
    /// The filter popup's rows counted anew, when the request asked.
    pub rows: Option<Arc<FilterRows>>,
}

impl PartialEq for SearchDone {
    fn eq(&self, other: &SearchDone) -> bool {
        self.seq == other.seq && Arc::ptr_eq(&self.results, &other.results)
    }
}

impl Eq for SearchDone {}
