//! `--watch`: the watch thread sees a file edited, broken, removed and
//! restored; the app takes a new version keeping what the user looks at.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use accords::app::{Action, App, View};
use accords::load::DEFAULT_MAX_SIZE;
use accords::model::Lang;
use accords::watch;
use common::*;
use ratatui::crossterm::event::KeyCode;

const MINIMAL: &str = include_str!("fixtures/minimal.ron");
const CORPUS: &str = include_str!("../data/canada-korea.ron");

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        // Unique per call: tests run in parallel.
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("accords-watch-{}-{name}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Replaces the file the way many editors save: a new file renamed over.
fn save(path: &Path, text: &str) {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

fn next(rx: &Receiver<Action>) -> Action {
    rx.recv_timeout(Duration::from_secs(10))
        .expect("the watcher reports within 10 s")
}

fn app_on(text: &str) -> App {
    let dir = TempDir::new("app");
    let path = dir.0.join("data.ron");
    std::fs::write(&path, text).unwrap();
    let Action::Reload(data) = watch::load(&path, DEFAULT_MAX_SIZE) else {
        panic!("loads")
    };
    let (catalog, _) = std::sync::Arc::try_unwrap(data.0).unwrap();
    let mut app = App::new(catalog, Lang::En, BTreeSet::new());
    app.update(Action::Resize(120, 40));
    app
}

fn reload(app: &mut App, text: &str) {
    let dir = TempDir::new("reload");
    let path = dir.0.join("data.ron");
    std::fs::write(&path, text).unwrap();
    let action = watch::load(&path, DEFAULT_MAX_SIZE);
    assert!(matches!(action, Action::Reload(_)), "{action:?}");
    app.update(action);
}

#[test]
fn the_watcher_follows_edits_breakage_removal_and_repair() {
    let dir = TempDir::new("thread");
    let path = dir.0.join("data.ron");
    std::fs::write(&path, MINIMAL).unwrap();
    let rx = watch::spawn(path.clone(), DEFAULT_MAX_SIZE, Duration::from_millis(20)).unwrap();

    // An edit is read, checked and indexed.
    save(
        &path,
        &MINIMAL.replace("Space dialogue", "Space and cyber dialogue"),
    );
    match next(&rx) {
        Action::Reload(data) => {
            let (catalog, index) = &*data.0;
            let id = catalog.get("cm-space").unwrap();
            assert_eq!(catalog.records[id].title.en, "Space and cyber dialogue");
            let hits = index
                .search(&accords::search::Query::parse("cyber"))
                .unwrap();
            assert!(hits.iter().any(|(i, _)| *i == id), "indexed anew");
        }
        other => panic!("{other:?}"),
    }

    // A broken edit: its first error, with file, line and column.
    save(
        &path,
        &MINIMAL.replace("status: Announced", "status: Anounced"),
    );
    match next(&rx) {
        Action::ReloadFailed(e) => {
            assert!(e.starts_with(&format!("{}:", path.display())), "{e}");
            assert!(e.contains(":61:"), "line of the error: {e}");
            assert!(e.contains("error"), "{e}");
        }
        other => panic!("{other:?}"),
    }

    // A meaning error (unknown reference) is an error too.
    save(
        &path,
        &MINIMAL.replace("owner: \"pe-2023\"", "owner: \"pe-2024\""),
    );
    assert!(matches!(next(&rx), Action::ReloadFailed(e) if e.contains("pe-2024")));

    // Removed, then restored.
    std::fs::remove_file(&path).unwrap();
    assert!(matches!(next(&rx), Action::ReloadFailed(e) if e.contains("no such file")));
    std::fs::write(&path, MINIMAL).unwrap();
    assert!(matches!(next(&rx), Action::Reload(_)));

    // Nothing more without a change.
    assert!(rx.recv_timeout(Duration::from_millis(200)).is_err());
}

#[test]
fn a_reload_keeps_the_selection_and_the_pages_by_id() {
    let mut app = app_on(CORPUS);
    app.update(Action::GoTab(1));
    keys(&mut app, &[key(KeyCode::Down), key(KeyCode::Down)]);
    let selected = selected_id(&app).unwrap();
    keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Tab)]);
    let link = app.page().unwrap().target;
    keys(&mut app, &[key(KeyCode::Enter)]);
    let opened: Vec<String> = app
        .pages
        .iter()
        .map(|p| app.catalog.records[p.record].id.clone())
        .collect();
    assert_eq!(opened.len(), 2);

    // A new agreement, newest of all, now comes first in the list.
    let new = r#"    agreements: [
        (
            id: "new-2027",
            title: (fr: "Accord nouveau", en: "New agreement"),
            form: NonBinding,
            parties: ["ca", "kr"],
            status: Signed,
            signed: "2027-01-01",
            domains: [Space],
            summary: [(fr: "Un accord de plus.", en: "One more agreement.")],
            sources: ["src-js-2025-en"],
        ),"#;
    let edited = CORPUS.replacen("    agreements: [", new, 1);
    assert_ne!(edited, CORPUS);
    reload(&mut app, &edited);
    assert!(app.data_error.is_none());
    assert_eq!(app.view, View::Detail);
    let now: Vec<String> = app
        .pages
        .iter()
        .map(|p| app.catalog.records[p.record].id.clone())
        .collect();
    assert_eq!(now, opened, "the same pages, by id");
    assert_eq!(app.pages[0].target, link);
    keys(&mut app, &[key(KeyCode::Esc), key(KeyCode::Esc)]);
    assert_eq!(app.view, View::List);
    assert_eq!(selected_id(&app).as_deref(), Some(selected.as_str()));
    assert_eq!(row_ids(&app)[0], "new-2027");
    assert!(screen(&app).contains("New agreement"));
}

