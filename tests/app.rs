//! `App::update` transitions and search behaviour, driven headless through
//! the keymap exactly as the event loop drives them.

mod common;

use std::collections::BTreeSet;

use accords::app::{Action, Overlay, View};
use accords::catalog::Kind;
use accords::model::{Domain, Lang};
use common::*;
use ratatui::crossterm::event::KeyCode;

const GSOIA: &str = "gsoia";

fn search(app: &mut accords::app::App, q: &str) {
    keys(app, &[key(KeyCode::Char('/'))]);
    keys(app, &[ctrl('u')]);
    type_text(app, q);
}

fn go_tab(app: &mut accords::app::App, kind: Kind) {
    let t = Kind::ALL.iter().position(|k| *k == kind).unwrap();
    app.update(Action::GoTab(t));
}

#[test]
fn tabs_cycle_with_tab_and_digits() {
    let mut app = app(Lang::En, 120, 40);
    assert_eq!(app.tab, 0);
    keys(&mut app, &[key(KeyCode::Tab), key(KeyCode::Tab)]);
    assert_eq!(app.tab, 2);
    keys(&mut app, &[key(KeyCode::BackTab)]);
    assert_eq!(app.tab, 1);
    keys(&mut app, &[key(KeyCode::Char('4'))]);
    assert_eq!(app.tab, 3);
    keys(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.tab, 0, "Tab wraps around");
}

#[test]
fn selection_moves_and_stays_in_range() {
    let mut app = app(Lang::En, 120, 40);
    go_tab(&mut app, Kind::Agreement);
    let n = app.rows().len();
    assert!(n > 3);
    keys(&mut app, &[key(KeyCode::Char('j')), key(KeyCode::Down)]);
    assert_eq!(app.selected[1], 2);
    keys(&mut app, &[key(KeyCode::Char('G'))]);
    assert_eq!(app.selected[1], n - 1);
    keys(&mut app, &[key(KeyCode::Char('j'))]);
    assert_eq!(app.selected[1], n - 1, "no move past the end");
    keys(
        &mut app,
        &[key(KeyCode::Char('g')), key(KeyCode::Char('k'))],
    );
    assert_eq!(app.selected[1], 0, "no move before the start");
    keys(&mut app, &[ctrl('d')]);
    assert!(app.selected[1] > 0);
    keys(&mut app, &[ctrl('u')]);
    assert_eq!(app.selected[1], 0);
}

#[test]
fn search_is_accent_and_case_blind_and_word_order_free() {
    let mut app = app(Lang::Fr, 120, 40);
    go_tab(&mut app, Kind::Agreement);
    for q in ["défense", "defense", "DÉFENSE", "DEFENSE"] {
        search(&mut app, q);
        assert!(!app.rows().is_empty(), "{q}");
    }
    let ids = |app: &mut accords::app::App, q: &str| {
        search(app, q);
        row_ids(app)
    };
    assert_eq!(ids(&mut app, "défense"), ids(&mut app, "DEFENSE"));
    assert_eq!(ids(&mut app, "Séoul"), ids(&mut app, "seoul"));
    assert_eq!(
        ids(&mut app, "information classified"),
        ids(&mut app, "classified information")
    );
}

#[test]
fn abbreviations_and_missing_letters_find_the_classified_information_agreement() {
    let mut app = app(Lang::En, 120, 40);
    go_tab(&mut app, Kind::Agreement);
    for q in [
        "gsoia",
        "protec classif",
        "clasified",
        "GSOIA",
        "군사",
        "info classif",
        "Protection Informations CLASSIFIÉES",
    ] {
        search(&mut app, q);
        assert_eq!(
            selected_id(&app).as_deref(),
            Some(GSOIA),
            "query {q:?}: {:?}",
            row_ids(&app)
        );
    }
}

