//! The records of a dataset (partnerships, agreements, commitments,
//! events) and the parts they are made of: parties, sources, registry
//! numbers, caveats, history entries.

use serde::{Deserialize, Serialize};

use super::{
    Certainty, Domain, EventKind, Evidence, Form, Lang, NumberSystem, PartialDate, SourceLang,
    Status, Step, Text,
};

/// A country or another party to agreements (a province, a ministry…).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub id: String,
    /// Full name; `native` holds the name in the party's own script.
    pub name: Text,
    /// Short name for lists ("Corée"); defaults to the full name.
    #[serde(default)]
    pub short: Option<Text>,
}

/// A publication that supports records. Records cite sources by id.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The title as published, in its own language.
    pub title: String,
    pub publisher: String,
    #[serde(default)]
    pub date: Option<PartialDate>,
    /// The language the publication is written in.
    #[serde(default)]
    pub lang: Option<SourceLang>,
    /// Where a copy was read. Only for a page actually read.
    #[serde(default)]
    pub url: Option<String>,
    /// What a reader should know about the source, e.g. that no public
    /// copy was found, or that its title is a description we wrote.
    #[serde(default)]
    pub note: Option<Text>,
}

impl Source {
    /// A title that ends with a `[…]` group: a description the dataset's
    /// authors wrote (all of it, or the bracketed part), not the title as
    /// published.
    pub fn bracketed_title(&self) -> bool {
        let t = self.title.trim_end();
        t.ends_with(']') && t.contains('[')
    }
}

/// A treaty's number in one register, e.g. `(system: Cts, value: "1966 No. 26")`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryNumber {
    pub system: NumberSystem,
    /// As the register writes it: `E100527`, `1966 No. 26`, `I-12345`, `1234`.
    pub value: String,
}

impl RegistryNumber {
    /// The number as it is cited in running text: `E100527`,
    /// `CTS 1966 No. 26` (`RTC 1966 n° 26` in French), `UNTS I-12345`,
    /// `Korea treaty No. 1234` (`traité coréen n° 1234`).
    pub fn cite(&self, lang: Lang) -> String {
        let v = &self.value;
        match (self.system, lang) {
            (NumberSystem::CanadaE, _) => v.clone(),
            (NumberSystem::Cts, Lang::En) => format!("CTS {v}"),
            (NumberSystem::Cts, Lang::Fr) => format!("RTC {}", french_no(v)),
            (NumberSystem::Unts, Lang::En) => format!("UNTS {v}"),
            (NumberSystem::Unts, Lang::Fr) => format!("RTNU {v}"),
            (NumberSystem::KrTreaty, Lang::En) => format!("Korea treaty No. {v}"),
            (NumberSystem::KrTreaty, Lang::Fr) => format!("traité coréen n° {v}"),
        }
    }
}

/// `1966 No. 26` → `1966 n° 26`.
fn french_no(v: &str) -> String {
    v.replace("No. ", "n° ")
}

/// A certainty note attached to a record, naming the field it is about.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Caveat {
    pub level: Certainty,
    /// The field concerned, e.g. "in_force" or "status"; none for the whole record.
    #[serde(default)]
    pub field: Option<String>,
    pub note: Text,
}

/// One step in an agreement's life, e.g. signed on a date.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub date: PartialDate,
    pub status: Status,
    /// Set when the sources show the status holding on `date` (an
    /// amendment, an application, a regulation) but not when it began: the
    /// entry is evidence, not the date of that status (no `in_force` date
    /// comes from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown_by: Option<Evidence>,
    #[serde(default)]
    pub note: Option<Text>,
    #[serde(default)]
    pub sources: Vec<String>,
}

impl StatusChange {
    /// The entry shows that the status held on its date, not that it began then.
    pub fn attested(&self) -> bool {
        self.shown_by.is_some()
    }
}

/// The date of a named step and the ids of the sources that back it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepDate<'a> {
    pub step: Step,
    pub date: PartialDate,
    pub sources: &'a [String],
}

