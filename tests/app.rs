//! `App::update` transitions and search behaviour, driven headless through
//! the keymap exactly as the event loop drives them.

mod common;

use std::collections::BTreeSet;

use accords::app::{Action, FilterItem, FilterSection, Notice, Overlay, TIMELINE_TAB, View};
use accords::catalog::{Kind, Row};
use accords::export::ExportFormat;
use accords::model::{Domain, Form, Lang, Status};
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
    // Every summary-only hit ranks after every title hit.
    let title_hits: Vec<&String> = rows
        .iter()
        .filter(|id| {
            let r = &app.catalog.records[app.catalog.get(id).unwrap()];
            accords::search::fold(&format!("{} {}", r.title.en, r.title.fr)).contains("classif")
        })
        .collect();
    let first: Vec<&String> = rows.iter().take(title_hits.len()).collect();
    assert_eq!(first, title_hits, "{rows:?}");
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
    filter_cursor_to(&mut app, FilterItem::Domain(Domain::Space));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    assert_eq!(app.filters.domains, BTreeSet::from([Domain::Space]));
    let space_only = app.tab_counts();
    for t in 0..4 {
        assert!(space_only[t] <= all[t]);
        for i in tab_records(&app, t) {
            assert!(app.catalog.records[i].domains.contains(&Domain::Space));
        }
    }
    // A second domain widens (any of them).
    filter_cursor_to(&mut app, FilterItem::Domain(Domain::Cyber));
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
    assert!(app.filters.is_empty());
    assert_eq!(app.tab_counts(), all);
}

#[test]
fn cli_domains_start_filtered() {
    let app = app_with(Lang::En, 120, 40, BTreeSet::from([Domain::Cyber]));
    for t in 0..4 {
        for i in tab_records(&app, t) {
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
    assert_eq!(app.page().unwrap().target, None, "nothing selected on open");
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(
        app.pages.len(),
        1,
        "Enter with nothing selected follows nothing"
    );
    keys(&mut app, &[key(KeyCode::Tab), key(KeyCode::Tab)]);
    assert_eq!(app.page().unwrap().target, Some(1.min(links.len() - 1)));
    keys(&mut app, &[key(KeyCode::BackTab)]);
    assert_eq!(app.page().unwrap().target, Some(0));
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
    filter_cursor_to(&mut app, FilterItem::Domain(Domain::ClassifiedInformation));
    keys(&mut app, &[key(KeyCode::Char(' ')), key(KeyCode::Esc)]);
    assert_eq!(selected_id(&app).as_deref(), Some(GSOIA));
}

fn alt(code: KeyCode) -> ratatui::crossterm::event::KeyEvent {
    ratatui::crossterm::event::KeyEvent::new(code, ratatui::crossterm::event::KeyModifiers::ALT)
}

/// The ids of the pages in the history, oldest first.
fn path(app: &accords::app::App) -> Vec<String> {
    app.pages
        .iter()
        .map(|p| app.catalog.records[p.record].id.clone())
        .collect()
}

#[test]
fn history_goes_back_and_forward_and_forgets_forward_on_a_new_link() {
    let mut app = app(Lang::En, 140, 40);
    go_tab(&mut app, Kind::Agreement);
    search(&mut app, "gsoia");
    keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Enter)]);
    let links = app.catalog.records[app.page().unwrap().record]
        .links
        .clone();
    assert!(links.len() >= 2);
    let (a, b, c) = (
        GSOIA.to_string(),
        app.catalog.records[links[0].target].id.clone(),
        app.catalog.records[links[1].target].id.clone(),
    );
    keys(&mut app, &[key(KeyCode::Tab), key(KeyCode::Enter)]);
    assert_eq!(path(&app), [a.clone(), b.clone()]);
    // Backspace goes back; Alt-→ comes forward again.
    keys(&mut app, &[key(KeyCode::Backspace)]);
    assert_eq!(path(&app), std::slice::from_ref(&a));
    assert_eq!(app.forward.len(), 1);
    keys(&mut app, &[alt(KeyCode::Right)]);
    assert_eq!(path(&app), [a.clone(), b.clone()]);
    assert!(app.forward.is_empty());
    // The breadcrumb follows the path.
    let short = |id: &str| {
        let r = &app.catalog.records[app.catalog.get(id).unwrap()];
        r.short().en.clone()
    };
    let crumb = format!("{} › {}", short(&a), short(&b));
    assert!(screen(&app).contains(&crumb), "{crumb}");
    // Alt-← twice: back to the list; Alt-→ reopens the first page.
    keys(&mut app, &[alt(KeyCode::Left), alt(KeyCode::Left)]);
    assert_eq!(app.view, View::List);
    assert_eq!(app.forward.len(), 2);
    keys(&mut app, &[alt(KeyCode::Right)]);
    assert_eq!(app.view, View::Detail);
    assert_eq!(path(&app), std::slice::from_ref(&a));
    assert_eq!(app.forward.len(), 1);
    // Following another link forgets the forward page.
    keys(&mut app, &[key(KeyCode::Tab), key(KeyCode::Enter)]);
    assert_eq!(path(&app), [a.clone(), c.clone()]);
    assert!(app.forward.is_empty());
    keys(&mut app, &[alt(KeyCode::Right)]);
    assert_eq!(path(&app), [a, c], "nothing to go forward to");
    // Scroll positions come back with their pages.
    keys(
        &mut app,
        &[key(KeyCode::Char('j')), key(KeyCode::Char('j'))],
    );
    keys(&mut app, &[key(KeyCode::Esc), alt(KeyCode::Right)]);
    assert_eq!(app.page().unwrap().scroll, 2);
}

