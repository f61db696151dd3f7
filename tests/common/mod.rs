#![allow(dead_code)]

use std::collections::BTreeSet;

use accords::app::{Action, App};
use accords::load::DEFAULT_MAX_SIZE;
use accords::model::{Domain, Lang};
use accords::pipeline::check_dataset;
use accords::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The app on the embedded corpus, in `lang`, sized `w`×`h`.
pub fn app(lang: Lang, w: u16, h: u16) -> App {
    app_with(lang, w, h, BTreeSet::new())
}

pub fn app_with(lang: Lang, w: u16, h: u16, domains: BTreeSet<Domain>) -> App {
    let checked = check_dataset(None, DEFAULT_MAX_SIZE);
    let catalog = accords::catalog::Catalog::new(checked.dataset.expect("embedded dataset loads"));
    let mut app = App::new(catalog, lang, domains);
    app.update(Action::Resize(w, h));
    app
}

/// Feeds keys through the keymap, as the event loop does.
pub fn keys(app: &mut App, keys: &[KeyEvent]) {
    for k in keys {
        if let Some(a) = app.key_action(k) {
            app.update(a);
        }
    }
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Types `text` as key presses.
pub fn type_text(app: &mut App, text: &str) {
    let ks: Vec<KeyEvent> = text.chars().map(|c| key(KeyCode::Char(c))).collect();
    keys(app, &ks);
}

/// Draws the app into a test terminal of its own size.
pub fn draw(app: &App, theme: &Theme) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| ui::draw(f, app, theme)).unwrap();
    t
}

/// The screen as text, one line per row.
pub fn screen(app: &App) -> String {
    let t = draw(app, &Theme::mono());
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The id of the record selected in the current tab.
pub fn selected_id(app: &App) -> Option<String> {
    app.selected_record()
        .map(|i| app.catalog.records[i].id.clone())
}

/// Ids of the current tab's rows, in order (year headings skipped; a
/// timeline entry gives its record's id).
pub fn row_ids(app: &App) -> Vec<String> {
    app.rows()
        .iter()
        .filter_map(|&r| app.catalog.row_record(r))
        .map(|i| app.catalog.records[i].id.clone())
        .collect()
}

/// The records tab `t` shows (a timeline entry gives its record).
pub fn tab_records(app: &App, t: usize) -> Vec<usize> {
    app.results[t]
        .iter()
        .filter_map(|&r| app.catalog.row_record(r))
        .collect()
}

/// Opens the filter popup if needed and moves its cursor onto `item`
/// with j/k, as a user would.
pub fn filter_cursor_to(app: &mut App, item: accords::app::FilterItem) {
    if app.overlay != accords::app::Overlay::Filter {
        keys(app, &[key(KeyCode::Char('f'))]);
    }
    let target = app
        .filter_items
        .iter()
        .position(|i| *i == item)
        .unwrap_or_else(|| panic!("{item:?} is not offered"));
    while app.filter_cursor > target {
        keys(app, &[key(KeyCode::Char('k'))]);
    }
    while app.filter_cursor < target {
        keys(app, &[key(KeyCode::Char('j'))]);
    }
}
