//! The inverted index returns exactly what a plain scan of every record
//! returns, with the same scores, under the same matching rules.

use accords::catalog::{Catalog, FieldLabel};
use accords::load::DEFAULT_MAX_SIZE;
use accords::pipeline::check_dataset;
use accords::search::{Query, SearchIndex};

fn assert_same(catalog: &Catalog, index: &SearchIndex, q: &str) {
    let query = Query::parse(q);
    let scan: Vec<(usize, u32)> = (0..catalog.records.len())
        .filter_map(|i| index.score_scan(catalog, i, &query).map(|s| (i, s)))
        .collect();
    match index.search(&query) {
        None => assert!(query.is_empty()),
        Some(hits) => assert_eq!(hits, scan, "query {q:?}"),
    }
}

/// Queries: fixed ones, plus prefixes, infixes and misspellings of words
/// taken from the records themselves.
fn queries(catalog: &Catalog) -> Vec<String> {
    let mut qs = fixed();
    qs.extend(title_words(catalog));
    qs.extend(fact_words(catalog));
    qs
}

/// Queries of every kind: words, prefixes, misspellings, joined tokens,
/// places and participants, Hangul.
fn fixed() -> Vec<String> {
    [
        "cyber",
        "défense ind",
        "protection info classif",
        "gsoia",
        "clasified",
        "DÉFENSE",
        "séoul",
        "2+2",
        "2+",
        "2+2 ottawa",
        "r&d",
        "c++ 2",
        "lee jae myung",
        "이재명",
        "gyeongju",
        "ottawa 2+2",
        "seoul",
        "president",
        "경주",
        "menaces",
        "protec classif",
        "zzzz",
        "a",
        "de",
        "2025",
        "korea canada",
        "대한",
        "coopération défense cyber espace",
    ]
    .map(String::from)
    .to_vec()
}

/// Words of places and participants: whole, as a prefix, misspelt.
fn fact_words(catalog: &Catalog) -> Vec<String> {
    let mut qs = Vec::new();
    for (n, r) in catalog.records.iter().enumerate().skip(1).step_by(5) {
        let facts: Vec<&str> = r
            .fields
            .iter()
            .filter(|f| {
                matches!(
                    f.label,
                    FieldLabel::Place | FieldLabel::SignedPlace | FieldLabel::Participants
                )
            })
            .flat_map(|f| [f.value.fr.as_str(), f.value.en.as_str()])
            .flat_map(str::split_whitespace)
            .collect();
        if let Some(w) = facts.get(n % facts.len().max(1)) {
            let chars: Vec<char> = w.chars().collect();
            qs.push(w.to_string());
            qs.push(chars.iter().take(4).collect());
            if chars.len() > 4 {
                let mut missing = chars.clone();
                missing.remove(chars.len() / 2);
                qs.push(missing.into_iter().collect());
            }
        }
    }
    qs
}

/// Prefixes, infixes and misspellings of title words.
fn title_words(catalog: &Catalog) -> Vec<String> {
    let mut qs = Vec::new();
    for (n, r) in catalog.records.iter().enumerate().step_by(3) {
        let words: Vec<&str> = r
            .title
            .fr
            .split_whitespace()
            .chain(r.title.en.split_whitespace())
            .collect();
        if let Some(w) = words.get(n % words.len().max(1)) {
            let chars: Vec<char> = w.chars().collect();
            qs.push(chars.iter().take(3).collect()); // prefix
            if chars.len() > 4 {
                qs.push(chars[1..chars.len() - 1].iter().collect()); // infix
                let mut missing = chars.clone();
                missing.remove(chars.len() / 2);
                qs.push(missing.into_iter().collect()); // a missing letter
            }
        }
    }
    qs
}

#[test]
fn index_equals_scan_on_the_corpus() {
    let data = check_dataset(None, DEFAULT_MAX_SIZE).dataset.unwrap();
    let catalog = Catalog::new(data);
    let index = SearchIndex::new(&catalog);
    for q in queries(&catalog) {
        assert_same(&catalog, &index, &q);
    }
}

#[test]
fn index_equals_scan_on_generated_data() {
    for seed in [3] {
        let catalog = Catalog::new(accords_synth::generate(1000, seed));
        let index = SearchIndex::new(&catalog);
        let mut qs = fixed();
        qs.extend(title_words(&catalog).into_iter().take(25));
        qs.extend(fact_words(&catalog).into_iter().take(25));
        for q in qs {
            assert_same(&catalog, &index, &q);
        }
    }
}
