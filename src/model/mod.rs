//! The dataset schema: the types a RON dataset file deserializes into.
//!
//! Every struct denies unknown fields, every enum is externally tagged, so a
//! typo in a dataset is an error with a position rather than a silent loss.
//! `docs/dataset.md` documents each type and field for dataset authors.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A whole dataset file: the parties, the sources, and four kinds of record.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The dataset's own name, shown in the header.
    pub title: Text,
    #[serde(default)]
    pub description: Option<Text>,
    pub parties: Vec<Party>,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub partnerships: Vec<Partnership>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    #[serde(default)]
    pub commitments: Vec<Commitment>,
    #[serde(default)]
    pub events: Vec<Event>,
}

/// A text in both languages, with an optional form in a partner's own
/// language and script (for instance Korean in Hangul).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub fr: String,
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native: Option<String>,
}

impl Text {
    pub fn new(fr: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            fr: fr.into(),
            en: en.into(),
            native: None,
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    /// Every string of this text, for search and sanitizing.
    pub fn strings_mut(&mut self) -> impl Iterator<Item = &mut String> {
        [&mut self.fr, &mut self.en]
            .into_iter()
            .chain(self.native.as_mut())
    }
}

/// Picks the French or English string.
pub fn tr(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// The two languages of the interface and of every text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

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

/// The language a source is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum SourceLang {
    Fr,
    En,
    Ko,
}

impl SourceLang {
    pub const ALL: [SourceLang; 3] = [SourceLang::Fr, SourceLang::En, SourceLang::Ko];

    /// The ISO 639-1 code: `fr`, `en`, `ko`.
    pub fn code(self) -> &'static str {
        match self {
            SourceLang::Fr => "fr",
            SourceLang::En => "en",
            SourceLang::Ko => "ko",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SourceLang::Fr, Lang::Fr) => "français",
            (SourceLang::Fr, Lang::En) => "French",
            (SourceLang::En, Lang::Fr) => "anglais",
            (SourceLang::En, Lang::En) => "English",
            (SourceLang::Ko, Lang::Fr) => "coréen",
            (SourceLang::Ko, Lang::En) => "Korean",
        }
    }
}

/// A register that numbers treaties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum NumberSystem {
    /// Canada's treaty register (Canada Treaty Information): `E100527`.
    CanadaE,
    /// The Canada Treaty Series: `1966 No. 26`.
    Cts,
    /// The United Nations Treaty Series registration number.
    Unts,
    /// The Republic of Korea's treaty number (조약 번호).
    KrTreaty,
}

impl NumberSystem {
    pub const ALL: [NumberSystem; 4] = [
        NumberSystem::CanadaE,
        NumberSystem::Cts,
        NumberSystem::Unts,
        NumberSystem::KrTreaty,
    ];

    /// The name in JSON and on the command line: `canada-e`, `cts`, `unts`,
    /// `kr-treaty`.
    pub fn slug(self) -> &'static str {
        match self {
            NumberSystem::CanadaE => "canada-e",
            NumberSystem::Cts => "cts",
            NumberSystem::Unts => "unts",
            NumberSystem::KrTreaty => "kr-treaty",
        }
    }

    /// The label of the register, as the detail view shows it.
    pub fn label(self, lang: Lang) -> &'static str {
        let (fr, en) = match self {
            NumberSystem::CanadaE => ("N° E (Canada)", "E-number (Canada)"),
            NumberSystem::Cts => ("RTC", "CTS"),
            NumberSystem::Unts => ("N° d'enregistrement ONU", "UN registration No."),
            NumberSystem::KrTreaty => ("N° de traité (Corée)", "Treaty No. (Korea)"),
        };
        match lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
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

/// The subject areas a record belongs to; the domain filter lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Domain {
    Diplomacy,
    Defence,
    DefenceIndustry,
    ClassifiedInformation,
    Cyber,
    Space,
    HybridThreats,
    MaritimeSecurity,
    Aerospace,
    Trade,
    Energy,
    CriticalMinerals,
    Nuclear,
    Science,
    Tax,
    Customs,
    Transport,
    SocialSecurity,
    Mobility,
    Agriculture,
    Heritage,
}