#[test]
fn status_filter_keeps_records_with_any_chosen_status() {
    let mut app = app(Lang::En, 120, 40);
    filter_cursor_to(&mut app, FilterItem::Status(Status::InForce));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    let in_force: usize = app.tab_counts().iter().sum();
    assert!(in_force > 0);
    for t in 0..4 {
        for i in tab_records(&app, t) {
            assert_eq!(app.catalog.records[i].status, Some(Status::InForce));
        }
    }
    // Events have no status: the timeline keeps only status changes.
    for row in &app.results[TIMELINE_TAB] {
        if let Row::Entry(e) = row {
            assert!(app.catalog.timeline[*e].change.is_some());
        }
    }
    // A second status widens (OR within a kind).
    filter_cursor_to(&mut app, FilterItem::Status(Status::Signed));
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert!(app.tab_counts()[1] > 0);
    for i in tab_records(&app, 1) {
        let s = app.catalog.records[i].status;
        assert!(s == Some(Status::InForce) || s == Some(Status::Signed));
    }
    assert!(app.tab_counts().iter().sum::<usize>() > in_force);
    // Toggling again removes it.
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.tab_counts().iter().sum::<usize>(), in_force);
}

#[test]
fn party_and_kind_filters() {
    let mut app = app(Lang::En, 120, 40);
    let qc = app
        .catalog
        .parties
        .iter()
        .position(|p| p.id == "qc")
        .unwrap();
    filter_cursor_to(&mut app, FilterItem::Party(qc));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    let n: usize = app.tab_counts().iter().sum();
    assert!(n > 0 && n < app.catalog.records.len());
    for t in 0..4 {
        for i in tab_records(&app, t) {
            assert!(app.catalog.records[i].parties.contains(&qc));
        }
    }
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    // Kind: treaties only; partnerships and commitments have no form.
    filter_cursor_to(&mut app, FilterItem::Form(Form::Treaty));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    assert_eq!(app.filters.forms, [Form::Treaty]);
    let counts = app.tab_counts();
    assert_eq!((counts[0], counts[2]), (0, 0));
    assert!(counts[1] > 0);
    let treaties = app
        .catalog
        .records
        .iter()
        .filter(|r| r.form == Some(Form::Treaty))
        .count();
    assert_eq!(counts[1], treaties);
    for i in tab_records(&app, 1) {
        assert_eq!(app.catalog.records[i].form, Some(Form::Treaty));
    }
    // Both kinds: every agreement again.
    filter_cursor_to(&mut app, FilterItem::Form(Form::NonBinding));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    assert_eq!(app.tab_counts()[1], app.tab_totals()[1]);
}

#[test]
fn filter_kinds_combine_with_and_and_with_search() {
    let mut app = app(Lang::En, 120, 40);
    filter_cursor_to(&mut app, FilterItem::Domain(Domain::Defence));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    let defence = app.tab_counts()[1];
    filter_cursor_to(&mut app, FilterItem::Status(Status::Signed));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    let both = app.tab_counts()[1];
    assert!(both > 0 && both < defence, "{both} of {defence}");
    for i in tab_records(&app, 1) {
        let r = &app.catalog.records[i];
        assert!(r.domains.contains(&Domain::Defence) && r.status == Some(Status::Signed));
    }
    keys(&mut app, &[key(KeyCode::Esc)]);
    search(&mut app, "gsoia");
    keys(&mut app, &[key(KeyCode::Enter)]);
    go_tab(&mut app, Kind::Agreement);
    assert_eq!(row_ids(&app), [GSOIA]);
}

