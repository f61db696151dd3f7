//! Exports and citations: the current view as Markdown, CSV or JSON, a
//! record's citation, and the OSC 52 sequence that puts text on the
//! clipboard. Pure functions over the catalog (no terminal); only
//! [`write_export`] touches the file system, and only when called.
//!
//! The text comes from the catalog, which was sanitized at load: it holds no
//! control characters, so nothing here escapes more than each format needs.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::catalog::{Catalog, FieldLabel, Kind, Record, Row, TimelineEntry};
use crate::model::{Lang, MONTHS_EN, MONTHS_FR, PartialDate, SourceLang, Status, Step, tr};
use crate::report::{csv_field, md_escape};

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
        ExportFormat::Json => to_json(catalog, rows, lang),
    }
}

/// One exported record: the columns of a record tab.
struct RecordCols {
    id: String,
    kind: String,
    title: String,
    date: String,
    status: String,
    form: String,
    domains: String,
    parties: String,
    source: String,
    url: String,
}

fn record_cols(catalog: &Catalog, r: &Record, lang: Lang) -> RecordCols {
    let src = r.sources.first().and_then(|&s| catalog.sources.get(s));
    RecordCols {
        id: r.id.clone(),
        kind: r.kind.label(lang).into(),
        title: r.title.get(lang).into(),
        date: r.date.map(|d| d.to_string()).unwrap_or_default(),
        status: r.status.map(|s| s.label(lang).into()).unwrap_or_default(),
        form: r.form.map(|f| f.label(lang).into()).unwrap_or_default(),
        domains: r
            .domains
            .iter()
            .map(|d| d.label(lang))
            .collect::<Vec<_>>()
            .join(", "),
        parties: r
            .parties
            .iter()
            .filter(|&&p| p < catalog.parties.len())
            .map(|&p| catalog.party_name(p, lang))
            .collect::<Vec<_>>()
            .join(" – "),
        source: src
            .map(|s| format!("{} — {}", s.title, s.publisher))
            .unwrap_or_default(),
        url: src.and_then(|s| s.url.clone()).unwrap_or_default(),
    }
}

fn record_headers(lang: Lang) -> [&'static str; 10] {
    [
        "id",
        tr(lang, "type", "kind"),
        tr(lang, "titre", "title"),
        "date",
        tr(lang, "statut", "status"),
        tr(lang, "nature", "form"),
        tr(lang, "domaines", "domains"),
        tr(lang, "parties", "parties"),
        "source",
        "url",
    ]
}

impl RecordCols {
    fn cells(self) -> [String; 10] {
        [
            self.id,
            self.kind,
            self.title,
            self.date,
            self.status,
            self.form,
            self.domains,
            self.parties,
            self.source,
            self.url,
        ]
    }
}

/// One exported timeline entry.
struct EntryCols {
    date: String,
    /// "event" or "status".
    entry: &'static str,
    entry_label: String,
    what: String,
    id: String,
    title: String,
    note: String,
}

fn entry_cols(catalog: &Catalog, e: &TimelineEntry, lang: Lang) -> EntryCols {
    let r = &catalog.records[e.record];
    let change = catalog.entry_change(e);
    let (entry, entry_label, what) = match change {
        Some(c) => (
            "status",
            tr(lang, "statut", "status"),
            c.status.label(lang).to_string(),
        ),
        None => (
            "event",
            tr(lang, "événement", "event"),
            r.fields
                .iter()
                .find(|f| f.label == FieldLabel::Kind)
                .map(|f| f.value.get(lang).to_string())
                .unwrap_or_default(),
        ),
    };
    EntryCols {
        date: e.date.to_string(),
        entry,
        entry_label: entry_label.to_string(),
        what,
        id: r.id.clone(),
        title: r.short().get(lang).into(),
        note: change
            .and_then(|c| c.note.as_ref())
            .map(|n| n.get(lang).to_string())
            .unwrap_or_default(),
    }
}

fn entry_headers(lang: Lang) -> [&'static str; 6] {
    [
        "date",
        tr(lang, "entrée", "entry"),
        tr(lang, "quoi", "what"),
        "id",
        tr(lang, "titre", "title"),
        "note",
    ]
}

impl EntryCols {
    fn cells(self) -> [String; 6] {
        [
            self.date,
            self.entry_label,
            self.what,
            self.id,
            self.title,
            self.note,
        ]
    }
}

fn is_timeline(rows: &[Row]) -> bool {
    rows.iter()
        .any(|r| matches!(r, Row::Entry(_) | Row::Year(_)))
}

fn md_row(cells: &[impl AsRef<str>]) -> String {
    let inner: Vec<String> = cells.iter().map(|c| md_escape(c.as_ref())).collect();
    format!("| {} |\n", inner.join(" | "))
}

