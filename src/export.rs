//! The browser's `e` export: the current view written to a file in
//! Markdown, CSV or JSON (in the one output schema of [`crate::output`],
//! the same as `accords list`). Only [`write_export`] touches the file
//! system, and only when called. (The clipboard is written by the event
//! loop through crossterm's `CopyToClipboard`.)

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::catalog::{Catalog, Kind, Row};
use crate::model::{Lang, tr};
use crate::output::{self, Rows, csv::Separator};

/// The formats `e` can write; `E` cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    #[default]
    Markdown,
    Csv,
    Json,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 3] = [
        ExportFormat::Markdown,
        ExportFormat::Csv,
        ExportFormat::Json,
    ];

    /// The file extension, also the format's short name.
    pub fn ext(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }

    pub fn next(self) -> ExportFormat {
        match self {
            ExportFormat::Markdown => ExportFormat::Csv,
            ExportFormat::Csv => ExportFormat::Json,
            ExportFormat::Json => ExportFormat::Markdown,
        }
    }
}

/// An export prepared by the app, for the event loop to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRequest {
    /// A bare file name, e.g. `accords-agreements-20261130-2130.md`.
    pub file_name: String,
    pub contents: String,
}

/// Names tried after the requested one before giving up (`-2` … `-1000`).
const FRESH_NAMES: usize = 1000;

/// Writes `req` into `dir` (the event loop passes the current directory) and
/// returns the path written. Never overwrites and never follows a symlink
/// (`create_new`, that is `O_EXCL`): when the name is taken (an export of
/// the same minute from another session), the next free one of
/// [`numbered`] `-2`, `-3`… is used.
pub fn write_export(dir: &Path, req: &ExportRequest) -> std::io::Result<PathBuf> {
    let mut n = 1;
    let (path, mut f) = loop {
        let name = match n {
            1 => req.file_name.clone(),
            n => numbered(&req.file_name, n),
        };
        let path = dir.join(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(f) => break (path, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < FRESH_NAMES => n += 1,
            Err(e) => return Err(e),
        }
    };
    f.write_all(req.contents.as_bytes())?;
    f.sync_all()?;
    Ok(path)
}

/// `accords-<tab>-<YYYYMMDD>-<HHMM>.<ext>`, the time in UTC (a time out of
/// the calendar's range is taken as the Unix epoch).
pub fn file_name(kind: Kind, format: ExportFormat, unix_secs: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp(unix_secs)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!(
        "accords-{}-{:04}{:02}{:02}-{:02}{:02}.{}",
        kind.slug(),
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        format.ext()
    )
}

/// `base` with `-n` before its extension: the n-th export of a minute.
pub fn numbered(base: &str, n: usize) -> String {
    match base.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}-{n}.{ext}"),
        None => format!("{base}-{n}"),
    }
}

/// The view in `format`.
pub fn render(format: ExportFormat, catalog: &Catalog, rows: &[Row], lang: Lang) -> String {
    match format {
        ExportFormat::Markdown => to_markdown(catalog, rows, lang),
        ExportFormat::Csv => to_csv(catalog, rows, lang),
        ExportFormat::Json => to_json(catalog, rows),
    }
}

/// A Markdown heading (the tab and the dataset's title, the number of
/// rows) and the view's table, as `list --format md` writes it; the
/// timeline gets one table per year.
pub fn to_markdown(catalog: &Catalog, rows: &[Row], lang: Lang) -> String {
    let view = Rows::of(rows);
    let (what, count, unit) = match &view {
        Rows::Entries(e) => (
            Kind::Event.title(lang),
            e.len(),
            tr(lang, "entrées", "entries"),
        ),
        Rows::Records(r) => (
            r.first().map_or(tr(lang, "Fiches", "Records"), |&i| {
                catalog.records[i].kind.title(lang)
            }),
            r.len(),
            tr(lang, "fiches", "records"),
        ),
    };
    let mut out = format!("# {what} — {}\n\n{count} {unit}\n", catalog.title.get(lang));
    match view {
        Rows::Records(records) => {
            out.push('\n');
            out.push_str(&output::markdown::records(catalog, &records, lang));
        }
        Rows::Entries(_) => {
            for row in rows {
                match *row {
                    Row::Year(y) => {
                        out.push_str(&format!("\n## {y}\n\n"));
                        out.push_str(&output::markdown::timeline_header(lang));
                    }
                    Row::Entry(e) => {
                        out.push_str(&output::markdown::timeline_row(catalog, e, lang))
                    }
                    Row::Record(_) => {}
                }
            }
        }
    }
    out
}

/// CSV, as `list --format csv` writes it (the timeline: one row per entry).
pub fn to_csv(catalog: &Catalog, rows: &[Row], lang: Lang) -> String {
    match Rows::of(rows) {
        Rows::Records(r) => output::csv::records(catalog, &r, lang, Separator::Comma),
        Rows::Entries(e) => output::csv::timeline(catalog, &e, lang, Separator::Comma),
    }
}

/// JSON, as `list --format json` writes it (the timeline: one object per
/// entry). Values are slugs and texts carry both languages, so the
/// interface language does not change it.
pub fn to_json(catalog: &Catalog, rows: &[Row]) -> String {
    match Rows::of(rows) {
        Rows::Records(r) => {
            let rows: Vec<(usize, Option<u32>)> = r.into_iter().map(|i| (i, None)).collect();
            output::json::records(catalog, &rows)
        }
        Rows::Entries(e) => output::json::timeline(catalog, &e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_stamped_with_the_utc_minute() {
        let name = |secs| file_name(Kind::Agreement, ExportFormat::Csv, secs);
        assert_eq!(name(0), "accords-agreements-19700101-0000.csv");
        // 2026-11-30 21:30 UTC.
        assert_eq!(name(1_796_074_259), "accords-agreements-20261130-2130.csv");
        assert_eq!(name(951_782_400), "accords-agreements-20000229-0000.csv");
        assert_eq!(name(-1), "accords-agreements-19691231-2359.csv");
        assert_eq!(name(i64::MAX), "accords-agreements-19700101-0000.csv");
    }
}
