//! The command line (`:`): filters, sort, goto and export in a few keys,
//! completion, history, and an answer for an unknown command.

mod common;

use accords::app::{Notice, View};
use accords::keymap::Context;
use accords::model::{Lang, Status};
use common::*;
use ratatui::crossterm::event::KeyCode;

fn run(app: &mut accords::app::App, line: &str) {
    keys(app, &[key(KeyCode::Char(':'))]);
    assert_eq!(app.context(), Context::Command);
    type_text(app, line);
    keys(app, &[key(KeyCode::Enter)]);
    assert!(app.command.is_none());
}

#[test]
fn year_status_domain_and_party_set_the_filters() {
    let mut app = app(Lang::En, 120, 40);
    run(&mut app, "year 2020..2025");
    assert_eq!(
        (app.filters.from_year, app.filters.to_year),
        (Some(2020), Some(2025))
    );
    run(&mut app, "status in-force");
    assert_eq!(app.filters.statuses, [Status::InForce]);
    run(&mut app, "clear");
    assert!(app.filters.is_empty());
    run(&mut app, "domain space");
    assert_eq!(app.filters.domains.len(), 1);
    run(&mut app, "party kr");
    assert_eq!(app.filters.parties.len(), 1);
    run(&mut app, "year ..1999");
    assert_eq!(
        (app.filters.from_year, app.filters.to_year),
        (None, Some(1999))
    );
    assert!(app.notice.is_none(), "{:?}", app.notice);
}

#[test]
fn sort_goto_and_export() {
    let mut app = app(Lang::En, 120, 40);
    app.update(accords::app::Action::GoTab(1));
    run(&mut app, "sort in-force desc");
    assert_eq!(app.sort.key, accords::sort::SortKey::InForce);
    assert!(app.sort.desc);
    run(&mut app, "goto GSOIA");
    assert_eq!(app.view, View::Detail);
    assert_eq!(app.catalog.records[app.page().unwrap().record].id, "gsoia");
    keys(&mut app, &[key(KeyCode::Esc)]);
    run(&mut app, "export csv");
    let req = app.take_export().unwrap();
    assert!(req.file_name.ends_with(".csv"));
}

#[test]
fn tab_completes_up_recalls_and_unknown_commands_suggest() {
    let mut app = app(Lang::En, 120, 40);
    keys(&mut app, &[key(KeyCode::Char(':'))]);
    type_text(&mut app, "ye");
    keys(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.command.as_ref().unwrap().text, "year ");
    let s = screen(&app);
    assert!(s.contains(":year "), "{s}");
    assert!(s.contains("FROM..TO"), "{s}");
    type_text(&mut app, "2021");
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.filters.from_year, Some(2021));
    keys(&mut app, &[key(KeyCode::Char(':')), key(KeyCode::Up)]);
    assert_eq!(app.command.as_ref().unwrap().text, "year 2021");
    keys(&mut app, &[key(KeyCode::Esc)]);
    assert!(app.command.is_none());
    run(&mut app, "stauts signed");
    match &app.notice {
        Some(Notice::CommandFailed(why)) => assert!(why.contains("did you mean :status"), "{why}"),
        other => panic!("{other:?}"),
    }
    run(&mut app, "status nope");
    assert!(matches!(app.notice, Some(Notice::CommandFailed(_))));
    assert!(screen(&app).contains("unknown status \"nope\""));
}
