//! Sorting a list by a column: the browser's `s`/`S` and `--sort` on the
//! command line. No terminal code.

use std::cmp::Ordering;

use crate::catalog::{Catalog, Record, Row};
use crate::model::{Lang, Status, Step, tr};

/// What a list is sorted by. `Relevance` keeps the search's order (best
/// first; with no query, the catalog's: newest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Relevance,
    Title,
    Date,
    Status,
    Signed,
    InForce,
}

impl SortKey {
    pub const ALL: [SortKey; 6] = [
        SortKey::Relevance,
        SortKey::Title,
        SortKey::Date,
        SortKey::Status,
        SortKey::Signed,
        SortKey::InForce,
    ];

    /// The name `--sort` and `:sort` take.
    pub fn slug(self) -> &'static str {
        match self {
            SortKey::Relevance => "relevance",
            SortKey::Title => "title",
            SortKey::Date => "date",
            SortKey::Status => "status",
            SortKey::Signed => "signed",
            SortKey::InForce => "in-force",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SortKey::Relevance => tr(lang, "pertinence", "relevance"),
            SortKey::Title => tr(lang, "titre", "title"),
            SortKey::Date => tr(lang, "date", "date"),
            SortKey::Status => tr(lang, "statut", "status"),
            SortKey::Signed => tr(lang, "signature", "signed"),
            SortKey::InForce => tr(lang, "en vigueur", "in force"),
        }
    }

    /// The next key `s` moves to; the signature and in-force dates only
    /// where the list shows them (agreements).
    pub fn next(self, agreements: bool) -> SortKey {
        let i = SortKey::ALL.iter().position(|k| *k == self).unwrap_or(0);
        let n = if agreements { 6 } else { 4 };
        SortKey::ALL[(i + 1) % n]
    }
}

/// A sort: a key and a direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sort {
    pub key: SortKey,
    pub desc: bool,
}

impl Sort {
    /// Reads `FIELD[:desc]` (or `:asc`), e.g. `in-force:desc`, `title`.
    pub fn parse(text: &str) -> Result<Sort, String> {
        let (name, dir) = text.split_once(':').unwrap_or((text, "asc"));
        let name = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        let key = SortKey::ALL
            .into_iter()
            .find(|k| k.slug() == name || (name == "inforce" && *k == SortKey::InForce))
            .ok_or_else(|| {
                let names: Vec<&str> = SortKey::ALL.iter().map(|k| k.slug()).collect();
                format!(
                    "unknown sort field \"{name}\" (one of: {})",
                    names.join(", ")
                )
            })?;
        let desc = match dir.trim().to_ascii_lowercase().as_str() {
            "asc" | "" => false,
            "desc" => true,
            other => return Err(format!("unknown sort direction \"{other}\" (asc or desc)")),
        };
        Ok(Sort { key, desc })
    }
}

fn status_rank(s: Option<Status>) -> Option<usize> {
    s.and_then(|s| Status::ALL.iter().position(|x| *x == s))
}

/// Orders two records by `key`; a record without the value comes last
/// whatever the direction.
fn compare(a: &Record, b: &Record, key: SortKey, lang: Lang, desc: bool) -> Ordering {
    fn last<T: Ord>(a: Option<T>, b: Option<T>, desc: bool) -> Ordering {
        match (a, b) {
            (Some(x), Some(y)) if desc => y.cmp(&x),
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    let step = |r: &Record, s: Step| r.date_of(s).map(|d| d.date.sort_key());
    match key {
        SortKey::Relevance => Ordering::Equal,
        SortKey::Title => {
            let t = |r: &Record| crate::fold::fold(r.short().get(lang));
            last(Some(t(a)), Some(t(b)), desc)
        }
        SortKey::Date => last(
            a.date.map(|d| d.sort_key()),
            b.date.map(|d| d.sort_key()),
            desc,
        ),
        SortKey::Status => last(status_rank(a.status), status_rank(b.status), desc),
        SortKey::Signed => last(step(a, Step::Signed), step(b, Step::Signed), desc),
        SortKey::InForce => last(step(a, Step::InForce), step(b, Step::InForce), desc),
    }
}

/// Sorts a list of record rows in place, stably: equal values keep the
/// order they had (relevance). `Relevance` ascending changes nothing;
/// descending reverses it.
pub fn sort_rows(catalog: &Catalog, rows: &mut [Row], sort: Sort, lang: Lang) {
    if sort.key == SortKey::Relevance {
        if sort.desc {
            rows.reverse();
        }
        return;
    }
    rows.sort_by(
        |a, b| match (catalog.row_record(*a), catalog.row_record(*b)) {
            (Some(x), Some(y)) => compare(
                &catalog.records[x],
                &catalog.records[y],
                sort.key,
                lang,
                sort.desc,
            ),
            _ => Ordering::Equal,
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_specs_parse() {
        assert_eq!(
            Sort::parse("in-force:desc"),
            Ok(Sort {
                key: SortKey::InForce,
                desc: true
            })
        );
        assert_eq!(Sort::parse("Title").unwrap().key, SortKey::Title);
        assert_eq!(Sort::parse("in_force").unwrap().key, SortKey::InForce);
        assert!(
            Sort::parse("colour")
                .unwrap_err()
                .contains("one of: relevance")
        );
        assert!(Sort::parse("date:up").is_err());
    }

    #[test]
    fn s_cycles_through_the_columns_a_list_shows() {
        let mut k = SortKey::Relevance;
        let mut seen = vec![];
        for _ in 0..4 {
            k = k.next(false);
            seen.push(k);
        }
        assert_eq!(
            seen,
            [
                SortKey::Title,
                SortKey::Date,
                SortKey::Status,
                SortKey::Relevance
            ]
        );
        assert_eq!(SortKey::Status.next(true), SortKey::Signed);
        assert_eq!(SortKey::InForce.next(true), SortKey::Relevance);
    }
}