#[test]
fn year_range_moves_with_arrows_and_plus_minus() {
    let mut app = app(Lang::En, 120, 40);
    let (lo, hi) = app.year_bounds.unwrap();
    assert!(lo < 2000 && hi >= 2025, "{lo}–{hi}");
    filter_cursor_to(&mut app, FilterItem::FromYear);
    // Left at the first year stays unset.
    keys(&mut app, &[key(KeyCode::Left)]);
    assert_eq!(app.filters.from_year, None);
    for _ in 0..(2020 - lo) {
        keys(&mut app, &[key(KeyCode::Char('+'))]);
    }
    assert_eq!(app.filters.from_year, Some(2020));
    filter_cursor_to(&mut app, FilterItem::ToYear);
    keys(&mut app, &[key(KeyCode::Char('-'))]);
    assert_eq!(app.filters.to_year, Some(hi - 1));
    keys(&mut app, &[key(KeyCode::Right)]);
    assert_eq!(app.filters.to_year, None, "back at the last year: unset");
    for t in 0..TIMELINE_TAB {
        for i in tab_records(&app, t) {
            assert!(app.catalog.records[i].date.unwrap().year >= 2020);
        }
    }
    // The timeline filters on each entry's own date.
    assert!(app.tab_counts()[TIMELINE_TAB] > 0);
    for row in &app.results[TIMELINE_TAB] {
        match row {
            Row::Year(y) => assert!(*y >= 2020),
            Row::Entry(e) => assert!(app.catalog.timeline[*e].date.year >= 2020),
            Row::Record(_) => panic!("a record row on the timeline"),
        }
    }
    // The bounds never cross.
    for _ in 0..(hi - lo + 5) {
        keys(&mut app, &[key(KeyCode::Left)]);
    }
    assert_eq!(app.filters.to_year, Some(2020));
    filter_cursor_to(&mut app, FilterItem::FromYear);
    keys(&mut app, &[key(KeyCode::Right)]);
    assert_eq!(app.filters.from_year, Some(2020));
    // Space resets the row.
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    assert_eq!(app.filters.from_year, None);
}

#[test]
fn x_clears_every_filter_from_the_list_too() {
    let mut app = app(Lang::Fr, 120, 40);
    let all = app.tab_counts();
    filter_cursor_to(&mut app, FilterItem::Domain(Domain::Defence));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    filter_cursor_to(&mut app, FilterItem::Status(Status::InForce));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    filter_cursor_to(&mut app, FilterItem::Form(Form::Treaty));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    filter_cursor_to(&mut app, FilterItem::FromYear);
    keys(&mut app, &[key(KeyCode::Right)]);
    keys(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.filters.count(), 4);
    // Every active filter is a chip in the header.
    let header = screen(&app).lines().next().unwrap().to_string();
    let (lo, hi) = app.year_bounds.unwrap();
    for chip in [
        "défense".to_string(),
        "en vigueur".into(),
        "traité".into(),
        format!("{}–{hi}", lo + 1),
    ] {
        assert!(
            header.contains(&format!(" {chip} ")),
            "{chip} in {header:?}"
        );
    }
    assert_eq!(app.context(), accords::keymap::Context::List);
    keys(&mut app, &[key(KeyCode::Char('x'))]);
    assert!(app.filters.is_empty());
    assert_eq!(app.tab_counts(), all);
}

#[test]
fn filter_popup_sections_and_tab_jumps() {
    let mut app = app(Lang::En, 120, 40);
    keys(&mut app, &[key(KeyCode::Char('f'))]);
    let sections: Vec<FilterSection> = {
        let mut v: Vec<FilterSection> = app.filter_items.iter().map(|i| i.section()).collect();
        v.dedup();
        v
    };
    assert_eq!(
        sections,
        [
            FilterSection::Dates,
            FilterSection::Domains,
            FilterSection::Statuses,
            FilterSection::Parties,
            FilterSection::Forms,
        ]
    );
    for want in &sections[1..] {
        keys(&mut app, &[key(KeyCode::Tab)]);
        assert_eq!(app.filter_items[app.filter_cursor].section(), *want);
    }
    keys(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.filter_cursor, 0, "wraps around");
    assert_eq!(app.filter_items[app.filter_cursor], FilterItem::FromYear);
    keys(&mut app, &[key(KeyCode::BackTab)]);
    assert_eq!(
        app.filter_items[app.filter_cursor].section(),
        FilterSection::Forms
    );
}

