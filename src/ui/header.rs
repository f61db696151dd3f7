//! The header line (dataset title, a chip per active filter) and the tab bar.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs};

use super::Theme;
use crate::app::{App, TABS, tab_title};

pub fn draw_header(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let mut spans = vec![
        Span::styled(" accords ", theme.title),
        Span::styled("· ", theme.dim),
        Span::raw(app.catalog.title.get(lang).to_string()),
    ];
    let chips = app.filter_chips();
    if !chips.is_empty() {
        spans.push(Span::styled("  ", theme.dim));
        for c in chips {
            spans.push(Span::styled(format!(" {c} "), theme.chip));
            spans.push(Span::raw(" "));
        }
    }
    let lang_tag = format!(" {} ", lang.code().to_uppercase());
    let [left, right] = area.layout(&ratatui::layout::Layout::horizontal([
        ratatui::layout::Constraint::Fill(1),
        ratatui::layout::Constraint::Length(lang_tag.len() as u16),
    ]));
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(Paragraph::new(Span::styled(lang_tag, theme.dim)), right);
}

/// Tab titles carry the number of records each tab shows for the current
/// filter and query, so a query typed in one tab shows where else it matches.
pub fn draw_tabs(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let counts = app.tab_counts();
    // Full titles when they fit (number, title, count, padding, divider).
    let full: usize = TABS
        .iter()
        .enumerate()
        .map(|(i, k)| format!("{} {} {}", i + 1, tab_title(*k, app.lang), counts[i]).len() + 3)
        .sum();
    let narrow = full > area.width as usize;
    let titles: Vec<Line> = TABS
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let title = tab_title(*k, app.lang);
            let title = if narrow {
                title.chars().take(6).collect::<String>()
            } else {
                title.to_string()
            };
            Line::from(format!("{} {title} {}", i + 1, counts[i]))
        })
        .collect();
    let tabs = Tabs::new(titles)
        .select(app.tab)
        .style(theme.tab)
        .highlight_style(theme.tab_active)
        .divider(Span::styled("│", theme.dim))
        .padding(" ", " ");
    frame.render_widget(tabs, area);
}
