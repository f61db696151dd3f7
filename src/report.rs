//! Taking results out: the non-interactive commands `list`, `search`, `show`,
//! `completions` and `man`.
//!
//! The dataset is opened by [`cli::open`], exactly as for the browser (same
//! checks, same diagnostics, same exit codes); everything printed comes from
//! the [`Catalog`], whose strings were sanitized at load. Nothing here
//! colours its output. The renderers are pure functions of the catalog, so
//! they are tested without running the binary.

use std::fmt::Write as _;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::catalog::{Catalog, FieldLabel, Kind, Rel};
use crate::cli::{self, Cli, Command, LangArg, Output, ReportFormat, ShowFormat, ShowLang};
use crate::model::{Certainty, Lang, NumberSystem, Source, Status, Step, Text, tr};
use crate::search::{Query, SearchIndex};

/// The width of the table when stdout is not a terminal.
pub const PIPE_WIDTH: usize = 100;

// ---------------------------------------------------------------------------
// Names used on the command line and in JSON/CSV.

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

/// The JSON key of a detail field; `None` for the aliases, which have their
/// own key.
fn field_key(f: FieldLabel) -> Option<&'static str> {
    Some(match f {
        FieldLabel::Kind => "event_kind",
        FieldLabel::Form => "form",
        FieldLabel::Date => "date",
        FieldLabel::Established => "established",
        FieldLabel::Made => "made",
        FieldLabel::Signed => "signed",
        FieldLabel::SignedPlace => "signed_place",
        FieldLabel::Approved => "approved",
        FieldLabel::InForce => "in_force",
        FieldLabel::Terminated => "terminated",
        FieldLabel::Replaced => "replaced",
        FieldLabel::Place => "place",
        FieldLabel::ENumber => "e_number",
        FieldLabel::Cts => "cts",
        FieldLabel::Unts => "unts",
        FieldLabel::KrTreaty => "kr_treaty",
        FieldLabel::Participants => "participants",
        FieldLabel::Aliases => return None,
    })
}

/// How a detail field's value is written in JSON.
enum FieldShape {
    /// The same in both languages (a date, a register number): a string.
    Plain,
    /// A text in both languages: `{fr, en, native}`.
    Text,
    /// Repeated: an array of texts.
    List,
}

fn field_shape(f: FieldLabel) -> FieldShape {
    match f {
        FieldLabel::Date
        | FieldLabel::Established
        | FieldLabel::Made
        | FieldLabel::Signed
        | FieldLabel::Approved
        | FieldLabel::InForce
        | FieldLabel::Terminated
        | FieldLabel::Replaced
        | FieldLabel::ENumber
        | FieldLabel::Cts
        | FieldLabel::Unts
        | FieldLabel::KrTreaty
        | FieldLabel::Aliases => FieldShape::Plain,
        FieldLabel::Kind | FieldLabel::Form | FieldLabel::SignedPlace | FieldLabel::Place => {
            FieldShape::Text
        }
        FieldLabel::Participants => FieldShape::List,
    }
}

// ---------------------------------------------------------------------------
// Lists: table, JSON, CSV, Markdown.

fn date_str(catalog: &Catalog, i: usize) -> String {
    catalog.records[i]
        .date
        .map(|d| d.to_string())
        .unwrap_or_default()
}

fn domains_slugs(catalog: &Catalog, i: usize, sep: &str) -> String {
    catalog.records[i]
        .domains
        .iter()
        .map(|d| d.slug())
        .collect::<Vec<_>>()
        .join(sep)
}

pub use crate::wrap::truncate;

/// A comma-separated list cut to `w` columns at a comma, the rest counted:
/// `defence,cyber,space` in 12 columns is `defence +2`.
fn fit_list(s: &str, w: usize) -> String {
    fit_items(s, ",", w)
}

/// [`fit_list`] for items separated by `sep`.
fn fit_items(s: &str, sep: &str, w: usize) -> String {
    if s.width() <= w {
        return s.to_string();
    }
    let items: Vec<&str> = s.split(sep).collect();
    for k in (1..items.len()).rev() {
        let short = format!("{} +{}", items[..k].join(sep), items.len() - k);
        if short.width() <= w {
            return short;
        }
    }
    truncate(s, w)
}

fn pad(s: &str, w: usize) -> String {
    let sw = s.width();
    format!("{s}{}", " ".repeat(w.saturating_sub(sw)))
}

const GAP: &str = "  ";

/// A status label for the table: the two long ones shortened so that a cut
/// still tells them apart.
fn status_short(s: Status, lang: Lang) -> &'static str {
    match s {
        Status::NegotiationsLaunched => tr(lang, "négo. lancées", "negot. launched"),
        Status::NegotiationsConcluded => tr(lang, "négo. conclues", "negot. concluded"),
        s => s.label(lang),
    }
}

