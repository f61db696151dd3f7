//! The status line (position, filters, query — or the query line while
//! typing) and the key hints, generated from the keymap.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Theme, tr};
use crate::app::{App, View};
use crate::keymap;

pub fn draw_status(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    if app.searching {
        let prompt = "/ ";
        let line = Line::from(vec![
            Span::styled(prompt, theme.input),
            Span::styled(app.query.clone(), theme.input),
        ]);
        frame.render_widget(Paragraph::new(line), area);
        let x = area.x as usize + prompt.len() + app.query.width();
        if x < (area.x + area.width) as usize {
            frame.set_cursor_position(Position::new(x as u16, area.y));
        }
        return;
    }
    let n = app.rows().len();
    let pos = if n == 0 { 0 } else { app.selected[app.tab] + 1 };
    let total = app.tab_totals()[app.tab];
    let mut spans = vec![Span::styled(format!(" {pos} / {n} "), theme.title)];
    if n != total {
        spans.push(Span::styled(
            format!("({} {total}) ", tr(lang, "sur", "of")),
            theme.dim,
        ));
    }
    if app.view == View::Detail {
        if let Some(p) = app.page() {
            spans.push(Span::styled(
                format!("· {} ", app.catalog.records[p.record].id),
                theme.dim,
            ));
        }
    }
    if !app.domains.is_empty() {
        let names: Vec<&str> = app.domains.iter().map(|d| d.label(lang)).collect();
        spans.push(Span::styled(
            format!(
                "· {}\u{a0}: {} ",
                tr(lang, "domaines", "domains"),
                names.join(", ")
            ),
            theme.dim,
        ));
    }
    if !app.query.is_empty() {
        spans.push(Span::styled("· / ", theme.dim));
        spans.push(Span::styled(app.query.clone(), theme.input));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub fn draw_hints(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let mut spans = Vec::new();
    let mut used = 0;
    for (key, label) in keymap::hints(app.context(), app.lang) {
        let w = key.width() + label.width() + 3;
        if used + w > area.width as usize {
            break;
        }
        used += w;
        spans.push(Span::styled(format!(" {key}"), theme.title));
        spans.push(Span::styled(format!(" {label} "), theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
