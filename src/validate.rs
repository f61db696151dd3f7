//! The meaning checks a parsed dataset must pass: ids, references, both
//! languages, dates and status histories, sources, supersession. Shape and
//! syntax errors are caught earlier, by the parser (see `load`).

use hashbrown::{HashMap, HashSet};

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{
    Agreement, Caveat, Certainty, Dataset, PartialDate, Source, Status, StatusChange, Text,
};

/// Which kind of record an id names, for "wrong kind" references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Partnership,
    Agreement,
    Commitment,
    Event,
}

impl Target {
    fn name(self) -> &'static str {
        match self {
            Target::Partnership => "partnership",
            Target::Agreement => "agreement",
            Target::Commitment => "commitment",
            Target::Event => "event",
        }
    }
}

/// What an id names: how many parties, sources and records carry it, and
/// the kind of the first record that does.
#[derive(Default)]
struct Named {
    count: usize,
    record: Option<Target>,
}

/// The dataset's ids, parties and sources, built once and then read by
/// the record checks (on two threads for a large dataset).
struct Tables<'a> {
    /// Every id of the dataset. (hashbrown's default hasher: a few hundred
    /// thousand lookups on a large dataset, and SipHash was a fifth of the
    /// time spent here.)
    ids: HashMap<&'a str, Named>,
    parties: HashSet<&'a str>,
    sources: HashSet<&'a str>,
}

struct Checker<'a, 't> {
    out: Vec<Diagnostic>,
    ids: &'t HashMap<&'a str, Named>,
    parties: &'t HashSet<&'a str>,
    sources: &'t HashSet<&'a str>,
}

/// Records from this many on are checked on two threads.
const SPLIT_FROM: usize = 8192;

/// Counts the ids, reporting empty and duplicate ones to `out`; `kind` is
/// the kind of record the ids belong to (none for parties and sources).
fn count_ids<'a>(
    table: &mut HashMap<&'a str, Named>,
    out: &mut Vec<Diagnostic>,
    kind: Option<Target>,
    ids: impl Iterator<Item = &'a str>,
) {
    for id in ids {
        let named = table.entry(id).or_default();
        named.count += 1;
        if named.record.is_none() {
            named.record = kind;
        }
        if id.is_empty() {
            out.push(Diagnostic::error("empty-id", "a record has an empty id"));
        } else if named.count == 2 {
            out.push(
                Diagnostic::error("duplicate-id", format!("duplicate id \"{id}\""))
                    .at(id, None)
                    .nth(1)
                    .hint("ids must be unique across parties, sources and records"),
            );
        }
    }
}

fn quoted(s: &str) -> Option<String> {
    Some(format!("\"{s}\""))
}

impl Checker<'_, '_> {
    fn text(&mut self, id: &str, field: &str, t: &Text) {
        for (lang, s, other) in [("French", &t.fr, &t.en), ("English", &t.en, &t.fr)] {
            if s.trim().is_empty() && !other.trim().is_empty() {
                self.out.push(
                    Diagnostic::error(
                        "missing-language",
                        format!("`{field}` of \"{id}\" has no {lang} text"),
                    )
                    .at(id, Some(format!("{field}:")))
                    .hint("every text is written in both French (`fr`) and English (`en`)"),
                );
            } else if s.trim().is_empty() {
                self.out.push(
                    Diagnostic::error("empty-text", format!("`{field}` of \"{id}\" is empty"))
                        .at(id, Some(format!("{field}:"))),
                );
                return;
            }
        }
    }

    fn title(&mut self, id: &str, t: &Text, short: &Option<Text>) {
        self.text(id, "title", t);
        if let Some(s) = short {
            self.text(id, "short", s);
        }
        if !t.fr.is_empty() && t.fr == t.en {
            self.out.push(
                Diagnostic::warning(
                    "same-title",
                    format!("the title of \"{id}\" is identical in French and English"),
                )
                .at(id, Some("title:".into()))
                .hint(
                    "give the French title its French form; a shared acronym belongs in `aliases`",
                ),
            );
        }
    }