/// A record's registry numbers as cited in `lang`, joined by ` · `
/// (`E102303 · CTS 1980 No. 27`): the compact cell of tables.
pub fn numbers_cell(r: &crate::catalog::Record, lang: Lang) -> String {
    r.numbers()
        .iter()
        .map(|n| n.cite(lang))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// An aligned table of `rows` that fits `width` display columns: id, kind,
/// date, status, short title (in `lang`), domains and, when a row has
/// registry numbers and there is room, the numbers. Numbers, domains and
/// titles are cut with … first, then the numbers column gives way; ids are
/// cut only when nothing else is left to cut.
pub fn table(catalog: &Catalog, rows: &[usize], lang: Lang, width: usize) -> String {
    let numbered = rows
        .iter()
        .any(|&i| !catalog.records[i].numbers().is_empty());
    let mut header = vec![
        "id",
        tr(lang, "type", "kind"),
        "date",
        tr(lang, "statut", "status"),
        tr(lang, "titre", "title"),
        tr(lang, "domaines", "domains"),
    ];
    if numbered {
        header.push(tr(lang, "numéros", "numbers"));
    }
    let cols = header.len();
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|&i| {
            let r = &catalog.records[i];
            let mut row = vec![
                r.id.clone(),
                r.kind.label(lang).to_string(),
                date_str(catalog, i),
                r.status
                    .map(|s| status_short(s, lang))
                    .unwrap_or("")
                    .to_string(),
                r.short().get(lang).to_string(),
                domains_slugs(catalog, i, ","),
            ];
            if numbered {
                row.push(numbers_cell(r, lang));
            }
            row
        })
        .collect();
    let mut w: Vec<usize> = (0..cols)
        .map(|c| {
            cells
                .iter()
                .map(|row| row[c].width())
                .chain([header[c].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    // (column, floor) in the order columns give up room: numbers, domains
    // and status first, then titles; ids, which `show` needs, last of all.
    const ID: usize = 0;
    const KIND: usize = 1;
    const DATE: usize = 2;
    const STATUS: usize = 3;
    const TITLE: usize = 4;
    const DOMAINS: usize = 5;
    const NUMBERS: usize = 6;
    // A floor of `GONE`: the column gives way entirely.
    const GONE: usize = usize::MAX;
    let steps = [
        (NUMBERS, 10),
        (DOMAINS, 24),
        (TITLE, 30),
        (DOMAINS, 12),
        (NUMBERS, GONE),
        (ID, 34),
        (TITLE, 24),
        (ID, 28),
        (DOMAINS, 8),
        (TITLE, 20),
        (STATUS, 12),
        (ID, 22),
        (TITLE, 12),
        (KIND, 5),
        (ID, 16),
        (DOMAINS, 4),
        (STATUS, 4),
        (TITLE, 4),
        (ID, 8),
        (DATE, 4),
    ];
    let mut cols = cols;
    let total = |w: &[usize], cols: usize| w[..cols].iter().sum::<usize>() + GAP.len() * (cols - 1);
    for (col, floor) in steps {
        let over = total(&w, cols).saturating_sub(width);
        if over == 0 {
            break;
        }
        if col >= cols {
            continue;
        }
        if floor == GONE {
            cols = col;
        } else if w[col] > floor {
            w[col] -= over.min(w[col] - floor);
        }
    }
    let mut out = String::new();
    let line = |row: &[String], out: &mut String| {
        let mut s = String::new();
        for (c, text) in row.iter().enumerate().take(cols) {
            if c > 0 {
                s.push_str(GAP);
            }
            let cell = match c {
                DOMAINS => fit_list(text, w[c]),
                NUMBERS => fit_items(text, " · ", w[c]),
                _ => truncate(text, w[c]),
            };
            s.push_str(&pad(&cell, w[c]));
        }
        // A terminal narrower than every floor: cut the line itself.
        let s = truncate(s.trim_end(), width);
        out.push_str(&s);
        out.push('\n');
    };
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    line(&header, &mut out);
    let rule: Vec<String> = w.iter().map(|&n| "-".repeat(n)).collect();
    line(&rule, &mut out);
    for row in &cells {
        line(row, &mut out);
    }
    out
}

/// A text in JSON: `{fr, en, native}`, `native` null when absent.
#[derive(Serialize)]
struct TextJson<'a> {
    fr: &'a str,
    en: &'a str,
    native: Option<&'a str>,
}

fn text_json(t: &Text) -> TextJson<'_> {
    TextJson {
        fr: &t.fr,
        en: &t.en,
        native: t.native.as_deref(),
    }
}

/// One record as `list` and `search` print it (keys in this order).
#[derive(Serialize)]
pub struct RecordJson<'a> {
    id: &'a str,
    kind: &'static str,
    title: TextJson<'a>,
    short: TextJson<'a>,
    date: Option<String>,
    status: Option<&'static str>,
    domains: Vec<&'static str>,
    parties: Vec<&'a str>,
    /// The numbers in treaty registers (agreements): `{system, value}`.
    numbers: Vec<NumberJson<'a>>,
    /// Ids in `list` and `search`; the sources in full in `show`.
    sources: SourcesJson<'a>,
    /// True when the record carries a certainty note (`?` in the browser).
    caveat: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<u32>,
}

/// A registry number in JSON: `{"system": "cts", "value": "1980 No. 27"}`.
#[derive(Serialize)]
struct NumberJson<'a> {
    system: &'static str,
    value: &'a str,
}

/// A record's sources: their ids, or the sources in full.
#[derive(Serialize)]
#[serde(untagged)]
enum SourcesJson<'a> {
    Ids(Vec<&'a str>),
    Full(Vec<SourceJson<'a>>),
}

/// The summary of record `i`, shared by `list`, `search` and `show`.
pub fn record_json(catalog: &Catalog, i: usize, score: Option<u32>) -> RecordJson<'_> {
    let r = &catalog.records[i];
    RecordJson {
        id: &r.id,
        kind: kind_slug(r.kind),
        title: text_json(&r.title),
        short: text_json(r.short()),
        date: r.date.map(|d| d.to_string()),
        status: r.status.map(status_slug),
        domains: r.domains.iter().map(|d| d.slug()).collect(),
        parties: crate::query::record_parties(catalog, i)
            .iter()
            .map(|&p| catalog.parties[p].id.as_str())
            .collect(),
        numbers: r
            .numbers()
            .iter()
            .map(|n| NumberJson {
                system: n.system.slug(),
                value: &n.value,
            })
            .collect(),
        sources: SourcesJson::Ids(
            r.sources
                .iter()
                .map(|&s| catalog.sources[s].id.as_str())
                .collect(),
        ),
        caveat: r.has_caveat(),
        score,
    }
}

fn to_json(v: &impl Serialize) -> String {
    let mut s = serde_json::to_string_pretty(v).expect("plain data serializes");
    s.push('\n');
    s
}