impl Domain {
    pub const ALL: [Domain; 21] = [
        Domain::Diplomacy,
        Domain::Defence,
        Domain::DefenceIndustry,
        Domain::ClassifiedInformation,
        Domain::Cyber,
        Domain::Space,
        Domain::HybridThreats,
        Domain::MaritimeSecurity,
        Domain::Aerospace,
        Domain::Trade,
        Domain::Energy,
        Domain::CriticalMinerals,
        Domain::Nuclear,
        Domain::Science,
        Domain::Tax,
        Domain::Customs,
        Domain::Transport,
        Domain::SocialSecurity,
        Domain::Mobility,
        Domain::Agriculture,
        Domain::Heritage,
    ];

    /// The name used on the command line (`--domain hybrid-threats`).
    pub fn slug(self) -> &'static str {
        match self {
            Domain::Diplomacy => "diplomacy",
            Domain::Defence => "defence",
            Domain::DefenceIndustry => "defence-industry",
            Domain::ClassifiedInformation => "classified-information",
            Domain::Cyber => "cyber",
            Domain::Space => "space",
            Domain::HybridThreats => "hybrid-threats",
            Domain::MaritimeSecurity => "maritime-security",
            Domain::Aerospace => "aerospace",
            Domain::Trade => "trade",
            Domain::Energy => "energy",
            Domain::CriticalMinerals => "critical-minerals",
            Domain::Nuclear => "nuclear",
            Domain::Science => "science",
            Domain::Tax => "tax",
            Domain::Customs => "customs",
            Domain::Transport => "transport",
            Domain::SocialSecurity => "social-security",
            Domain::Mobility => "mobility",
            Domain::Agriculture => "agriculture",
            Domain::Heritage => "heritage",
        }
    }

    /// Parses a command-line name; accepts the French and English slugs and
    /// `defense` spelled the American way.
    pub fn from_slug(s: &str) -> Option<Domain> {
        let s = crate::search::fold(s).replace([' ', '_'], "-");
        Domain::ALL.into_iter().find(|d| {
            d.slug() == s
                || crate::search::fold(d.label(Lang::Fr)).replace(' ', "-") == s
                || d.slug().replace("defence", "defense") == s
        })
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let (fr, en) = match self {
            Domain::Diplomacy => ("diplomatie", "diplomacy"),
            Domain::Defence => ("défense", "defence"),
            Domain::DefenceIndustry => ("industrie de défense", "defence industry"),
            Domain::ClassifiedInformation => ("informations classifiées", "classified information"),
            Domain::Cyber => ("cyber", "cyber"),
            Domain::Space => ("espace", "space"),
            Domain::HybridThreats => ("menaces hybrides", "hybrid threats"),
            Domain::MaritimeSecurity => ("sécurité maritime", "maritime security"),
            Domain::Aerospace => ("aérospatiale", "aerospace"),
            Domain::Trade => ("commerce", "trade"),
            Domain::Energy => ("énergie", "energy"),
            Domain::CriticalMinerals => ("minéraux critiques", "critical minerals"),
            Domain::Nuclear => ("nucléaire", "nuclear"),
            Domain::Science => ("science", "science"),
            Domain::Tax => ("fiscalité", "tax"),
            Domain::Customs => ("douanes", "customs"),
            Domain::Transport => ("transport", "transport"),
            Domain::SocialSecurity => ("sécurité sociale", "social security"),
            Domain::Mobility => ("mobilité", "mobility"),
            Domain::Agriculture => ("agriculture", "agriculture"),
            Domain::Heritage => ("patrimoine", "heritage"),
        };
        match lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

/// Where a record stands. Treaties move through negotiation, signature and
/// entry into force; arrangements and partnerships are simply active;
/// commitments are announced, under way or done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Status {
    NegotiationsLaunched,
    NegotiationsConcluded,
    Initialled,
    Approved,
    Signed,
    InForce,
    Active,
    Announced,
    UnderWay,
    Completed,
    Replaced,
    Terminated,
    Unknown,
}

