//! Screens as a user sees them: insta snapshots of `TestBackend` buffers at
//! 80×24 and 140×40, plus degenerate sizes.

mod common;

use accords::app::{Action, App, FilterItem};
use accords::catalog::Kind;
use accords::model::{Domain, Form, Lang, Status};
use accords::ui::Theme;
use common::*;
use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Modifier;

const SIZES: [(u16, u16); 2] = [(80, 24), (140, 40)];

fn snap(name: &str, app: &App) {
    let t = draw(app, &Theme::mono());
    assert_snapshot!(format!("{name}_{}x{}", app.size.0, app.size.1), t.backend());
}

#[test]
fn each_tab() {
    for (w, h) in SIZES {
        for (t, kind) in Kind::ALL.iter().enumerate() {
            let mut app = app(Lang::Fr, w, h);
            app.update(Action::GoTab(t));
            snap(&format!("tab_{kind:?}").to_lowercase(), &app);
        }
    }
    let mut app = app(Lang::En, 140, 40);
    app.update(Action::GoTab(1));
    snap("tab_agreements_english", &app);
}

#[test]
fn search_with_highlights() {
    for (w, h) in SIZES {
        let mut app = app(Lang::En, w, h);
        app.update(Action::GoTab(1));
        keys(&mut app, &[key(KeyCode::Char('/'))]);
        type_text(&mut app, "protec classif");
        snap("search", &app);
    }
}

#[test]
fn matched_characters_are_styled() {
    let mut app = app(Lang::En, 140, 40);
    app.update(Action::GoTab(1));
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "classified");
    let t = draw(&app, &Theme::mono());
    let buf = t.backend().buffer();
    // Find "Classified" in the table and check each letter is underlined.
    let mut found = false;
    for y in 0..buf.area.height {
        let row: String = (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if let Some(byte) = row.find("Classified") {
            let x0 = row[..byte].chars().count() as u16;
            for dx in 0..10 {
                let cell = &buf[(x0 + dx, y)];
                assert!(
                    cell.modifier.contains(Modifier::UNDERLINED),
                    "cell {dx} of row {y}"
                );
            }
            let after = &buf[(x0 + 10, y)];
            assert!(!after.modifier.contains(Modifier::UNDERLINED));
            found = true;
            break;
        }
    }
    assert!(found, "no highlighted title on screen");
}

#[test]
fn filter_popup() {
    for (w, h) in SIZES {
        let mut app = app(Lang::Fr, w, h);
        keys(
            &mut app,
            &[
                key(KeyCode::Char('f')),
                key(KeyCode::Tab),
                key(KeyCode::Char('j')),
                key(KeyCode::Char(' ')),
            ],
        );
        snap("filter", &app);
    }
}

#[test]
fn detail_side_by_side_and_stacked() {
    for (w, h) in SIZES {
        let mut app = app(Lang::Fr, w, h);
        app.update(Action::GoTab(1));
        keys(&mut app, &[key(KeyCode::Char('/'))]);
        type_text(&mut app, "gsoia");
        keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Enter)]);
        snap("detail", &app);
    }
}

#[test]
fn help_overlay() {
    for (w, h) in SIZES {
        let mut app = app(Lang::En, w, h);
        keys(&mut app, &[key(KeyCode::Char('?'))]);
        snap("help", &app);
    }
}

#[test]
fn too_small_screen() {
    let app = app(Lang::En, 40, 10);
    snap("too_small", &app);
}

#[test]
fn degenerate_sizes_never_panic() {
    for (w, h) in [
        (0, 0),
        (1, 1),
        (2, 1),
        (1, 2),
        (0, 5),
        (5, 0),
        (50, 12),
        (99, 30),
        (100, 30),
    ] {
        let mut app = app(Lang::Fr, w, h);
        let _ = screen(&app);
        for k in ['/', 'a', '\n'] {
            let code = if k == '\n' {
                KeyCode::Enter
            } else {
                KeyCode::Char(k)
            };
            keys(&mut app, &[key(code)]);
            let _ = screen(&app);
        }
        keys(
            &mut app,
            &[
                key(KeyCode::Enter),
                key(KeyCode::Tab),
                key(KeyCode::Char('G')),
            ],
        );
        let _ = screen(&app);
        keys(&mut app, &[key(KeyCode::Char('?'))]);
        let _ = screen(&app);
    }
}

#[test]
fn detail_rows_align_french_beside_english() {
    let mut app = app(Lang::En, 140, 40);
    app.update(Action::GoTab(1));
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "gsoia");
    keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Enter)]);
    let s = screen(&app);
    let title_row = s
        .lines()
        .find(|l| l.starts_with("Title"))
        .expect("title row");
    assert!(title_row.contains("Accord"), "{title_row}");
    assert!(title_row.contains("Agreement"), "{title_row}");
    assert!(title_row.contains('│'));
}

#[test]
fn french_lines_never_start_with_high_punctuation() {
    for (w, h) in [(80, 24), (100, 40), (140, 40), (61, 30)] {
        let app_list = app(Lang::Fr, w, h);
        for i in 0..app_list.catalog.records.len() {
            let doc = accords::layout::document(&app_list.catalog, i, w, Lang::Fr);
            for line in &doc.lines {
                let text: String = line.iter().map(|r| r.text.as_str()).collect();
                for col in text.split('│') {
                    let col = col.trim_start_matches(' ');
                    let col = col
                        .strip_prefix("FR ")
                        .or(col.strip_prefix("EN "))
                        .unwrap_or(col)
                        .trim_start();
                    assert!(
                        !col.starts_with([':', ';', '!', '?', '»']),
                        "record {} at width {w}: {text:?}",
                        app_list.catalog.records[i].id
                    );
                }
            }
        }
    }
}