/// A JSON array of [`record_json`] objects; with scores (search), each
/// object also has `score`.
pub fn list_json(catalog: &Catalog, rows: &[(usize, Option<u32>)]) -> String {
    let items: Vec<RecordJson> = rows
        .iter()
        .map(|&(i, score)| record_json(catalog, i, score))
        .collect();
    to_json(&items)
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC
/// 4180). A field a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-`, `@`, tab, CR or LF) gets a `'` in front, as OWASP advises
/// against CSV injection; `list --format csv` and the browser's export both
/// write through here (docs/output.md).
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.into_owned()
    }
}

/// CSV with a header row and CRLF line ends (RFC 4180): id, kind, date,
/// status, title (full, in `lang`), domains, parties (`;`-separated), then
/// one column per treaty register (`canada-e`, `cts`, `unts`, `kr-treaty`:
/// the number as the register writes it, empty when there is none).
pub fn csv(catalog: &Catalog, rows: &[usize], lang: Lang) -> String {
    let mut out = String::from("id,kind,date,status,title,domains,parties");
    for n in NumberSystem::ALL {
        out.push(',');
        out.push_str(n.slug());
    }
    out.push_str("\r\n");
    for &i in rows {
        let r = &catalog.records[i];
        let parties: Vec<&str> = crate::query::record_parties(catalog, i)
            .iter()
            .map(|&p| catalog.parties[p].id.as_str())
            .collect();
        let mut fields = vec![
            r.id.clone(),
            kind_slug(r.kind).to_string(),
            date_str(catalog, i),
            r.status.map(status_slug).unwrap_or("").to_string(),
            r.title.get(lang).to_string(),
            domains_slugs(catalog, i, ";"),
            parties.join(";"),
        ];
        fields.extend(NumberSystem::ALL.map(|n| r.number(n).unwrap_or_default().to_string()));
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Escapes Markdown's inline syntax (`|` included, for tables) so that
/// dataset text shows as written: no emphasis, links, HTML or code.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A paragraph of dataset text as Markdown: inline syntax escaped, and no
/// line able to start a heading, a list, a quote or a code block.
fn md_paragraph(s: &str) -> String {
    s.lines()
        .map(|line| {
            let line = md_escape(line.trim_start());
            let mut chars = line.chars();
            match chars.next() {
                Some(c @ ('#' | '-' | '+' | '=')) => format!("\\{c}{}", chars.as_str()),
                Some(c) if c.is_ascii_digit() => {
                    let digits = line.chars().take_while(char::is_ascii_digit).count();
                    match line[digits..].chars().next() {
                        Some(m @ ('.' | ')')) => {
                            format!("{}\\{m}{}", &line[..digits], &line[digits + 1..])
                        }
                        _ => line,
                    }
                }
                _ => line,
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Inline code for an id, with a fence longer than any backtick run inside.
fn md_code(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') || s.is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// A Markdown table: id, kind, date, status, title (full, in `lang`),
/// domains and, when a row has registry numbers, the numbers as cited.
pub fn md_table(catalog: &Catalog, rows: &[usize], lang: Lang) -> String {
    let numbered = rows
        .iter()
        .any(|&i| !catalog.records[i].numbers().is_empty());
    let mut out = format!(
        "| id | {} | date | {} | {} | {} |",
        tr(lang, "type", "kind"),
        tr(lang, "statut", "status"),
        tr(lang, "titre", "title"),
        tr(lang, "domaines", "domains"),
    );
    if numbered {
        let _ = write!(out, " {} |", tr(lang, "numéros", "numbers"));
    }
    out.push_str("\n|---|---|---|---|---|---|");
    if numbered {
        out.push_str("---|");
    }
    out.push('\n');
    for &i in rows {
        let r = &catalog.records[i];
        let domains: Vec<&str> = r.domains.iter().map(|d| d.label(lang)).collect();
        let _ = write!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            md_escape(&r.id),
            r.kind.label(lang),
            date_str(catalog, i),
            r.status.map(|s| s.label(lang)).unwrap_or(""),
            md_escape(r.title.get(lang)),
            md_escape(&domains.join(", ")),
        );
        if numbered {
            let _ = write!(out, " {} |", md_escape(&numbers_cell(r, lang)));
        }
        out.push('\n');
    }
    out
}

// ---------------------------------------------------------------------------
// One record: JSON and Markdown.

/// A detail field's value in JSON; see [`field_shape`].
#[derive(Serialize)]
#[serde(untagged)]
enum FieldJson<'a> {
    Plain(&'a str),
    Text(TextJson<'a>),
    List(Vec<TextJson<'a>>),
}

#[derive(Serialize)]
struct StepJson<'a> {
    date: String,
    status: &'static str,
    note: Option<TextJson<'a>>,
    sources: &'a [String],
}

#[derive(Serialize)]
struct CaveatJson<'a> {
    level: &'static str,
    field: Option<&'a str>,
    note: TextJson<'a>,
}

#[derive(Serialize)]
struct LinkJson<'a> {
    rel: &'static str,
    id: &'a str,
    kind: &'static str,
    title: TextJson<'a>,
    date: Option<String>,
}

#[derive(Serialize)]
struct PartyJson<'a> {
    id: &'a str,
    name: TextJson<'a>,
    short: Option<TextJson<'a>>,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    id: &'a str,
    title: &'a str,
    publisher: &'a str,
    date: Option<String>,
    /// `fr`, `en`, `ko`, or null for another language.
    lang: Option<&'static str>,
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<TextJson<'a>>,
}

/// A named step's date and the ids of the sources that back it.
#[derive(Serialize)]
struct DateJson<'a> {
    date: String,
    sources: Vec<&'a str>,
}

/// Pairs written as a JSON object, in their order.
fn ordered_map<S: serde::Serializer>(
    pairs: &[(&'static str, FieldJson<'_>)],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// One record in full, as `show --format json` prints it.
#[derive(Serialize)]
struct ShowJson<'a> {
    #[serde(flatten)]
    record: RecordJson<'a>,
    aliases: &'a [String],
    summary: Vec<TextJson<'a>>,
    /// Keyed by step (`signed`, `approved`, `in_force`, `terminated`,
    /// `replaced`): `{date, sources}`, the sources as ids.
    #[serde(serialize_with = "ordered_dates")]
    dates: Vec<(&'static str, DateJson<'a>)>,
    /// Keyed by field: `form`, `signed_place`, `place`, `participants`…
    /// (the dates and numbers have keys of their own).
    #[serde(serialize_with = "ordered_map")]
    fields: Vec<(&'static str, FieldJson<'a>)>,
    history: Vec<StepJson<'a>>,
    caveats: Vec<CaveatJson<'a>>,
    links: Vec<LinkJson<'a>>,
    party_details: Vec<PartyJson<'a>>,
}

fn ordered_dates<S: serde::Serializer>(
    pairs: &[(&'static str, DateJson<'_>)],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// Every field of record `i` as one JSON object: [`record_json`] (its
/// sources in full) plus aliases, summary, the dated steps with their
/// sources, detail fields, history, caveats, links (with target ids, kinds
/// and titles), and the parties in full.
pub fn show_json(catalog: &Catalog, i: usize) -> String {
    let r = &catalog.records[i];
    let mut fields: Vec<(&'static str, FieldJson)> = Vec::new();
    for f in &r.fields {
        let Some(key) = field_key(f.label) else {
            continue;
        };
        if step_of(f.label).is_some() || number_of(f.label).is_some() {
            continue;
        }
        match field_shape(f.label) {
            FieldShape::Plain => fields.push((key, FieldJson::Plain(&f.value.en))),
            FieldShape::Text => fields.push((key, FieldJson::Text(text_json(&f.value)))),
            FieldShape::List => match fields.iter_mut().find(|(k, _)| *k == key) {
                Some((_, FieldJson::List(v))) => v.push(text_json(&f.value)),
                _ => fields.push((key, FieldJson::List(vec![text_json(&f.value)]))),
            },
        }
    }
    let mut record = record_json(catalog, i, None);
    record.sources = SourcesJson::Full(
        r.sources
            .iter()
            .map(|&s| source_json(&catalog.sources[s]))
            .collect(),
    );
    let doc = ShowJson {
        record,
        aliases: &r.aliases,
        dates: r
            .dates()
            .iter()
            .map(|d| {
                (
                    d.step.slug(),
                    DateJson {
                        date: d.date.to_string(),
                        sources: d
                            .sources
                            .iter()
                            .map(|&s| catalog.sources[s].id.as_str())
                            .collect(),
                    },
                )
            })
            .collect(),
        summary: r.summary.iter().map(text_json).collect(),
        fields,
        history: r
            .history
            .iter()
            .map(|h| StepJson {
                date: h.date.to_string(),
                status: status_slug(h.status),
                note: h.note.as_ref().map(text_json),
                sources: &h.sources,
            })
            .collect(),
        caveats: r
            .caveats
            .iter()
            .map(|c| CaveatJson {
                level: certainty_slug(c.level),
                field: c.field.as_deref(),
                note: text_json(&c.note),
            })
            .collect(),
        links: r
            .links
            .iter()
            .map(|l| {
                let t = &catalog.records[l.target];
                LinkJson {
                    rel: rel_slug(l.rel),
                    id: &t.id,
                    kind: kind_slug(t.kind),
                    title: text_json(&t.title),
                    date: t.date.map(|d| d.to_string()),
                }
            })
            .collect(),
        party_details: crate::query::record_parties(catalog, i)
            .iter()
            .map(|&p| {
                let p = &catalog.parties[p];
                PartyJson {
                    id: &p.id,
                    name: text_json(&p.name),
                    short: p.short.as_ref().map(text_json),
                }
            })
            .collect(),
    };
    to_json(&doc)
}

fn source_json(s: &Source) -> SourceJson<'_> {
    SourceJson {
        id: &s.id,
        title: &s.title,
        publisher: &s.publisher,
        date: s.date.map(|d| d.to_string()),
        lang: s.lang.map(|l| l.code()),
        url: s.url.as_deref(),
        note: s.note.as_ref().map(text_json),
    }
}

/// The named step whose date a detail field shows.
fn step_of(f: FieldLabel) -> Option<Step> {
    Step::ALL.into_iter().find(|&s| FieldLabel::of_step(s) == f)
}

/// The register whose number a detail field shows.
fn number_of(f: FieldLabel) -> Option<NumberSystem> {
    NumberSystem::ALL
        .into_iter()
        .find(|&n| FieldLabel::of_number(n) == f)
}

/// The numbers (`[2][5]`) of `sources` (indices into the catalog's
/// sources) in record `r`'s source list, as the detail view and the
/// Sources section of `show` number them; a source the record does not
/// list is named by its id.
pub fn source_numbers(catalog: &Catalog, r: &crate::catalog::Record, sources: &[usize]) -> String {
    let mut numbers: Vec<usize> = Vec::new();
    let mut others: Vec<String> = Vec::new();
    for &s in sources {
        match r.sources.iter().position(|&x| x == s) {
            Some(n) => numbers.push(n + 1),
            None => others.push(md_code(&catalog.sources[s].id)),
        }
    }
    numbers.sort_unstable();
    numbers.dedup();
    let mut out: String = numbers.iter().map(|n| format!("[{n}]")).collect();
    for id in others {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&id);
    }
    out
}

/// The part of the Markdown document in one language, its headings at
/// `level` (`##` for a whole-language section, `#` for the document).
fn md_section(catalog: &Catalog, i: usize, lang: Lang, level: usize, out: &mut String) {
    let r = &catalog.records[i];
    let h = |n: usize| "#".repeat(level + n);
    let _ = writeln!(out, "{} {}\n", h(0), md_escape(r.title.get(lang)));
    let mut rows: Vec<(String, String)> = Vec::new();
    rows.push(("id".into(), md_code(&r.id)));
    if let Some(n) = &r.title.native {
        rows.push((
            tr(lang, "Titre original", "Native title").into(),
            md_escape(n),
        ));
    }
    if r.short().get(lang) != r.title.get(lang) {
        rows.push((
            tr(lang, "Titre court", "Short title").into(),
            md_escape(r.short().get(lang)),
        ));
    }
    rows.push((
        tr(lang, "Fiche", "Record").into(),
        r.kind.label(lang).into(),
    ));
    if let Some(s) = r.status {
        rows.push((tr(lang, "Statut", "Status").into(), s.label(lang).into()));
    }
    for f in &r.fields {
        // A dated step names the sources that back it by their number in
        // the Sources section (`2026-02-25 [8][12]`), as the browser does.
        let value = match step_of(f.label).and_then(|s| r.date_of(s)) {
            Some(d) => {
                let refs = source_numbers(catalog, r, &d.sources);
                if refs.is_empty() {
                    d.date.to_string()
                } else {
                    format!("{} {refs}", d.date)
                }
            }
            None => md_escape(f.value.get(lang)),
        };
        rows.push((f.label.label(lang).into(), value));
    }
    let parties = crate::query::record_parties(catalog, i);
    if !parties.is_empty() {
        let names: Vec<String> = parties
            .iter()
            .map(|&p| {
                let party = &catalog.parties[p];
                let name = party.name.get(lang);
                match &party.name.native {
                    Some(n) if n != name => format!("{} ({})", md_escape(name), md_escape(n)),
                    _ => md_escape(name),
                }
            })
            .collect();
        rows.push((tr(lang, "Parties", "Parties").into(), names.join(" – ")));
    }
    if !r.domains.is_empty() {
        let names: Vec<&str> = r.domains.iter().map(|d| d.label(lang)).collect();
        rows.push((tr(lang, "Domaines", "Domains").into(), names.join(", ")));
    }
    let _ = writeln!(
        out,
        "| {} | {} |\n|---|---|",
        tr(lang, "Champ", "Field"),
        tr(lang, "Valeur", "Value")
    );
    for (k, v) in rows {
        let _ = writeln!(out, "| {k} | {v} |");
    }
    if !r.summary.is_empty() {
        let _ = writeln!(out, "\n{} {}", h(1), tr(lang, "Résumé", "Summary"));
        for p in &r.summary {
            let _ = writeln!(out, "\n{}", md_paragraph(p.get(lang)));
        }
    }
    if !r.history.is_empty() {
        let _ = writeln!(out, "\n{} {}\n", h(1), tr(lang, "Historique", "History"));
        for s in &r.history {
            let _ = write!(out, "- **{}** — {}", s.date, s.status.label(lang));
            if let Some(n) = &s.note {
                let _ = write!(out, " — {}", md_escape(n.get(lang)));
            }
            let known: Vec<usize> = s
                .sources
                .iter()
                .filter_map(|id| catalog.source_index(id))
                .collect();
            let refs = source_numbers(catalog, r, &known);
            if !refs.is_empty() {
                let _ = write!(out, " {refs}");
            }
            out.push('\n');
        }
    }
    if !r.caveats.is_empty() {
        let _ = writeln!(out, "\n{} {}\n", h(1), tr(lang, "Certitude", "Certainty"));
        for c in &r.caveats {
            let _ = write!(out, "- **{}**", c.level.label(lang));
            if let Some(f) = &c.field {
                let _ = write!(out, " ({})", md_code(f));
            }
            let _ = writeln!(out, " — {}", md_escape(c.note.get(lang)));
        }
    }
    if !r.links.is_empty() {
        let _ = writeln!(out, "\n{} {}\n", h(1), tr(lang, "Liens", "Related"));
        let colon = tr(lang, "\u{a0}:", ":");
        for l in &r.links {
            let t = &catalog.records[l.target];
            let date = t.date.map(|d| format!(", {d}")).unwrap_or_default();
            let _ = writeln!(
                out,
                "- {}{colon} {} — {} ({}{date})",
                l.rel.label(lang),
                md_code(&t.id),
                md_escape(t.title.get(lang)),
                t.kind.label(lang),
            );
        }
    }
}

/// A Markdown document of record `i`: one section per language asked for
/// (French, then English), then its sources.
pub fn show_md(catalog: &Catalog, i: usize, lang: ShowLang) -> String {
    let r = &catalog.records[i];
    let mut out = String::new();
    let sources_lang = match lang {
        ShowLang::Fr => Lang::Fr,
        ShowLang::En | ShowLang::Both => Lang::En,
    };
    let level = match lang {
        ShowLang::Fr => {
            md_section(catalog, i, Lang::Fr, 1, &mut out);
            2
        }
        ShowLang::En => {
            md_section(catalog, i, Lang::En, 1, &mut out);
            2
        }
        ShowLang::Both => {
            let _ = writeln!(out, "# {}", md_code(&r.id));
            if let Some(n) = &r.title.native {
                let _ = writeln!(out, "\n{}", md_escape(n));
            }
            let _ = writeln!(out, "\n## Français\n");
            md_section(catalog, i, Lang::Fr, 3, &mut out);
            let _ = writeln!(out, "\n## English\n");
            md_section(catalog, i, Lang::En, 3, &mut out);
            2
        }
    };
    if !r.sources.is_empty() {
        let _ = writeln!(
            out,
            "\n{} {}\n",
            "#".repeat(level),
            tr(sources_lang, "Sources", "Sources")
        );
        for (n, &s) in r.sources.iter().enumerate() {
            let src = &catalog.sources[s];
            let _ = write!(
                out,
                "{}. {} — {} — {}",
                n + 1,
                md_code(&src.id),
                md_escape(&src.title),
                md_escape(&src.publisher)
            );
            if let Some(d) = src.date {
                let _ = write!(out, ", {d}");
            }
            if let Some(u) = &src.url {
                let _ = write!(out, " — {}", md_url(u));
            }
            out.push('\n');
        }
    }
    out
}

/// An autolink for a plain http(s) URL; anything else as escaped text.
fn md_url(u: &str) -> String {
    let plain = (u.starts_with("https://") || u.starts_with("http://"))
        && !u.contains(|c: char| c.is_whitespace() || c == '<' || c == '>' || c.is_control());
    if plain {
        format!("<{u}>")
    } else {
        md_escape(u)
    }
}

// ---------------------------------------------------------------------------
// Unknown ids.

/// The optimal-string-alignment distance: insertions, deletions,
/// substitutions and swaps of two neighbours each cost one.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// Ids close to `id`, best first, at most `max`: the same id in another
/// case, ids starting with it, ids a typo or two away, ids containing it,
/// then the best search hits for it (which finds aliases such as GSOIA).
pub fn suggest_ids(catalog: &Catalog, index: &SearchIndex, id: &str, max: usize) -> Vec<String> {
    let want = id.to_lowercase();
    let n = want.chars().count();
    let ids: Vec<(usize, String)> = catalog
        .records
        .iter()
        .enumerate()
        .map(|(i, r)| (i, r.id.to_lowercase()))
        .collect();
    let mut picked: Vec<usize> = Vec::new();
    let add = |i: usize, picked: &mut Vec<usize>| {
        if !picked.contains(&i) {
            picked.push(i);
        }
    };
    for (i, l) in &ids {
        if *l == want {
            add(*i, &mut picked);
        }
    }
    if !want.is_empty() {
        for (i, l) in &ids {
            if l.starts_with(&want) {
                add(*i, &mut picked);
            }
        }
    }
    let limit = (n.div_ceil(3)).clamp(1, 3);
    let mut near: Vec<(usize, usize)> = ids
        .iter()
        .filter(|(_, l)| l.chars().count().abs_diff(n) <= limit)
        .map(|(i, l)| (edit_distance(&want, l), *i))
        .filter(|&(d, _)| d <= limit)
        .collect();
    near.sort();
    for (_, i) in near {
        add(i, &mut picked);
    }
    if n >= 3 {
        for (i, l) in &ids {
            if l.contains(&want) {
                add(*i, &mut picked);
            }
        }
    }
    if let Some(mut hits) = index.search(&Query::parse(id)) {
        hits.sort_by_key(|&(i, s)| (std::cmp::Reverse(s), i));
        for (i, _) in hits.into_iter().take(max) {
            add(i, &mut picked);
        }
    }
    picked
        .into_iter()
        .take(max)
        .map(|i| catalog.records[i].id.clone())
        .collect()
}

// ---------------------------------------------------------------------------
// Running the commands.

/// The width a table may use: the terminal's when stdout is one, else
/// [`PIPE_WIDTH`].
pub fn output_width() -> usize {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        match ratatui::crossterm::terminal::size() {
            Ok((w, _)) if w > 0 => usize::from(w),
            _ => PIPE_WIDTH,
        }
    } else {
        PIPE_WIDTH
    }
}

/// Writes `s` to stdout ([`cli::Stdout`]); returns the exit code: 0, or 1
/// after a write error (reported on stderr). A closed pipe (`accords list
/// | head`) is not an error: the reader has what it wanted.
pub fn emit(s: &str) -> i32 {
    match cli::Stdout::new().write(s) {
        Ok(()) => 0,
        Err(failed) => failed.exit_code(0),
    }
}

fn open(cli: &Cli) -> Result<Catalog, i32> {
    let progress = cli::Progress::for_file(cli.data.as_deref());
    let catalog = cli::open(cli.data.as_deref(), cli.max_size, &progress)?;
    progress.done();
    Ok(catalog)
}

fn output_lang(cli: &Cli, output: &Output) -> Lang {
    output
        .lang
        .map_or_else(|| cli.language(&cli.config()), LangArg::lang)
}

fn render_list(
    catalog: &Catalog,
    rows: &[(usize, u32)],
    scored: bool,
    output: &Output,
    lang: Lang,
) -> String {
    let ids: Vec<usize> = rows.iter().map(|r| r.0).collect();
    match output.format {
        ReportFormat::Table => table(catalog, &ids, lang, output_width()),
        ReportFormat::Json => {
            let rows: Vec<(usize, Option<u32>)> = rows
                .iter()
                .map(|&(i, s)| (i, scored.then_some(s)))
                .collect();
            list_json(catalog, &rows)
        }
        ReportFormat::Csv => csv(catalog, &ids, lang),
        ReportFormat::Md => md_table(catalog, &ids, lang),
    }
}

/// Runs `list`, `search`, `show`, `completions` or `man`; returns the exit
/// code. Other commands return `None`.
pub fn run(cli: &Cli) -> Option<i32> {
    let code = match cli.command.as_ref()? {
        Command::List { filters, output } => {
            let catalog = match open(cli) {
                Ok(c) => c,
                Err(code) => return Some(code),
            };
            match filters.or(&cli.filters).resolve(&catalog) {
                Ok((kind, filters)) => {
                    let rows: Vec<(usize, u32)> = crate::query::list(&catalog, &filters, kind)
                        .into_iter()
                        .map(|i| (i, 0))
                        .collect();
                    let lang = output_lang(cli, output);
                    emit(&render_list(&catalog, &rows, false, output, lang))
                }
                Err(e) => {
                    cli::say(&format!("accords: {e}"));
                    2
                }
            }
        }
        Command::Search {
            query,
            filters,
            output,
        } => {
            let catalog = match open(cli) {
                Ok(c) => c,
                Err(code) => return Some(code),
            };
            match filters.or(&cli.filters).resolve(&catalog) {
                Ok((kind, filters)) => {
                    let index = SearchIndex::new(&catalog);
                    let query = Query::parse(&query.join(" "));
                    let rows = crate::query::records(&catalog, &index, &query, &filters, kind);
                    let lang = output_lang(cli, output);
                    emit(&render_list(&catalog, &rows, true, output, lang))
                }
                Err(e) => {
                    cli::say(&format!("accords: {e}"));
                    2
                }
            }
        }
        Command::Show { id, lang, format } => {
            let catalog = match open(cli) {
                Ok(c) => c,
                Err(code) => return Some(code),
            };
            let lang = lang.unwrap_or(match cli.lang {
                Some(LangArg::Fr) => ShowLang::Fr,
                Some(LangArg::En) => ShowLang::En,
                None => ShowLang::Both,
            });
            match catalog.get(id) {
                Some(i) => emit(&match format {
                    ShowFormat::Md => show_md(&catalog, i, lang),
                    ShowFormat::Json => show_json(&catalog, i),
                }),
                None => unknown_id(&catalog, id),
            }
        }
        Command::Open { id, source } => {
            let catalog = match open(cli) {
                Ok(c) => c,
                Err(code) => return Some(code),
            };
            match catalog.get(id) {
                Some(i) => open_source(&catalog, i, source.unwrap_or(1) as usize),
                None => unknown_id(&catalog, id),
            }
        }
        Command::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(*shell, &mut cli_command(), "accords", &mut buf);
            emit(&String::from_utf8_lossy(&buf))
        }
        Command::Man { command } => match man_page(command.as_deref()) {
            Ok(page) => emit(&page),
            Err(e) => {
                cli::say(&format!("accords: cannot render the manual page: {e}"));
                1
            }
        },
        Command::Config { default } => {
            if *default {
                emit(&crate::config::default_text())
            } else {
                show_config(cli)
            }
        }
        Command::Check { .. } => return None,
    };
    Some(code)
}

/// Says that no record has the id `id`, with close ids; returns exit code 1.
fn unknown_id(catalog: &Catalog, id: &str) -> i32 {
    let index = SearchIndex::new(catalog);
    let close = suggest_ids(catalog, &index, id, 6);
    let id = crate::sanitize::clean_line(id);
    cli::say(&format!("accords: no record has the id \"{id}\""));
    if !close.is_empty() {
        cli::say(&format!("  did you mean: {}", close.join(", ")));
    }
    cli::say(&format!(
        "  `accords search {}` searches titles, aliases and summaries; `accords list` prints every id",
        shell_word(&id)
    ));
    1
}

/// `accords open`: source `n` (from 1) of record `i` opened with
/// [`crate::browser::open`] and its address printed. Exit code 0 once the
/// address is printed (a note on stderr when no program could open it); 1
/// when the record has no such source, or the source no address that may
/// be opened.
fn open_source(catalog: &Catalog, i: usize, n: usize) -> i32 {
    let r = &catalog.records[i];
    let Some(&s) = r.sources.get(n - 1) else {
        cli::say(&format!(
            "accords: {} has {} source(s); there is no source {n} (`accords show {}` lists them)",
            r.id,
            r.sources.len(),
            shell_word(&r.id)
        ));
        return 1;
    };
    let src = &catalog.sources[s];
    let url = match src.url.as_deref() {
        Some(u) if crate::app::openable_url(u) => u,
        Some(u) => {
            cli::say(&format!(
                "accords: source {n} of {} ({}) has the address \"{}\", which is not http(s) and is never opened",
                r.id,
                src.id,
                crate::sanitize::clean_line(&truncate(u, 60))
            ));
            return 1;
        }
        None => {
            let why = src
                .note
                .as_ref()
                .map(|t| format!(": {}", t.en))
                .unwrap_or_default();
            cli::say(&format!(
                "accords: source {n} of {} ({}) has no address{why}",
                r.id, src.id
            ));
            return 1;
        }
    };
    let code = emit(&format!("{url}\n"));
    if crate::browser::open(url).is_none() {
        cli::say(
            "accords: no browser could be started ($BROWSER, xdg-open, open); open the address above by hand",
        );
    }
    code
}

/// `accords config`: where the file is, what it sets, what is wrong with it.
fn show_config(cli: &Cli) -> i32 {
    let config = cli.config();
    let path = if cli.no_config {
        "none (--no-config)".to_string()
    } else {
        match (&cli.config, crate::config::default_path()) {
            (Some(p), _) => p.display().to_string(),
            (None, Some(p)) if p.exists() => p.display().to_string(),
            (None, Some(p)) => format!("{} (not present: defaults)", p.display()),
            (None, None) => "none ($HOME and $XDG_CONFIG_HOME are unset)".to_string(),
        }
    };
    let lang = cli.language(&config);
    let changed: Vec<String> = config
        .keymap
        .entries()
        .into_iter()
        .zip(crate::keymap::Keymap::default().entries())
        .filter(|(now, default)| now != default)
        .map(|((name, keys), _)| format!("  {name}: [{}]", keys.join(", ")))
        .collect();
    let mut out = format!(
        "config file: {}\nlanguage:    {}\ntheme:       {}\nmouse:       {}\nkeys:        {}\n",
        crate::sanitize::clean_line(&path),
        lang.code(),
        cli.theme_name(&config),
        if cli.mouse(&config) { "on" } else { "off" },
        if changed.is_empty() {
            "defaults".to_string()
        } else {
            format!("{} changed", changed.len())
        }
    );
    for line in &changed {
        out.push_str(&crate::sanitize::clean_line(line));
        out.push('\n');
    }
    let code = emit(&out);
    for p in &config.problems {
        cli::say(&format!("accords: warning: {p}"));
    }
    if config.problems.is_empty() { code } else { 1 }
}

use crate::cli::shell_word;

fn cli_command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// The manual page name and the command line of a command.
fn page_names(name: &str) -> (&'static str, &'static str) {
    match name {
        "check" => ("accords-check", "accords check"),
        "list" => ("accords-list", "accords list"),
        "search" => ("accords-search", "accords search"),
        "show" => ("accords-show", "accords show"),
        "open" => ("accords-open", "accords open"),
        "config" => ("accords-config", "accords config"),
        "completions" => ("accords-completions", "accords completions"),
        _ => ("accords-man", "accords man"),
    }
}

/// The roff manual page of `accords`, or of one of its commands
/// (`accords-list(1)`).
pub fn man_page(command: Option<&str>) -> std::io::Result<String> {
    let mut cmd = cli_command();
    // Propagate the global options (--data, --max-size) to every command.
    cmd.build();
    let page = match command {
        None => cmd,
        Some(name) => {
            let sub = cmd
                .find_subcommand(name)
                .ok_or_else(|| std::io::Error::other(format!("no command \"{name}\"")))?
                .clone();
            let (page, bin) = page_names(name);
            sub.name(page)
                .bin_name(bin)
                .display_name(page)
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut buf = Vec::new();
    clap_mangen::Man::new(page).render(&mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{STATUSES, check_dataset, parse_status};
    use crate::load::DEFAULT_MAX_SIZE;

    fn corpus() -> Catalog {
        Catalog::new(
            check_dataset(None, DEFAULT_MAX_SIZE)
                .dataset
                .expect("embedded dataset"),
        )
    }

    #[test]
    fn statuses_parse_in_any_spelling() {
        for s in STATUSES {
            assert_eq!(parse_status(status_slug(s)), Some(s));
            assert_eq!(parse_status(&status_slug(s).replace('-', "_")), Some(s));
            assert_eq!(parse_status(s.label(Lang::Fr)), Some(s));
            assert_eq!(parse_status(&format!("{s:?}")), Some(s));
        }
        assert_eq!(parse_status("IN-FORCE"), Some(Status::InForce));
        assert_eq!(parse_status("en vigueur"), Some(Status::InForce));
        assert_eq!(parse_status("signé"), Some(Status::Signed));
        assert_eq!(parse_status("warp"), None);
        assert_eq!(parse_status(""), None);
    }

    #[test]
    fn truncation_counts_display_columns() {
        assert_eq!(truncate("défense", 7), "défense");
        assert_eq!(truncate("défense", 4), "déf…");
        assert_eq!(truncate("대한민국", 5), "대한…");
        assert_eq!(truncate("대한민국", 4), "대…");
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(edit_distance("gsioa", "gsoia"), 1);
        assert_eq!(edit_distance("gsoi", "gsoia"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(fit_list("defence,cyber,space", 30), "defence,cyber,space");
        assert_eq!(fit_list("defence,cyber,space", 16), "defence,cyber +1");
        assert_eq!(fit_list("defence,cyber,space", 10), "defence +2");
        assert_eq!(fit_list("defence,cyber,space", 6), "defen…");
    }

    #[test]
    fn tables_fit_any_width() {
        let c = corpus();
        let rows: Vec<usize> = (0..c.records.len()).collect();
        for w in [1, 20, 40, 60, 80, 100, 140, 300] {
            for lang in [Lang::Fr, Lang::En] {
                let t = table(&c, &rows, lang, w);
                for line in t.lines() {
                    assert!(line.width() <= w, "{w}: {line:?}");
                }
                assert_eq!(t.lines().count(), rows.len() + 2);
            }
        }
        // Ids give up room last: at 100 columns only the longest are cut,
        // and on a wide terminal none.
        let t = table(&c, &rows, Lang::En, 100);
        for &i in &rows {
            let id = &c.records[i].id;
            if id.len() <= 28 {
                assert!(t.contains(&format!("{id} ")), "{id}");
            }
        }
        let t = table(&c, &rows, Lang::Fr, 200);
        for &i in &rows {
            assert!(t.contains(&c.records[i].id), "{}", c.records[i].id);
        }
    }

    /// Agreements with registry numbers get a `numbers` column when the
    /// width leaves room for it; it gives way before ids are cut.
    #[test]
    fn tables_show_registry_numbers_when_there_is_room() {
        let c = corpus();
        let rows: Vec<usize> = c.of_kind(Kind::Agreement).collect();
        let wide = table(&c, &rows, Lang::En, 220);
        assert!(wide.lines().next().unwrap().ends_with("numbers"), "{wide}");
        let tax = wide.lines().find(|l| l.starts_with("tax-1978 ")).unwrap();
        assert!(tax.ends_with("E102303 · CTS 1980 No. 27"), "{tax}");
        let fr = table(&c, &rows, Lang::Fr, 220);
        assert!(fr.contains("E102303 · RTC 1980 n° 27"), "{fr}");
        let piped = table(&c, &rows, Lang::En, PIPE_WIDTH);
        assert!(!piped.contains("numbers") && !piped.contains("E102303"));
        // Records without numbers: no column at any width.
        let events: Vec<usize> = c.of_kind(Kind::Event).collect();
        assert!(!table(&c, &events, Lang::En, 300).contains("numbers"));
    }

    #[test]
    fn csv_and_markdown_escape() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(md_escape("a|b *c* <x>"), "a\\|b \\*c\\* \\<x\\>");
        assert_eq!(md_paragraph("# no\n1. no\n- no"), "\\# no\n1\\. no\n\\- no");
        assert_eq!(md_code("a`b"), "``a`b``");
        assert_eq!(md_code("`x"), "`` `x ``");
    }

    #[test]
    fn suggestions_find_prefixes_typos_and_aliases() {
        let c = corpus();
        let index = SearchIndex::new(&c);
        assert_eq!(
            suggest_ids(&c, &index, "gsoi", 6)
                .first()
                .map(String::as_str),
            Some("gsoia")
        );
        assert_eq!(
            suggest_ids(&c, &index, "gsioa", 6)
                .first()
                .map(String::as_str),
            Some("gsoia")
        );
        assert_eq!(
            suggest_ids(&c, &index, "GSOIA", 6)
                .first()
                .map(String::as_str),
            Some("gsoia")
        );
    }

    #[test]
    fn every_page_renders() {
        assert!(man_page(None).unwrap().contains(".TH"));
        for name in cli::MAN_PAGES {
            let page = man_page(Some(name)).unwrap();
            assert!(page.contains(&format!("accords-{name}")), "{name}");
        }
    }
}
