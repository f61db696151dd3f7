//! The whole pipeline on arbitrary bytes — the fast reader against ron,
//! parse, sanitize, validate, index, update and draw — for the fuzz target
//! (`fuzz/`) and for the test that replays its corpus
//! (`tests/fuzz_corpus.rs`). Returns normally for any input; a panic is a
//! bug.

use std::collections::BTreeSet;
use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::{Action, App};
use crate::catalog::Catalog;
use crate::model::Lang;
use crate::ui::{self, Theme};

/// Checks the fast reader on `bytes`, parses them as a dataset and, when
/// they parse, browses it.
pub fn run(bytes: &[u8]) {
    fast_reads_as_ron(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let path = Path::new("fuzz.ron");
    let Ok(mut data) = crate::load::parse(path, text) else {
        return;
    };
    crate::sanitize::dataset(&mut data);
    let mut diags = crate::validate::validate(&data);
    for d in &mut diags {
        d.resolve(text);
        let _ = d.render(path, Some(text));
    }
    let mut app = App::new(Catalog::new(data), Lang::Fr, BTreeSet::new());
    let theme = Theme::mono();
    let actions = [
        Action::Resize(80, 24),
        Action::Down,
        Action::Open,
        Action::NextLink,
        Action::Open,
        Action::Bottom,
        Action::Resize(30, 8),
        Action::Back,
        Action::StartSearch,
        Action::SearchInput('a'),
        Action::AcceptSearch,
        Action::NextTab,
        Action::OpenFilter,
        Action::ToggleFilter,
        Action::CloseOverlay,
        Action::Resize(140, 40),
        Action::ToggleHelp,
    ];
    for a in actions {
        app.update(a);
        let (w, h) = app.size;
        let Ok(mut t) = Terminal::new(TestBackend::new(w, h));
        let _ = t.draw(|f| ui::draw(f, &app, &theme));
    }
}

/// The fast reader's contract ([`crate::fastload`]): on any bytes, it gives
/// up, or returns exactly the dataset `ron` returns. Read whole and in
/// blocks of 1 and 7 bytes (so elements are cut everywhere); panics when
/// the contract is broken.
pub fn fast_reads_as_ron(bytes: &[u8]) {
    let ron = std::str::from_utf8(bytes)
        .ok()
        .and_then(|text| crate::load::parse(Path::new("fuzz.ron"), text).ok());
    // Datasets have no `PartialEq`; their debug form shows every field.
    let expected = ron.as_ref().map(|d| format!("{d:?}"));
    for block in [bytes.len().max(1), 1, 7] {
        let Some(fast) = crate::fastload::parse_from(bytes, block) else {
            continue;
        };
        match &expected {
            Some(expected) => assert!(
                format!("{fast:?}") == *expected,
                "the fast reader (block {block}) and ron read different datasets"
            ),
            None => panic!("the fast reader (block {block}) accepts what ron refuses"),
        }
    }
}
