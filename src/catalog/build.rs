//! Building a [`Catalog`] from a dataset: the catalog's order, the id
//! table and every record's links resolved first (reading the dataset only,
//! so validation can run beside it: [`Catalog::new_checked`]), then the
//! records moved in, each large list half on each core.

use std::cmp::Reverse;

use hashbrown::HashMap;

use super::timeline::timeline;
use super::{Catalog, Field, FieldLabel, IdIndex, Kind, Link, Record, RecordDate, Rel};
use crate::model::{
    Agreement, Caveat, Commitment, Dataset, Domain, Event, Lang, PartialDate, Partnership, Step,
    Text,
};

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
    a.signed_date()
        .or_else(|| a.history.first().map(|h| h.date))
}

/// Resolves each record's references to positions, record after record in
/// catalog order. Reads the dataset only: see [`Links`].
struct Linker<'a> {
    by_id: &'a IdIndex,
    ids: &'a [&'a str],
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
    fn record<'r>(&mut self, refs: impl Iterator<Item = (Rel, Rel, &'r str)>) {
        let from = self.ends.len();
        for (rel, back, id) in refs {
            match self.by_id.find(id, |i| self.ids.get(i).copied()) {
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

// The catalog's order: by kind (the lists come in tab order), then newest
// first; events oldest first. [`Links::new`] and [`Catalog::with_links`]
// both sort by these keys with stable sorts, so they agree on the order.
fn partnership_key(p: &Partnership) -> Reverse<Option<(i32, u8, u8)>> {
    Reverse(p.established.map(|d| d.sort_key()))
}
fn agreement_key(a: &Agreement) -> Reverse<Option<(i32, u8, u8)>> {
    Reverse(agreement_date(a).map(|d| d.sort_key()))
}
fn commitment_key(c: &Commitment) -> Reverse<Option<(i32, u8, u8)>> {
    Reverse(c.made.map(|d| d.sort_key()))
}
fn event_key(e: &Event) -> (i32, u8, u8) {
    e.date.sort_key()
}

/// The positions of `items` in catalog order (a stable sort by `key`).
fn order<T, K: Ord>(items: &[T], key: impl Fn(&T) -> K) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_cached_key(|&i| key(&items[i]));
    order
}

/// What a catalog resolves before it takes its dataset over: the table of
/// record ids and every record's links, in catalog order. It only reads the
/// dataset, so it is built on one core while the other validates the same
/// dataset ([`Catalog::new_checked`]); then the records are moved in.
struct Links {
    by_id: IdIndex,
    links: Vec<Vec<Link>>,
}

impl Links {
    fn new(d: &Dataset) -> Links {
        let partnerships = order(&d.partnerships, partnership_key);
        let agreements = order(&d.agreements, agreement_key);
        let commitments = order(&d.commitments, commitment_key);
        let events = order(&d.events, event_key);
        let ids: Vec<&str> = (partnerships.iter().map(|&i| d.partnerships[i].id.as_str()))
            .chain(agreements.iter().map(|&i| d.agreements[i].id.as_str()))
            .chain(commitments.iter().map(|&i| d.commitments[i].id.as_str()))
            .chain(events.iter().map(|&i| d.events[i].id.as_str()))
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
        fn refs<'r>(
            rel: Rel,
            back: Rel,
            ids: impl IntoIterator<Item = &'r String>,
        ) -> impl Iterator<Item = (Rel, Rel, &'r str)> {
            ids.into_iter().map(move |id| (rel, back, id.as_str()))
        }
        for p in partnerships.iter().map(|&i| &d.partnerships[i]) {
            linker.record(refs(Rel::Related, Rel::Related, &p.related));
        }
        for a in agreements.iter().map(|&i| &d.agreements[i]) {
            let partnership = refs(Rel::Partnership, Rel::Agreement, &a.partnership);
            let supersedes = refs(Rel::Supersedes, Rel::SupersededBy, &a.supersedes);
            let amends = refs(Rel::Amends, Rel::AmendedBy, &a.amends);
            let related = refs(Rel::Related, Rel::Related, &a.related);
            linker.record(partnership.chain(supersedes).chain(amends).chain(related));
        }
        for c in commitments.iter().map(|&i| &d.commitments[i]) {
            let owner = refs(Rel::MadeBy, Rel::Commitment, [&c.owner]);
            let related = refs(Rel::Related, Rel::Related, &c.related);
            linker.record(owner.chain(related));
        }
        for e in events.iter().map(|&i| &d.events[i]) {
            linker.record(refs(Rel::Concerns, Rel::Event, &e.related));
        }
        let links = linker.links();
        Links { by_id, links }
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
        dates: Vec::new(),
        numbers: Vec::new(),
        links: Vec::new(),
        sources: Vec::new(),
        caveats: Vec::new(),
        event_kind: None,
    }
}

/// A record's references to parties and sources, resolved to positions.
struct Refs<'a> {
    parties: &'a HashMap<&'a str, usize>,
    sources: &'a HashMap<&'a str, usize>,
}

