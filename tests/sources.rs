//! Sources on the detail page: selected with Tab after the related
//! records, opened with `o` or Enter, their URL copied with `Y`; only
//! http(s) URLs ever go to a browser.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use accords::app::{Action, App, Notice, View};
use accords::catalog::Catalog;
use accords::layout::Target;
use accords::model::Lang;
use common::*;
use ratatui::crossterm::event::KeyCode;

/// The minimal dataset whose partnership cites three sources: one without
/// a URL, one with a web URL, one with a scheme that must never be opened.
fn app_with_sources() -> App {
    let text = std::fs::read_to_string("tests/fixtures/minimal.ron")
        .unwrap()
        .replacen(
            ", url: \"https://www.example.org/declaration-conjointe\"",
            ", note: (fr: \"Aucune copie publique.\", en: \"No public copy.\")",
            1,
        )
        .replacen(
            "    ],\n    partnerships: [",
            "        (id: \"src-web\", title: \"Page\", publisher: \"Pub\", url: \"https://example.org/a?b=1\"),\n        \
             (id: \"src-js\", title: \"Trap\", publisher: \"Pub\", url: \"javascript:alert(1)\"),\n    ],\n    partnerships: [",
            1,
        )
        .replacen(
            "sources: [\"src-1\"],",
            "sources: [\"src-1\", \"src-web\", \"src-js\"],",
            1,
        );
    let mut data = accords::load::parse(Path::new("t.ron"), &text).unwrap();
    accords::sanitize::dataset(&mut data);
    let mut app = App::new(Catalog::new(data), Lang::En, BTreeSet::new());
    app.update(Action::Resize(120, 40));
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.view, View::Detail);
    assert_eq!(
        app.catalog.records[app.page().unwrap().record].id,
        "pe-2023"
    );
    app
}

#[test]
fn tab_goes_through_the_related_records_then_the_sources() {
    let mut app = app_with_sources();
    let links = app.catalog.records[app.page().unwrap().record].links.len();
    assert!(links > 0);
    let mut seen = Vec::new();
    for _ in 0..links + 3 {
        keys(&mut app, &[key(KeyCode::Tab)]);
        seen.push(app.selected_target().unwrap());
    }
    let want: Vec<Target> = (0..links)
        .map(Target::Link)
        .chain((0..3).map(Target::Source))
        .collect();
    assert_eq!(seen, want);
    keys(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.selected_target(), Some(Target::Link(0)), "wraps around");
    keys(&mut app, &[key(KeyCode::BackTab)]);
    assert_eq!(app.selected_target(), Some(Target::Source(2)));
    // The selected source's lines are on screen.
    let s = screen(&app);
    let row = s.lines().find(|l| l.starts_with("[3]")).unwrap_or_default();
    assert!(row.contains("Trap — Pub"), "{s}");
}

#[test]
fn o_opens_the_selected_source_or_else_the_first() {
    let mut app = app_with_sources();
    // Nothing selected: the first source, which has no URL.
    keys(&mut app, &[key(KeyCode::Char('o'))]);
    assert_eq!(app.take_open(), None);
    assert_eq!(app.notice, Some(Notice::NoUrl("src-1".into())));
    assert!(screen(&app).contains("source src-1 has no URL"));
    // The second source, by Tab then `o`, and by Enter.
    let links = app.catalog.records[app.page().unwrap().record].links.len();
    for _ in 0..links + 2 {
        keys(&mut app, &[key(KeyCode::Tab)]);
    }
    assert_eq!(app.selected_target(), Some(Target::Source(1)));
    keys(&mut app, &[key(KeyCode::Char('o'))]);
    assert_eq!(
        app.take_open().as_deref(),
        Some("https://example.org/a?b=1")
    );
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(
        app.take_open().as_deref(),
        Some("https://example.org/a?b=1")
    );
    assert_eq!(app.pages.len(), 1, "Enter on a source opens no page");
    // The event loop reports back; a failure shows the URL to open by hand.
    app.update(Action::Opened {
        url: "https://example.org/a?b=1".into(),
        ok: false,
    });
    let s = screen(&app);
    assert!(
        s.contains("no browser could open it; URL: https://example.org/a?b=1"),
        "{s}"
    );
    // Y copies it.
    keys(&mut app, &[key(KeyCode::Char('Y'))]);
    assert_eq!(
        app.take_clipboard().as_deref(),
        Some("https://example.org/a?b=1")
    );
    // The third: a javascript: URL is neither opened nor copied.
    keys(&mut app, &[key(KeyCode::Tab)]);
    keys(
        &mut app,
        &[key(KeyCode::Char('o')), key(KeyCode::Char('Y'))],
    );
    assert_eq!(app.take_open(), None);
    assert_eq!(app.take_clipboard(), None);
    assert_eq!(app.notice, Some(Notice::UrlRefused("src-js".into())));
}