impl Status {
    /// Every status, in the order lists and `--help` show them.
    pub const ALL: [Status; 13] = [
        Status::NegotiationsLaunched,
        Status::NegotiationsConcluded,
        Status::Initialled,
        Status::Approved,
        Status::Signed,
        Status::InForce,
        Status::Active,
        Status::Announced,
        Status::UnderWay,
        Status::Completed,
        Status::Replaced,
        Status::Terminated,
        Status::Unknown,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        let (fr, en) = match self {
            Status::NegotiationsLaunched => ("négociations lancées", "negotiations launched"),
            Status::NegotiationsConcluded => ("négociations conclues", "negotiations concluded"),
            Status::Initialled => ("paraphé", "initialled"),
            Status::Approved => ("approuvé", "approved"),
            Status::Signed => ("signé", "signed"),
            Status::InForce => ("en vigueur", "in force"),
            Status::Active => ("actif", "active"),
            Status::Announced => ("annoncé", "announced"),
            Status::UnderWay => ("en cours", "under way"),
            Status::Completed => ("réalisé", "completed"),
            Status::Replaced => ("remplacé", "replaced"),
            Status::Terminated => ("terminé", "terminated"),
            Status::Unknown => ("inconnu", "unknown"),
        };
        match lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

impl Status {
    /// A step an agreement passes before it is in force or operating:
    /// negotiations, initialling, approval, signature, an announcement.
    pub fn precedes_force(self) -> bool {
        matches!(
            self,
            Status::NegotiationsLaunched
                | Status::NegotiationsConcluded
                | Status::Initialled
                | Status::Approved
                | Status::Signed
                | Status::Announced
        )
    }
}

/// A treaty binds under international law; a non-binding arrangement
/// (memorandum of understanding, joint declaration…) does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Form {
    Treaty,
    NonBinding,
}

impl Form {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Form::Treaty, Lang::Fr) => "traité",
            (Form::Treaty, Lang::En) => "treaty",
            (Form::NonBinding, Lang::Fr) => "arrangement non contraignant",
            (Form::NonBinding, Lang::En) => "non-binding arrangement",
        }
    }
}

/// How sure the sources are of a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Certainty {
    /// A source marks the fact as uncertain, or none confirms it.
    Unsure,
    /// Sources disagree.
    Conflict,
}

impl Certainty {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Certainty::Unsure, Lang::Fr) => "incertain",
            (Certainty::Unsure, Lang::En) => "unsure",
            (Certainty::Conflict, Lang::Fr) => "sources divergentes",
            (Certainty::Conflict, Lang::En) => "sources conflict",
        }
    }
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

/// What shows that an agreement had a status on a date, when the date it
/// reached that status is not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Evidence {
    /// Another instrument amended it on that date.
    Amendment,
    /// It was applied on that date: a decision, arrangement or programme
    /// made under it.
    Application,
    /// A domestic regulation gave it effect on that date.
    Regulation,
    /// An official statement of that date says the step was reached.
    Statement,
}

impl Evidence {
    pub fn slug(self) -> &'static str {
        match self {
            Evidence::Amendment => "amendment",
            Evidence::Application => "application",
            Evidence::Regulation => "regulation",
            Evidence::Statement => "statement",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let (fr, en) = match self {
            Evidence::Amendment => ("attesté par une modification", "shown by an amendment"),
            Evidence::Application => ("attesté par son application", "shown by its application"),
            Evidence::Regulation => ("attesté par un règlement", "shown by a regulation"),
            Evidence::Statement => ("attesté par une déclaration", "shown by a statement"),
        };
        match lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

/// A dated step of an agreement that has a name of its own: the dates a
/// treaty register records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Signed,
    Approved,
    InForce,
    Terminated,
    Replaced,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Signed,
        Step::Approved,
        Step::InForce,
        Step::Terminated,
        Step::Replaced,
    ];