#[test]
fn title_hits_rank_above_summary_only_hits() {
    let mut app = app(Lang::En, 120, 40);
    go_tab(&mut app, Kind::Agreement);
    search(&mut app, "classified");
    let rows = row_ids(&app);
    assert_eq!(rows.first().map(String::as_str), Some(GSOIA), "{rows:?}");
    // Every other hit is a summary-only hit and ranks after.
    let title_hits: Vec<&String> = rows
        .iter()
        .filter(|id| {
            let r = &app.catalog.records[app.catalog.get(id).unwrap()];
            accords::search::fold(&format!("{} {}", r.title.en, r.title.fr)).contains("classif")
        })
        .collect();
    assert_eq!(title_hits.len(), 1, "{title_hits:?}");
}

#[test]
fn every_tab_counts_its_own_matches() {
    let mut app = app(Lang::En, 120, 40);
    search(&mut app, "gsoia");
    let counts = app.tab_counts();
    assert!(counts[1] >= 1, "agreements: {counts:?}");
    assert!(counts[3] >= 1, "timeline: {counts:?}");
    assert!(counts.iter().sum::<usize>() < app.catalog.records.len());
}

#[test]
fn esc_clears_the_query_and_enter_keeps_it() {
    let mut app = app(Lang::En, 120, 40);
    let total = app.rows().len();
    search(&mut app, "cyber");
    assert!(app.searching);
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert!(!app.searching);
    assert_eq!(app.query, "cyber");
    assert!(app.rows().len() < total);
    keys(&mut app, &[key(KeyCode::Char('/')), key(KeyCode::Esc)]);
    assert!(!app.searching);
    assert_eq!(app.query, "");
    assert_eq!(app.rows().len(), total);
}

#[test]
fn keys_typed_while_searching_go_into_the_query() {
    let mut app = app(Lang::En, 120, 40);
    search(&mut app, "q?jkLf/ 12");
    assert_eq!(app.query, "q?jkLf/ 12");
    assert!(!app.should_quit);
    assert_eq!(app.overlay, Overlay::None);
    keys(&mut app, &[ctrl('w')]);
    assert_eq!(app.query, "q?jkLf/ ");
    keys(&mut app, &[key(KeyCode::Backspace)]);
    assert_eq!(app.query, "q?jkLf/");
}

#[test]
fn domain_filter_applies_to_every_tab_and_combines_with_search() {
    let mut app = app(Lang::En, 120, 40);
    let all = app.tab_counts();
    keys(&mut app, &[key(KeyCode::Char('f'))]);
    assert_eq!(app.overlay, Overlay::Filter);
    let space = app
        .domain_choices
        .iter()
        .position(|d| *d == Domain::Space)
        .unwrap();
    for _ in 0..space {
        keys(&mut app, &[key(KeyCode::Char('j'))]);
    }
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    assert_eq!(app.domains, BTreeSet::from([Domain::Space]));
    let space_only = app.tab_counts();
    for t in 0..4 {
        assert!(space_only[t] <= all[t]);
        for &i in &app.results[t] {
            assert!(app.catalog.records[i].domains.contains(&Domain::Space));
        }
    }
    // A second domain widens (any of them).
    let cyber = app
        .domain_choices
        .iter()
        .position(|d| *d == Domain::Cyber)
        .unwrap();
    app.filter_cursor = 0;
    for _ in 0..cyber {
        keys(&mut app, &[key(KeyCode::Char('j'))]);
    }
    keys(&mut app, &[key(KeyCode::Enter)]);
    let both = app.tab_counts();
    assert!(both.iter().sum::<usize>() >= space_only.iter().sum::<usize>());
    keys(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.overlay, Overlay::None);
    search(&mut app, "gsoia");
    for (now, before) in app.tab_counts().iter().zip(both) {
        assert!(*now <= before);
    }
    keys(
        &mut app,
        &[
            key(KeyCode::Esc),
            key(KeyCode::Char('f')),
            key(KeyCode::Char('x')),
        ],
    );
    assert!(app.domains.is_empty());
    assert_eq!(app.tab_counts(), all);
}

