//! The in-memory view of a dataset: every partnership, agreement, commitment
//! and event as one [`Record`] shape, with the links between records resolved
//! in both directions. The interface and the search index read only this.

use std::cmp::Reverse;
use std::hash::BuildHasher;

use hashbrown::hash_table::Entry;
use hashbrown::{DefaultHashBuilder, HashMap, HashTable};

use crate::model::{
    Agreement, Caveat, Dataset, Domain, Form, Lang, PartialDate, Party, Source, Status,
    StatusChange, Text,
};

/// The four kinds of record, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Partnership,
    Agreement,
    Commitment,
    Event,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::Partnership,
        Kind::Agreement,
        Kind::Commitment,
        Kind::Event,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Kind::Partnership, Lang::Fr) => "partenariat",
            (Kind::Partnership, Lang::En) => "partnership",
            (Kind::Agreement, Lang::Fr) => "accord",
            (Kind::Agreement, Lang::En) => "agreement",
            (Kind::Commitment, Lang::Fr) => "engagement",
            (Kind::Commitment, Lang::En) => "commitment",
            (Kind::Event, Lang::Fr) => "événement",
            (Kind::Event, Lang::En) => "event",
        }
    }

    /// The plural title of a kind, as its tab and exports name it. Events
    /// are shown as the timeline, which also carries status changes.
    pub fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Kind::Partnership, Lang::Fr) => "Partenariats",
            (Kind::Partnership, Lang::En) => "Partnerships",
            (Kind::Agreement, Lang::Fr) => "Accords",
            (Kind::Agreement, Lang::En) => "Agreements",
            (Kind::Commitment, Lang::Fr) => "Engagements",
            (Kind::Commitment, Lang::En) => "Commitments",
            (Kind::Event, Lang::Fr) => "Chronologie",
            (Kind::Event, Lang::En) => "Timeline",
        }
    }

    /// A file-name-safe English slug: `agreements`, `timeline`…
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Partnership => "partnerships",
            Kind::Agreement => "agreements",
            Kind::Commitment => "commitments",
            Kind::Event => "timeline",
        }
    }
}

/// A labelled fact shown in the detail view (signature date, E-number…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldLabel {
    Kind,
    Form,
    Date,
    Established,
    Made,
    Signed,
    SignedPlace,
    InForce,
    Place,
    ENumber,
    Cts,
    Participants,
    Aliases,
}

impl FieldLabel {
    pub fn label(self, lang: Lang) -> &'static str {
        let (fr, en) = match self {
            FieldLabel::Kind => ("Type", "Type"),
            FieldLabel::Form => ("Nature", "Form"),
            FieldLabel::Date => ("Date", "Date"),
            FieldLabel::Established => ("Établi le", "Established"),
            FieldLabel::Made => ("Pris le", "Made"),
            FieldLabel::Signed => ("Signé le", "Signed"),
            FieldLabel::SignedPlace => ("Lieu de signature", "Signed at"),
            FieldLabel::InForce => ("En vigueur le", "In force"),
            FieldLabel::Place => ("Lieu", "Place"),
            FieldLabel::ENumber => ("N° E (Canada)", "E-number (Canada)"),
            FieldLabel::Cts => ("RTC", "CTS"),
            FieldLabel::Participants => ("Participants", "Participants"),
            FieldLabel::Aliases => ("Autres noms", "Also known as"),
        };
        match lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Field {
    pub label: FieldLabel,
    pub value: Text,
}

/// How a linked record relates to the one that lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// The partnership an agreement belongs to.
    Partnership,
    /// An agreement of a partnership.
    Agreement,
    /// The record that made a commitment.
    MadeBy,
    /// A commitment made by this record.
    Commitment,
    Supersedes,
    SupersededBy,
    /// An event about this record.
    Event,
    /// A record an event is about.
    Concerns,
    Related,
}

