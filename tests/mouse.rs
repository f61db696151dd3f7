//! The mouse: clicks and wheel turns at the cells where a user sees things,
//! found on the drawn screen, turned into actions by `ui::mouse`.

mod common;

use accords::app::{Action, App, FilterItem, Overlay, View};
use accords::model::{Domain, Lang};
use accords::ui::Theme;
use accords::ui::mouse::{WHEEL_STEP, action_for};
use common::*;
use ratatui::crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

fn mouse(kind: MouseEventKind, x: u16, y: u16) -> MouseEvent {
    MouseEvent {
        kind,
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }
}

/// Sends a mouse event as the event loop does; returns the action taken.
fn send(app: &mut App, kind: MouseEventKind, (x, y): (u16, u16)) -> Option<Action> {
    let action = action_for(app, &mouse(kind, x, y), app.size.0, app.size.1);
    if let Some(a) = action.clone() {
        app.update(a);
    }
    action
}

fn click(app: &mut App, at: (u16, u16)) -> Option<Action> {
    send(app, MouseEventKind::Down(MouseButton::Left), at)
}

/// The cell where `text` first appears on screen (by cell, so wide
/// characters before it count twice).
fn find(app: &App, text: &str) -> (u16, u16) {
    let t = draw(app, &Theme::mono());
    let buf = t.backend().buffer();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut xs = Vec::new();
        for x in 0..buf.area.width {
            for c in buf[(x, y)].symbol().chars() {
                line.push(c);
                xs.push(x);
            }
        }
        if let Some(byte) = line.find(text) {
            let ch = line[..byte].chars().count();
            return (xs[ch], y);
        }
    }
    panic!("{text:?} is not on screen:\n{}", screen(app));
}

#[test]
fn clicking_a_tab_shows_it_at_every_width() {
    for (w, h, title) in [
        (80, 24, "Engagements"),
        (140, 40, "Engagements"),
        (60, 20, "Engage"),
    ] {
        let mut app = app(Lang::Fr, w, h);
        let at = find(&app, title);
        assert_eq!(click(&mut app, at), Some(Action::ClickTab(2)), "{w}×{h}");
        assert_eq!(app.tab, 2);
        // The tab's number and padding are part of it too.
        let (x, y) = find(&app, "4 Chrono");
        click(&mut app, (x.saturating_sub(1), y));
        assert_eq!(app.tab, 3, "{w}×{h}");
    }
}

#[test]
fn clicking_a_tab_from_the_detail_returns_to_its_list() {
    let mut app = app(Lang::En, 120, 40);
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.view, View::Detail);
    let at = find(&app, "Agreements");
    click(&mut app, at);
    assert_eq!((app.view, app.tab), (View::List, 1));
    assert!(app.pages.is_empty());
}

#[test]
fn a_click_selects_a_row_and_a_second_click_opens_it() {
    for (w, h) in [(80, 24), (140, 40)] {
        let mut app = app(Lang::Fr, w, h);
        app.update(Action::GoTab(1));
        let third = app.catalog.records[app.catalog.row_record(app.rows()[2]).unwrap()]
            .short()
            .fr
            .clone();
        let at = find(&app, &third);
        assert_eq!(click(&mut app, at), Some(Action::ClickRow(2)));
        assert_eq!(app.selected[1], 2);
        assert_eq!(app.view, View::List);
        click(&mut app, at);
        assert_eq!(app.view, View::Detail);
        assert_eq!(app.page().unwrap().record, app.selected_record().unwrap());
    }
}

#[test]
fn clicks_on_headings_borders_and_empty_rows_do_nothing() {
    let mut app = app(Lang::Fr, 140, 40);
    app.update(Action::GoTab(0)); // 3 partnerships: most rows are empty
    let before = (app.tab, app.selected, app.view);
    let (_, heading) = find(&app, "Titre");
    for at in [
        (5, heading),
        (5, heading - 1),
        (5, 30),
        (0, 0),
        (10, 38),
        (10, 39),
    ] {
        assert_eq!(click(&mut app, at), None, "{at:?}");
    }
    assert_eq!((app.tab, app.selected, app.view), before);
}