    fn summary(&mut self, id: &str, paragraphs: &[Text]) {
        if paragraphs.is_empty() {
            self.out.push(
                Diagnostic::error("missing-summary", format!("\"{id}\" has no summary"))
                    .at(id, Some("summary:".into())),
            );
        }
        for p in paragraphs {
            self.text(id, "summary", p);
            let (fr, en) = (p.fr.chars().count(), p.en.chars().count());
            let (short, long) = (fr.min(en), fr.max(en));
            if short > 0 && long >= 80 && short * 2 < long {
                let which = if fr < en { "French" } else { "English" };
                self.out.push(
                    Diagnostic::warning(
                        "unbalanced-summary",
                        format!(
                            "the {which} summary of \"{id}\" is much shorter ({short} vs {long} chars)"
                        ),
                    )
                    .at(id, Some("summary:".into()))
                    .hint("both languages should say the same things"),
                );
            }
        }
    }

    fn sources(&mut self, id: &str, sources: &[String]) {
        if sources.is_empty() {
            self.out.push(
                Diagnostic::error("no-source", format!("\"{id}\" names no source"))
                    .at(id, Some("sources:".into()))
                    .hint("every record names at least one source id from `sources`"),
            );
        }
        for s in sources {
            if !self.sources.contains(s.as_str()) {
                self.out.push(
                    Diagnostic::error(
                        "unknown-source",
                        format!("unknown source \"{s}\" in \"{id}\""),
                    )
                    .at(id, quoted(s))
                    .hint("add it to the dataset's `sources` list, or fix the id"),
                );
            }
        }
    }

    fn parties(&mut self, id: &str, parties: &[String]) {
        for p in parties {
            if !self.parties.contains(p.as_str()) {
                self.out.push(
                    Diagnostic::error(
                        "unknown-party",
                        format!("unknown party \"{p}\" in \"{id}\""),
                    )
                    .at(id, quoted(p))
                    .hint("add it to the dataset's `parties` list, or fix the id"),
                );
            }
        }
    }

    /// A reference from record `id`'s `field` to `target`, which must be one of `kinds`.
    fn reference(&mut self, id: &str, field: &str, target: &str, kinds: &[Target]) {
        match self.ids.get(target).and_then(|n| n.record.as_ref()) {
            None => self.out.push(
                Diagnostic::error(
                    "unknown-reference",
                    format!("`{field}` of \"{id}\" names \"{target}\", which does not exist"),
                )
                .at(id, quoted(target)),
            ),
            Some(k) if !kinds.is_empty() && !kinds.contains(k) => {
                let want: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
                self.out.push(
                    Diagnostic::error(
                        "wrong-kind-reference",
                        format!(
                            "`{field}` of \"{id}\" names \"{target}\", a {}; expected a {}",
                            k.name(),
                            want.join(" or ")
                        ),
                    )
                    .at(id, quoted(target)),
                );
            }
            Some(_) if target == id => self.out.push(
                Diagnostic::error(
                    "self-reference",
                    format!("\"{id}\" refers to itself in `{field}`"),
                )
                .at(id, Some(format!("{field}:"))),
            ),
            Some(_) => {}
        }
    }

    fn caveats(&mut self, id: &str, caveats: &[Caveat]) {
        for c in caveats {
            if c.note.fr.trim().is_empty() || c.note.en.trim().is_empty() {
                let level = match c.level {
                    Certainty::Unsure => "an unsure",
                    Certainty::Conflict => "a conflicting",
                };
                self.out.push(
                    Diagnostic::warning(
                        "caveat-without-note",
                        format!("\"{id}\" marks {level} fact without a note in both languages"),
                    )
                    .at(id, Some("caveats:".into()))
                    .hint("say what is unsure and why, in `note: (fr: …, en: …)`"),
                );
            }
        }
    }

    fn unknown_status(&mut self, id: &str, status: Status, caveats: &[Caveat]) {
        if status == Status::Unknown && caveats.is_empty() {
            self.out.push(
                Diagnostic::warning(
                    "unsure-without-note",
                    format!("the status of \"{id}\" is Unknown but no caveat says why"),
                )
                .at(id, Some("status:".into()))
                .hint("add `caveats: [(level: Unsure, field: \"status\", note: (fr: …, en: …))]`"),
            );
        }
    }