/// How many of record `r`'s status steps the timeline lists: those that no
/// event of the same day and kind, linked to the record, already tells.
fn untold_steps(c: &accords::catalog::Catalog, r: usize) -> usize {
    c.records[r]
        .history
        .iter()
        .filter(|h| {
            !c.records.iter().any(|e| {
                e.event_kind.and_then(|k| k.step()) == Some(h.status)
                    && e.date == Some(h.date)
                    && e.links.iter().any(|l| l.target == r)
            })
        })
        .count()
}

#[test]
fn timeline_holds_events_and_status_changes_by_year() {
    let mut app = app(Lang::En, 120, 40);
    go_tab(&mut app, Kind::Event);
    let rows = app.rows().to_vec();
    let history: usize = (0..app.catalog.records.len())
        .map(|r| untold_steps(&app.catalog, r))
        .sum();
    let events = app.catalog.of_kind(Kind::Event).count();
    assert!(history > 0);
    assert_eq!(app.catalog.timeline.len(), history + events);
    assert_eq!(app.tab_counts()[TIMELINE_TAB], history + events);
    assert!(matches!(rows[0], Row::Year(_)), "a year leads");
    let mut year = None;
    let mut last = None;
    let mut changes = 0;
    for row in &rows {
        match *row {
            Row::Year(y) => {
                assert!(year.is_none_or(|p| p < y), "years ascend");
                year = Some(y);
            }
            Row::Entry(e) => {
                let entry = app.catalog.timeline[e];
                assert_eq!(Some(entry.date.year), year, "under its year");
                assert!(last.is_none_or(|l| l <= entry.date.sort_key()));
                last = Some(entry.date.sort_key());
                if let Some(c) = app.catalog.entry_change(&entry) {
                    let rec = &app.catalog.records[entry.record];
                    assert!(
                        rec.history
                            .iter()
                            .any(|h| h.date == entry.date && h.status == c.status)
                    );
                    changes += 1;
                }
            }
            Row::Record(_) => panic!("record row on the timeline"),
        }
    }
    assert_eq!(changes, history);
    // The selection never rests on a heading.
    for k in ['j', 'j', 'G', 'k', 'g', 'j', 'k'] {
        keys(&mut app, &[key(KeyCode::Char(k))]);
        assert!(!matches!(
            app.rows()[app.selected[TIMELINE_TAB]],
            Row::Year(_)
        ));
    }
    keys(&mut app, &[ctrl('d'), ctrl('d'), ctrl('u')]);
    assert!(!matches!(
        app.rows()[app.selected[TIMELINE_TAB]],
        Row::Year(_)
    ));
}

#[test]
fn timeline_search_keeps_status_changes_of_matching_records_and_opens_them() {
    let mut app = app(Lang::En, 120, 40);
    go_tab(&mut app, Kind::Event);
    search(&mut app, "gsoia");
    keys(&mut app, &[key(KeyCode::Enter)]);
    let gsoia = app.catalog.get(GSOIA).unwrap();
    let hits: Vec<usize> = app
        .index
        .search(&app.parsed)
        .unwrap()
        .into_iter()
        .map(|h| h.0)
        .collect();
    let mut gsoia_changes = 0;
    for row in app.rows() {
        if let Row::Entry(e) = row {
            let entry = app.catalog.timeline[*e];
            assert!(hits.contains(&entry.record));
            if entry.record == gsoia {
                assert!(entry.change.is_some());
                gsoia_changes += 1;
            }
        }
    }
    assert_eq!(gsoia_changes, untold_steps(&app.catalog, gsoia));
    // Enter on a status change opens the agreement it belongs to.
    while app.selected_record() != Some(gsoia) {
        let before = app.selected[TIMELINE_TAB];
        keys(&mut app, &[key(KeyCode::Char('j'))]);
        assert_ne!(before, app.selected[TIMELINE_TAB], "gsoia row not found");
    }
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.view, View::Detail);
    assert_eq!(app.page().unwrap().record, gsoia);
    // The status line counts entries, not headings.
    keys(&mut app, &[key(KeyCode::Esc)]);
    let (pos, n) = app.position();
    assert_eq!(n, app.tab_counts()[TIMELINE_TAB]);
    assert!(pos >= 1 && pos <= n);
}

