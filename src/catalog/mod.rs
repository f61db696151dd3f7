//! The in-memory view of a dataset: every partnership, agreement, commitment
//! and event as one [`Record`] shape, with the links between records resolved
//! in both directions. The interface and the search index read only this.
//!
//! This file holds the shapes ([`Catalog`], [`Record`], [`Kind`], [`Rel`],
//! [`Row`]…) and the catalog's lookups; `build.rs` builds a catalog from a
//! dataset (order, id table, links, then the records moved in), `fields.rs`
//! holds the labelled facts of the detail view ([`FieldLabel`]),
//! `timeline.rs` the dated steps of the timeline.

mod build;
mod fields;
mod timeline;

pub use fields::{Field, FieldLabel};
pub use timeline::TimelineEntry;

use std::hash::BuildHasher;

use hashbrown::hash_table::Entry;
use hashbrown::{DefaultHashBuilder, HashTable};

use crate::model::{
    Caveat, Domain, EventKind, Form, Lang, NumberSystem, PartialDate, Party, RegistryNumber,
    Source, Status, StatusChange, Step, Text,
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
    /// An agreement this one amends.
    Amends,
    /// An agreement that amends this one.
    AmendedBy,
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
            Rel::Amends => ("modifie", "amends"),
            Rel::AmendedBy => ("modifié par", "amended by"),
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

/// The date of a named step of an agreement (signature, approval, entry
/// into force, termination, replacement) and the sources that back it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordDate {
    pub step: Step,
    pub date: PartialDate,
    /// Indices into [`Catalog::sources`].
    pub sources: Vec<usize>,
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
    /// Agreements only: the dated named steps, in [`Step::ALL`] order.
    pub dates: Vec<RecordDate>,
    /// Agreements only: the numbers in treaty registers.
    pub numbers: Vec<RegistryNumber>,
    pub links: Vec<Link>,
    pub sources: Vec<usize>,
    pub caveats: Vec<Caveat>,
    /// Events only: what kind of event it is.
    pub event_kind: Option<EventKind>,
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

    /// The numbers in treaty registers (agreements only; empty otherwise).
    pub fn numbers(&self) -> &[RegistryNumber] {
        &self.numbers
    }

    /// The number in `system`, if the record has one.
    pub fn number(&self, system: NumberSystem) -> Option<&str> {
        self.numbers
            .iter()
            .find(|n| n.system == system)
            .map(|n| n.value.as_str())
    }

    /// Every dated named step (signed, approved, in force, terminated,
    /// replaced) with its sources, in that order; agreements only.
    pub fn dates(&self) -> &[RecordDate] {
        &self.dates
    }

    /// The date of `step` and its sources, if known.
    pub fn date_of(&self, step: Step) -> Option<&RecordDate> {
        self.dates.iter().find(|d| d.step == step)
    }
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
    fn new(ids: &[&str]) -> IdIndex {
        let hasher = DefaultHashBuilder::default();
        let mut table = HashTable::with_capacity(ids.len());
        let rehash = |&j: &usize| hasher.hash_one(ids[j]);
        for (i, &id) in ids.iter().enumerate() {
            match table.entry(hasher.hash_one(id), |&j| ids[j] == id, rehash) {
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

impl Catalog {
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

    /// The position of source `id` in [`Catalog::sources`] (for the ids a
    /// history step cites).
    pub fn source_index(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id)
    }

    pub fn party_name(&self, i: usize, lang: Lang) -> &str {
        let p = &self.parties[i];
        p.short.as_ref().unwrap_or(&p.name).get(lang)
    }
}