impl Refs<'_> {
    fn parties(&self, ids: Vec<String>) -> Vec<usize> {
        ids.iter()
            .filter_map(|id| self.parties.get(id.as_str()).copied())
            .collect()
    }

    fn sources(&self, ids: Vec<String>) -> Vec<usize> {
        self.source_refs(&ids)
    }

    fn source_refs(&self, ids: &[String]) -> Vec<usize> {
        ids.iter()
            .filter_map(|id| self.sources.get(id.as_str()).copied())
            .collect()
    }

    /// What every kind of record ends with: the aliases field, then the
    /// summary, domains, caveats, parties and sources.
    fn finish(
        &self,
        mut r: Record,
        summary: Vec<Text>,
        domains: Vec<Domain>,
        caveats: Vec<Caveat>,
        parties: Vec<String>,
        sources: Vec<String>,
    ) -> Record {
        aliases_field(&mut r);
        r.summary = summary;
        r.domains = domains;
        r.caveats = caveats;
        r.parties = self.parties(parties);
        r.sources = self.sources(sources);
        r
    }
}

/// Lists of this many items or more are built on two threads.
const SPLIT_FROM: usize = 4096;

/// Appends one list's records to `records`, taking their links from the
/// front of `links`. A large list is built on two threads, half each: the
/// records move the dataset's strings over, and each item left behind
/// (its references, already resolved) is freed where it was built.
fn build<T: Send>(
    records: &mut Vec<Record>,
    items: Vec<T>,
    links: &mut &mut [Vec<Link>],
    refs: &Refs,
    make: fn(T, Vec<Link>, &Refs) -> Record,
    split_from: usize,
) {
    let (mine, rest) = std::mem::take(links).split_at_mut(items.len());
    *links = rest;
    let one = |items: Vec<T>, links: &mut [Vec<Link>], out: &mut Vec<Record>| {
        let links = links.iter_mut().map(std::mem::take);
        out.extend(items.into_iter().zip(links).map(|(t, l)| make(t, l, refs)));
    };
    if items.len() < split_from.max(2) {
        one(items, mine, records);
        return;
    }
    let mut items = items;
    let tail = items.split_off(items.len() / 2);
    let (head_links, tail_links) = mine.split_at_mut(items.len());
    let tail = std::thread::scope(|scope| {
        let tail = scope.spawn(move || {
            let mut out = Vec::with_capacity(tail.len());
            one(tail, tail_links, &mut out);
            out
        });
        one(items, head_links, records);
        tail.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
    });
    records.extend(tail);
}

/// Aliases are the last field.
fn aliases_field(r: &mut Record) {
    if !r.aliases.is_empty() {
        r.fields.push(Field {
            label: FieldLabel::Aliases,
            value: same(r.aliases.join(" · ")),
        });
    }
}

fn partnership(p: Partnership, links: Vec<Link>, refs: &Refs) -> Record {
    let mut r = base(Kind::Partnership, p.id, p.title, p.short, p.aliases);
    r.links = links;
    r.status = Some(p.status);
    r.date = p.established;
    opt_field(
        &mut r.fields,
        FieldLabel::Established,
        date_text(p.established),
    );
    opt_field(&mut r.fields, FieldLabel::Place, p.place);
    refs.finish(r, p.summary, p.domains, p.caveats, p.parties, p.sources)
}

fn agreement(a: Agreement, links: Vec<Link>, refs: &Refs) -> Record {
    let date = agreement_date(&a);
    let dates: Vec<RecordDate> = a
        .step_dates()
        .into_iter()
        .map(|s| RecordDate {
            step: s.step,
            date: s.date,
            sources: refs.source_refs(s.sources),
        })
        .collect();
    // The date alone: `dates` holds the sources that back it, which the
    // detail view and `show` number as their source lists do.
    let dated = |step: Step| a.step_date(step).map(|s| same(s.date.to_string()));
    let (signed, approved, in_force) = (
        dated(Step::Signed),
        dated(Step::Approved),
        dated(Step::InForce),
    );
    let (terminated, replaced) = (dated(Step::Terminated), dated(Step::Replaced));
    let mut r = base(Kind::Agreement, a.id, a.title, a.short, a.aliases);
    r.links = links;
    r.status = Some(a.status);
    r.form = Some(a.form);
    r.date = date;
    r.fields.push(Field {
        label: FieldLabel::Form,
        value: Text::new(a.form.label(Lang::Fr), a.form.label(Lang::En)),
    });
    opt_field(&mut r.fields, FieldLabel::Signed, signed);
    opt_field(&mut r.fields, FieldLabel::SignedPlace, a.signed_place);
    opt_field(&mut r.fields, FieldLabel::Approved, approved);
    opt_field(&mut r.fields, FieldLabel::InForce, in_force);
    opt_field(&mut r.fields, FieldLabel::Terminated, terminated);
    opt_field(&mut r.fields, FieldLabel::Replaced, replaced);
    for n in &a.numbers {
        r.fields.push(Field {
            label: FieldLabel::of_number(n.system),
            value: same(n.value.clone()),
        });
    }
    r.dates = dates;
    r.numbers = a.numbers;
    r.history = a.history;
    refs.finish(r, a.summary, a.domains, a.caveats, a.parties, a.sources)
}

