//! Mouse hit-testing: which action a click or a wheel turn at a screen cell
//! means, from the same geometry the drawing uses. Reads the [`App`], never
//! changes it; the event loop passes the action to `App::update`.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::{areas, detail, fits, header, list_areas, popup};
use crate::app::{Action, App, Overlay, View};

/// Rows (or lines) one wheel notch moves.
pub const WHEEL_STEP: i16 = 3;

/// The action for a mouse event on a screen of `width`×`height`, if any.
pub fn action_for(app: &App, event: &MouseEvent, width: u16, height: u16) -> Option<Action> {
    if !fits(width, height) {
        return None;
    }
    let screen = Rect::new(0, 0, width, height);
    let at = Position::new(event.column, event.row);
    match event.kind {
        MouseEventKind::ScrollDown => wheel(app, screen, at, WHEEL_STEP),
        MouseEventKind::ScrollUp => wheel(app, screen, at, -WHEEL_STEP),
        MouseEventKind::Down(MouseButton::Left) => click(app, screen, at),
        _ => None,
    }
}

fn wheel(app: &App, screen: Rect, at: Position, step: i16) -> Option<Action> {
    let over = match app.overlay {
        Overlay::Help => crate::layout::help_area(screen).contains(at),
        Overlay::Filter => filter_popup(app, screen).0.contains(at),
        Overlay::None => match app.view {
            // The table scrolls, also from over the preview, which follows
            // the selection.
            View::List => areas(screen).body.contains(at),
            View::Detail => detail::text_area(areas(screen).body).contains(at),
        },
    };
    over.then_some(Action::Wheel(step))
}

fn filter_popup(app: &App, screen: Rect) -> (Rect, Rect, usize, Vec<usize>) {
    let (lines, cursor, items) = popup::filter_lines(app, &super::Theme::mono());
    let (outer, inner, offset) = popup::filter_geometry(screen, lines.len(), cursor);
    (outer, inner, offset, items)
}

fn click(app: &App, screen: Rect, at: Position) -> Option<Action> {
    match app.overlay {
        Overlay::Help => {
            return (!crate::layout::help_area(screen).contains(at))
                .then_some(Action::CloseOverlay);
        }
        Overlay::Filter => {
            let (outer, inner, offset, items) = filter_popup(app, screen);
            if !outer.contains(at) {
                return Some(Action::CloseOverlay);
            }
            if !inner.contains(at) {
                return None;
            }
            let line = offset + (at.y - inner.y) as usize;
            return items
                .iter()
                .position(|&l| l == line)
                .map(Action::ClickFilterItem);
        }
        Overlay::None => {}
    }
    let a = areas(screen);
    if a.tabs.contains(at) {
        return header::tab_columns(app, a.tabs.x, a.tabs.width)
            .iter()
            .position(|&(x, w)| at.x >= x && at.x < x.saturating_add(w))
            .map(Action::ClickTab);
    }
    if !a.body.contains(at) {
        return None;
    }
    match app.view {
        View::List => {
            let (table, _) = list_areas(a.body, app.preview);
            // Inside the border, below the column headings.
            let first = table.y + 2;
            let visible = table.height.saturating_sub(3) as usize;
            if !table.contains(at) || at.y < first || at.y >= first + visible as u16 {
                return None;
            }
            let row = super::list::first_row(app, visible) + (at.y - first) as usize;
            (row < app.rows().len()).then_some(Action::ClickRow(row))
        }
        View::Detail => {
            let page = app.page()?;
            let text = detail::text_area(a.body);
            if !text.contains(at) {
                return None;
            }
            let doc = app.detail.as_ref()?;
            let scroll = page
                .scroll
                .min(doc.lines.len().saturating_sub(text.height as usize));
            let line = scroll + (at.y - text.y) as usize;
            doc.targets
                .iter()
                .position(|t| (t.first..=t.last).contains(&line))
                .map(Action::ClickTarget)
        }
    }
}