/// A standing relationship declared by the parties.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Partnership {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub short: Option<Text>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub parties: Vec<String>,
    #[serde(default)]
    pub established: Option<PartialDate>,
    #[serde(default)]
    pub place: Option<Text>,
    pub status: Status,
    #[serde(default)]
    pub domains: Vec<Domain>,
    pub summary: Vec<Text>,
    /// Other records this one builds on (ids).
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub caveats: Vec<Caveat>,
    pub sources: Vec<String>,
}

/// A treaty or a non-binding arrangement.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub short: Option<Text>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub form: Form,
    pub parties: Vec<String>,
    pub status: Status,
    /// Dated steps, oldest first.
    #[serde(default)]
    pub history: Vec<StatusChange>,
    #[serde(default)]
    pub signed: Option<PartialDate>,
    #[serde(default)]
    pub signed_place: Option<Text>,
    #[serde(default)]
    pub in_force: Option<PartialDate>,
    /// Its numbers in treaty registers: E-number, CTS, UNTS, Korean number.
    #[serde(default)]
    pub numbers: Vec<RegistryNumber>,
    /// The partnership this agreement belongs to, if any.
    #[serde(default)]
    pub partnership: Option<String>,
    /// Agreements this one replaces (ids).
    #[serde(default)]
    pub supersedes: Vec<String>,
    /// Agreements this one amends (ids): an amended agreement was in force.
    #[serde(default)]
    pub amends: Vec<String>,
    #[serde(default)]
    pub domains: Vec<Domain>,
    pub summary: Vec<Text>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub caveats: Vec<Caveat>,
    pub sources: Vec<String>,
}

impl Agreement {
    /// The date of `step` and its sources: the first history entry reaching
    /// that status (attested entries excepted); for signature and entry into
    /// force, else the `signed` or `in_force` field (no sources).
    pub fn step_date(&self, step: Step) -> Option<StepDate<'_>> {
        let from_history = self
            .history
            .iter()
            .find(|h| h.status == step.status() && !h.attested())
            .map(|h| StepDate {
                step,
                date: h.date,
                sources: &h.sources,
            });
        let field = match step {
            Step::Signed => self.signed,
            Step::InForce => self.in_force,
            _ => None,
        };
        from_history.or_else(|| {
            field.map(|date| StepDate {
                step,
                date,
                sources: &[],
            })
        })
    }

    /// Every named step that has a date, in [`Step::ALL`] order.
    pub fn step_dates(&self) -> Vec<StepDate<'_>> {
        Step::ALL
            .into_iter()
            .filter_map(|s| self.step_date(s))
            .collect()
    }

    /// The date of signature: the `Signed` step, or else the `signed` field.
    pub fn signed_date(&self) -> Option<PartialDate> {
        self.step_date(Step::Signed).map(|s| s.date)
    }

    /// The date of entry into force: the `InForce` step, or else the field.
    pub fn in_force_date(&self) -> Option<PartialDate> {
        self.step_date(Step::InForce).map(|s| s.date)
    }

    /// Its number in `system`, if it has one.
    pub fn number(&self, system: NumberSystem) -> Option<&str> {
        self.numbers
            .iter()
            .find(|n| n.system == system)
            .map(|n| n.value.as_str())
    }
}

/// Something one or both parties undertook to do.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub short: Option<Text>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The partnership, agreement or event (a statement) that made it.
    pub owner: String,
    /// Who committed; both parties when empty.
    #[serde(default)]
    pub parties: Vec<String>,
    #[serde(default)]
    pub made: Option<PartialDate>,
    pub status: Status,
    #[serde(default)]
    pub domains: Vec<Domain>,
    pub summary: Vec<Text>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub caveats: Vec<Caveat>,
    pub sources: Vec<String>,
}

/// A dated event: a meeting, a signature, an entry into force…
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub kind: EventKind,
    pub title: Text,
    #[serde(default)]
    pub short: Option<Text>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub date: PartialDate,
    #[serde(default)]
    pub place: Option<Text>,
    #[serde(default)]
    pub parties: Vec<String>,
    /// People who took part, with their office.
    #[serde(default)]
    pub participants: Vec<Text>,
    #[serde(default)]
    pub domains: Vec<Domain>,
    pub summary: Vec<Text>,
    /// Records this event concerns (ids).
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub caveats: Vec<Caveat>,
    pub sources: Vec<String>,
}
