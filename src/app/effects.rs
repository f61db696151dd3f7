//! What the app asks the event loop to do for it, once each: write the
//! clipboard, open a browser, suspend, write an export file.

use super::*;

/// Only web addresses are ever opened or copied for opening: no `file:`,
/// `javascript:` or other scheme a dataset could slip in.
pub fn openable_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl App {
    /// The clipboard text the last `CopyCitation` produced, once: the
    /// event loop writes it with crossterm's `clipboard::CopyToClipboard` (OSC 52).
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

    pub(super) fn export(&mut self) {
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
        // The marked records when there are any (in the tab's order, then
        // those of other tabs), else the tab's rows.
        let marked: Vec<Row> = self.marked_rows();
        let rows = if marked.is_empty() {
            self.rows()
        } else {
            &marked
        };
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
    pub(super) fn chosen_source(&self) -> Option<usize> {
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
    pub(super) fn chosen_url(&mut self) -> Option<String> {
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

    pub(super) fn open_source(&mut self) {
        if let Some(url) = self.chosen_url() {
            self.notice = Some(Notice::Opening(url.clone()));
            self.pending_open = Some(url);
        }
    }

    pub(super) fn copy_source_url(&mut self) {
        if let Some(url) = self.chosen_url() {
            self.notice = Some(Notice::UrlCopied(url.clone()));
            self.pending_clipboard = Some(url);
        }
    }

    /// The marked records as list rows, in catalog order.
    fn marked_rows(&self) -> Vec<Row> {
        self.marked.iter().map(|&r| Row::Record(r)).collect()
    }

    pub(super) fn copy_citation(&mut self) {
        if self.view == View::List && !self.marked.is_empty() {
            let lines: Vec<String> = (self.marked.iter())
                .map(|&r| crate::output::citation::citation(&self.catalog, r, self.lang))
                .collect();
            self.pending_clipboard = Some(lines.join("\n"));
            self.notice = Some(Notice::CopiedMarked(self.marked.len()));
            return;
        }
        let record = match self.view {
            View::Detail => self.page().map(|p| p.record),
            View::List => self.selected_record(),
        };
        match record {
            Some(r) => {
                self.pending_clipboard = Some(crate::output::citation::citation(
                    &self.catalog,
                    r,
                    self.lang,
                ));
                self.notice = Some(Notice::Copied(self.catalog.records[r].id.clone()));
            }
            None => self.notice = Some(Notice::NothingSelected),
        }
    }
}