#[test]
fn a_reload_drops_what_is_gone_and_keeps_the_place() {
    let mut app = app_on(MINIMAL);
    keys(&mut app, &[key(KeyCode::Char('3')), key(KeyCode::Enter)]);
    assert_eq!(
        app.page()
            .map(|p| app.catalog.records[p.record].id.as_str()),
        Some("cm-space")
    );
    // The commitment becomes a second one with another id.
    reload(&mut app, &MINIMAL.replace("\"cm-space\"", "\"cm-espace\""));
    assert_eq!(app.view, View::List, "its page is gone");
    assert!(app.pages.is_empty());
    assert_eq!(
        selected_id(&app).as_deref(),
        Some("cm-espace"),
        "same place"
    );
}

#[test]
fn a_reload_keeps_party_filters_by_id_and_the_query() {
    let mut app = app_on(CORPUS);
    let kr = app
        .catalog
        .parties
        .iter()
        .position(|p| p.id == "kr")
        .unwrap();
    filter_cursor_to(&mut app, accords::app::FilterItem::Party(kr));
    keys(&mut app, &[key(KeyCode::Char(' ')), key(KeyCode::Esc)]);
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "gsoia");
    keys(&mut app, &[key(KeyCode::Enter)]);
    let before = app.tab_counts();
    // A party added first shifts every party index.
    let edited = CORPUS.replacen(
        "    parties: [",
        "    parties: [\n        (id: \"jp\", name: (fr: \"Japon\", en: \"Japan\")),",
        1,
    );
    reload(&mut app, &edited);
    let kr_now = app
        .catalog
        .parties
        .iter()
        .position(|p| p.id == "kr")
        .unwrap();
    assert_ne!(kr, kr_now);
    assert_eq!(app.filters.parties, BTreeSet::from([kr_now]));
    assert_eq!(app.query, "gsoia");
    assert_eq!(app.tab_counts(), before);
}

#[test]
fn a_failed_reload_is_shown_until_a_good_one() {
    let mut app = app_on(MINIMAL);
    let records = app.catalog.records.len();
    app.update(Action::ReloadFailed(
        "data.ron:61:21: error: unknown variant `Anounced`".into(),
    ));
    let s = screen(&app);
    assert!(
        s.contains("· last good data shown — data.ron:61:21: error: unknown variant `Anounced`"),
        "{s}"
    );
    keys(&mut app, &[key(KeyCode::Down)]);
    assert!(screen(&app).contains("data.ron:61:21"), "stays after a key");
    assert_eq!(app.catalog.records.len(), records, "the data is kept");
    reload(&mut app, MINIMAL);
    let s = screen(&app);
    assert!(!s.contains("data.ron:61:21"), "{s}");
    assert!(s.contains("data reloaded (4 records)"), "{s}");
}

#[test]
fn a_reload_keeps_filters_that_no_longer_match_visible_and_drops_impossible_years() {
    let mut app = app_on(MINIMAL);
    // Status "announced" is on, the cursor on it; years from 2019.
    filter_cursor_to(
        &mut app,
        accords::app::FilterItem::Status(accords::model::Status::Announced),
    );
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    filter_cursor_to(&mut app, accords::app::FilterItem::FromYear);
    keys(&mut app, &[key(KeyCode::Right)]);
    assert!(app.filters.from_year.is_some());
    filter_cursor_to(
        &mut app,
        accords::app::FilterItem::Status(accords::model::Status::Announced),
    );
    // Nothing is announced any more, and a status row comes before it.
    reload(
        &mut app,
        &MINIMAL.replace("status: Announced", "status: Active"),
    );
    let announced = accords::app::FilterItem::Status(accords::model::Status::Announced);
    assert!(
        app.filter_items.contains(&announced),
        "its row stays, to turn it off"
    );
    assert_eq!(
        app.filter_items[app.filter_cursor], announced,
        "cursor on the same row"
    );
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    assert!(app.filters.statuses.is_empty());
    // A year bound past the new data's years is dropped.
    let later = MINIMAL
        .replace("2018-07-13", "2023-06-13")
        .replace("2019-06-01", "2023-08-01");
    reload(&mut app, &later);
    assert!(app.filters.from_year.is_none(), "{:?}", app.filters);
}

/// Makes a FIFO at `path` with mkfifo(1).
fn mkfifo(path: &Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(ok.success());
}

#[test]
fn a_file_replaced_by_a_device_or_a_fifo_is_refused_without_blocking_the_watcher() {
    let dir = TempDir::new("special");
    let path = dir.0.join("data.ron");
    std::fs::write(&path, MINIMAL).unwrap();
    let rx = watch::spawn(path.clone(), DEFAULT_MAX_SIZE, Duration::from_millis(20)).unwrap();

    // A save that leaves a symlink to /dev/zero: refused, not read forever.
    let link = dir.0.join("link.tmp");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    std::fs::rename(&link, &path).unwrap();
    match next(&rx) {
        Action::ReloadFailed(e) => {
            assert!(e.starts_with(&format!("{}:", path.display())), "{e}");
            assert!(e.contains("character device"), "{e}");
        }
        other => panic!("{other:?}"),
    }

    // A FIFO with no writer: refused at once, the thread goes on watching.
    let fifo = dir.0.join("fifo.tmp");
    mkfifo(&fifo);
    std::fs::rename(&fifo, &path).unwrap();
    assert!(matches!(next(&rx), Action::ReloadFailed(e) if e.contains("named pipe")));

    save(&path, MINIMAL);
    assert!(matches!(next(&rx), Action::Reload(_)));
}
