//! [`App::update`], the one place the state changes: it routes each
//! action, in its context, to the part of the app that handles it.

use super::*;

impl App {
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

    pub(super) fn apply(&mut self, action: Action) {
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
                if let Some(Notice::Exported { file, rows }) = self.notice.clone() {
                    self.notice = Some(match result {
                        Ok(path) => Notice::Exported {
                            file: path
                                .file_name()
                                .map(|n| crate::sanitize::path(std::path::Path::new(n)))
                                .unwrap_or(file),
                            rows,
                        },
                        Err(error) => Notice::ExportFailed { file, error },
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
                if let Some(rows) = done.rows {
                    self.counts_stale = false;
                    self.set_filter_rows(Arc::unwrap_or_clone(rows));
                }
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
                self.recount_filters();
                self.requery(false);
            }
            (_, Action::CloseOverlay) => self.overlay = Overlay::None,

            (_, Action::StartSearch) => {
                self.searching = true;
                // Leaving the pages for the list's search: none stays behind
                // for a later Esc to land on.
                if self.view == View::Detail {
                    self.pages.clear();
                }
                self.view = View::List;
            }
            (_, Action::Suspend) => self.pending_suspend = true,
            (Context::List | Context::Detail, Action::StartCommand) => self.start_command(),
            (Context::Command, Action::SearchInput(c)) => self.edit_command(|t| t.push(c)),
            (Context::Command, Action::Paste(text)) => {
                let text = pasted(&text);
                self.edit_command(|t| t.push_str(&text));
            }
            (Context::Command, Action::SearchBackspace) => self.edit_command(|t| {
                t.pop();
            }),
            (Context::Command, Action::SearchDeleteWord) => self.edit_command(|t| {
                let cut = t.trim_end().rfind(' ').map_or(0, |i| i + 1);
                t.truncate(cut);
            }),
            (Context::Command, Action::SearchClearLine) => self.edit_command(String::clear),
            (Context::Command, Action::Complete) => self.complete_command(),
            (Context::Command, Action::Up) => self.recall_command(true),
            (Context::Command, Action::Down) => self.recall_command(false),
            (Context::Command, Action::AcceptSearch) => self.run_command(),
            (Context::Command, Action::CancelSearch) => self.command = None,
            (Context::Detail, Action::StartFind) => self.start_find(),
            (Context::Detail, Action::NextMatch) => self.step_match(true),
            (Context::Detail, Action::PrevMatch) => self.step_match(false),
            (Context::Find, Action::SearchInput(c)) => self.edit_find(|q| q.push(c)),
            (Context::Find, Action::Paste(text)) => {
                let text = pasted(&text);
                self.edit_find(|q| q.push_str(&text));
            }
            (Context::Find, Action::SearchBackspace) => self.edit_find(|q| {
                q.pop();
            }),
            (Context::Find, Action::SearchDeleteWord) => self.edit_find(|q| {
                let cut = q.trim_end().rfind(' ').map_or(0, |i| i + 1);
                q.truncate(cut);
            }),
            (Context::Find, Action::SearchClearLine) => self.edit_find(String::clear),
            (Context::Find, Action::AcceptSearch) => {
                if let Some(f) = &mut self.find {
                    f.editing = false;
                    if f.query.is_empty() {
                        self.find = None;
                    }
                }
            }
            (Context::Find, Action::CancelSearch) => self.find = None,
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
            (Context::List, Action::TogglePreview) => self.preview = !self.preview,
            (Context::List, Action::ToggleMark) => {
                if let Some(r) = self.selected_record() {
                    if !self.marked.remove(&r) {
                        self.marked.insert(r);
                    }
                    self.move_selection(1, None);
                }
            }
            (Context::List, Action::CycleSort) => {
                let agreements = TABS[self.tab] == crate::catalog::Kind::Agreement;
                let key = self.sort.key.next(agreements);
                self.set_sort(crate::sort::Sort { key, desc: false });
                self.notice = Some(Notice::Sorted(self.sort));
            }
            (Context::List, Action::ReverseSort) => {
                let sort = crate::sort::Sort {
                    desc: !self.sort.desc,
                    ..self.sort
                };
                self.set_sort(sort);
                self.notice = Some(Notice::Sorted(self.sort));
            }
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
}