#[test]
fn cli_domains_start_filtered() {
    let app = app_with(Lang::En, 120, 40, BTreeSet::from([Domain::Cyber]));
    for t in 0..4 {
        for &i in &app.results[t] {
            assert!(app.catalog.records[i].domains.contains(&Domain::Cyber));
        }
    }
    assert!(app.tab_counts().iter().sum::<usize>() > 0);
}

#[test]
fn detail_opens_follows_links_and_goes_back() {
    let mut app = app(Lang::En, 140, 40);
    go_tab(&mut app, Kind::Agreement);
    search(&mut app, "gsoia");
    keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Enter)]);
    assert_eq!(app.view, View::Detail);
    let first = app.page().unwrap().record;
    assert_eq!(app.catalog.records[first].id, GSOIA);
    let links = app.catalog.records[first].links.clone();
    assert!(!links.is_empty());
    keys(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.page().unwrap().link, 1.min(links.len() - 1));
    keys(&mut app, &[key(KeyCode::BackTab)]);
    assert_eq!(app.page().unwrap().link, 0);
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.pages.len(), 2);
    assert_eq!(app.page().unwrap().record, links[0].target);
    keys(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.page().unwrap().record, first);
    keys(&mut app, &[key(KeyCode::Backspace)]);
    assert_eq!(app.view, View::List);
    assert!(app.pages.is_empty());
}

#[test]
fn detail_scroll_is_clamped() {
    let mut app = app(Lang::En, 80, 24);
    go_tab(&mut app, Kind::Agreement);
    search(&mut app, "gsoia");
    keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Enter)]);
    keys(&mut app, &[key(KeyCode::Char('k'))]);
    assert_eq!(app.page().unwrap().scroll, 0);
    keys(
        &mut app,
        &[key(KeyCode::Char('j')), key(KeyCode::Char('j'))],
    );
    assert_eq!(app.page().unwrap().scroll, 2);
    keys(&mut app, &[key(KeyCode::Char('G'))]);
    let bottom = app.page().unwrap().scroll;
    assert!(bottom > 2);
    keys(&mut app, &[key(KeyCode::Char('j')), key(KeyCode::PageDown)]);
    assert_eq!(app.page().unwrap().scroll, bottom);
    keys(&mut app, &[key(KeyCode::Char('g'))]);
    assert_eq!(app.page().unwrap().scroll, 0);
}

#[test]
fn help_language_and_quit() {
    let mut app = app(Lang::Fr, 120, 40);
    keys(&mut app, &[key(KeyCode::Char('?'))]);
    assert_eq!(app.overlay, Overlay::Help);
    keys(&mut app, &[key(KeyCode::Char('q'))]);
    assert_eq!(app.overlay, Overlay::None, "q closes help before it quits");
    assert!(!app.should_quit);
    keys(&mut app, &[key(KeyCode::Char('L'))]);
    assert_eq!(app.lang, Lang::En);
    keys(&mut app, &[key(KeyCode::Char('q'))]);
    assert!(app.should_quit);
    let mut app = common::app(Lang::Fr, 120, 40);
    keys(&mut app, &[key(KeyCode::Char('/')), ctrl('c')]);
    assert!(app.should_quit, "Ctrl-C quits even while searching");
}

#[test]
fn selection_survives_filter_changes_when_possible() {
    let mut app = app(Lang::En, 120, 40);
    go_tab(&mut app, Kind::Agreement);
    let target = row_ids(&app).iter().position(|id| id == GSOIA).unwrap();
    for _ in 0..target {
        keys(&mut app, &[key(KeyCode::Char('j'))]);
    }
    assert_eq!(selected_id(&app).as_deref(), Some(GSOIA));
    keys(&mut app, &[key(KeyCode::Char('f'))]);
    let d = app
        .domain_choices
        .iter()
        .position(|d| *d == Domain::ClassifiedInformation)
        .unwrap();
    app.filter_cursor = d;
    keys(&mut app, &[key(KeyCode::Char(' ')), key(KeyCode::Esc)]);
    assert_eq!(selected_id(&app).as_deref(), Some(GSOIA));
}
