//! The whole pipeline on arbitrary bytes — parse, sanitize, validate,
//! index, update and draw — for the fuzz target (`fuzz/`) and for the test
//! that replays its corpus (`tests/fuzz_corpus.rs`). Returns normally for
//! any input; a panic is a bug.

use std::collections::BTreeSet;
use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::{Action, App};
use crate::catalog::Catalog;
use crate::model::Lang;
use crate::ui::{self, Theme};

/// Parses `bytes` as a dataset and, when it parses, browses it.
pub fn run(bytes: &[u8]) {
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
