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
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Overlay, View};
use crate::model::Lang;
pub use theme::Theme;

pub use crate::layout::{
    MAX_HEIGHT, MAX_WIDTH, MIN_HEIGHT, MIN_WIDTH, SIDE_BY_SIDE_WIDTH, areas, fits, list_areas,
    metrics,
};
pub use crate::model::tr;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    let (w, h) = app.size;
    if w > MAX_WIDTH || h > MAX_HEIGHT {
        draw_size_message(frame, area, app.lang, app.size, false);
        return;
    }
    if too_small(area) {
        draw_size_message(frame, area, app.lang, (area.width, area.height), true);
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

/// The screen shown instead of the interface when the terminal is too
/// small (`small`) or too large for it; `have` is its size.
fn draw_size_message(frame: &mut Frame, area: Rect, lang: Lang, have: (u16, u16), small: bool) {
    let (title, need, (w, h)) = if small {
        (
            tr(lang, "Terminal trop petit", "Terminal too small"),
            tr(lang, "minimum", "need"),
            (MIN_WIDTH, MIN_HEIGHT),
        )
    } else {
        (
            tr(lang, "Terminal trop grand", "Terminal too large"),
            tr(lang, "maximum", "at most"),
            (MAX_WIDTH, MAX_HEIGHT),
        )
    };
    let msg = vec![
        Line::from(title),
        Line::from(format!(
            "{need} {w}×{h}, {} {}×{}",
            tr(lang, "actuel", "have"),
            have.0,
            have.1
        )),
        Line::from(tr(lang, "q\u{a0}: quitter", "q: quit")),
    ];
    if !small {
        // Top left: a size the terminal only claims to have (`stty rows
        // 65535`) would put the centre far off the real screen.
        frame.render_widget(Paragraph::new(msg), area);
        return;
    }
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
