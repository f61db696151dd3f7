//! Finding the record a name on the command line stands for ([`lookup`]:
//! an id in any case, an alias, a registry number), and ids close to one
//! that names nothing, for `show` and `open`'s "did you mean": the same id
//! in another case, prefixes, typos (an edit distance), ids containing it,
//! then search hits.

use crate::catalog::{Catalog, Kind, Rel};
use crate::search::{Query, SearchIndex};

/// What a name given to `show` or `open` stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// One record (an index into `catalog.records`).
    One(usize),
    /// Several records, in catalog order: the name is an alias or number
    /// they share.
    Ambiguous(Vec<usize>),
    /// No record.
    Unknown,
}

/// Letters and digits only, folded (case and accents): `CTS 1980 No. 27`
/// → `cts1980no27`, `r&d` and `R-D` → `rd`.
fn compact(s: &str) -> String {
    crate::search::fold(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The record `name` stands for, tried in this order:
///
/// 1. an id, exactly;
/// 2. an id in another case (`GSOIA-talks`);
/// 3. an alias (`GSOIA`, `CKFTA`, `ALECC`) or a registry number, as the
///    register writes it or as cited (`E100527`, `1966 No. 26`,
///    `CTS 1966 No. 26`, `RTC 1966 n° 26`), case, accents, spaces and
///    punctuation ignored. Events carry the aliases of the records they are
///    about (the CKFTA's signature is also `CKFTA`): an event about another
///    match gives way to it. Several records left: [`Lookup::Ambiguous`].
pub fn lookup(catalog: &Catalog, name: &str) -> Lookup {
    if let Some(i) = catalog.get(name) {
        return Lookup::One(i);
    }
    let one_or_many = |v: Vec<usize>| match v.len() {
        0 => Lookup::Unknown,
        1 => Lookup::One(v[0]),
        _ => Lookup::Ambiguous(v),
    };
    let lower = name.to_lowercase();
    let by_case: Vec<usize> = (0..catalog.records.len())
        .filter(|&i| catalog.records[i].id.to_lowercase() == lower)
        .collect();
    if !by_case.is_empty() {
        return one_or_many(by_case);
    }
    let want = compact(name);
    if want.is_empty() {
        return Lookup::Unknown;
    }
    let named: Vec<usize> = (0..catalog.records.len())
        .filter(|&i| {
            let r = &catalog.records[i];
            r.aliases.iter().any(|a| compact(a) == want)
                || r.numbers().iter().any(|n| {
                    [
                        n.value.clone(),
                        n.cite(crate::model::Lang::En),
                        n.cite(crate::model::Lang::Fr),
                    ]
                    .iter()
                    .any(|v| compact(v) == want)
                })
        })
        .collect();
    let about_another = |i: usize| {
        let r = &catalog.records[i];
        r.kind == Kind::Event
            && r.links
                .iter()
                .any(|l| l.rel == Rel::Concerns && l.target != i && named.contains(&l.target))
    };
    let kept: Vec<usize> = named
        .iter()
        .copied()
        .filter(|&i| !about_another(i))
        .collect();
    one_or_many(kept)
}

/// The optimal-string-alignment distance: insertions, deletions,
/// substitutions and swaps of two neighbours each cost one.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// The candidate closest to `word`, for "did you mean" on a name from a
/// fixed list (a field, a sort key): a typo or two away (at most a third
/// of its letters, 1 to 3), the nearest first; else the first candidate
/// starting with it.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let want = word.to_lowercase();
    let limit = want.chars().count().div_ceil(3).clamp(1, 3);
    candidates
        .iter()
        .map(|c| (edit_distance(&want, c), *c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
        .or_else(|| {
            candidates
                .iter()
                .find(|c| !want.is_empty() && c.starts_with(&want))
                .copied()
        })
}

/// Ids close to `id`, best first, at most `max`: the same id in another
/// case, ids starting with it, ids a typo or two away, ids containing it,
/// then the best search hits for it (which finds aliases such as GSOIA).
pub fn suggest_ids(catalog: &Catalog, index: &SearchIndex, id: &str, max: usize) -> Vec<String> {
    let want = id.to_lowercase();
    let n = want.chars().count();
    let ids: Vec<(usize, String)> = catalog
        .records
        .iter()
        .enumerate()
        .map(|(i, r)| (i, r.id.to_lowercase()))
        .collect();
    let mut picked: Vec<usize> = Vec::new();
    let add = |i: usize, picked: &mut Vec<usize>| {
        if !picked.contains(&i) {
            picked.push(i);
        }
    };
    for (i, l) in &ids {
        if *l == want {
            add(*i, &mut picked);
        }
    }
    if !want.is_empty() {
        for (i, l) in &ids {
            if l.starts_with(&want) {
                add(*i, &mut picked);
            }
        }
    }
    let limit = (n.div_ceil(3)).clamp(1, 3);
    let mut near: Vec<(usize, usize)> = ids
        .iter()
        .filter(|(_, l)| l.chars().count().abs_diff(n) <= limit)
        .map(|(i, l)| (edit_distance(&want, l), *i))
        .filter(|&(d, _)| d <= limit)
        .collect();
    near.sort();
    for (_, i) in near {
        add(i, &mut picked);
    }
    if n >= 3 {
        for (i, l) in &ids {
            if l.contains(&want) {
                add(*i, &mut picked);
            }
        }
    }
    if let Some(mut hits) = index.search(&Query::parse(id)) {
        hits.sort_by_key(|&(i, s)| (std::cmp::Reverse(s), i));
        for (i, _) in hits.into_iter().take(max) {
            add(i, &mut picked);
        }
    }
    picked
        .into_iter()
        .take(max)
        .map(|i| catalog.records[i].id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_names() {
        let names = ["id", "title", "signed", "in-force", "short"];
        assert_eq!(closest("titel", &names), Some("title"));
        assert_eq!(closest("in-forc", &names), Some("in-force"));
        assert_eq!(closest("sig", &names), Some("signed"));
        assert_eq!(closest("colour", &names), None);
        assert_eq!(closest("", &names), None);
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("gsioa", "gsoia"), 1);
        assert_eq!(edit_distance("gsoi", "gsoia"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn names_are_ids_in_any_case_aliases_or_registry_numbers() {
        let c = crate::output::json::tests::corpus();
        let id = |i: usize| c.records[i].id.as_str();
        let one = |name: &str| match lookup(&c, name) {
            Lookup::One(i) => id(i).to_string(),
            other => panic!("{name}: {other:?}"),
        };
        assert_eq!(one("gsoia"), "gsoia");
        assert_eq!(one("GSOIA"), "gsoia");
        assert_eq!(one("Ev-2023-04-GSOIA-Talks"), "ev-2023-04-gsoia-talks");
        // The CKFTA's three events carry its aliases and give way to it.
        assert_eq!(one("CKFTA"), "ckfta");
        assert_eq!(one("alecc"), "ckfta");
        assert_eq!(one("E100527"), one("e100527"));
        assert_eq!(one("CTS 1966 No. 26"), one("E100527"));
        assert_eq!(one("RTC 1966 n° 26"), one("E100527"));
        assert_eq!(one("1966 No. 26"), one("E100527"));
        assert!(
            c.records[c.get(&one("E100527")).unwrap()]
                .numbers()
                .iter()
                .any(|n| n.value == "E100527")
        );
        match lookup(&c, "CSP") {
            Lookup::Ambiguous(v) => {
                let ids: Vec<&str> = v.iter().map(|&i| id(i)).collect();
                assert_eq!(
                    ids,
                    [
                        "csp-2022",
                        "csp-action-plan-2024",
                        "cm-2026-csp-action-plan-update"
                    ]
                );
            }
            other => panic!("CSP: {other:?}"),
        }
        match lookup(&c, "mou") {
            Lookup::Ambiguous(v) => assert!(v.len() > 1, "{v:?}"),
            other => panic!("mou: {other:?}"),
        }
        assert_eq!(lookup(&c, "gsoi"), Lookup::Unknown);
        assert_eq!(lookup(&c, "--"), Lookup::Unknown);
        assert_eq!(lookup(&c, ""), Lookup::Unknown);
    }

    #[test]
    fn suggestions_find_prefixes_typos_and_aliases() {
        let c = crate::output::json::tests::corpus();
        let index = SearchIndex::new(&c);
        assert_eq!(
            suggest_ids(&c, &index, "gsoi", 6)
                .first()
                .map(String::as_str),
            Some("gsoia")
        );
        assert_eq!(
            suggest_ids(&c, &index, "gsioa", 6)
                .first()
                .map(String::as_str),
            Some("gsoia")
        );
        assert_eq!(
            suggest_ids(&c, &index, "GSOIA", 6)
                .first()
                .map(String::as_str),
            Some("gsoia")
        );
    }
}
