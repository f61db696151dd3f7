//! The fields a record row can show, for `--fields` and the default
//! columns of every format of `list` and `search`: one name each (the CSV
//! header; `_` is read as `-`, so `in_force` is `in-force`), its JSON key
//! (the name in snake case), and its value as a slug (CSV, TSV), as JSON,
//! and for people (the table and Markdown, in the language asked for).

use super::{date_str, form_slug, kind_slug, numbers_cell, status_slug};
use crate::catalog::Catalog;
use crate::model::{Lang, NumberSystem, Step, tr};

/// One column of a record row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Id,
    Kind,
    /// The list date: established, signed, made or held.
    Date,
    Status,
    Form,
    /// The full title in the language asked for (the table shows the short
    /// title, as it does by default).
    Title,
    Short,
    Domains,
    Parties,
    CanadaE,
    Cts,
    Unts,
    KrTreaty,
    /// Every registry number, as cited (`E102303 · CTS 1980 No. 27`).
    Numbers,
    Signed,
    Approved,
    InForce,
    Terminated,
    Replaced,
    Sources,
    /// The first source's address.
    Url,
    /// Whether a certainty note applies (`?` in the table).
    Caveat,
    /// The search score (`search` only).
    Score,
}

impl Field {
    pub const ALL: [Field; 23] = [
        Field::Id,
        Field::Kind,
        Field::Date,
        Field::Status,
        Field::Form,
        Field::Title,
        Field::Short,
        Field::Domains,
        Field::Parties,
        Field::CanadaE,
        Field::Cts,
        Field::Unts,
        Field::KrTreaty,
        Field::Numbers,
        Field::Signed,
        Field::Approved,
        Field::InForce,
        Field::Terminated,
        Field::Replaced,
        Field::Sources,
        Field::Url,
        Field::Caveat,
        Field::Score,
    ];

    /// The CSV and TSV columns without `--fields`, in order (`search` adds
    /// [`Field::Score`]).
    pub const CSV: [Field; 14] = [
        Field::Id,
        Field::Kind,
        Field::Date,
        Field::Status,
        Field::Form,
        Field::Title,
        Field::Domains,
        Field::Parties,
        Field::CanadaE,
        Field::Cts,
        Field::Unts,
        Field::KrTreaty,
        Field::Sources,
        Field::Url,
    ];

