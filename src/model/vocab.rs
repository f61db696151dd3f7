//! The closed vocabularies of the schema: domains, statuses, forms,
//! certainty, evidence, named steps, kinds of event, source languages and
//! treaty registers, each with its slug and its labels in both languages.

use serde::{Deserialize, Serialize};

use super::Lang;

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
        let s = crate::fold::fold(s).replace([' ', '_'], "-");
        Domain::ALL.into_iter().find(|d| {
            d.slug() == s
                || crate::fold::fold(d.label(Lang::Fr)).replace(' ', "-") == s
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

#[cfg(test)]
mod tests {
    use super::*;

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
