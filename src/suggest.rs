//! Ids close to one that is not in the catalog, for `show` and `open`'s
//! "did you mean": the same id in another case, prefixes, typos (an edit
//! distance), ids containing it, then search hits.

use crate::catalog::Catalog;
use crate::search::{Query, SearchIndex};

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
    fn edit_distances() {
        assert_eq!(edit_distance("gsioa", "gsoia"), 1);
        assert_eq!(edit_distance("gsoi", "gsoia"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
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