fn md_header(headers: &[&str]) -> String {
    let mut s = md_row(headers);
    s.push_str(&format!("|{}\n", "---|".repeat(headers.len())));
    s
}

/// A Markdown heading and table; the timeline gets one table per year.
pub fn to_markdown(catalog: &Catalog, rows: &[Row], lang: Lang) -> String {
    let timeline = is_timeline(rows);
    let count = rows.iter().filter(|r| !matches!(r, Row::Year(_))).count();
    let what = if timeline {
        Kind::Event.title(lang)
    } else {
        rows.iter()
            .find_map(|r| catalog.row_record(*r))
            .map_or(tr(lang, "Fiches", "Records"), |i| {
                catalog.records[i].kind.title(lang)
            })
    };
    let mut out = format!(
        "# {what} — {}\n\n{count} {}\n",
        catalog.title.get(lang),
        if timeline {
            tr(lang, "entrées", "entries")
        } else {
            tr(lang, "fiches", "records")
        }
    );
    if timeline {
        for row in rows {
            match *row {
                Row::Year(y) => {
                    out.push_str(&format!("\n## {y}\n\n"));
                    out.push_str(&md_header(&entry_headers(lang)));
                }
                Row::Entry(e) => {
                    if let Some(e) = catalog.timeline.get(e) {
                        out.push_str(&md_row(&entry_cols(catalog, e, lang).cells()));
                    }
                }
                Row::Record(_) => {}
            }
        }
    } else {
        out.push('\n');
        out.push_str(&md_header(&record_headers(lang)));
        for row in rows {
            if let Some(i) = catalog.row_record(*row) {
                let cols = record_cols(catalog, &catalog.records[i], lang);
                out.push_str(&md_row(&cols.cells()));
            }
        }
    }
    out
}

fn csv_line(cells: &[impl AsRef<str>]) -> String {
    let v: Vec<String> = cells.iter().map(|c| csv_field(c.as_ref())).collect();
    format!("{}\r\n", v.join(","))
}

/// RFC 4180 CSV with a header line (CRLF line ends).
pub fn to_csv(catalog: &Catalog, rows: &[Row], lang: Lang) -> String {
    let mut out = String::new();
    if is_timeline(rows) {
        out.push_str(&csv_line(&entry_headers(lang)));
        for row in rows {
            if let Row::Entry(e) = row {
                if let Some(e) = catalog.timeline.get(*e) {
                    out.push_str(&csv_line(&entry_cols(catalog, e, lang).cells()));
                }
            }
        }
    } else {
        out.push_str(&csv_line(&record_headers(lang)));
        for row in rows {
            if let Some(i) = catalog.row_record(*row) {
                let cols = record_cols(catalog, &catalog.records[i], lang);
                out.push_str(&csv_line(&cols.cells()));
            }
        }
    }
    out
}

/// A JSON array of objects (English keys, values in `lang`; empty values
/// are `null`).
pub fn to_json(catalog: &Catalog, rows: &[Row], lang: Lang) -> String {
    use serde_json::{Value, json};
    let opt = |s: String| if s.is_empty() { Value::Null } else { json!(s) };
    let mut items = Vec::new();
    for row in rows {
        match *row {
            Row::Year(_) => {}
            Row::Entry(e) => {
                let Some(e) = catalog.timeline.get(e) else {
                    continue;
                };
                let c = entry_cols(catalog, e, lang);
                items.push(json!({
                    "date": c.date,
                    "entry": c.entry,
                    "what": opt(c.what),
                    "id": c.id,
                    "title": c.title,
                    "note": opt(c.note),
                }));
            }
            Row::Record(i) => {
                let Some(r) = catalog.records.get(i) else {
                    continue;
                };
                let c = record_cols(catalog, r, lang);
                let domains: Vec<&str> = r.domains.iter().map(|d| d.label(lang)).collect();
                let parties: Vec<&str> = r
                    .parties
                    .iter()
                    .filter(|&&p| p < catalog.parties.len())
                    .map(|&p| catalog.party_name(p, lang))
                    .collect();
                items.push(json!({
                    "id": c.id,
                    "kind": c.kind,
                    "title": c.title,
                    "date": opt(c.date),
                    "status": opt(c.status),
                    "form": opt(c.form),
                    "domains": domains,
                    "parties": parties,
                    "source": opt(c.source),
                    "url": opt(c.url),
                }));
            }
        }
    }
    let mut s = serde_json::to_string_pretty(&Value::Array(items)).unwrap_or_default();
    s.push('\n');
    s
}

