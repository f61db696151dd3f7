//! Overlays: the filters (in sections) and the help, which is generated from the
//! keymap table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{Theme, tr};
use crate::app::{App, FilterItem};

use crate::layout::{help_area, popup_area};

/// Clears the popup's area, and the cell left of it when a wide character
/// (Hangul, CJK) there would spill over the popup's left border.
fn clear(frame: &mut Frame, popup: Rect) {
    frame.render_widget(Clear, popup);
    if popup.x == 0 {
        return;
    }
    let buf = frame.buffer_mut();
    for y in popup.top()..popup.bottom() {
        let cell = &mut buf[(popup.x - 1, y)];
        if unicode_width::UnicodeWidthStr::width(cell.symbol()) > 1 {
            cell.set_symbol(" ");
        }
    }
}

fn item_label(app: &App, item: FilterItem) -> String {
    let lang = app.lang;
    match item {
        FilterItem::Domain(d) => d.label(lang).into(),
        FilterItem::Status(s) => s.label(lang).into(),
        FilterItem::Party(p) => app.catalog.parties[p].name.get(lang).into(),
        FilterItem::Form(k) => k.label(lang).into(),
        FilterItem::FromYear => tr(lang, "depuis", "from").into(),
        FilterItem::ToYear => tr(lang, "jusqu'à", "to").into(),
    }
}

/// The filter popup's lines, a heading before each section, and the line
/// of the row under the cursor.
/// The filter popup's lines, the line the cursor is on, and the line of
/// each filter item (in `app.filter_items` order).
pub fn filter_lines(app: &App, theme: &Theme) -> (Vec<Line<'static>>, usize, Vec<usize>) {
    let lang = app.lang;
    let (from, to) = app.year_range();
    let mut lines = Vec::new();
    let mut cursor_line = 0;
    let mut item_lines = Vec::with_capacity(app.filter_items.len());
    let mut section = None;
    // The counts are right-aligned in a column as wide as the largest; the
    // labels get the rest of the popup's inner width, cut with an ellipsis.
    let count_width = (app.filter_counts.iter().flatten())
        .map(|n| n.to_string().len())
        .max()
        .unwrap_or(0)
        .max(4);
    // (One column of margin before the border.)
    let label_width = usize::from(FILTER_WIDTH - 3).saturating_sub(4 + 1 + count_width);
    for (i, &item) in app.filter_items.iter().enumerate() {
        if section != Some(item.section()) {
            if section.is_some() {
                lines.push(Line::from(""));
            }
            section = Some(item.section());
            lines.push(Line::from(Span::styled(
                item.section().title(lang).to_uppercase(),
                theme.header_row,
            )));
        }
        let on = app.filter_item_on(item);
        let mark = if on { "[x]" } else { "[ ]" };
        let label = item_label(app, item);
        let text = match item {
            FilterItem::FromYear | FilterItem::ToYear => {
                let year = if item == FilterItem::FromYear {
                    from
                } else {
                    to
                };
                format!("{mark} {label:<10} ← {year} →")
            }
            _ => {
                let count = app.filter_counts.get(i).copied().flatten().unwrap_or(0);
                let label = crate::wrap::truncate(&label, label_width);
                let pad =
                    label_width.saturating_sub(unicode_width::UnicodeWidthStr::width(&*label));
                format!("{mark} {label}{:pad$} {count:>count_width$}", "")
            }
        };
        let style = if i == app.filter_cursor {
            theme.selected
        } else if on {
            theme.title
        } else {
            ratatui::style::Style::new()
        };
        if i == app.filter_cursor {
            cursor_line = lines.len();
        }
        item_lines.push(lines.len());
        lines.push(Line::from(Span::styled(text, style)));
    }
    (lines, cursor_line, item_lines)
}

/// The filter popup's width: it fits the narrowest screen the interface
/// accepts (50 columns).
const FILTER_WIDTH: u16 = 50;

/// Where the filter popup sits on a screen of `area`, its inner area, and
/// the first of its lines shown (the cursor is kept in view).
pub fn filter_geometry(area: Rect, lines: usize, cursor: usize) -> (Rect, Rect, usize) {
    // Above the status line and the key hints, which stay visible.
    let above = Rect {
        height: area.height.saturating_sub(2),
        ..area
    };
    let popup = popup_area(above, FILTER_WIDTH, lines as u16 + 2);
    let inner = popup.inner(ratatui::layout::Margin::new(1, 1));
    let offset = cursor.saturating_sub((inner.height as usize).saturating_sub(1));
    (popup, inner, offset)
}

pub fn draw_filter(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let (lines, cursor, _) = filter_lines(app, theme);
    let (popup, _, offset) = filter_geometry(area, lines.len(), cursor);
    clear(frame, popup);
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", tr(lang, "Filtres", "Filters")),
            theme.title,
        ))
        .title_bottom(Span::styled(
            tr(
                lang,
                " Espace · ←/→ année · x effacer · Esc fermer ",
                " Space · ←/→ year · x clear · Esc close ",
            ),
            theme.dim,
        ));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let height = inner.height as usize;
    // The cursor is kept in view (the headings above it scroll with it).
    let visible: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(visible), inner);
}

/// The help overlay's lines, from the live keymap.
pub fn help_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (title, rows) in app.keymap.help_sections(app.lang) {
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
    let popup = help_area(area);
    clear(frame, popup);
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
