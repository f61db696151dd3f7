//! The header line (dataset title, a chip per active filter) and the tab bar.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs};
use unicode_width::UnicodeWidthStr;

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

/// The tab titles for a bar `width` columns wide, with the number of
/// records each tab shows for the current filter and query (so a query typed
/// in one tab shows where else it matches). Full titles when they fit.
pub fn tab_titles(app: &App, width: u16) -> Vec<String> {
    let counts = app.tab_counts();
    // Number, title, count, padding, divider.
    let full: usize = TABS
        .iter()
        .enumerate()
        .map(|(i, k)| format!("{} {} {}", i + 1, tab_title(*k, app.lang), counts[i]).width() + 3)
        .sum();
    let narrow = full > width as usize;
    TABS.iter()
        .enumerate()
        .map(|(i, k)| {
            let title = tab_title(*k, app.lang);
            let title = if narrow {
                title.chars().take(6).collect::<String>()
            } else {
                title.to_string()
            };
            format!("{} {title} {}", i + 1, counts[i])
        })
        .collect()
}

/// The columns each tab covers on a bar starting at `x`, padding included:
/// `(first column, width)` per tab, as `draw_tabs` lays them out.
pub fn tab_columns(app: &App, x: u16, width: u16) -> Vec<(u16, u16)> {
    let mut at = x;
    tab_titles(app, width)
        .iter()
        .map(|t| {
            let w = t.width() as u16 + 2;
            let span = (at, w);
            at = at.saturating_add(w + 1);
            span
        })
        .collect()
}

pub fn draw_tabs(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let titles: Vec<Line> = tab_titles(app, area.width)
        .into_iter()
        .map(Line::from)
        .collect();
    let tabs = Tabs::new(titles)
        .select(app.tab)
        .style(theme.tab)
        .highlight_style(theme.tab_active)
        .divider(Span::styled("│", theme.dim))
        .padding(" ", " ");
    frame.render_widget(tabs, area);
}
