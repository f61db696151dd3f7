//! The opening words of titles: agreement nouns and heads, partnership
//! heads.

use accords::model::Form;

use super::Pair;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Noun {
    Accord,
    Convention,
    Traite,
    Protocole,
    Arrangement,
    Declaration,
}

impl Noun {
    pub(crate) fn form(self) -> Form {
        match self {
            Noun::Accord | Noun::Convention | Noun::Traite => Form::Treaty,
            _ => Form::NonBinding,
        }
    }

    /// (French with article, French "de" form, feminine, English with article).
    pub(crate) fn words(self) -> (&'static str, &'static str, bool, &'static str) {
        match self {
            Noun::Accord => ("l'accord", "de l'accord", false, "the agreement"),
            Noun::Convention => ("la convention", "de la convention", true, "the convention"),
            Noun::Traite => ("le traité", "du traité", false, "the treaty"),
            Noun::Protocole => (
                "le protocole d'entente",
                "du protocole d'entente",
                false,
                "the memorandum of understanding",
            ),
            Noun::Arrangement => (
                "l'arrangement",
                "de l'arrangement",
                false,
                "the arrangement",
            ),
            Noun::Declaration => (
                "la déclaration",
                "de la déclaration",
                true,
                "the declaration",
            ),
        }
    }

    /// The French article to put before a title that starts with this noun.
    pub(crate) fn fr_article(self) -> (&'static str, &'static str) {
        match self {
            Noun::Accord | Noun::Arrangement => ("l'", "de l'"),
            Noun::Convention | Noun::Declaration => ("la ", "de la "),
            Noun::Traite | Noun::Protocole => ("le ", "du "),
        }
    }
}

/// The opening words of an agreement title.
pub(crate) struct Head {
    pub(crate) noun: Noun,
    pub(crate) fr: &'static str,
    pub(crate) en: &'static str,
    pub(crate) ko: &'static str,
    pub(crate) short: Pair,
}

pub(crate) const fn h(
    noun: Noun,
    fr: &'static str,
    en: &'static str,
    ko: &'static str,
    short: Pair,
) -> Head {
    Head {
        noun,
        fr,
        en,
        ko,
        short,
    }
}

use Noun::Accord;

pub(crate) const GSOIA_HEADS: &[Head] = &[
    h(
        Accord,
        "Accord sur la protection des informations classifiées militaires et de défense",
        "Agreement on the Protection of Military and Defence Classified Information",
        "군사비밀정보보호협정",
        (
            "Informations classifiées (GSOIA)",
            "Classified information (GSOIA)",
        ),
    ),
    h(
        Accord,
        "Accord sur la protection des informations classifiées",
        "General Security of Information Agreement",
        "비밀정보보호협정",
        (
            "Informations classifiées (GSOIA)",
            "Classified information (GSOIA)",
        ),
    ),
];

/// A partnership's title words: French, English, Korean, short French, short English.
pub(crate) type PHead = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

pub(crate) const P_STRATEGIC: PHead = (
    "Partenariat stratégique",
    "Strategic Partnership",
    "전략적 동반자 관계",
    "Partenariat stratégique",
    "Strategic Partnership",
);