    /// The name `--fields` takes and the CSV header gives.
    pub fn name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Kind => "kind",
            Field::Date => "date",
            Field::Status => "status",
            Field::Form => "form",
            Field::Title => "title",
            Field::Short => "short",
            Field::Domains => "domains",
            Field::Parties => "parties",
            Field::CanadaE => "canada-e",
            Field::Cts => "cts",
            Field::Unts => "unts",
            Field::KrTreaty => "kr-treaty",
            Field::Numbers => "numbers",
            Field::Signed => "signed",
            Field::Approved => "approved",
            Field::InForce => "in-force",
            Field::Terminated => "terminated",
            Field::Replaced => "replaced",
            Field::Sources => "sources",
            Field::Url => "url",
            Field::Caveat => "caveat",
            Field::Score => "score",
        }
    }

    /// The key of the field in a JSON object: its name in snake case
    /// (`in_force`, as `show --format json` keys its dates).
    pub fn json_key(self) -> &'static str {
        match self {
            Field::CanadaE => "canada_e",
            Field::KrTreaty => "kr_treaty",
            Field::InForce => "in_force",
            f => f.name(),
        }
    }

    /// The column's header in the table and Markdown.
    pub fn header(self, lang: Lang) -> &'static str {
        match self {
            Field::Kind => tr(lang, "type", "kind"),
            Field::Status => tr(lang, "statut", "status"),
            Field::Form => tr(lang, "forme", "form"),
            Field::Title => tr(lang, "titre", "title"),
            Field::Short => tr(lang, "titre court", "short"),
            Field::Domains => tr(lang, "domaines", "domains"),
            Field::Cts => tr(lang, "RTC", "CTS"),
            Field::Unts => tr(lang, "RTNU", "UNTS"),
            Field::KrTreaty => tr(lang, "traité coréen", "kr-treaty"),
            Field::Numbers => tr(lang, "numéros", "numbers"),
            Field::Signed => tr(lang, "signé", "signed"),
            Field::Approved => tr(lang, "approuvé", "approved"),
            Field::InForce => tr(lang, "en vigueur", "in force"),
            Field::Terminated => tr(lang, "dénoncé", "terminated"),
            Field::Replaced => tr(lang, "remplacé", "replaced"),
            Field::Url => tr(lang, "adresse", "url"),
            Field::Caveat => "?",
            f => f.name(),
        }
    }

    fn step(self) -> Option<Step> {
        Some(match self {
            Field::Signed => Step::Signed,
            Field::Approved => Step::Approved,
            Field::InForce => Step::InForce,
            Field::Terminated => Step::Terminated,
            Field::Replaced => Step::Replaced,
            _ => return None,
        })
    }

    fn register(self) -> Option<NumberSystem> {
        Some(match self {
            Field::CanadaE => NumberSystem::CanadaE,
            Field::Cts => NumberSystem::Cts,
            Field::Unts => NumberSystem::Unts,
            Field::KrTreaty => NumberSystem::KrTreaty,
            _ => return None,
        })
    }

    /// Reads `--fields`: names separated by commas, in any case, `_` for
    /// `-`. `score` only when `scored` (search). The error names the field,
    /// suggests the closest name and lists them all.
    pub fn parse_list(text: &str, scored: bool) -> Result<Vec<Field>, String> {
        let names: Vec<&str> = Field::ALL
            .iter()
            .filter(|f| scored || **f != Field::Score)
            .map(|f| f.name())
            .collect();
        let mut fields = Vec::new();
        for word in text.split(',').map(str::trim) {
            let want = word.to_lowercase().replace('_', "-");
            if want.is_empty() {
                return Err(format!(
                    "empty field name in \"{}\"; the fields are: {}",
                    crate::sanitize::clean_line(&crate::wrap::truncate(text, 60)),
                    names.join(", ")
                ));
            }
            match Field::ALL
                .into_iter()
                .find(|f| f.name() == want && (scored || *f != Field::Score))
            {
                Some(f) => fields.push(f),
                None if want == "score" => {
                    return Err("the field \"score\" is only for `accords search`".to_string());
                }
                None => {
                    let hint = crate::suggest::closest(&want, &names)
                        .map(|n| format!("did you mean \"{n}\"? "))
                        .unwrap_or_default();
                    return Err(format!(
                        "unknown field \"{}\"; {hint}the fields are: {}",
                        crate::sanitize::clean_line(&crate::wrap::truncate(word, 60)),
                        names.join(", ")
                    ));
                }
            }
        }
        Ok(fields)
    }

    /// The value as CSV and TSV write it: slugs, lists separated by `;`,
    /// the title in `lang`, `true`/`false`, empty when there is none.
    pub fn slug_value(self, catalog: &Catalog, i: usize, score: u32, lang: Lang) -> String {
        let r = &catalog.records[i];
        let join = |v: Vec<&str>| v.join(";");
        match self {
            Field::Id => r.id.clone(),
            Field::Kind => kind_slug(r.kind).to_string(),
            Field::Status => r.status.map(status_slug).unwrap_or_default().to_string(),
            Field::Form => r.form.map(form_slug).unwrap_or_default().to_string(),
            Field::Title => r.title.get(lang).to_string(),
            Field::Short => r.short().get(lang).to_string(),
            Field::Domains => join(r.domains.iter().map(|d| d.slug()).collect()),
            Field::Parties => join(parties(catalog, i)),
            Field::Numbers => join(r.numbers().iter().map(|n| n.value.as_str()).collect()),
            Field::Sources => join(sources(catalog, i)),
            Field::Caveat => r.has_caveat().to_string(),
            f => f.plain(catalog, i, score),
        }
    }

    /// The values the same in every format: the date, a step's date, a
    /// register's number, the first address, the score.
    pub(crate) fn plain(self, catalog: &Catalog, i: usize, score: u32) -> String {
        let r = &catalog.records[i];
        if let Some(s) = self.step() {
            return r.date_of(s).map(|d| d.date.to_string()).unwrap_or_default();
        }
        if let Some(n) = self.register() {
            return r.number(n).unwrap_or_default().to_string();
        }
        match self {
            Field::Date => date_str(catalog, i),
            Field::Url => r
                .sources
                .first()
                .and_then(|&s| catalog.sources[s].url.clone())
                .unwrap_or_default(),
            Field::Score => score.to_string(),
            _ => String::new(),
        }
    }

    /// The value for people (the table and Markdown): labels in `lang`,
    /// lists separated by `sep`; `short_title`: the title is the short one
    /// (the table).
    pub fn human_value(
        self,
        catalog: &Catalog,
        i: usize,
        score: u32,
        lang: Lang,
        sep: &str,
        short_title: bool,
    ) -> String {
        let r = &catalog.records[i];
        match self {
            Field::Kind => r.kind.label(lang).to_string(),
            Field::Status => r.status.map(|s| s.label(lang)).unwrap_or("").to_string(),
            Field::Form => r.form.map(|f| f.label(lang)).unwrap_or("").to_string(),
            Field::Title if short_title => r.short().get(lang).to_string(),
            Field::Domains => {
                let names: Vec<&str> = if short_title {
                    r.domains.iter().map(|d| d.slug()).collect()
                } else {
                    r.domains.iter().map(|d| d.label(lang)).collect()
                };
                names.join(sep)
            }
            Field::Parties => parties(catalog, i).join(sep),
            Field::Sources => sources(catalog, i).join(sep),
            Field::Numbers => numbers_cell(r, lang),
            Field::Caveat => if r.has_caveat() { "?" } else { "" }.to_string(),
            f => f.slug_value(catalog, i, score, lang),
        }
    }
}

