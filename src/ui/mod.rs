//! Drawing. Every function here reads the [`App`] and draws; none changes it.
//!
//! Screen: a header (dataset, active domain chips), the tabs with their match
//! counts, the body (list + preview, or detail), a status line (position,
//! filters, query or the query line itself) and the key hints.

pub mod detail;
pub mod header;
pub mod list;
pub mod mouse;
pub mod popup;
pub mod status;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Metrics, Overlay, View};
use crate::model::Lang;
pub use theme::Theme;

/// Below this size the "terminal too small" screen is shown.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 12;
/// From this width on, French and English sit side by side (and the
/// preview sits beside the list); below it they stack.
pub const SIDE_BY_SIDE_WIDTH: u16 = 100;

pub use crate::model::tr;

pub(crate) struct Areas {
    header: Rect,
    tabs: Rect,
    body: Rect,
    status: Rect,
    hints: Rect,
}

pub(crate) fn areas(area: Rect) -> Areas {
    let [header, tabs, body, status, hints] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ]));
    Areas {
        header,
        tabs,
        body,
        status,
        hints,
    }
}

/// The list's table area and the preview area of a body.
pub(crate) fn list_areas(body: Rect) -> (Rect, Rect) {
    if body.width >= SIDE_BY_SIDE_WIDTH {
        let [table, preview] = body.layout(&Layout::horizontal([
            Constraint::Percentage(58),
            Constraint::Fill(1),
        ]));
        (table, preview)
    } else {
        let [table, preview] = body.layout(&Layout::vertical([
            Constraint::Percentage(55),
            Constraint::Fill(1),
        ]));
        (table, preview)
    }
}

/// The sizes `update` needs for paging, for a terminal of `width`×`height`.
pub fn metrics(width: u16, height: u16) -> Metrics {
    let a = areas(Rect::new(0, 0, width, height));
    let (table, _) = list_areas(a.body);
    Metrics {
        // Table: two border rows and a header row.
        list_rows: table.height.saturating_sub(3) as usize,
        detail_rows: detail::text_area(a.body).height as usize,
    }
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    if too_small(area) {
        draw_too_small(frame, area, app.lang);
        return;
    }
    let a = areas(area);
    header::draw_header(frame, a.header, app, theme);
    header::draw_tabs(frame, a.tabs, app, theme);
    match app.view {
        View::List => list::draw(frame, a.body, app, theme),
        View::Detail => detail::draw(frame, a.body, app, theme),
    }
    status::draw_status(frame, a.status, app, theme);
    status::draw_hints(frame, a.hints, app, theme);
    match app.overlay {
        Overlay::None => {}
        Overlay::Help => popup::draw_help(frame, area, app, theme),
        Overlay::Filter => popup::draw_filter(frame, area, app, theme),
    }
}

fn draw_too_small(frame: &mut Frame, area: Rect, lang: Lang) {
    let msg = vec![
        Line::from(tr(lang, "Terminal trop petit", "Terminal too small")),
        Line::from(format!(
            "{} {MIN_WIDTH}×{MIN_HEIGHT}, {} {}×{}",
            tr(lang, "minimum", "need"),
            tr(lang, "actuel", "have"),
            area.width,
            area.height
        )),
        Line::from(tr(lang, "q\u{a0}: quitter", "q: quit")),
    ];
    let top = area.height.saturating_sub(msg.len() as u16) / 2;
    let inner = Rect {
        y: area.y + top.min(area.height),
        height: area.height - top.min(area.height),
        ..area
    };
    frame.render_widget(
        Paragraph::new(msg).centered().wrap(Wrap { trim: true }),
        inner,
    );
}