fn commitment(c: Commitment, links: Vec<Link>, refs: &Refs) -> Record {
    let mut r = base(Kind::Commitment, c.id, c.title, c.short, c.aliases);
    r.links = links;
    r.status = Some(c.status);
    r.date = c.made;
    opt_field(&mut r.fields, FieldLabel::Made, date_text(c.made));
    refs.finish(r, c.summary, c.domains, c.caveats, c.parties, c.sources)
}

fn event(e: Event, links: Vec<Link>, refs: &Refs) -> Record {
    let mut r = base(Kind::Event, e.id, e.title, e.short, e.aliases);
    r.event_kind = Some(e.kind);
    r.links = links;
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
    refs.finish(r, e.summary, e.domains, e.caveats, e.parties, e.sources)
}

impl Catalog {
    /// Builds the catalog. References to unknown ids are skipped here;
    /// validation reports them before a catalog is ever built.
    pub fn new(d: Dataset) -> Catalog {
        let links = Links::new(&d);
        Catalog::assemble(d, links, SPLIT_FROM)
    }

    /// Builds the catalog if `check` (run on another thread over the same
    /// dataset, while the links are resolved) accepts it: the browser
    /// validates there, and the records are moved in only when the dataset
    /// has no error.
    pub fn new_checked(d: Dataset, check: impl FnOnce(&Dataset) -> bool + Send) -> Option<Catalog> {
        let (ok, links) = std::thread::scope(|scope| {
            let ok = scope.spawn(|| check(&d));
            let links = Links::new(&d);
            let ok = ok.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            (ok, links)
        });
        ok.then(|| Catalog::assemble(d, links, SPLIT_FROM))
    }

    /// [`Catalog::with_links`], building lists of `split_from` items or
    /// more on two threads.
    fn assemble(mut d: Dataset, links: Links, split_from: usize) -> Catalog {
        let count =
            d.partnerships.len() + d.agreements.len() + d.commitments.len() + d.events.len();
        let links = if links.links.len() == count {
            links
        } else {
            Links::new(&d)
        };
        let Links { by_id, mut links } = links;
        // The same stable sorts as `Links::new`'s; `sort_by_cached_key`
        // sorts (key, position) pairs and then moves each (large) item once.
        d.partnerships.sort_by_cached_key(partnership_key);
        d.agreements.sort_by_cached_key(agreement_key);
        d.commitments.sort_by_cached_key(commitment_key);
        d.events.sort_by_cached_key(event_key);
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
        let refs = Refs {
            parties: &party_idx,
            sources: &source_idx,
        };
        let mut records: Vec<Record> = Vec::with_capacity(links.len());
        let mut links = links.as_mut_slice();
        let split = split_from;
        build(
            &mut records,
            d.partnerships,
            &mut links,
            &refs,
            partnership,
            split,
        );
        build(
            &mut records,
            d.agreements,
            &mut links,
            &refs,
            agreement,
            split,
        );
        build(
            &mut records,
            d.commitments,
            &mut links,
            &refs,
            commitment,
            split,
        );
        build(&mut records, d.events, &mut links, &refs, event, split);
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
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A generated dataset. The generator, a dev-dependency, builds the
    /// `Dataset` of the library it links (not this test build's own), so
    /// the dataset crosses over as RON.
    fn generated(records: usize, seed: u64) -> Dataset {
        let text = ron::to_string(&accords_synth::generate(records, seed)).unwrap();
        crate::load::parse(std::path::Path::new("synth.ron"), &text).unwrap()
    }

    /// Lists built on two threads give the same catalog as on one: same
    /// records, same order, same links.
    #[test]
    fn records_built_on_two_threads_are_those_built_on_one() {
        let d = generated(3_000, 11);
        let one = Catalog::assemble(d.clone(), Links::new(&d), usize::MAX);
        let two = Catalog::assemble(d.clone(), Links::new(&d), 2);
        assert_eq!(one.records.len(), 3_000);
        assert!(one.records.iter().any(|r| !r.links.is_empty()));
        assert_eq!(format!("{:?}", one.records), format!("{:?}", two.records));
        assert_eq!(one.timeline, two.timeline);
        for (i, r) in two.records.iter().enumerate() {
            assert_eq!(two.get(&r.id), Some(i));
        }
    }

    /// A dataset its check refuses gives no catalog; one it accepts, the
    /// catalog `Catalog::new` builds. The check sees the whole dataset.
    #[test]
    fn a_checked_catalog_is_built_only_when_the_check_accepts() {
        let d = generated(300, 1);
        let records = d.agreements.len();
        assert!(Catalog::new_checked(d.clone(), |seen| seen.agreements.len() != records).is_none());
        let checked = Catalog::new_checked(d.clone(), |_| true).expect("accepted");
        let plain = Catalog::new(d);
        assert_eq!(
            format!("{:?}", checked.records),
            format!("{:?}", plain.records)
        );
    }
}
