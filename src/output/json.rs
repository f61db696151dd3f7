//! JSON: arrays of records (`list`, `search`, the browser's `e`), of
//! timeline entries (`e` on the timeline), and one record in full (`show
//! --format json`). Keys in English, values as slugs (`in-force`,
//! `agreement`, `treaty`), texts as `{fr, en, native}`.

use serde::Serialize;

use super::fields::Field;
use super::{certainty_slug, entry_what, form_slug, kind_slug, rel_slug, status_slug};
use crate::catalog::{Catalog, FieldLabel};
use crate::model::{NumberSystem, Source, Step, Text};

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
    /// Agreements: `treaty` or `non-binding`.
    form: Option<&'static str>,
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
        form: r.form.map(form_slug),
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

/// A JSON array of [`record_json`] objects (`list`, `search`, and the
/// browser's `e` export of a record tab); with scores (search), each
/// object also has `score`.
pub fn records(catalog: &Catalog, rows: &[(usize, Option<u32>)]) -> String {
    let items: Vec<RecordJson> = rows
        .iter()
        .map(|&(i, score)| record_json(catalog, i, score))
        .collect();
    to_json(&items)
}

/// One record with the fields `--fields` names, keyed by
/// [`Field::json_key`] in that order.
struct Picked<'a> {
    pairs: Vec<(&'static str, Cell<'a>)>,
}

impl Serialize for Picked<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.pairs.iter().map(|(k, v)| (k, v)))
    }
}

/// A field's value in JSON: a text keeps its `{fr, en, native}` order.
#[derive(Serialize)]
#[serde(untagged)]
enum Cell<'a> {
    Text(TextJson<'a>),
    Value(serde_json::Value),
}

/// Field `f` of record `i` in JSON, as [`record_json`] writes the fields
/// it has (texts as `{fr, en, native}`, lists as arrays, `null` when there
/// is none); step dates, register numbers and the address as strings or
/// `null`; the score as a number.
fn field_json(catalog: &Catalog, i: usize, score: u32, f: Field) -> Cell<'_> {
    use serde_json::{Value, json};
    let r = &catalog.records[i];
    Cell::Value(match f {
        Field::Title => return Cell::Text(text_json(&r.title)),
        Field::Short => return Cell::Text(text_json(r.short())),
        Field::Id => json!(r.id),
        Field::Kind => json!(kind_slug(r.kind)),
        Field::Status => json!(r.status.map(status_slug)),
        Field::Form => json!(r.form.map(form_slug)),
        Field::Domains => json!(r.domains.iter().map(|d| d.slug()).collect::<Vec<_>>()),
        Field::Parties => json!(super::fields::parties(catalog, i)),
        Field::Numbers => Value::Array(
            r.numbers()
                .iter()
                .map(|n| json!({"system": n.system.slug(), "value": n.value}))
                .collect(),
        ),
        Field::Sources => json!(super::fields::sources(catalog, i)),
        Field::Caveat => json!(r.has_caveat()),
        Field::Score => json!(score),
        f => match f.plain(catalog, i, score) {
            s if s.is_empty() => Value::Null,
            s => Value::String(s),
        },
    })
}

/// A JSON array of objects with only the keys `fields` names, in that
/// order (`list`/`search --fields`); see [`field_json`].
pub fn fields(catalog: &Catalog, rows: &[(usize, u32)], fields: &[Field]) -> String {
    let items: Vec<Picked> = rows
        .iter()
        .map(|&(i, score)| Picked {
            pairs: fields
                .iter()
                .map(|&f| (f.json_key(), field_json(catalog, i, score, f)))
                .collect(),
        })
        .collect();
    to_json(&items)
}

/// One timeline entry in JSON.
#[derive(Serialize)]
struct EntryJson<'a> {
    date: String,
    /// `event` or `status`.
    entry: &'static str,
    /// The event's kind or the status reached, as a slug.
    what: String,
    id: &'a str,
    title: TextJson<'a>,
    note: Option<TextJson<'a>>,
}

/// A JSON array of timeline entries (indices into `catalog.timeline`):
/// `date`, `entry` (`event` or `status`), `what` (the event's kind or the
/// status reached, as a slug), the record's `id` and short `title`, and
/// the status change's `note`.
pub fn timeline(catalog: &Catalog, entries: &[usize]) -> String {
    let items: Vec<EntryJson> = entries
        .iter()
        .filter_map(|&e| catalog.timeline.get(e))
        .map(|e| {
            let r = &catalog.records[e.record];
            let (entry, what, _) = entry_what(catalog, e, crate::model::Lang::En);
            EntryJson {
                date: e.date.to_string(),
                entry,
                what,
                id: &r.id,
                title: text_json(r.short()),
                note: catalog
                    .entry_change(e)
                    .and_then(|c| c.note.as_ref())
                    .map(text_json),
            }
        })
        .collect();
    to_json(&items)
}

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
pub fn show(catalog: &Catalog, i: usize) -> String {
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
pub(crate) fn step_of(f: FieldLabel) -> Option<Step> {
    Step::ALL.into_iter().find(|&s| FieldLabel::of_step(s) == f)
}

/// The register whose number a detail field shows.
pub(crate) fn number_of(f: FieldLabel) -> Option<NumberSystem> {
    NumberSystem::ALL
        .into_iter()
        .find(|&n| FieldLabel::of_number(n) == f)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The embedded corpus, for the tests of every output module.
    pub(crate) fn corpus() -> Catalog {
        Catalog::new(
            crate::pipeline::check_dataset(None, crate::load::DEFAULT_MAX_SIZE)
                .dataset
                .expect("embedded dataset"),
        )
    }

    #[test]
    fn timeline_entries_have_slugs() {
        let c = corpus();
        let all: Vec<usize> = (0..c.timeline.len()).collect();
        let v: serde_json::Value = serde_json::from_str(&timeline(&c, &all)).unwrap();
        let items = v.as_array().unwrap();
        assert_eq!(items.len(), c.timeline.len());
        assert!(
            items
                .iter()
                .any(|i| i["entry"] == "status" && i["what"] == "in-force")
        );
        assert!(
            items
                .iter()
                .any(|i| i["entry"] == "event" && i["what"] == "summit")
        );
        assert!(items.iter().all(|i| i["title"]["fr"].is_string()));
    }
}