/// The ids of the parties record `i` counts for
/// ([`crate::query::record_parties`]).
pub(crate) fn parties(catalog: &Catalog, i: usize) -> Vec<&str> {
    crate::query::record_parties(catalog, i)
        .iter()
        .map(|&p| catalog.parties[p].id.as_str())
        .collect()
}

pub(crate) fn sources(catalog: &Catalog, i: usize) -> Vec<&str> {
    catalog.records[i]
        .sources
        .iter()
        .map(|&s| catalog.sources[s].id.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_lists_parse_with_suggestions() {
        assert_eq!(
            Field::parse_list("id,title,signed,in_force", false),
            Ok(vec![Field::Id, Field::Title, Field::Signed, Field::InForce])
        );
        assert_eq!(
            Field::parse_list(" ID , In-Force,Kr_Treaty", false),
            Ok(vec![Field::Id, Field::InForce, Field::KrTreaty])
        );
        assert_eq!(
            Field::parse_list("id,score", true),
            Ok(vec![Field::Id, Field::Score])
        );
        let e = Field::parse_list("id,titel", false).unwrap_err();
        assert!(
            e.starts_with(
                "unknown field \"titel\"; did you mean \"title\"? the fields are: id, kind,"
            ),
            "{e}"
        );
        assert!(!e.contains("score"), "{e}");
        let e = Field::parse_list("id,score", false).unwrap_err();
        assert!(e.contains("only for `accords search`"), "{e}");
        assert!(Field::parse_list("id,,title", false).is_err());
        let e = Field::parse_list("colour", true).unwrap_err();
        assert!(!e.contains("did you mean"), "{e}");
        assert!(e.ends_with("caveat, score"), "{e}");
    }

    /// Every name is its own, and JSON keys are the names in snake case.
    #[test]
    fn names_and_keys() {
        for f in Field::ALL {
            assert_eq!(Field::parse_list(f.name(), true), Ok(vec![f]));
            assert_eq!(f.json_key(), f.name().replace('-', "_"));
        }
    }
}
