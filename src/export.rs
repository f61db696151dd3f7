//! The browser's `e` export: the current view written to a file in
//! Markdown, CSV or JSON (in the one output schema of [`crate::output`],
//! the same as `accords list`), and the OSC 52 sequence that puts text on
//! the clipboard. Only [`write_export`] touches the file system, and only
//! when called.

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

/// `(year, month, day, hour, minute)` in UTC for a Unix time.
pub fn utc(secs: i64) -> (i64, u32, u32, u32, u32) {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        month,
        day,
        (rem / 3600) as u32,
        (rem % 3600 / 60) as u32,
    )
}

/// `accords-<tab>-<YYYYMMDD>-<HHMM>.<ext>`, the time in UTC.
pub fn file_name(kind: Kind, format: ExportFormat, unix_secs: i64) -> String {
    let (y, mo, d, h, mi) = utc(unix_secs);
    format!(
        "accords-{}-{y:04}{mo:02}{d:02}-{h:02}{mi:02}.{}",
        kind.slug(),
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

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (k, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if k <= chunk.len() {
                out.push(ABC[(n >> shift & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The OSC 52 sequence that sets the system clipboard to `text`, to write
/// to the terminal as is.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (plain, enc) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), enc);
        }
    }

    #[test]
    fn utc_dates() {
        assert_eq!(utc(0), (1970, 1, 1, 0, 0));
        // 2026-11-30 21:30 UTC.
        assert_eq!(utc(1_796_074_200), (2026, 11, 30, 21, 30));
        assert_eq!(utc(951_782_400), (2000, 2, 29, 0, 0));
    }
}
