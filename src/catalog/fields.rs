//! The labelled facts of a record shown in the detail view (signature
//! date, E-number, place…).

use crate::model::{Lang, NumberSystem, Step, Text};

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
    Approved,
    InForce,
    Terminated,
    Replaced,
    Place,
    ENumber,
    Cts,
    Unts,
    KrTreaty,
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
            FieldLabel::Approved => ("Approuvé le", "Approved"),
            FieldLabel::InForce => ("En vigueur le", "In force"),
            FieldLabel::Terminated => ("Terminé le", "Terminated"),
            FieldLabel::Replaced => ("Remplacé le", "Replaced"),
            FieldLabel::Place => ("Lieu", "Place"),
            FieldLabel::ENumber => ("N° E (Canada)", "E-number (Canada)"),
            FieldLabel::Cts => ("RTC", "CTS"),
            FieldLabel::Unts => ("N° d'enregistrement ONU", "UN registration No."),
            FieldLabel::KrTreaty => ("N° de traité (Corée)", "Treaty No. (Korea)"),
            FieldLabel::Participants => ("Participants", "Participants"),
            FieldLabel::Aliases => ("Autres noms", "Also known as"),
        };
        match lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

impl FieldLabel {
    /// The field that shows the date of `step`.
    pub fn of_step(step: Step) -> FieldLabel {
        match step {
            Step::Signed => FieldLabel::Signed,
            Step::Approved => FieldLabel::Approved,
            Step::InForce => FieldLabel::InForce,
            Step::Terminated => FieldLabel::Terminated,
            Step::Replaced => FieldLabel::Replaced,
        }
    }

    /// The field that shows a number in `system`.
    pub fn of_number(system: NumberSystem) -> FieldLabel {
        match system {
            NumberSystem::CanadaE => FieldLabel::ENumber,
            NumberSystem::Cts => FieldLabel::Cts,
            NumberSystem::Unts => FieldLabel::Unts,
            NumberSystem::KrTreaty => FieldLabel::KrTreaty,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Field {
    pub label: FieldLabel,
    pub value: Text,
}
