//! Overlays: the domain filter and the help, which is generated from the
//! keymap table.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{Theme, tr};
use crate::app::App;
use crate::keymap;

fn popup_area(area: Rect, width: u16, height: u16) -> Rect {
    area.centered(
        Constraint::Length(width.min(area.width)),
        Constraint::Length(height.min(area.height)),
    )
}

pub fn draw_filter(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let rows = app.domain_choices.len() as u16 + 4;
    let popup = popup_area(area, 44, rows);
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", tr(lang, "Domaines", "Domains")),
            theme.title,
        ))
        .title_bottom(Span::styled(
            tr(
                lang,
                " Espace cocher · x tout effacer · Esc ",
                " Space toggle · x clear · Esc ",
            ),
            theme.dim,
        ));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let height = inner.height as usize;
    let offset = app.filter_cursor.saturating_sub(height.saturating_sub(1));
    let lines: Vec<Line> = app
        .domain_choices
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, d)| {
            let on = app.domains.contains(d);
            let count = app
                .catalog
                .records
                .iter()
                .filter(|r| r.domains.contains(d))
                .count();
            let text = format!(
                "[{}] {:<28}{count:>4}",
                if on { "x" } else { " " },
                d.label(lang)
            );
            let style = if i == app.filter_cursor {
                theme.selected
            } else if on {
                theme.title
            } else {
                ratatui::style::Style::new()
            };
            Line::from(Span::styled(text, style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The help overlay's lines, from the live keymap.
pub fn help_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (title, rows) in keymap::help_sections(app.lang) {
        if rows.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::from(Span::styled(
            title.to_string(),
            theme.header_row,
        )));
        for (keys, desc) in rows {
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<18}"), theme.title),
                Span::raw(desc.to_string()),
            ]));
        }
    }
    lines
}

pub fn draw_help(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let popup = popup_area(area, 64, area.height.saturating_sub(2));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", tr(lang, "Aide — touches", "Help — keys")),
            theme.title,
        ))
        .title_bottom(Span::styled(
            tr(
                lang,
                " j/k défiler · Esc fermer ",
                " j/k scroll · Esc close ",
            ),
            theme.dim,
        ));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let lines = help_lines(app, theme);
    let max = lines.len().saturating_sub(inner.height as usize);
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(app.help_scroll.min(max))
        .take(inner.height as usize)
        .collect();
    frame.render_widget(Paragraph::new(visible), inner);
}
