//! Hostile datasets and terminals: random records made of escape sequences,
//! bidi controls, emoji sequences, combining marks, NFD Hangul and empty
//! strings, drawn at random sizes under random keys. Nothing may panic, no
//! control or bidi character may reach a screen cell, and the selection
//! stays in range.

use std::collections::BTreeSet;

use accords::app::{Action, App};
use accords::catalog::Catalog;
use accords::model::*;
use accords::sanitize::{self, is_invisible_format};
use accords::ui::{self, Theme};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const PIECES: &[&str] = &[
    "\u{1b}[31m",
    "\u{1b}]0;pwned\u{7}",
    "\u{1b}]2;title\u{1b}\\",
    "\u{1b}]8;;http://x\u{7}link\u{1b}]8;;\u{7}",
    "\u{1b}]52;c;aGVsbG8=\u{7}",
    "\u{1b}Pq#0;2;0;0;0\u{1b}\\",
    "\u{9b}2J",
    "\u{7f}",
    "\u{202e}",
    "\u{2066}",
    "\u{200f}",
    "\u{061c}",
    "\u{200b}",
    "\u{feff}",
    "👨\u{200d}👩\u{200d}👧",
    "🇨🇦",
    "e\u{301}\u{302}\u{303}",
    "\u{1112}\u{1161}\u{11ab}",
    "한국어",
    "Défense\u{a0}: « x »\u{202f}!",
    "\t",
    "\r\n",
    "\n",
    "",
    " ",
    "a",
    "word",
];

fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(prop::sample::select(PIECES), 0..8).prop_map(|v| v.concat()),
        1 => any::<String>(),
        1 => (1usize..300).prop_map(|n| "x".repeat(n)),
    ]
}

fn text() -> impl Strategy<Value = Text> {
    (hostile(), hostile(), prop::option::of(hostile())).prop_map(|(fr, en, native)| Text {
        fr,
        en,
        native,
    })
}

fn domains() -> impl Strategy<Value = Vec<Domain>> {
    prop::collection::vec(prop::sample::select(Domain::ALL.to_vec()), 0..3)
}

fn dataset() -> impl Strategy<Value = Dataset> {
    let agreement = (
        hostile(),
        text(),
        text(),
        prop::collection::vec(text(), 0..3),
        domains(),
        hostile(),
    )
        .prop_map(|(id, title, short, summary, domains, alias)| Agreement {
            id,
            title,
            short: Some(short),
            aliases: vec![alias],
            form: Form::Treaty,
            parties: vec!["p".into()],
            status: Status::Signed,
            history: vec![],
            signed: Some(PartialDate {
                year: 2020,
                month: Some(1),
                day: None,
            }),
            signed_place: None,
            in_force: None,
            numbers: vec![],
            partnership: Some("pa".into()),
            supersedes: vec![],
            amends: vec![],
            domains,
            summary,
            related: vec![],
            caveats: vec![],
            sources: vec!["s".into()],
        });
    let event = (
        hostile(),
        text(),
        prop::collection::vec(text(), 0..2),
        domains(),
        hostile(),
    )
        .prop_map(|(id, title, summary, domains, rel)| Event {
            id,
            kind: EventKind::Meeting,
            title,
            short: None,
            aliases: vec![],
            date: PartialDate {
                year: 2021,
                month: None,
                day: None,
            },
            place: None,
            parties: vec![],
            participants: vec![],
            domains,
            summary,
            related: vec![rel, "pa".into()],
            caveats: vec![],
            sources: vec![],
        });
    (
        text(),
        hostile(),
        text(),
        prop::collection::vec(agreement, 0..6),
        prop::collection::vec(event, 0..4),
    )
        .prop_map(|(title, source, party, agreements, events)| Dataset {
            title,
            description: None,
            parties: vec![Party {
                id: "p".into(),
                name: party,
                short: None,
            }],
            sources: vec![Source {
                id: "s".into(),
                title: source.clone(),
                publisher: source,
                date: None,
                lang: None,
                url: None,
                note: None,
            }],
            partnerships: vec![Partnership {
                id: "pa".into(),
                title: Text::new("Partenariat", "Partnership"),
                short: None,
                aliases: vec![],
                parties: vec!["p".into()],
                established: None,
                place: None,
                status: Status::Active,
                domains: vec![Domain::Space],
                summary: vec![],
                related: vec![],
                caveats: vec![],
                sources: vec!["s".into()],
            }],
            agreements,
            commitments: vec![],
            events,
        })
}

