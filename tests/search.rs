//! Search beyond titles: dates, month names, statuses and certainty.

use accords::catalog::{Catalog, Kind};
use accords::load::DEFAULT_MAX_SIZE;
use accords::pipeline::check_dataset;
use accords::search::{Query, SearchIndex};

fn hits(q: &str) -> Vec<(String, Kind)> {
    let catalog = Catalog::new(check_dataset(None, DEFAULT_MAX_SIZE).dataset.unwrap());
    let index = SearchIndex::new(&catalog);
    index
        .search(&Query::parse(q))
        .unwrap()
        .into_iter()
        .map(|(i, _)| (catalog.records[i].id.clone(), catalog.records[i].kind))
        .collect()
}

#[test]
fn a_full_date_finds_everything_dated_that_day() {
    let h = hits("2025-10-30");
    let commitments = h.iter().filter(|(_, k)| *k == Kind::Commitment).count();
    assert!(commitments >= 10, "{h:?}");
    assert!(h.iter().any(|(id, _)| id == "sdcp-2025"));
    assert!(
        hits("30 oct 2025").len() >= h.len(),
        "day, month name, year"
    );
    assert!(hits("octobre 2025").len() >= h.len());
}

#[test]
fn status_and_certainty_are_searchable_in_both_languages() {
    let unsure = hits("incertain");
    assert!(
        unsure.iter().any(|(id, _)| id == "trade-1966"),
        "{unsure:?}"
    );
    assert_eq!(unsure, hits("unsure"));
    let in_force = hits("en vigueur");
    assert!(in_force.iter().any(|(id, _)| id == "ckfta"));
}