#[test]
fn only_http_and_https_urls_are_openable() {
    use accords::app::openable_url;
    for ok in ["https://a.ca/x", "http://a.ca", "HTTPS://A.CA/"] {
        assert!(openable_url(ok), "{ok}");
    }
    for bad in [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,x",
        "ftp://a.ca",
        "https://a.ca/a b",
        "https://a.ca/\u{7}",
        "//a.ca",
        "",
    ] {
        assert!(!openable_url(bad), "{bad}");
    }
}

/// The history's steps name the sources that back them by their number.
#[test]
fn each_history_step_names_its_sources() {
    let mut app = app(Lang::En, 140, 40);
    let gsoia = app.catalog.get("gsoia").unwrap();
    app.update(Action::GoTab(1));
    let doc = accords::layout::document(&app.catalog, gsoia, 140, Lang::En);
    let r = &app.catalog.records[gsoia];
    assert!(!r.history.is_empty());
    let text: Vec<String> = doc
        .lines
        .iter()
        .map(|l| l.iter().map(|r| r.text.as_str()).collect())
        .collect();
    for h in &r.history {
        let date = h.date.to_string();
        // The step's row and its continuation rows (no label of their own).
        let at = text
            .iter()
            .position(|l| l.starts_with(&date))
            .unwrap_or_else(|| panic!("no line for {date}"));
        let line: String = std::iter::once(&text[at])
            .chain(text[at + 1..].iter().take_while(|l| l.starts_with(' ')))
            .map(String::as_str)
            .collect();
        for id in &h.sources {
            let n = r
                .sources
                .iter()
                .position(|&s| app.catalog.sources[s].id == *id)
                .unwrap();
            assert!(line.contains(&format!("[{}]", n + 1)), "{line}");
        }
    }
    let _ = &mut app;
}

/// Each date of an agreement names the sources that back it, and a step
/// the sources show holding (not beginning) says what shows it.
#[test]
fn dates_name_their_sources_and_evidence_says_what_shows_it() {
    let app = app(Lang::En, 140, 40);
    let text = |id: &str| -> String {
        let i = app.catalog.get(id).unwrap();
        let doc = accords::layout::document(&app.catalog, i, 140, Lang::En);
        doc.lines
            .iter()
            .map(|l| l.iter().map(|r| r.text.as_str()).collect::<String>() + "\n")
            .collect()
    };
    let gsoia = text("gsoia");
    let signed = gsoia.lines().find(|l| l.starts_with("Signed   ")).unwrap();
    assert!(
        signed.starts_with("Signed          2026-02-25 ["),
        "{signed}"
    );
    let atomic = text("atomic-energy-1976");
    assert!(atomic.contains("(shown by an amendment)"), "{atomic}");
}

/// French pages speak French: a caveat names its field in the interface
/// language ("(entrée en vigueur)", not "(in_force)").
#[test]
fn caveat_fields_are_named_in_the_interface_language() {
    let app = app(Lang::Fr, 140, 40);
    let mut seen = 0;
    for i in 0..app.catalog.records.len() {
        let doc = accords::layout::document(&app.catalog, i, 140, Lang::Fr);
        let text: String = doc
            .lines
            .iter()
            .map(|l| l.iter().map(|r| r.text.as_str()).collect::<String>() + "\n")
            .collect();
        for slug in [
            "(in_force)",
            "(status)",
            "(title)",
            "(signed)",
            "(form)",
            "(history)",
        ] {
            assert!(
                !text.contains(slug),
                "{}: {slug}",
                app.catalog.records[i].id
            );
        }
        seen += text.matches("(entrée").count();
    }
    assert!(seen > 0);
}