/// A date written out in `lang`: `25 February 2026`, `25 février 2026`
/// (`1er` for the first of a month in French), `February 2026`, `2026`.
pub fn long_date(d: PartialDate, lang: Lang) -> String {
    let month = d.month.map(|m| {
        let names = match lang {
            Lang::Fr => &MONTHS_FR,
            Lang::En => &MONTHS_EN,
        };
        names[usize::from(m.clamp(1, 12)) - 1]
    });
    match (d.day, month) {
        (Some(1), Some(m)) if lang == Lang::Fr => format!("1er {m} {}", d.year),
        (Some(day), Some(m)) => format!("{day} {m} {}", d.year),
        (_, Some(m)) => format!("{m} {}", d.year),
        _ => d.year.to_string(),
    }
}

/// `s` with its first letter in capitals.
fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The source that backs record `i`'s current status: one of the sources
/// of its last history step, in `lang` when the step has a source in that
/// language (else its first source); without a history step that names a
/// source, the record's first source.
pub fn status_source(catalog: &Catalog, i: usize, lang: Lang) -> Option<usize> {
    let r = &catalog.records[i];
    let want = match lang {
        Lang::Fr => SourceLang::Fr,
        Lang::En => SourceLang::En,
    };
    let step: Vec<usize> = r
        .history
        .last()
        .map(|h| {
            h.sources
                .iter()
                .filter_map(|id| catalog.source_index(id))
                .collect()
        })
        .unwrap_or_default();
    step.iter()
        .copied()
        .find(|&s| catalog.sources[s].lang == Some(want))
        .or_else(|| step.first().copied())
        .or_else(|| r.sources.first().copied())
}

/// A citation of record `i` in `lang`, one style per language
/// (docs/output.md, *Citations*):
///
/// `Title[, numbers]. Status, date[; in force date]. Publisher, “Source title”, date[, url]`
///
/// `Titre[, numéros]. Statut, date[ ; en vigueur le date]. Éditeur, « Titre de la source », date[, adresse]`
///
/// The status is the record's, dated by the history step that reached it
/// (else by the record's own date); an event gives its kind instead. The
/// source is [`status_source`]. Dates are written out in `lang`; the
/// registry numbers are cited in `lang`. The citation ends with a full
/// stop, except after an address (which a terminal would take in).
pub fn citation(catalog: &Catalog, i: usize, lang: Lang) -> String {
    let r = &catalog.records[i];
    let mut out = r.title.get(lang).to_string();
    let numbers: Vec<String> = r.numbers().iter().map(|n| n.cite(lang)).collect();
    if !numbers.is_empty() {
        out.push_str(", ");
        out.push_str(&numbers.join(", "));
    }
    out.push_str(". ");
    // The status and the date that backs it.
    let last = r.history.last().filter(|h| Some(h.status) == r.status);
    let what = match r.status {
        Some(s) => Some(capitalized(s.label(lang))),
        None => r
            .fields
            .iter()
            .find(|f| f.label == FieldLabel::Kind)
            .map(|f| capitalized(f.value.get(lang))),
    };
    let when = last.map(|h| h.date).or(r.date);
    match (what, when) {
        (Some(w), Some(d)) => out.push_str(&format!("{w}, {}", long_date(d, lang))),
        (Some(w), None) => out.push_str(&w),
        (None, Some(d)) => out.push_str(&long_date(d, lang)),
        (None, None) => {}
    }
    if let Some(f) = r.date_of(Step::InForce) {
        let said = r.status == Some(Status::InForce) && when == Some(f.date);
        if !said {
            out.push_str(&format!(
                "{} {}",
                tr(lang, "\u{202f}; en vigueur le", "; in force"),
                long_date(f.date, lang)
            ));
        }
    }
    if !out.ends_with(". ") {
        out.push_str(". ");
    }
    let Some(src) = status_source(catalog, i, lang).and_then(|s| catalog.sources.get(s)) else {
        return out.trim_end().to_string();
    };
    let (open, close) = tr2(lang, ("«\u{a0}", "\u{a0}»"), ("“", "”"));
    out.push_str(&format!("{}, {open}{}{close}", src.publisher, src.title));
    if let Some(d) = src.date {
        out.push_str(&format!(", {}", long_date(d, lang)));
    }
    match &src.url {
        Some(u) => out.push_str(&format!(", {u}")),
        None => out.push('.'),
    }
    out
}

/// [`tr`] for pairs.
fn tr2<T>(lang: Lang, fr: T, en: T) -> T {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
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

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn csv_fields_that_a_spreadsheet_would_run_are_neutralised() {
        assert_eq!(
            csv_field("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(csv_field("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(csv_field("-2+3"), "'-2+3");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("\t=1"), "'\t=1");
        assert_eq!(csv_field("\r=1"), "\"'\r=1\"");
        // Inside a field, they are harmless.
        assert_eq!(csv_field("a=b-c"), "a=b-c");
        assert_eq!(csv_field("2025-01-01"), "2025-01-01");
    }
}