    fn history(
        &mut self,
        id: &str,
        status: Status,
        history: &[StatusChange],
        signed: Option<PartialDate>,
        in_force: Option<PartialDate>,
    ) {
        for pair in history.windows(2) {
            if pair[1].date.sort_key() < pair[0].date.sort_key() {
                self.out.push(
                    Diagnostic::error(
                        "history-order",
                        format!(
                            "the history of \"{id}\" is out of order: {} comes after {}",
                            pair[1].date, pair[0].date
                        ),
                    )
                    .at(id, quoted(&pair[1].date.to_string()))
                    .hint("list status changes oldest first"),
                );
            }
        }
        for h in history {
            for s in &h.sources {
                if !self.sources.contains(s.as_str()) {
                    self.out.push(
                        Diagnostic::error(
                            "unknown-source",
                            format!("unknown source \"{s}\" in \"{id}\""),
                        )
                        .at(id, quoted(s)),
                    );
                }
            }
            let field_date = match h.status {
                _ if h.attested() => None,
                Status::Signed => signed.map(|d| ("signed", d)),
                Status::InForce => in_force.map(|d| ("in_force", d)),
                _ => None,
            };
            if let Some((field, d)) = field_date {
                if d != h.date {
                    self.out.push(
                        Diagnostic::error(
                            "history-contradiction",
                            format!(
                                "\"{id}\": `{field}` is {d} but the history says {} on {}",
                                h.status.label(crate::model::Lang::En),
                                h.date
                            ),
                        )
                        .at(id, quoted(&h.date.to_string())),
                    );
                }
            }
        }
        if let Some(last) = history.last() {
            if last.status != status {
                self.out.push(
                    Diagnostic::error(
                        "history-contradiction",
                        format!(
                            "\"{id}\" has status {:?} but its latest history entry says {:?}",
                            status, last.status
                        ),
                    )
                    .at(id, Some("status:".into()))
                    .hint("the status is where the history ends"),
                );
            }
        }
        if let (Some(s), Some(f)) = (signed, in_force) {
            if f.sort_key() < s.sort_key() {
                self.out.push(
                    Diagnostic::error(
                        "date-order",
                        format!("\"{id}\" enters into force ({f}) before it is signed ({s})"),
                    )
                    .at(id, Some("in_force:".into())),
                );
            }
        }
    }
}

impl Checker<'_, '_> {
    /// The status agrees with the dated steps: an agreement with a date of
    /// entry into force is not at a step before it, and a signed one is not
    /// still in negotiation.
    fn status_steps(&mut self, a: &Agreement) {
        let contradiction = if let (true, Some(f)) = (a.status.precedes_force(), a.in_force_date())
        {
            Some(format!("it entered into force on {f}"))
        } else if let (
            Status::NegotiationsLaunched
            | Status::NegotiationsConcluded
            | Status::Initialled
            | Status::Announced,
            Some(s),
        ) = (a.status, a.signed_date())
        {
            Some(format!("it was signed on {s}"))
        } else {
            None
        };
        if let Some(why) = contradiction {
            self.out.push(
                Diagnostic::error(
                    "status-contradiction",
                    format!("\"{}\" has status {:?} but {why}", a.id, a.status),
                )
                .at(&a.id, Some("status:".into()))
                .hint("the status is the furthest step the dated steps reach"),
            );
        }
    }
}