#[test]
fn clicking_a_year_heading_on_the_timeline_does_not_select_it() {
    let mut app = app(Lang::En, 140, 40);
    app.update(Action::GoTab(3));
    let sel = app.selected[3];
    let year = app
        .rows()
        .iter()
        .find_map(|r| match r {
            accords::catalog::Row::Year(y) => Some(*y),
            _ => None,
        })
        .unwrap();
    let at = find(&app, &format!("{year}{}─", " ".repeat(7)));
    click(&mut app, at);
    assert_eq!(app.selected[3], sel);
}

#[test]
fn clicking_a_link_follows_it_and_back_returns() {
    let mut app = app(Lang::En, 140, 40);
    app.update(Action::GoTab(1));
    let gsoia = app.catalog.get("gsoia").unwrap();
    let row = app
        .rows()
        .iter()
        .position(|r| app.catalog.row_record(*r) == Some(gsoia))
        .unwrap();
    app.update(Action::ClickRow(row));
    app.update(Action::ClickRow(row));
    assert_eq!(app.page().unwrap().record, gsoia);
    let links = app.catalog.records[gsoia].links.clone();
    assert!(links.len() >= 2, "GSOIA has links");
    // Tab to the last link scrolls it into view (the sources follow it).
    for _ in 0..links.len() {
        keys(&mut app, &[key(KeyCode::Tab)]);
    }
    let last = links.len() - 1;
    let target = links[last].target;
    let title = app.catalog.records[target].short().en.clone();
    // The link line, not the breadcrumb or a field mentioning it.
    let t = draw(&app, &Theme::mono());
    let buf = t.backend().buffer();
    let text = detail_text_rows(&app);
    let y = (0..buf.area.height)
        .rev()
        .find(|&y| text.contains(&y) && row_text(&app, y).contains(&title))
        .expect("the last link is on screen once selected");
    let x = row_text(&app, y).find(&title).unwrap() as u16;
    assert_eq!(
        click(&mut app, (x.min(5), y)),
        Some(Action::ClickTarget(last))
    );
    assert_eq!(app.page().unwrap().record, target);
    assert_eq!(app.pages.len(), 2);
    keys(&mut app, &[key(KeyCode::Backspace)]);
    assert_eq!(app.page().unwrap().record, gsoia);
    assert_eq!(
        app.page().unwrap().target,
        Some(last),
        "back to the link followed"
    );
}

fn detail_text_rows(app: &App) -> std::ops::Range<u16> {
    // Header, tabs, breadcrumb, column titles; the status and hints below.
    4..app.size.1 - 2
}

fn row_text(app: &App, y: u16) -> String {
    screen(app).lines().nth(y as usize).unwrap().to_string()
}

#[test]
fn clicking_text_that_is_not_a_link_does_nothing() {
    let mut app = app(Lang::En, 140, 40);
    keys(&mut app, &[key(KeyCode::Enter)]);
    let pages = app.pages.clone();
    for y in detail_text_rows(&app).take(6) {
        assert_eq!(click(&mut app, (3, y)), None, "row {y}");
    }
    assert_eq!(app.pages, pages);
}

#[test]
fn the_wheel_moves_the_list_and_scrolls_the_detail() {
    let mut app = app(Lang::En, 140, 40);
    app.update(Action::GoTab(1));
    let (_, y) = find(&app, "Title");
    let over_table = (10, y + 3);
    assert_eq!(
        send(&mut app, MouseEventKind::ScrollDown, over_table),
        Some(Action::Wheel(WHEEL_STEP))
    );
    assert_eq!(app.selected[1], WHEEL_STEP as usize);
    send(&mut app, MouseEventKind::ScrollUp, over_table);
    send(&mut app, MouseEventKind::ScrollUp, over_table);
    assert_eq!(app.selected[1], 0, "clamped at the top");
    // Over the header: nothing.
    assert_eq!(send(&mut app, MouseEventKind::ScrollDown, (3, 0)), None);
    keys(&mut app, &[key(KeyCode::Enter)]);
    send(&mut app, MouseEventKind::ScrollDown, (3, 10));
    send(&mut app, MouseEventKind::ScrollDown, (3, 10));
    assert_eq!(app.page().unwrap().scroll, 2 * WHEEL_STEP as usize);
}

