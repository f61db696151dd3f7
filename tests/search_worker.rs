//! Searching off the interface thread: query changes become requests, the
//! worker answers, stale answers are dropped, and the rows shown are the
//! ones the synchronous app shows.

mod common;

use std::time::Duration;

use accords::app::{Action, App};
use accords::model::Lang;
use common::*;
use ratatui::crossterm::event::KeyCode;

fn worker_app() -> App {
    let mut app = app(Lang::En, 120, 40).with_search_worker();
    app.update(Action::GoTab(1));
    app
}

#[test]
fn a_query_change_is_a_request_and_the_rows_wait_for_its_answer() {
    let mut app = worker_app();
    let before = app.results.clone();
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "gsoia");
    assert_eq!(app.results, before, "nothing ranked on this thread");
    assert!(app.search_running.is_some());
    assert!(screen(&app).contains("searching…"), "{}", screen(&app));
    let request = app.take_search().expect("a request");
    assert!(app.take_search().is_none(), "taken once");
    app.update(request.run());
    assert!(app.search_running.is_none());
    assert!(!screen(&app).contains("searching…"));

    let sync = app_sync("gsoia");
    assert_eq!(app.results, sync.results);
    assert_eq!(app.tab_counts(), sync.tab_counts());
    assert_eq!(selected_id(&app), selected_id(&sync));
}

fn app_sync(query: &str) -> App {
    let mut app = app(Lang::En, 120, 40);
    app.update(Action::GoTab(1));
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, query);
    app
}

#[test]
fn answers_to_older_queries_are_dropped() {
    let mut app = worker_app();
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "cyb");
    let old = app.take_search().unwrap();
    type_text(&mut app, "er");
    let new = app.take_search().unwrap();
    let before = app.results.clone();
    app.update(old.run());
    assert_eq!(app.results, before, "a stale answer changes nothing");
    assert!(app.search_running.is_some());
    app.update(new.run());
    assert_eq!(app.results, app_sync("cyber").results);
}

#[test]
fn a_filter_change_goes_to_the_worker_and_outdates_the_running_search() {
    let mut app = worker_app();
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "defence");
    let running = app.take_search().unwrap();
    keys(&mut app, &[key(KeyCode::Enter)]);
    app.update(Action::ClearFilters);
    let cleared = app
        .take_search()
        .expect("filters are applied on the worker");
    assert!(app.search_running.is_some());
    let before = app.results.clone();
    app.update(running.run());
    assert_eq!(
        app.results, before,
        "the answer for the old filters is dropped"
    );
    app.update(cleared.run());
    assert!(app.search_running.is_none());
    assert_eq!(app.results, app_sync("defence").results);
}

/// A filter change keeps the selected record where it is still listed,
/// as the synchronous app does; a new query goes back to the first row.
#[test]
fn the_answer_to_a_filter_change_keeps_the_selection() {
    let domains = std::collections::BTreeSet::from([accords::model::Domain::Defence]);
    let mut app = app_with(Lang::En, 120, 40, domains.clone()).with_search_worker();
    let mut sync = app_with(Lang::En, 120, 40, domains);
    for a in [&mut app, &mut sync] {
        a.update(Action::GoTab(1));
        keys(a, &[key(KeyCode::Char('j')), key(KeyCode::Char('j'))]);
    }
    let chosen = selected_id(&app);
    assert!(chosen.is_some());
    assert_ne!(app.selected[1], 0);
    app.update(Action::ClearFilters);
    sync.update(Action::ClearFilters);
    let request = app.take_search().expect("a request");
    app.update(request.run());
    assert_eq!(selected_id(&app), chosen, "kept");
    assert_eq!(
        selected_id(&sync),
        chosen,
        "as the synchronous app keeps it"
    );
    assert_eq!(app.results, sync.results);
}

#[test]
fn the_worker_thread_answers_the_newest_request() {
    let (tx, rx) = accords::worker::spawn().unwrap();
    let mut app = worker_app();
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    for c in "protection info classif".chars() {
        type_text(&mut app, &c.to_string());
        if let Some(r) = app.take_search() {
            tx.send(r).unwrap();
        }
    }
    while app.search_running.is_some() {
        let answer = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("the worker answers");
        app.update(answer);
    }
    assert_eq!(app.results, app_sync("protection info classif").results);
}

#[test]
fn a_failed_worker_hands_ranking_back_to_the_interface_thread() {
    let mut app = worker_app();
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "gsoia");
    let request = app.take_search().unwrap();
    app.update(Action::SearchFailed(request.seq));
    assert!(app.search_running.is_none(), "not stuck on “searching…”");
    assert_eq!(app.results, app_sync("gsoia").results);
    // From now on, ranking is synchronous.
    keys(&mut app, &[key(KeyCode::Backspace)]);
    assert!(app.take_search().is_none());
    assert_eq!(app.results, app_sync("gsoi").results);
}

#[test]
fn a_late_answer_does_not_wipe_a_notice() {
    let mut app = worker_app();
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "gsoia");
    let request = app.take_search().unwrap();
    keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Char('y'))]);
    assert!(app.notice.is_some(), "citation copied");
    app.update(request.run());
    assert!(app.notice.is_some(), "still shown after the answer");
}