impl Rel {
    pub fn label(self, lang: Lang) -> &'static str {
        let (fr, en) = match self {
            Rel::Partnership => ("partenariat", "partnership"),
            Rel::Agreement => ("accord", "agreement"),
            Rel::MadeBy => ("pris dans", "made by"),
            Rel::Commitment => ("engagement", "commitment"),
            Rel::Supersedes => ("remplace", "supersedes"),
            Rel::SupersededBy => ("remplacé par", "superseded by"),
            Rel::Event => ("événement", "event"),
            Rel::Concerns => ("concerne", "concerns"),
            Rel::Related => ("lié", "related"),
        };
        match lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub rel: Rel,
    /// Index of the target in [`Catalog::records`].
    pub target: usize,
}

/// One record of any kind.
#[derive(Debug, Clone)]
pub struct Record {
    pub kind: Kind,
    pub id: String,
    pub title: Text,
    /// The short title the dataset gives, if any: see [`Record::short`].
    pub short_title: Option<Text>,
    pub aliases: Vec<String>,
    pub summary: Vec<Text>,
    pub domains: Vec<Domain>,
    pub status: Option<Status>,
    /// Agreements only: a treaty or a non-binding arrangement.
    pub form: Option<Form>,
    /// The date a list shows: establishment, signature, commitment or event date.
    pub date: Option<PartialDate>,
    pub parties: Vec<usize>,
    pub fields: Vec<Field>,
    pub history: Vec<StatusChange>,
    pub links: Vec<Link>,
    pub sources: Vec<usize>,
    pub caveats: Vec<Caveat>,
}

impl Record {
    /// The title used in tables: the short title, or the title itself (not
    /// copied: half the records of a large dataset have no short title).
    pub fn short(&self) -> &Text {
        self.short_title.as_ref().unwrap_or(&self.title)
    }

    pub fn has_caveat(&self) -> bool {
        !self.caveats.is_empty()
    }
}

/// One dated step on the timeline: an event, or a status change in a
/// record's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineEntry {
    pub date: PartialDate,
    /// The record the entry belongs to (the event itself, or the record
    /// whose status changed).
    pub record: usize,
    /// `Some(i)`: the entry is `records[record].history[i]`.
    pub change: Option<usize>,
}

/// One row of a list: a record, a year heading or a timeline entry (an
/// index into [`Catalog::timeline`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Record(usize),
    Year(i32),
    Entry(usize),
}

/// A loaded dataset, ready to browse.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub title: Text,
    pub description: Option<Text>,
    pub parties: Vec<Party>,
    pub sources: Vec<Source>,
    /// Records grouped by kind (tab order); within a kind, newest first,
    /// except events, which are oldest first (a timeline).
    pub records: Vec<Record>,
    /// Every event and every status change, oldest first (stable: on one
    /// date, the catalog's order).
    pub timeline: Vec<TimelineEntry>,
    by_id: IdIndex,
    /// Unique per catalog built in this process; keys caches of derived views.
    pub generation: u64,
}

static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn opt_field(fields: &mut Vec<Field>, label: FieldLabel, value: Option<Text>) {
    if let Some(value) = value {
        fields.push(Field { label, value });
    }
}

/// The same string in both languages.
fn same(s: String) -> Text {
    Text::new(s.clone(), s)
}

fn date_text(d: Option<PartialDate>) -> Option<Text> {
    d.map(|d| same(d.to_string()))
}

/// The date an agreement is listed under: its signature, or else the first
/// step of its history.
fn agreement_date(a: &Agreement) -> Option<PartialDate> {
    a.signed.or_else(|| a.history.first().map(|h| h.date))
}

/// Resolves each record's references to positions, record after record in
/// catalog order. Each id is dropped as soon as it is resolved, while its
/// text is still in the cache.
struct Linker<'a> {
    by_id: &'a IdIndex,
    ids: &'a [String],
    /// Every record's own links, record after record: record `i`'s end at
    /// `ends[i]`.
    own: Vec<Link>,
    ends: Vec<usize>,
    /// (target, link back to the record that refers to it), in the order
    /// the references are listed.
    back: Vec<(usize, Link)>,
}