/// The source rules: a URL or a note saying why there is none; a title
/// written by us (`[…]`) explained by a note; a web URL.
fn check_source(s: &Source, out: &mut Vec<Diagnostic>) {
    if s.title.trim().is_empty() || s.publisher.trim().is_empty() {
        out.push(
            Diagnostic::error(
                "incomplete-source",
                format!("source \"{}\" needs a title and a publisher", s.id),
            )
            .at(&s.id, None),
        );
    }
    match &s.url {
        None if s.note.is_none() => out.push(
            Diagnostic::warning(
                "source-without-url",
                format!("source \"{}\" has neither a URL nor a note", s.id),
            )
            .at(&s.id, None)
            .hint("give the `url` of a copy you have read, or a `note` saying none was found"),
        ),
        Some(u) if !(u.starts_with("https://") || u.starts_with("http://")) => out.push(
            Diagnostic::warning(
                "url-scheme",
                format!(
                    "the URL of source \"{}\" is not an https:// or http:// address",
                    s.id
                ),
            )
            .at(&s.id, Some("url:".into()))
            .hint("write the full address, starting with https:// (or http://)"),
        ),
        _ => {}
    }
    if s.bracketed_title() && s.note.is_none() {
        out.push(
            Diagnostic::warning(
                "bracketed-title",
                format!(
                    "source \"{}\" has a title in [brackets] and no note saying why",
                    s.id
                ),
            )
            .at(&s.id, Some("title:".into()))
            .hint("write the title as published; if it is unknown, say so in a `note`"),
        );
    }
}

/// Reports agreements that another agreement amends but whose status is
/// still a step before entry into force: an amended agreement operated.
fn amended_agreements(d: &Dataset, out: &mut Vec<Diagnostic>) {
    if d.agreements.iter().all(|a| a.amends.is_empty()) {
        return;
    }
    let by_id: HashMap<&str, &Agreement> =
        d.agreements.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut reported: HashSet<&str> = HashSet::new();
    for y in &d.agreements {
        // An amendment that is only being negotiated shows nothing yet.
        if y.signed_date().is_none() && y.status.precedes_force() {
            continue;
        }
        for x in &y.amends {
            let Some(a) = by_id.get(x.as_str()) else {
                continue;
            };
            if a.id != y.id && a.status.precedes_force() && reported.insert(a.id.as_str()) {
                out.push(
                    Diagnostic::error(
                        "amended-not-in-force",
                        format!(
                            "\"{}\" is amended by \"{}\" but its status is {:?}",
                            a.id, y.id, a.status
                        ),
                    )
                    .at(&a.id, Some("status:".into()))
                    .hint(
                        "an amended agreement operated: add a step `(date: …, status: InForce, shown_by: Amendment, sources: […])`",
                    ),
                );
            }
        }
    }
}

/// Runs every meaning check. Diagnostics carry anchors; resolve them
/// against the file text to get positions.
pub fn validate(d: &Dataset) -> Vec<Diagnostic> {
    let records = d.partnerships.len() + d.agreements.len() + d.commitments.len() + d.events.len();
    validate_split(d, (records >= SPLIT_FROM).then_some(records / 2))
}

/// [`validate`], checking the records from number `split` on (if given) on
/// a second thread.
fn validate_split(d: &Dataset, split: Option<usize>) -> Vec<Diagnostic> {
    let records = d.partnerships.len() + d.agreements.len() + d.commitments.len() + d.events.len();
    let mut out = Vec::new();
    let mut ids = HashMap::with_capacity(d.parties.len() + d.sources.len() + records);
    count_ids(
        &mut ids,
        &mut out,
        None,
        d.parties.iter().map(|p| p.id.as_str()),
    );
    count_ids(
        &mut ids,
        &mut out,
        None,
        d.sources.iter().map(|s| s.id.as_str()),
    );
    let partnerships = d.partnerships.iter().map(|r| r.id.as_str());
    count_ids(&mut ids, &mut out, Some(Target::Partnership), partnerships);
    let agreements = d.agreements.iter().map(|r| r.id.as_str());
    count_ids(&mut ids, &mut out, Some(Target::Agreement), agreements);
    let commitments = d.commitments.iter().map(|r| r.id.as_str());
    count_ids(&mut ids, &mut out, Some(Target::Commitment), commitments);
    let events = d.events.iter().map(|r| r.id.as_str());
    count_ids(&mut ids, &mut out, Some(Target::Event), events);
    let tables = Tables {
        ids,
        parties: d.parties.iter().map(|p| p.id.as_str()).collect(),
        sources: d.sources.iter().map(|s| s.id.as_str()).collect(),
    };
    let mut c = Checker {
        out,
        ids: &tables.ids,
        parties: &tables.parties,
        sources: &tables.sources,
    };

    c.text("dataset", "title", &d.title);
    for p in &d.parties {
        c.text(&p.id, "name", &p.name);
    }
    for s in &d.sources {
        check_source(s, &mut c.out);
    }
    let mut out = c.out;
    // The records, in order (partnerships, agreements, commitments, events);
    // a large dataset's second half on another thread, its diagnostics
    // after the first half's.
    if let Some(half) = split.map(|k| k.min(records)) {
        let (first, second) = std::thread::scope(|scope| {
            let second = scope.spawn(|| check_records(&tables, d, half..records));
            let first = check_records(&tables, d, 0..half);
            let second = second
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (first, second)
        });
        out.extend(first);
        out.extend(second);
    } else {
        out.extend(check_records(&tables, d, 0..records));
    }
    supersession_cycles(d, &mut out);
    amended_agreements(d, &mut out);
    out
}

