//! The in-memory view of a dataset: every partnership, agreement, commitment
//! and event as one [`Record`] shape, with the links between records resolved
//! in both directions. The interface and the search index read only this.

use std::collections::HashMap;

use crate::model::{
    Caveat, Dataset, Domain, Form, Lang, PartialDate, Party, Source, Status, StatusChange, Text,
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
    /// The title used in tables.
    pub short: Text,
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
    by_id: HashMap<String, usize>,
    /// Unique per catalog built in this process; keys caches of derived views.
    pub generation: u64,
}

static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn opt_field(fields: &mut Vec<Field>, label: FieldLabel, value: Option<Text>) {
    if let Some(value) = value {
        fields.push(Field { label, value });
    }
}

fn date_text(d: &Option<PartialDate>) -> Option<Text> {
    d.map(|d| Text::new(d.to_string(), d.to_string()))
}

fn same(s: &str) -> Text {
    Text::new(s, s)
}

struct Pending {
    record: Record,
    /// (relation, target id) pairs, resolved once every id is known.
    out: Vec<(Rel, Rel, String)>,
    party_ids: Vec<String>,
    source_ids: Vec<String>,
}

fn base(kind: Kind, id: &str, title: &Text, short: &Option<Text>, aliases: &[String]) -> Record {
    Record {
        kind,
        id: id.to_string(),
        title: title.clone(),
        short: short.clone().unwrap_or_else(|| title.clone()),
        aliases: aliases.to_vec(),
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
    pub fn new(d: Dataset) -> Catalog {
        let mut pending: Vec<Pending> = Vec::new();
        let related = |v: &[String]| -> Vec<(Rel, Rel, String)> {
            v.iter()
                .map(|id| (Rel::Related, Rel::Related, id.clone()))
                .collect()
        };
        for p in d.partnerships {
            let mut r = base(Kind::Partnership, &p.id, &p.title, &p.short, &p.aliases);
            r.status = Some(p.status);
            r.date = p.established;
            opt_field(
                &mut r.fields,
                FieldLabel::Established,
                date_text(&p.established),
            );
            opt_field(&mut r.fields, FieldLabel::Place, p.place);
            r.summary = p.summary;
            r.domains = p.domains;
            r.caveats = p.caveats;
            pending.push(Pending {
                record: r,
                out: related(&p.related),
                party_ids: p.parties,
                source_ids: p.sources,
            });
        }
        for a in d.agreements {
            let mut r = base(Kind::Agreement, &a.id, &a.title, &a.short, &a.aliases);
            r.status = Some(a.status);
            r.form = Some(a.form);
            r.date = a.signed.or_else(|| a.history.first().map(|h| h.date));
            r.fields.push(Field {
                label: FieldLabel::Form,
                value: Text::new(a.form.label(Lang::Fr), a.form.label(Lang::En)),
            });
            opt_field(&mut r.fields, FieldLabel::Signed, date_text(&a.signed));
            opt_field(&mut r.fields, FieldLabel::SignedPlace, a.signed_place);
            opt_field(&mut r.fields, FieldLabel::InForce, date_text(&a.in_force));
            opt_field(
                &mut r.fields,
                FieldLabel::ENumber,
                a.e_number.as_deref().map(same),
            );
            opt_field(&mut r.fields, FieldLabel::Cts, a.cts.as_deref().map(same));
            r.summary = a.summary;
            r.domains = a.domains;
            r.caveats = a.caveats;
            r.history = a.history;
            // Typed links first: a target listed twice keeps its first relation.
            let mut out: Vec<(Rel, Rel, String)> = a
                .partnership
                .iter()
                .map(|p| (Rel::Partnership, Rel::Agreement, p.clone()))
                .collect();
            out.extend(
                a.supersedes
                    .iter()
                    .map(|s| (Rel::Supersedes, Rel::SupersededBy, s.clone())),
            );
            out.extend(related(&a.related));
            pending.push(Pending {
                record: r,
                out,
                party_ids: a.parties,
                source_ids: a.sources,
            });
        }
        for c in d.commitments {
            let mut r = base(Kind::Commitment, &c.id, &c.title, &c.short, &c.aliases);
            r.status = Some(c.status);
            r.date = c.made;
            opt_field(&mut r.fields, FieldLabel::Made, date_text(&c.made));
            r.summary = c.summary;
            r.domains = c.domains;
            r.caveats = c.caveats;
            let mut out = vec![(Rel::MadeBy, Rel::Commitment, c.owner)];
            out.extend(related(&c.related));
            pending.push(Pending {
                record: r,
                out,
                party_ids: c.parties,
                source_ids: c.sources,
            });
        }
        for e in d.events {
            let mut r = base(Kind::Event, &e.id, &e.title, &e.short, &e.aliases);
            r.date = Some(e.date);
            r.fields.push(Field {
                label: FieldLabel::Kind,
                value: Text::new(e.kind.label(Lang::Fr), e.kind.label(Lang::En)),
            });
            r.fields.push(Field {
                label: FieldLabel::Date,
                value: same(&e.date.to_string()),
            });
            opt_field(&mut r.fields, FieldLabel::Place, e.place);
            for p in &e.participants {
                r.fields.push(Field {
                    label: FieldLabel::Participants,
                    value: p.clone(),
                });
            }
            r.summary = e.summary;
            r.domains = e.domains;
            r.caveats = e.caveats;
            let out = e
                .related
                .iter()
                .map(|id| (Rel::Concerns, Rel::Event, id.clone()))
                .collect();
            pending.push(Pending {
                record: r,
                out,
                party_ids: e.parties,
                source_ids: e.sources,
            });
        }
        for p in &mut pending {
            if !p.record.aliases.is_empty() {
                let all = p.record.aliases.join(" · ");
                p.record.fields.push(Field {
                    label: FieldLabel::Aliases,
                    value: same(&all),
                });
            }
        }

        // Order: by kind, then newest first (events oldest first). The
        // records are large: sort their positions, then move each once.
        let mut order: Vec<usize> = (0..pending.len()).collect();
        order.sort_by(|&a, &b| {
            let (ra, rb) = (&pending[a].record, &pending[b].record);
            let kind = |k: Kind| Kind::ALL.iter().position(|x| *x == k);
            kind(ra.kind).cmp(&kind(rb.kind)).then_with(|| {
                let ord = ra
                    .date
                    .map(|d| d.sort_key())
                    .cmp(&rb.date.map(|d| d.sort_key()));
                if ra.kind == Kind::Event {
                    ord
                } else {
                    ord.reverse()
                }
            })
        });
        let mut slots: Vec<Option<Pending>> = pending.into_iter().map(Some).collect();
        let mut pending: Vec<Pending> = order.into_iter().filter_map(|i| slots[i].take()).collect();
        drop(slots);

        let by_id: HashMap<String, usize> = pending
            .iter()
            .enumerate()
            .map(|(i, p)| (p.record.id.clone(), i))
            .collect();
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

        let mut backlinks: Vec<(usize, Link)> = Vec::new();
        for (i, p) in pending.iter_mut().enumerate() {
            for (rel, back, id) in &p.out {
                if let Some(&t) = by_id.get(id) {
                    if t != i {
                        p.record.links.push(Link {
                            rel: *rel,
                            target: t,
                        });
                        backlinks.push((
                            t,
                            Link {
                                rel: *back,
                                target: i,
                            },
                        ));
                    }
                }
            }
            p.record.parties = p
                .party_ids
                .iter()
                .filter_map(|id| party_idx.get(id.as_str()).copied())
                .collect();
            p.record.sources = p
                .source_ids
                .iter()
                .filter_map(|id| source_idx.get(id.as_str()).copied())
                .collect();
        }
        let mut records: Vec<Record> = pending.into_iter().map(|p| p.record).collect();
        for (t, link) in backlinks {
            let links = &mut records[t].links;
            if !links.iter().any(|l| l.target == link.target) {
                links.push(link);
            }
        }
        for r in &mut records {
            // A link listed both ways keeps its first (most specific) relation.
            // (A record with many links, such as a partnership with
            // thousands of agreements, gets a set; most have a handful.)
            if r.links.len() > 16 {
                let mut seen = std::collections::HashSet::new();
                r.links.retain(|l| seen.insert(l.target));
            } else {
                let mut seen: Vec<usize> = Vec::with_capacity(r.links.len());
                r.links.retain(|l| {
                    let new = !seen.contains(&l.target);
                    seen.push(l.target);
                    new
                });
            }
        }

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
        self.by_id.get(id).copied()
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
