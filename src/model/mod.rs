//! The dataset schema: the types a RON dataset file deserializes into.
//!
//! Every struct denies unknown fields, every enum is externally tagged, so a
//! typo in a dataset is an error with a position rather than a silent loss.
//! `docs/dataset.md` documents each type and field for dataset authors.
//!
//! This file holds the dataset itself, [`Text`] and [`Lang`]; the records
//! and their parts are in `records.rs`, the closed vocabularies (domains,
//! statuses, forms, kinds of event…) in `vocab.rs`, dates in `date.rs`.
//! Everything is re-exported here: `model::Agreement`, `model::Status`,
//! `model::PartialDate`.

mod date;
mod records;
mod vocab;

pub use date::{MONTHS_EN, MONTHS_FR, PartialDate};
pub use records::{
    Agreement, Caveat, Commitment, Event, Partnership, Party, RegistryNumber, Source, StatusChange,
    StepDate,
};
pub use vocab::{
    Certainty, Domain, EventKind, Evidence, Form, NumberSystem, SourceLang, Status, Step,
};

use serde::{Deserialize, Serialize};

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