#[test]
fn export_prepares_a_named_file_of_the_filtered_searched_view() {
    let mut app = app(Lang::En, 120, 40);
    go_tab(&mut app, Kind::Agreement);
    search(&mut app, "classified");
    keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Char('e'))]);
    let req = app.take_export().expect("an export request");
    assert!(app.take_export().is_none(), "taken once");
    let name = &req.file_name;
    assert!(
        name.starts_with("accords-agreements-") && name.ends_with(".md"),
        "{name}"
    );
    let stamp = &name["accords-agreements-".len()..name.len() - 3];
    assert_eq!(stamp.len(), 13, "{stamp}");
    assert!(stamp.chars().enumerate().all(|(i, c)| if i == 8 {
        c == '-'
    } else {
        c.is_ascii_digit()
    }));
    let ids = row_ids(&app);
    assert!(ids.len() < app.tab_totals()[1]);
    for id in &ids {
        assert!(req.contents.contains(&format!("| {id} |")), "{id}");
    }
    assert_eq!(
        req.contents.matches("\n| ").count(),
        ids.len() + 1,
        "header + rows"
    );
    match &app.notice {
        Some(Notice::Exported { file, rows }) => {
            assert_eq!(file, name);
            assert_eq!(*rows, ids.len());
        }
        other => panic!("{other:?}"),
    }
    assert!(
        screen(&app).contains(name.as_str()),
        "the status line names the file"
    );
    // E cycles the format; a second export in the same minute gets a new name.
    keys(&mut app, &[key(KeyCode::Char('E'))]);
    assert_eq!(app.export_format, ExportFormat::Csv);
    keys(&mut app, &[key(KeyCode::Char('e'))]);
    let csv = app.take_export().unwrap();
    assert!(csv.file_name.ends_with(".csv"));
    assert_eq!(csv.contents.lines().count(), ids.len() + 1);
    keys(
        &mut app,
        &[key(KeyCode::Char('E')), key(KeyCode::Char('E'))],
    );
    keys(
        &mut app,
        &[key(KeyCode::Char('e')), key(KeyCode::Char('e'))],
    );
    let second = app.take_export().unwrap();
    assert!(second.file_name.ends_with(".md"));
    assert_ne!(&second.file_name, name);
    // The name actually written is reported (a taken name gets -2).
    let written = second.file_name.replace(".md", "-2.md");
    app.update(Action::ExportDone(Ok(
        std::path::PathBuf::from("/tmp").join(&written)
    )));
    match &app.notice {
        Some(Notice::Exported { file, .. }) => assert_eq!(file, &written),
        other => panic!("{other:?}"),
    }
    assert!(screen(&app).contains(&written));
    // A failed write is reported.
    keys(&mut app, &[key(KeyCode::Char('e'))]);
    app.take_export().unwrap();
    app.update(Action::ExportDone(Err(
        std::io::ErrorKind::PermissionDenied,
    )));
    assert!(matches!(app.notice, Some(Notice::ExportFailed { .. })));
    app.update(Action::Down);
    assert_eq!(app.notice, None, "a notice lasts one action");
}

#[test]
fn export_of_the_timeline_keeps_year_groups() {
    let mut app = app(Lang::Fr, 120, 40);
    go_tab(&mut app, Kind::Event);
    keys(&mut app, &[key(KeyCode::Char('e'))]);
    let req = app.take_export().unwrap();
    assert!(req.file_name.starts_with("accords-timeline-"));
    let years = app
        .rows()
        .iter()
        .filter(|r| matches!(r, Row::Year(_)))
        .count();
    assert_eq!(req.contents.matches("\n## ").count(), years);
    assert!(req.contents.contains("statut"));
}