/// The slice of `items` that falls in `range`, the range counting the
/// records of the lists before it from `start`.
fn part<'i, T>(items: &'i [T], start: usize, range: &std::ops::Range<usize>) -> &'i [T] {
    let from = range.start.clamp(start, start + items.len()) - start;
    let to = range.end.clamp(start, start + items.len()) - start;
    &items[from..to]
}

/// The checks of each record in `range` of the dataset's records, counted
/// in order over partnerships, agreements, commitments, then events.
fn check_records(t: &Tables, d: &Dataset, range: std::ops::Range<usize>) -> Vec<Diagnostic> {
    let mut c = Checker {
        out: Vec::new(),
        ids: &t.ids,
        parties: &t.parties,
        sources: &t.sources,
    };
    let mut start = 0;
    for r in part(&d.partnerships, start, &range) {
        c.title(&r.id, &r.title, &r.short);
        c.summary(&r.id, &r.summary);
        c.parties(&r.id, &r.parties);
        c.sources(&r.id, &r.sources);
        c.caveats(&r.id, &r.caveats);
        c.unknown_status(&r.id, r.status, &r.caveats);
        for t in &r.related {
            c.reference(&r.id, "related", t, &[]);
        }
    }
    start += d.partnerships.len();
    for r in part(&d.agreements, start, &range) {
        c.title(&r.id, &r.title, &r.short);
        c.summary(&r.id, &r.summary);
        c.parties(&r.id, &r.parties);
        c.sources(&r.id, &r.sources);
        c.caveats(&r.id, &r.caveats);
        c.unknown_status(&r.id, r.status, &r.caveats);
        c.history(&r.id, r.status, &r.history, r.signed, r.in_force);
        c.status_steps(r);
        if let Some(p) = &r.partnership {
            c.reference(&r.id, "partnership", p, &[Target::Partnership]);
        }
        for t in &r.supersedes {
            c.reference(&r.id, "supersedes", t, &[Target::Agreement]);
        }
        for t in &r.amends {
            c.reference(&r.id, "amends", t, &[Target::Agreement]);
        }
        for t in &r.related {
            c.reference(&r.id, "related", t, &[]);
        }
    }
    start += d.agreements.len();
    for r in part(&d.commitments, start, &range) {
        c.title(&r.id, &r.title, &r.short);
        c.summary(&r.id, &r.summary);
        c.parties(&r.id, &r.parties);
        c.sources(&r.id, &r.sources);
        c.caveats(&r.id, &r.caveats);
        c.unknown_status(&r.id, r.status, &r.caveats);
        if r.owner.trim().is_empty() {
            c.out.push(
                Diagnostic::error("no-owner", format!("commitment \"{}\" has no owner", r.id))
                    .at(&r.id, Some("owner:".into()))
                    .hint("`owner` names the partnership, agreement or event that made it"),
            );
        } else {
            c.reference(
                &r.id,
                "owner",
                &r.owner,
                &[Target::Partnership, Target::Agreement, Target::Event],
            );
        }
        for t in &r.related {
            c.reference(&r.id, "related", t, &[]);
        }
    }
    start += d.commitments.len();
    for r in part(&d.events, start, &range) {
        c.title(&r.id, &r.title, &r.short);
        c.summary(&r.id, &r.summary);
        c.parties(&r.id, &r.parties);
        c.sources(&r.id, &r.sources);
        c.caveats(&r.id, &r.caveats);
        for t in &r.related {
            c.reference(&r.id, "related", t, &[]);
        }
    }
    c.out
}

