//! Find in the detail page: `/` there types a word, its matches are
//! highlighted, `n` / `N` go through them with "3/7" in the status line.

mod common;

use accords::app::View;
use accords::catalog::Kind;
use accords::keymap::Context;
use accords::model::Lang;
use common::*;
use ratatui::crossterm::event::KeyCode;

fn gsoia_page(w: u16, h: u16) -> accords::app::App {
    let mut app = app(Lang::En, w, h);
    let t = Kind::ALL
        .iter()
        .position(|k| *k == Kind::Agreement)
        .unwrap();
    app.update(accords::app::Action::GoTab(t));
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "gsoia");
    keys(&mut app, &[key(KeyCode::Enter), key(KeyCode::Enter)]);
    assert_eq!(app.view, View::Detail);
    app
}

#[test]
fn slash_on_a_page_finds_in_it_and_n_goes_through_the_matches() {
    let mut app = gsoia_page(140, 40);
    let pages = app.pages.len();
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    assert_eq!(app.context(), Context::Find);
    assert_eq!(app.view, View::Detail, "the page stays");
    assert!(!app.searching, "not the list's search");
    type_text(&mut app, "defense");
    let f = app.find.clone().unwrap();
    assert!(f.matches.len() >= 3, "{:?}", f.matches);
    // Accent-blind: "défense" in the French column is found too.
    let doc = app.detail.as_ref().unwrap();
    assert!(f.matches.iter().any(|m| {
        let text = accords::layout::line_text(&doc.lines[m.line]);
        text.chars().skip(m.start).take(m.len).collect::<String>() == "défense"
    }));
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.context(), Context::Detail);
    let n = f.matches.len();
    keys(&mut app, &[key(KeyCode::Char('n'))]);
    let first = app.find.as_ref().unwrap().current.unwrap();
    let s = screen(&app);
    assert!(s.contains(&format!("{}/{n}", first + 1)), "{s}");
    keys(&mut app, &[key(KeyCode::Char('n'))]);
    assert_eq!(app.find.as_ref().unwrap().current, Some((first + 1) % n));
    keys(
        &mut app,
        &[key(KeyCode::Char('N')), key(KeyCode::Char('N'))],
    );
    assert_eq!(
        app.find.as_ref().unwrap().current,
        Some((first + n - 1) % n)
    );
    // The current match is on screen.
    let m = app.find.as_ref().unwrap().matches[(first + n - 1) % n];
    let p = app.page().unwrap();
    assert!(m.line >= p.scroll && m.line < p.scroll + 36, "{m:?} {p:?}");
    assert_eq!(app.pages.len(), pages, "no page opened or left");
}

#[test]
fn matches_are_highlighted_on_screen() {
    let mut app = gsoia_page(140, 40);
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "ottawa");
    let t = draw(&app, &accords::ui::Theme::mono());
    let buf = t.backend().buffer();
    let m = app.find.as_ref().unwrap().matches[0];
    let p = app.page().unwrap();
    let y = 4 + (m.line - p.scroll) as u16;
    let row: String = (0..140).map(|x| buf[(x, y)].symbol().to_string()).collect();
    let x = row.find("Ottawa").expect("match on its row") as u16;
    let x = row[..x as usize].chars().count() as u16;
    let matched = accords::ui::Theme::mono().matched.add_modifier;
    assert!(!matched.is_empty());
    assert!(
        buf[(x, y)].modifier.contains(matched),
        "the match is marked"
    );
    assert!(!buf[(0, y)].modifier.contains(matched), "the label is not");
}

#[test]
fn esc_clears_the_find_and_a_new_page_starts_without_one() {
    let mut app = gsoia_page(140, 40);
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "zzzz");
    assert!(screen(&app).contains("no match"));
    keys(&mut app, &[key(KeyCode::Esc)]);
    assert!(app.find.is_none());
    assert_eq!(app.view, View::Detail, "Esc leaves the find, not the page");
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "korea");
    keys(
        &mut app,
        &[key(KeyCode::Enter), key(KeyCode::Tab), key(KeyCode::Enter)],
    );
    assert_eq!(app.pages.len(), 2);
    assert!(app.find.is_none(), "the linked page has no find");
}

/// The users' trail bug: `2 ⏎ / Esc 1 ⏎` then Esc landed on the GSOIA (the
/// list's search from a page left it in the back trail). Now `/` finds in
/// the page, and the list's search (bound elsewhere, or by the mouse-free
/// Global key) leaves no page behind.
#[test]
fn the_list_search_from_a_page_leaves_no_page_behind() {
    let mut app = gsoia_page(140, 40);
    keys(&mut app, &[key(KeyCode::Char('/')), key(KeyCode::Esc)]);
    keys(&mut app, &[key(KeyCode::Char('1')), key(KeyCode::Enter)]);
    keys(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.view, View::List, "Esc goes back to the list");
    assert!(app.pages.is_empty());
    // The list's search started from a page.
    let mut app = gsoia_page(140, 40);
    app.update(accords::app::Action::StartSearch);
    assert_eq!(app.view, View::List);
    keys(&mut app, &[key(KeyCode::Esc), key(KeyCode::Esc)]);
    assert_eq!(app.view, View::List);
    assert!(app.pages.is_empty(), "no page left in the trail");
}
