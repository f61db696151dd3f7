//! One output schema for every way records leave accords: `accords list`,
//! `search` and `show`, and the browser's `e` export and `y` citation.
//!
//! - [`table`]: the aligned table of `list` and `search` (for people:
//!   localized labels);
//! - [`csv`]: CSV and TSV through the `csv` crate, with the one formula
//!   neutralisation ([`csv::cell`]); stable slug values;
//! - [`json`]: JSON arrays of records and timeline entries, and one record
//!   in full (`show --format json`); stable slug values;
//! - [`markdown`]: Markdown tables and the `show` document (for people:
//!   localized labels);
//! - [`citation`]: the one-line citation `y` copies.
//!
//! Everything here is a pure function of the [`Catalog`], whose strings
//! were sanitized at load; nothing colours its output. To add a column to
//! the CSV, add it to [`csv::RECORD_COLUMNS`] and [`csv::record_row`] (and
//! its JSON key in [`json::RecordJson`]).

pub mod citation;
pub mod csv;
pub mod fields;
pub mod json;
pub mod markdown;
pub mod table;

use crate::catalog::{Catalog, Kind, Record, Rel, Row, TimelineEntry};
use crate::model::{Certainty, Form, Lang, Status};

/// The names values have in CSV, JSON and on the command line.
/// The kebab-case name of a status (`in-force`), as `--status` and JSON use it.
pub fn status_slug(s: Status) -> &'static str {
    match s {
        Status::NegotiationsLaunched => "negotiations-launched",
        Status::NegotiationsConcluded => "negotiations-concluded",
        Status::Initialled => "initialled",
        Status::Approved => "approved",
        Status::Signed => "signed",
        Status::InForce => "in-force",
        Status::Active => "active",
        Status::Announced => "announced",
        Status::UnderWay => "under-way",
        Status::Completed => "completed",
        Status::Replaced => "replaced",
        Status::Terminated => "terminated",
        Status::Unknown => "unknown",
    }
}

/// The name of a kind (`agreement`), as `--kind` and JSON use it.
pub fn kind_slug(k: Kind) -> &'static str {
    k.label(Lang::En)
}

/// The name of a form: `treaty`, `non-binding`.
pub fn form_slug(f: Form) -> &'static str {
    match f {
        Form::Treaty => "treaty",
        Form::NonBinding => "non-binding",
    }
}

pub fn certainty_slug(c: Certainty) -> &'static str {
    match c {
        Certainty::Unsure => "unsure",
        Certainty::Conflict => "conflict",
    }
}

pub fn rel_slug(r: Rel) -> &'static str {
    match r {
        Rel::Partnership => "partnership",
        Rel::Agreement => "agreement",
        Rel::MadeBy => "made-by",
        Rel::Commitment => "commitment",
        Rel::Supersedes => "supersedes",
        Rel::SupersededBy => "superseded-by",
        Rel::Amends => "amends",
        Rel::AmendedBy => "amended-by",
        Rel::Event => "event",
        Rel::Concerns => "concerns",
        Rel::Related => "related",
    }
}

/// The kind of an event as a slug: its English name in kebab case
/// (`summit`, `ministerial-meeting`, `entry-into-force`).
pub fn event_kind_slug(r: &Record) -> Option<String> {
    r.fields
        .iter()
        .find(|f| f.label == crate::catalog::FieldLabel::Kind)
        .map(|f| f.value.en.replace(' ', "-"))
}

pub(crate) fn date_str(catalog: &Catalog, i: usize) -> String {
    catalog.records[i]
        .date
        .map(|d| d.to_string())
        .unwrap_or_default()
}

/// A record's registry numbers as cited in `lang`, joined by ` · `
/// (`E102303 · CTS 1980 No. 27`): the compact cell of tables.
pub fn numbers_cell(r: &Record, lang: Lang) -> String {
    r.numbers()
        .iter()
        .map(|n| n.cite(lang))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The rows of a view as what they stand for: records, or (on the
/// timeline) entries, year headings dropped.
pub enum Rows {
    Records(Vec<usize>),
    Entries(Vec<usize>),
}

impl Rows {
    /// The browser's rows: the timeline's entries when there are any,
    /// else the records.
    pub fn of(rows: &[Row]) -> Rows {
        if rows
            .iter()
            .any(|r| matches!(r, Row::Entry(_) | Row::Year(_)))
        {
            Rows::Entries(
                rows.iter()
                    .filter_map(|r| match *r {
                        Row::Entry(e) => Some(e),
                        _ => None,
                    })
                    .collect(),
            )
        } else {
            Rows::Records(
                rows.iter()
                    .filter_map(|r| match *r {
                        Row::Record(i) => Some(i),
                        _ => None,
                    })
                    .collect(),
            )
        }
    }
}

/// A timeline entry's kind (`event` or `status`) and what it is: the
/// event's kind, or the status reached, as a slug and as a label.
pub(crate) fn entry_what(
    catalog: &Catalog,
    e: &TimelineEntry,
    lang: Lang,
) -> (&'static str, String, String) {
    let r = &catalog.records[e.record];
    match catalog.entry_change(e) {
        Some(c) => (
            "status",
            status_slug(c.status).to_string(),
            c.status.label(lang).to_string(),
        ),
        None => (
            "event",
            event_kind_slug(r).unwrap_or_default(),
            r.fields
                .iter()
                .find(|f| f.label == crate::catalog::FieldLabel::Kind)
                .map(|f| f.value.get(lang).to_string())
                .unwrap_or_default(),
        ),
    }
}