/// Reports agreements that supersede themselves through a chain.
fn supersession_cycles(d: &Dataset, out: &mut Vec<Diagnostic>) {
    let edges: HashMap<&str, Vec<&str>> = d
        .agreements
        .iter()
        .map(|a| {
            (
                a.id.as_str(),
                a.supersedes.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    // Only an agreement that another one supersedes can close a cycle: the
    // walks start from those alone.
    let superseded: HashSet<&str> = edges
        .iter()
        .flat_map(|(&node, next)| next.iter().copied().filter(move |&n| n != node))
        .collect();
    let mut reported: HashSet<&str> = HashSet::new();
    for a in &d.agreements {
        let start = a.id.as_str();
        if !superseded.contains(start) {
            continue;
        }
        // Depth-first walk along `supersedes`, remembering the path.
        let mut stack = vec![(start, vec![start])];
        let mut visited = HashSet::new();
        while let Some((node, path)) = stack.pop() {
            // Self-references are reported on their own, not as cycles.
            for &next in edges
                .get(node)
                .into_iter()
                .flatten()
                .filter(|n| **n != node)
            {
                if next == start && path.len() > 1 && !path.iter().any(|p| reported.contains(p)) {
                    let mut cycle = path.clone();
                    cycle.push(start);
                    out.push(
                        Diagnostic::error(
                            "supersession-cycle",
                            format!("supersession cycle: {}", cycle.join(" → ")),
                        )
                        .at(start, Some("supersedes:".into()))
                        .hint("an agreement cannot replace one that (indirectly) replaces it"),
                    );
                    reported.insert(start);
                } else if visited.insert(next) {
                    let mut p = path.clone();
                    p.push(next);
                    stack.push((next, p));
                }
            }
        }
    }
}

/// Resolves positions against `text` and sorts errors first, then by position.
pub fn finish(mut diags: Vec<Diagnostic>, text: &str) -> Vec<Diagnostic> {
    for d in &mut diags {
        d.resolve(text);
    }
    diags.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.position.cmp(&b.position))
    });
    diags
}

pub fn has_errors(diags: &[Diagnostic], strict: bool) -> bool {
    diags
        .iter()
        .any(|d| d.severity == Severity::Error || strict)
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

    /// Records checked on two threads give the diagnostics one thread
    /// gives, in the same order, wherever the halves meet.
    #[test]
    fn two_threads_report_what_one_reports() {
        let mut d = generated(400, 4);
        // Errors and warnings in every kind of record, across the lists.
        d.partnerships[1].related.push("nowhere".into());
        d.agreements[0].title.en = String::new();
        let twin = d.agreements[3].id.clone();
        d.agreements[7].id = twin;
        d.commitments[2].owner = String::new();
        d.commitments[5].owner = "ev-missing".into();
        let title = d.events[0].title.fr.clone();
        d.events[0].title.en = title;
        d.events[9].sources.push("no-such-source".into());
        let one = validate_split(&d, None);
        assert!(one.len() >= 7, "{one:?}");
        let (p, a, c) = (
            d.partnerships.len(),
            d.agreements.len(),
            d.commitments.len(),
        );
        let records = p + a + c + d.events.len();
        let splits = [
            0,
            1,
            2,
            p,
            p + 1,
            p + 4,
            p + a,
            p + a + 3,
            p + a + c,
            records / 2,
            records,
        ];
        for split in splits {
            let two = validate_split(&d, Some(split));
            assert_eq!(format!("{two:?}"), format!("{one:?}"), "split at {split}");
        }
    }
}