    /// The key in JSON: `signed`, `approved`, `in_force`, `terminated`,
    /// `replaced`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Signed => "signed",
            Step::Approved => "approved",
            Step::InForce => "in_force",
            Step::Terminated => "terminated",
            Step::Replaced => "replaced",
        }
    }

    /// The status a history entry reaches at this step.
    pub fn status(self) -> Status {
        match self {
            Step::Signed => Status::Signed,
            Step::Approved => Status::Approved,
            Step::InForce => Status::InForce,
            Step::Terminated => Status::Terminated,
            Step::Replaced => Status::Replaced,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let (fr, en) = match self {
            Step::Signed => ("Signé le", "Signed"),
            Step::Approved => ("Approuvé le", "Approved"),
            Step::InForce => ("En vigueur le", "In force"),
            Step::Terminated => ("Terminé le", "Terminated"),
            Step::Replaced => ("Remplacé le", "Replaced"),
        };
        match lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
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

/// What happened at an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum EventKind {
    Summit,
    Meeting,
    Ministerial,
    Statement,
    Signature,
    Approval,
    EntryIntoForce,
    NegotiationsLaunched,
    NegotiationsConcluded,
    Announcement,
    Establishment,
}

impl EventKind {
    /// The status a record reaches through an event of this kind, if any
    /// (a signature: signed).
    pub fn step(self) -> Option<Status> {
        match self {
            EventKind::Signature => Some(Status::Signed),
            EventKind::Approval => Some(Status::Approved),
            EventKind::EntryIntoForce => Some(Status::InForce),
            EventKind::NegotiationsLaunched => Some(Status::NegotiationsLaunched),
            EventKind::NegotiationsConcluded => Some(Status::NegotiationsConcluded),
            EventKind::Announcement => Some(Status::Announced),
            EventKind::Establishment => Some(Status::Active),
            _ => None,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let (fr, en) = match self {
            EventKind::Summit => ("sommet", "summit"),
            EventKind::Meeting => ("réunion", "meeting"),
            EventKind::Ministerial => ("réunion ministérielle", "ministerial meeting"),
            EventKind::Statement => ("déclaration", "statement"),
            EventKind::Signature => ("signature", "signature"),
            EventKind::Approval => ("approbation", "approval"),
            EventKind::EntryIntoForce => ("entrée en vigueur", "entry into force"),
            EventKind::NegotiationsLaunched => {
                ("lancement des négociations", "negotiations launched")
            }
            EventKind::NegotiationsConcluded => {
                ("conclusion des négociations", "negotiations concluded")
            }
            EventKind::Announcement => ("annonce", "announcement"),
            EventKind::Establishment => ("établissement", "establishment"),
        };
        match lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
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

/// Month names, January first, for search and generated prose.
pub const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// An ISO 8601 calendar date, possibly reduced to a month or a year
/// ("2025-10-30", "2023-04", "1966") when the sources give no more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates.
    pub fn parse(s: &str) -> Result<PartialDate, String> {
        let bad = || format!("invalid date \"{s}\": expected YYYY, YYYY-MM or YYYY-MM-DD");
        let parts: Vec<&str> = s.split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if parts.is_empty() || parts.len() > 3 || !digits(parts[0], 4) {
            return Err(bad());
        }
        let year: i32 = parts[0].parse().map_err(|_| bad())?;
        let mut date = PartialDate {
            year,
            month: None,
            day: None,
        };
        if let Some(m) = parts.get(1) {
            if !digits(m, 2) {
                return Err(bad());
            }
            let month: u8 = m.parse().map_err(|_| bad())?;
            if !(1..=12).contains(&month) {
                return Err(format!(
                    "impossible date \"{s}\": there is no month {month}"
                ));
            }
            date.month = Some(month);
        }
        if let Some(d) = parts.get(2) {
            if !digits(d, 2) {
                return Err(bad());
            }
            let day: u8 = d.parse().map_err(|_| bad())?;
            let month = time::Month::try_from(date.month.unwrap_or(1)).map_err(|_| bad())?;
            if time::Date::from_calendar_date(year, month, day).is_err() {
                return Err(format!(
                    "impossible date \"{s}\": {} {year} has {} days",
                    month,
                    time::util::days_in_month(month, year)
                ));
            }
            date.day = Some(day);
        }
        Ok(date)
    }

    /// A sort key that puts a month before its first day and a year before
    /// its months.
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        PartialDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_at_three_precisions() {
        assert_eq!(PartialDate::parse("1966").unwrap().to_string(), "1966");
        assert_eq!(
            PartialDate::parse("2023-04").unwrap().to_string(),
            "2023-04"
        );
        assert_eq!(
            PartialDate::parse("2025-10-30").unwrap().to_string(),
            "2025-10-30"
        );
    }

    #[test]
    fn impossible_and_malformed_dates_are_rejected() {
        let e = PartialDate::parse("2025-02-30").unwrap_err();
        assert!(e.contains("February 2025 has 28 days"), "{e}");
        assert!(PartialDate::parse("2024-02-29").is_ok());
        assert!(
            PartialDate::parse("2025-13")
                .unwrap_err()
                .contains("no month 13")
        );
        for bad in [
            "",
            "25-01-01",
            "2025-1-01",
            "2025/01/01",
            "2025-01-01-01",
            "２０２５",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn domains_parse_from_cli_names_in_either_language() {
        assert_eq!(Domain::from_slug("space"), Some(Domain::Space));
        assert_eq!(Domain::from_slug("Défense"), Some(Domain::Defence));
        assert_eq!(
            Domain::from_slug("defense-industry"),
            Some(Domain::DefenceIndustry)
        );
        assert_eq!(
            Domain::from_slug("menaces hybrides"),
            Some(Domain::HybridThreats)
        );
        assert_eq!(Domain::from_slug("warp"), None);
        for d in Domain::ALL {
            assert_eq!(Domain::from_slug(d.slug()), Some(d));
        }
    }
}