impl Linker<'_> {
    /// The next record's references: `(relation, relation back, target id)`.
    /// References to unknown ids and to the record itself are skipped.
    fn record(&mut self, refs: impl Iterator<Item = (Rel, Rel, String)>) {
        let from = self.ends.len();
        for (rel, back, id) in refs {
            match self
                .by_id
                .find(&id, |i| self.ids.get(i).map(String::as_str))
            {
                Some(target) if target != from => {
                    self.own.push(Link { rel, target });
                    self.back.push((
                        target,
                        Link {
                            rel: back,
                            target: from,
                        },
                    ));
                }
                _ => {}
            }
        }
        self.ends.push(self.own.len());
    }

    /// Every record's links: its own, then those back to the records that
    /// refer to it. A target listed twice keeps its first (most specific)
    /// relation.
    fn links(mut self) -> Vec<Vec<Link>> {
        // Stable: the links back to a record stay in listing order.
        self.back.sort_by_key(|&(target, _)| target);
        let mut back = self.back.into_iter().peekable();
        // `seen[t] == i`: record `i` already links to `t`.
        let mut seen = vec![usize::MAX; self.ends.len()];
        let mut start = 0;
        let mut out = Vec::with_capacity(self.ends.len());
        for (i, &end) in self.ends.iter().enumerate() {
            let own = self.own[start..end].iter().copied();
            let back = std::iter::from_fn(|| back.next_if(|&(t, _)| t == i).map(|(_, l)| l));
            let mut links = Vec::with_capacity(end - start);
            for link in own.chain(back) {
                if seen[link.target] != i {
                    seen[link.target] = i;
                    links.push(link);
                }
            }
            out.push(links);
            start = end;
        }
        out
    }
}

/// A record's common part. Takes the model's strings over rather than
/// copying them: the dataset is consumed by [`Catalog::new`].
fn base(kind: Kind, id: String, title: Text, short: Option<Text>, aliases: Vec<String>) -> Record {
    Record {
        kind,
        id,
        short_title: short,
        title,
        aliases,
        summary: Vec::new(),
        domains: Vec::new(),
        status: None,
        form: None,
        date: None,
        parties: Vec::new(),
        fields: Vec::new(),
        history: Vec::new(),
        links: Vec::new(),
        sources: Vec::new(),
        caveats: Vec::new(),
    }
}

/// Record positions by id. The table holds positions only and hashes the
/// records' own ids, so no id is copied for it.
#[derive(Debug, Clone, Default)]
struct IdIndex {
    table: HashTable<usize>,
    hasher: DefaultHashBuilder,
}

impl IdIndex {
    /// Indexes `ids`, the records' ids in catalog order. An id given to
    /// several records names the last of them (validation reports
    /// duplicates before a catalog is built).
    fn new(ids: &[String]) -> IdIndex {
        let hasher = DefaultHashBuilder::default();
        let mut table = HashTable::with_capacity(ids.len());
        let rehash = |&j: &usize| hasher.hash_one(ids[j].as_str());
        for (i, id) in ids.iter().enumerate() {
            match table.entry(hasher.hash_one(id.as_str()), |&j| ids[j] == *id, rehash) {
                Entry::Occupied(mut e) => *e.get_mut() = i,
                Entry::Vacant(e) => {
                    e.insert(i);
                }
            }
        }
        IdIndex { table, hasher }
    }

    /// The position of `id`, given the id at each position.
    fn find<'a>(&self, id: &str, id_at: impl Fn(usize) -> Option<&'a str>) -> Option<usize> {
        let hash = self.hasher.hash_one(id);
        self.table.find(hash, |&i| id_at(i) == Some(id)).copied()
    }
}

/// Every event and status change of `records`, in date order.
fn timeline(records: &[Record]) -> Vec<TimelineEntry> {
    let mut out = Vec::new();
    for (i, r) in records.iter().enumerate() {
        if r.kind == Kind::Event {
            if let Some(date) = r.date {
                out.push(TimelineEntry {
                    date,
                    record: i,
                    change: None,
                });
            }
        }
        for (c, h) in r.history.iter().enumerate() {
            out.push(TimelineEntry {
                date: h.date,
                record: i,
                change: Some(c),
            });
        }
    }
    out.sort_by_key(|e| e.date.sort_key());
    out
}

