//! CSV and TSV, written through the `csv` crate (RFC 4180 quoting, `\n`
//! line ends, which awk, cut, `sort` and pandas expect; RFC 4180's CRLF
//! would leave a `\r` on the last field of every line for them; a CR or LF
//! inside a field is quoted either way): one header row of English column names, then one row per
//! record or timeline entry, values as slugs (`in-force`, `agreement`),
//! lists inside a cell separated by `;`. Titles and notes are in the
//! language asked for.
//!
//! A cell a spreadsheet would run as a formula gets a `'` in front: this is
//! the one place that does it ([`cell`]; docs/output.md, *CSV: no
//! formulas*), for `list`/`search --format csv|tsv` and the browser's `e`.

use std::borrow::Cow;

use super::entry_what;
use super::fields::Field;
use crate::catalog::Catalog;
use crate::model::Lang;

/// Comma-separated (CSV) or tab-separated (TSV) values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    Comma,
    Tab,
}

/// The columns of a record row, in order; see [`record_row`].
pub const RECORD_COLUMNS: [&str; 14] = [
    "id",
    "kind",
    "date",
    "status",
    "form",
    "title",
    "domains",
    "parties",
    "canada-e",
    "cts",
    "unts",
    "kr-treaty",
    "sources",
    "url",
];

/// The columns of a timeline row, in order; see [`timeline`].
pub const ENTRY_COLUMNS: [&str; 6] = ["date", "entry", "what", "id", "title", "note"];

/// `s` made safe for a spreadsheet: a cell starting with `=`, `+`, `-`,
/// `@`, tab, CR or LF (which a spreadsheet may run as a formula, OWASP's
/// *CSV Injection*) gets a `'` in front. Quoting is the writer's job.
pub fn cell(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Rows written through the `csv` crate, every cell through [`cell`].
struct Table {
    writer: ::csv::Writer<Vec<u8>>,
}

impl Table {
    fn new(sep: Separator, header: &[&str]) -> Table {
        let mut writer = ::csv::WriterBuilder::new()
            .delimiter(match sep {
                Separator::Comma => b',',
                Separator::Tab => b'\t',
            })
            .terminator(::csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(header);
        Table { writer }
    }

    fn row<S: AsRef<str>>(&mut self, cells: &[S]) {
        let _ = self
            .writer
            .write_record(cells.iter().map(|c| cell(c.as_ref()).into_owned()));
    }

    fn finish(self) -> String {
        let bytes = self.writer.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

/// The cells of record `i`, in [`RECORD_COLUMNS`] order: its id, kind,
/// list date, status, form, title (full, in `lang`), domains, parties
/// (ids, a commitment naming none counting for its owner's:
/// [`crate::query::record_parties`]), its number in each treaty register
/// (as the register writes it; empty when none), its sources (ids) and the
/// address of its first source.
pub fn record_row(catalog: &Catalog, i: usize, lang: Lang) -> Vec<String> {
    Field::CSV
        .iter()
        .map(|f| f.slug_value(catalog, i, 0, lang))
        .collect()
}

/// Records (indices into `catalog.records`), one row each under the
/// [`RECORD_COLUMNS`] header.
pub fn records(catalog: &Catalog, rows: &[usize], lang: Lang, sep: Separator) -> String {
    let rows: Vec<(usize, u32)> = rows.iter().map(|&i| (i, 0)).collect();
    fields(catalog, &rows, &Field::CSV, lang, sep)
}

/// Records and their scores, one row each with the columns `fields`
/// names, under a header of their names (`list`/`search --fields`;
/// `search` without it: [`Field::CSV`] then `score`).
pub fn fields(
    catalog: &Catalog,
    rows: &[(usize, u32)],
    fields: &[Field],
    lang: Lang,
    sep: Separator,
) -> String {
    let header: Vec<&str> = fields.iter().map(|f| f.name()).collect();
    let mut t = Table::new(sep, &header);
    for &(i, score) in rows {
        let cells: Vec<String> = fields
            .iter()
            .map(|f| f.slug_value(catalog, i, score, lang))
            .collect();
        t.row(&cells);
    }
    t.finish()
}

/// Timeline entries (indices into `catalog.timeline`) under the
/// [`ENTRY_COLUMNS`] header: date, `event` or `status`, the event's kind
/// or the status reached (a slug), the record's id, its short title and
/// the status change's note (in `lang`).
pub fn timeline(catalog: &Catalog, entries: &[usize], lang: Lang, sep: Separator) -> String {
    let mut t = Table::new(sep, &ENTRY_COLUMNS);
    for e in entries.iter().filter_map(|&e| catalog.timeline.get(e)) {
        let r = &catalog.records[e.record];
        let (entry, what, _) = entry_what(catalog, e, lang);
        let note = catalog
            .entry_change(e)
            .and_then(|c| c.note.as_ref())
            .map(|n| n.get(lang).to_string())
            .unwrap_or_default();
        t.row(&[
            e.date.to_string(),
            entry.to_string(),
            what,
            r.id.clone(),
            r.short().get(lang).to_string(),
            note,
        ]);
    }
    t.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One cell as the writer puts it in a CSV row.
    fn one(s: &str) -> String {
        let mut t = Table::new(Separator::Comma, &["x", "y"]);
        t.row(&[s, "end"]);
        let text = t.finish();
        let row = text.strip_prefix("x,y\n").unwrap();
        row.strip_suffix(",end\n").unwrap().to_string()
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(one("plain"), "plain");
        assert_eq!(one("a, b"), "\"a, b\"");
        assert_eq!(one("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(one("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn csv_cells_that_a_spreadsheet_would_run_are_neutralised() {
        assert_eq!(
            one("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(one("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(one("-2+3"), "'-2+3");
        assert_eq!(one("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(one("\t=1"), "'\t=1");
        assert_eq!(one("\r=1"), "\"'\r=1\"");
        // Inside a cell, they are harmless.
        assert_eq!(one("a=b-c"), "a=b-c");
        assert_eq!(one("2025-01-01"), "2025-01-01");
    }

    /// The header names and [`Field::CSV`] agree.
    #[test]
    fn record_columns_are_the_csv_fields() {
        let names: Vec<&str> = Field::CSV.iter().map(|f| f.name()).collect();
        assert_eq!(names, RECORD_COLUMNS);
    }

    #[test]
    fn tsv_separates_with_tabs() {
        let mut t = Table::new(Separator::Tab, &["a", "b"]);
        t.row(&["x, y", "tab\there"]);
        assert_eq!(t.finish(), "a\tb\nx, y\t\"tab\there\"\n");
    }
}