#[test]
fn the_filter_popup_takes_clicks_and_closes_on_one_outside() {
    let mut app = app(Lang::En, 140, 40);
    keys(&mut app, &[key(KeyCode::Char('f'))]);
    let label = Domain::Cyber.label(Lang::En);
    let (x, y) = find(&app, &format!("[ ] {label} "));
    assert!(matches!(
        click(&mut app, (x + 4, y)),
        Some(Action::ClickFilterItem(_))
    ));
    assert!(app.filters.domains.contains(&Domain::Cyber));
    assert_eq!(
        app.filter_items[app.filter_cursor],
        FilterItem::Domain(Domain::Cyber)
    );
    // A section heading is not an item.
    let at = find(&app, "STATUS");
    assert_eq!(click(&mut app, at), None);
    assert_eq!(app.overlay, Overlay::Filter);
    click(&mut app, (1, 1));
    assert_eq!(app.overlay, Overlay::None);
    assert!(app.filters.domains.contains(&Domain::Cyber), "kept");
}

#[test]
fn the_help_scrolls_with_the_wheel_and_closes_on_a_click_outside() {
    let mut app = app(Lang::En, 80, 24);
    keys(&mut app, &[key(KeyCode::Char('?'))]);
    send(&mut app, MouseEventKind::ScrollDown, (40, 12));
    assert_eq!(app.help_scroll, WHEEL_STEP as usize);
    click(&mut app, (40, 12));
    assert_eq!(app.overlay, Overlay::Help, "a click inside keeps it");
    click(&mut app, (0, 12));
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn every_cell_of_every_screen_takes_every_event_without_panicking() {
    let kinds = [
        MouseEventKind::Down(MouseButton::Left),
        MouseEventKind::ScrollDown,
        MouseEventKind::ScrollUp,
    ];
    for (w, h) in [
        (0, 0),
        (1, 1),
        (2, 2),
        (49, 11),
        (50, 12),
        (99, 30),
        (100, 30),
    ] {
        for setup in 0..4 {
            let mut app = app_in(Lang::Fr, w, h, setup);
            let context = app.context();
            for y in 0..h.max(1) + 1 {
                // Every other column: each target is at least two wide.
                for x in (0..w.max(1) + 1).step_by(2) {
                    for kind in kinds {
                        send(&mut app, kind, (x, y));
                        let (pos, n) = app.position();
                        assert!(pos <= n);
                        // Back to the state under test when a click left it.
                        if app.context() != context {
                            app.pages.clear();
                            app.view = View::List;
                            app.overlay = Overlay::None;
                            enter(&mut app, setup);
                        }
                    }
                }
            }
        }
    }
}

/// The app sized `w`×`h` in one of four states: list, detail, filter
/// popup, help.
fn app_in(lang: Lang, w: u16, h: u16, setup: usize) -> App {
    let mut app = app(lang, w, h);
    enter(&mut app, setup);
    app
}

fn enter(app: &mut App, setup: usize) {
    match setup {
        0 => {}
        1 => app.update(Action::Open),
        2 => app.update(Action::OpenFilter),
        _ => app.update(Action::ToggleHelp),
    }
}

#[test]
fn other_buttons_and_moves_do_nothing() {
    let app = app(Lang::En, 80, 24);
    for kind in [
        MouseEventKind::Down(MouseButton::Right),
        MouseEventKind::Down(MouseButton::Middle),
        MouseEventKind::Up(MouseButton::Left),
        MouseEventKind::Moved,
        MouseEventKind::Drag(MouseButton::Left),
    ] {
        let at = find(&app, "Agreements");
        assert_eq!(action_for(&app, &mouse(kind, at.0, at.1), 80, 24), None);
    }
}

#[test]
fn too_small_screens_ignore_the_mouse() {
    let app = app(Lang::En, 40, 10);
    let e = mouse(MouseEventKind::Down(MouseButton::Left), 5, 1);
    assert_eq!(action_for(&app, &e, 40, 10), None);
}