#[test]
fn filter_popup_sections() {
    for (w, h) in SIZES {
        let mut app = app(Lang::Fr, w, h);
        filter_cursor_to(&mut app, FilterItem::Status(Status::InForce));
        keys(&mut app, &[key(KeyCode::Char(' '))]);
        filter_cursor_to(&mut app, FilterItem::FromYear);
        for _ in 0..5 {
            keys(&mut app, &[key(KeyCode::Char('+'))]);
        }
        snap("filter_sections", &app);
    }
}

#[test]
fn header_chips_for_every_filter_kind() {
    let mut app = app(Lang::Fr, 140, 40);
    filter_cursor_to(&mut app, FilterItem::Domain(Domain::Defence));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    filter_cursor_to(&mut app, FilterItem::Status(Status::Signed));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    filter_cursor_to(&mut app, FilterItem::Form(Form::Treaty));
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    filter_cursor_to(&mut app, FilterItem::FromYear);
    for _ in 0..40 {
        keys(&mut app, &[key(KeyCode::Char('+'))]);
    }
    keys(&mut app, &[key(KeyCode::Esc)]);
    app.update(Action::GoTab(1));
    snap("filter_chips", &app);
}

#[test]
fn timeline_with_year_groups_and_search() {
    for (w, h) in SIZES {
        let mut app = app(Lang::En, w, h);
        app.update(Action::GoTab(3));
        keys(&mut app, &[key(KeyCode::Char('/'))]);
        type_text(&mut app, "social security");
        keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Char('j'))]);
        snap("timeline_search", &app);
    }
}

#[test]
fn export_notice_in_the_status_line() {
    let mut app = app(Lang::Fr, 80, 24);
    app.update(Action::GoTab(1));
    keys(&mut app, &[key(KeyCode::Char('e'))]);
    let req = app.take_export().unwrap();
    let s = screen(&app);
    let status = s.lines().nth(22).unwrap();
    assert!(
        status.contains(&format!("exporté (38 lignes) → {}", req.file_name)),
        "{status}"
    );
}

#[test]
fn status_lines_of_the_configuration_the_watch_and_the_search_worker() {
    // A configuration problem, shown at start-up.
    let app = app(Lang::En, 80, 24).with_config(
        accords::keymap::Keymap::default(),
        vec!["/home/u/.config/accords/config.ron:3:3: Unexpected field named `colour`".into()],
    );
    snap("config_problem", &app);
    // A broken save under --watch.
    let mut app = app_with(Lang::Fr, 80, 24, Default::default());
    app.update(Action::ReloadFailed(
        "data.ron:61:21: error: unknown variant `Anounced`".into(),
    ));
    snap("watch_error", &app);
    // A query the search worker has not answered yet.
    let mut app = common::app(Lang::En, 80, 24).with_search_worker();
    app.update(Action::StartSearch);
    for c in "gsoia".chars() {
        app.update(Action::SearchInput(c));
    }
    snap("searching", &app);
}

/// With 20,000 records the counts have five digits: on the narrowest screen
/// the interface accepts (50 columns) each row still shows its whole count,
/// the one computed for it, beside its label.
#[test]
fn filter_counts_fit_the_narrowest_screen() {
    let catalog = accords::catalog::Catalog::new(accords_synth::generate(20_000, 3));
    let mut app = App::new(catalog, Lang::En, std::collections::BTreeSet::new());
    // (Tall enough to show every row.)
    app.update(Action::Resize(50, 120));
    keys(&mut app, &[key(KeyCode::Char('f'))]);
    let screen = screen(&app);
    let expected = |label: &str, item: FilterItem| {
        let i = app.filter_items.iter().position(|&x| x == item).unwrap();
        (label.to_string(), app.filter_counts[i].unwrap())
    };
    let (party, _) = (0..app.catalog.parties.len())
        .map(|p| {
            (
                p,
                app.filter_items
                    .iter()
                    .position(|&x| x == FilterItem::Party(p)),
            )
        })
        .max_by_key(|&(_, i)| i.and_then(|i| app.filter_counts[i]))
        .unwrap();
    let name = app.catalog.parties[party].name.get(Lang::En).to_string();
    let rows = [
        expected("defence", FilterItem::Domain(Domain::Defence)),
        expected("signed", FilterItem::Status(Status::Signed)),
        expected(&name, FilterItem::Party(party)),
    ];
    assert!(rows.iter().any(|(_, n)| *n >= 10_000), "{rows:?}");
    for (label, n) in rows {
        let line = screen
            .lines()
            .find(|l| l.contains(&format!("] {label} ")))
            .unwrap_or_else(|| panic!("no row for {label}:\n{screen}"));
        assert!(
            line.contains(&format!(" {n} │")),
            "{label}: {n} not in {line:?}"
        );
    }
}

/// On the "terminal too small" screen only `q` (as it says) and Ctrl-C act,
/// and both quit, even while a query is being typed; other keys change
/// nothing that cannot be seen.
#[test]
fn the_too_small_screen_only_quits() {
    let mut app = app(Lang::En, 120, 40);
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "cyb");
    app.update(Action::Resize(30, 8));
    let before = (app.query.clone(), app.overlay, app.view, app.tab);
    keys(
        &mut app,
        &[
            key(KeyCode::Esc),
            key(KeyCode::Char('f')),
            key(KeyCode::Char('2')),
        ],
    );
    assert_eq!((app.query.clone(), app.overlay, app.view, app.tab), before);
    assert!(!app.should_quit);
    keys(&mut app, &[key(KeyCode::Char('q'))]);
    assert!(app.should_quit);
    assert_eq!(app.query, "cyb", "q quits rather than being typed");
}