fn keys() -> impl Strategy<Value = Vec<KeyEvent>> {
    let codes = vec![
        KeyCode::Char('j'),
        KeyCode::Char('k'),
        KeyCode::Char('G'),
        KeyCode::Char('g'),
        KeyCode::Char('/'),
        KeyCode::Char('x'),
        KeyCode::Char('e'),
        KeyCode::Char('f'),
        KeyCode::Char(' '),
        KeyCode::Char('?'),
        KeyCode::Char('L'),
        KeyCode::Char('2'),
        KeyCode::Char('4'),
        KeyCode::Char('한'),
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Backspace,
        KeyCode::Down,
        KeyCode::Up,
        KeyCode::PageDown,
        KeyCode::End,
    ];
    prop::collection::vec(
        (prop::sample::select(codes), any::<bool>()).prop_map(|(c, ctrl)| {
            let ctrl = ctrl && matches!(c, KeyCode::Char('d' | 'u' | 'w'));
            KeyEvent::new(
                c,
                if ctrl {
                    KeyModifiers::CONTROL
                } else {
                    KeyModifiers::NONE
                },
            )
        }),
        0..30,
    )
}

/// Draws and checks what reached the screen.
fn draw_and_check(app: &App, theme: &Theme) -> Result<(), TestCaseError> {
    let (w, h) = app.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| ui::draw(f, app, theme)).unwrap();
    let buf = t.backend().buffer();
    for cell in buf.content() {
        for c in cell.symbol().chars() {
            prop_assert!(
                !c.is_control() && !is_invisible_format(c),
                "{c:?} reached the screen"
            );
        }
    }
    for t in 0..4 {
        let n = app.results[t].len();
        prop_assert!(
            app.selected[t] < n.max(1),
            "tab {t}: {} of {n}",
            app.selected[t]
        );
    }
    if let Some(p) = app.page() {
        prop_assert!(p.record < app.catalog.records.len());
        let r = &app.catalog.records[p.record];
        prop_assert!(p.target.is_none_or(|t| t < r.links.len() + r.sources.len()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn hostile_datasets_sizes_and_keys(
        mut data in dataset(),
        w in 0u16..=200,
        h in 0u16..=60,
        keys in keys(),
        resize in (0u16..=200, 0u16..=60),
    ) {
        // The file format round-trips whatever the strings hold.
        let ron_text = ron::to_string(&data).unwrap();
        prop_assert!(accords::load::parse(std::path::Path::new("x"), &ron_text).is_ok());
        sanitize::dataset(&mut data);
        let _ = accords::validate::validate(&data);
        let mut app = App::new(Catalog::new(data), Lang::Fr, BTreeSet::new());
        app.update(Action::Resize(w, h));
        let theme = Theme::mono();
        draw_and_check(&app, &theme)?;
        for (i, k) in keys.iter().enumerate() {
            if let Some(a) = app.keymap.action_for(app.context(), k) {
                app.update(a);
            }
            if i == keys.len() / 2 {
                app.update(Action::Resize(resize.0, resize.1));
            }
            draw_and_check(&app, &theme)?;
        }
        draw_and_check(&app, &Theme::color())?;
    }

    #[test]
    fn sanitized_text_has_no_control_or_bidi(s in hostile()) {
        let clean = sanitize::clean_line(&s);
        prop_assert!(!clean.chars().any(|c| c.is_control() || is_invisible_format(c)));
        let multi = sanitize::clean_multiline(&s);
        prop_assert!(!multi.chars().any(|c| (c.is_control() && c != '\n') || is_invisible_format(c)));
    }
}

#[test]
fn huge_fields_render_without_freezing() {
    // A 10 MB summary and a 1 MB word: opening and scrolling must complete.
    let big = "défense cyber ".repeat(10 * 1024 * 1024 / 14);
    let word = "x".repeat(1024 * 1024);
    let text = format!(
        "Dataset(title: (fr: \"t\", en: \"t\"), parties: [], sources: [(id: \"s\", title: \"t\", publisher: \"p\")],
          agreements: [(id: \"a\", title: (fr: \"{word}\", en: \"b\"), form: Treaty, parties: [], status: Signed,
          summary: [(fr: \"{big}\", en: \"{word}\")], sources: [\"s\"])])"
    );
    let mut data = accords::load::parse(std::path::Path::new("big.ron"), &text).unwrap();
    sanitize::dataset(&mut data);
    let mut app = App::new(Catalog::new(data), Lang::Fr, BTreeSet::new());
    app.update(Action::Resize(140, 40));
    app.update(Action::GoTab(1));
    let theme = Theme::mono();
    let mut t = Terminal::new(TestBackend::new(140, 40)).unwrap();
    t.draw(|f| ui::draw(f, &app, &theme)).unwrap();
    app.update(Action::Open);
    for a in [Action::PageDown, Action::Bottom, Action::Up, Action::Top] {
        app.update(a);
        t.draw(|f| ui::draw(f, &app, &theme)).unwrap();
    }
    assert!(app.page().unwrap().scroll == 0);
}