impl Catalog {
    /// Builds the catalog. References to unknown ids are skipped here;
    /// validation reports them before a catalog is ever built.
    pub fn new(mut d: Dataset) -> Catalog {
        // Order: by kind (the lists come in tab order), then newest first;
        // events oldest first. `sort_by_cached_key` sorts (key, position)
        // pairs and then moves each (large) item once; it is stable.
        let newest_first = |date: Option<PartialDate>| Reverse(date.map(|d| d.sort_key()));
        d.partnerships
            .sort_by_cached_key(|p| newest_first(p.established));
        d.agreements
            .sort_by_cached_key(|a| newest_first(agreement_date(a)));
        d.commitments.sort_by_cached_key(|c| newest_first(c.made));
        d.events.sort_by_cached_key(|e| e.date.sort_key());

        // The ids are taken out of the dataset (moved, not copied) to be
        // indexed while the references are resolved, and given back to
        // the records below.
        let take = std::mem::take::<String>;
        let ids: Vec<String> = (d.partnerships.iter_mut().map(|r| take(&mut r.id)))
            .chain(d.agreements.iter_mut().map(|r| take(&mut r.id)))
            .chain(d.commitments.iter_mut().map(|r| take(&mut r.id)))
            .chain(d.events.iter_mut().map(|r| take(&mut r.id)))
            .collect();
        let by_id = IdIndex::new(&ids);
        let mut linker = Linker {
            by_id: &by_id,
            ids: &ids,
            own: Vec::new(),
            ends: Vec::with_capacity(ids.len()),
            back: Vec::new(),
        };
        // Typed references come before `related` ones: a target listed
        // twice keeps its first relation.
        fn refs(
            rel: Rel,
            back: Rel,
            ids: impl IntoIterator<Item = String>,
        ) -> impl Iterator<Item = (Rel, Rel, String)> {
            ids.into_iter().map(move |id| (rel, back, id))
        }
        let take = std::mem::take::<Vec<String>>;
        for p in &mut d.partnerships {
            linker.record(refs(Rel::Related, Rel::Related, take(&mut p.related)));
        }
        for a in &mut d.agreements {
            let partnership = refs(Rel::Partnership, Rel::Agreement, a.partnership.take());
            let supersedes = refs(Rel::Supersedes, Rel::SupersededBy, take(&mut a.supersedes));
            let related = refs(Rel::Related, Rel::Related, take(&mut a.related));
            linker.record(partnership.chain(supersedes).chain(related));
        }
        for c in &mut d.commitments {
            let owner = Some(std::mem::take(&mut c.owner));
            let owner = refs(Rel::MadeBy, Rel::Commitment, owner);
            let related = refs(Rel::Related, Rel::Related, take(&mut c.related));
            linker.record(owner.chain(related));
        }
        for e in &mut d.events {
            linker.record(refs(Rel::Concerns, Rel::Event, take(&mut e.related)));
        }
        let mut links = linker.links().into_iter();
        let mut ids = ids.into_iter();

        let party_idx: HashMap<&str, usize> = d
            .parties
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let source_idx: HashMap<&str, usize> = d
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let parties = |ids: Vec<String>| -> Vec<usize> {
            ids.iter()
                .filter_map(|id| party_idx.get(id.as_str()).copied())
                .collect()
        };
        let sources = |ids: Vec<String>| -> Vec<usize> {
            ids.iter()
                .filter_map(|id| source_idx.get(id.as_str()).copied())
                .collect()
        };
        let mut records: Vec<Record> = Vec::with_capacity(ids.len());
        // The id and the links are given back to each record here.
        let mut start = |kind, title, short, aliases| {
            let id = ids.next().unwrap_or_default();
            let mut r = base(kind, id, title, short, aliases);
            r.links = links.next().unwrap_or_default();
            r
        };
        // Aliases are the last field.
        let aliases_field = |r: &mut Record| {
            if !r.aliases.is_empty() {
                r.fields.push(Field {
                    label: FieldLabel::Aliases,
                    value: same(r.aliases.join(" · ")),
                });
            }
        };
        for p in d.partnerships {
            let mut r = start(Kind::Partnership, p.title, p.short, p.aliases);
            r.status = Some(p.status);
            r.date = p.established;
            opt_field(
                &mut r.fields,
                FieldLabel::Established,
                date_text(p.established),
            );
            opt_field(&mut r.fields, FieldLabel::Place, p.place);
            aliases_field(&mut r);
            r.summary = p.summary;
            r.domains = p.domains;
            r.caveats = p.caveats;
            r.parties = parties(p.parties);
            r.sources = sources(p.sources);
            records.push(r);
        }
        for a in d.agreements {
            let date = agreement_date(&a);
            let mut r = start(Kind::Agreement, a.title, a.short, a.aliases);
            r.status = Some(a.status);
            r.form = Some(a.form);
            r.date = date;
            r.fields.push(Field {
                label: FieldLabel::Form,
                value: Text::new(a.form.label(Lang::Fr), a.form.label(Lang::En)),
            });
            opt_field(&mut r.fields, FieldLabel::Signed, date_text(a.signed));
            opt_field(&mut r.fields, FieldLabel::SignedPlace, a.signed_place);
            opt_field(&mut r.fields, FieldLabel::InForce, date_text(a.in_force));
            opt_field(&mut r.fields, FieldLabel::ENumber, a.e_number.map(same));
            opt_field(&mut r.fields, FieldLabel::Cts, a.cts.map(same));
            aliases_field(&mut r);
            r.summary = a.summary;
            r.domains = a.domains;
            r.caveats = a.caveats;
            r.history = a.history;
            r.parties = parties(a.parties);
            r.sources = sources(a.sources);
            records.push(r);
        }
        for c in d.commitments {
            let mut r = start(Kind::Commitment, c.title, c.short, c.aliases);
            r.status = Some(c.status);
            r.date = c.made;
            opt_field(&mut r.fields, FieldLabel::Made, date_text(c.made));
            aliases_field(&mut r);
            r.summary = c.summary;
            r.domains = c.domains;
            r.caveats = c.caveats;
            r.parties = parties(c.parties);
            r.sources = sources(c.sources);
            records.push(r);
        }
        for e in d.events {
            let mut r = start(Kind::Event, e.title, e.short, e.aliases);
            r.date = Some(e.date);
            r.fields.push(Field {
                label: FieldLabel::Kind,
                value: Text::new(e.kind.label(Lang::Fr), e.kind.label(Lang::En)),
            });
            r.fields.push(Field {
                label: FieldLabel::Date,
                value: same(e.date.to_string()),
            });
            opt_field(&mut r.fields, FieldLabel::Place, e.place);
            r.fields.extend(e.participants.into_iter().map(|p| Field {
                label: FieldLabel::Participants,
                value: p,
            }));
            aliases_field(&mut r);
            r.summary = e.summary;
            r.domains = e.domains;
            r.caveats = e.caveats;
            r.parties = parties(e.parties);
            r.sources = sources(e.sources);
            records.push(r);
        }
        // (hashbrown's maps hold their borrow of `d` until dropped.)
        drop((party_idx, source_idx));

        let timeline = timeline(&records);
        Catalog {
            title: d.title,
            description: d.description,
            parties: d.parties,
            sources: d.sources,
            records,
            timeline,
            by_id,
            generation: GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// The record a row stands for (none for a year heading).
    pub fn row_record(&self, row: Row) -> Option<usize> {
        match row {
            Row::Record(i) => Some(i),
            Row::Entry(e) => self.timeline.get(e).map(|t| t.record),
            Row::Year(_) => None,
        }
    }

    /// The status change a timeline entry stands for, if it is one.
    pub fn entry_change(&self, entry: &TimelineEntry) -> Option<&StatusChange> {
        entry
            .change
            .and_then(|c| self.records.get(entry.record)?.history.get(c))
    }

    pub fn get(&self, id: &str) -> Option<usize> {
        self.by_id
            .find(id, |i| self.records.get(i).map(|r| r.id.as_str()))
    }

    /// Indices of the records of one kind, in display order.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = usize> + '_ {
        self.records
            .iter()
            .enumerate()
            .filter(move |(_, r)| r.kind == kind)
            .map(|(i, _)| i)
    }

    pub fn party_name(&self, i: usize, lang: Lang) -> &str {
        let p = &self.parties[i];
        p.short.as_ref().unwrap_or(&p.name).get(lang)
    }
}