#[test]
fn y_copies_the_selected_records_citation() {
    let mut app = app(Lang::Fr, 120, 40);
    go_tab(&mut app, Kind::Agreement);
    search(&mut app, "gsoia");
    keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Char('y'))]);
    let text = app.take_clipboard().expect("clipboard text");
    assert!(app.take_clipboard().is_none(), "taken once");
    let i = app.catalog.get(GSOIA).unwrap();
    // The citation in the interface language (tests/export.rs pins it).
    assert_eq!(
        text,
        accords::output::citation::citation(&app.catalog, i, Lang::Fr)
    );
    assert!(text.contains("Signé, 25 février 2026."), "{text}");
    assert!(!text.contains('\n'));
    assert_eq!(app.notice, Some(Notice::Copied(GSOIA.into())));
    // In the detail view, the page's record is cited.
    keys(
        &mut app,
        &[key(KeyCode::Enter), key(KeyCode::Tab), key(KeyCode::Enter)],
    );
    let page = app.page().unwrap().record;
    keys(&mut app, &[key(KeyCode::Char('y'))]);
    assert!(
        app.take_clipboard()
            .unwrap()
            .starts_with(&app.catalog.records[page].title.fr)
    );
}

#[test]
fn the_help_scrolls_to_its_last_line_and_no_further() {
    let mut app = app(Lang::En, 80, 24);
    keys(&mut app, &[key(KeyCode::Char('?'))]);
    for _ in 0..500 {
        keys(&mut app, &[key(KeyCode::Char('j'))]);
    }
    let max = app.help_scroll;
    assert!(max > 0);
    keys(&mut app, &[key(KeyCode::Char('k'))]);
    assert_eq!(app.help_scroll, max - 1, "one key up moves up at once");
    app.update(Action::Wheel(100));
    assert_eq!(app.help_scroll, max);
}

/// After following a link to a record the list does not show, the status
/// line has no place in the list to give: it starts with the record's id,
/// not with a separator.
#[test]
fn the_status_line_after_a_link_out_of_the_list_starts_with_the_id() {
    let mut app = app(Lang::En, 140, 40);
    go_tab(&mut app, Kind::Agreement);
    search(&mut app, "gsoia");
    keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Enter)]);
    let shown = app.selected_record();
    keys(&mut app, &[key(KeyCode::Tab), key(KeyCode::Enter)]);
    let target = app.page().unwrap().record;
    assert_ne!(Some(target), shown, "the link led elsewhere");
    let screen = screen(&app);
    let status = screen.lines().nth(38).unwrap();
    let id = &app.catalog.records[target].id;
    assert!(status.starts_with(&format!(" id: {id} ")), "{status:?}");
}

/// The help scrolls like the detail page: to its end with G (or End), a
/// page at a time, and back to its top with g (or Home).
#[test]
fn help_scrolls_to_its_end_by_page_and_back() {
    let mut app = app(Lang::En, 80, 24);
    keys(&mut app, &[key(KeyCode::Char('?'))]);
    let max = app.help_max_scroll();
    assert!(max > 0, "the help is longer than the screen");
    keys(&mut app, &[key(KeyCode::Char('G'))]);
    assert_eq!(app.help_scroll, max);
    keys(&mut app, &[key(KeyCode::Char('g'))]);
    assert_eq!(app.help_scroll, 0);
    keys(&mut app, &[key(KeyCode::PageDown)]);
    assert!(
        app.help_scroll > 1 && app.help_scroll <= max,
        "{}",
        app.help_scroll
    );
    keys(&mut app, &[key(KeyCode::PageUp)]);
    assert_eq!(app.help_scroll, 0);
    keys(&mut app, &[key(KeyCode::End)]);
    assert_eq!(app.help_scroll, max);
}

/// A status step that an event of the same day and kind already tells
/// (the signature event of an agreement, linked to it) is listed once, as
/// the event.
#[test]
fn the_timeline_lists_each_step_once() {
    let app = app(Lang::En, 120, 40);
    let c = &app.catalog;
    let mut told = 0;
    for e in c.records.iter().filter(|r| r.kind == Kind::Event) {
        let Some(status) = e.event_kind.and_then(|k| k.step()) else {
            continue;
        };
        for l in &e.links {
            let repeats = c
                .timeline
                .iter()
                .filter(|t| {
                    t.record == l.target
                        && Some(t.date) == e.date
                        && t.change
                            .is_some_and(|h| c.records[t.record].history[h].status == status)
                })
                .count();
            assert_eq!(
                repeats, 0,
                "{} repeats a step of {}",
                e.id, c.records[l.target].id
            );
            told += 1;
        }
    }
    assert!(told > 0);
    // Steps no event tells stay on the timeline.
    assert!(c.timeline.iter().any(|t| t.change.is_some()));
}
