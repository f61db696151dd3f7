//! The detail view: one record with French and English side by side, field
//! by field on the same rows (stacked, FR above EN, on narrow terminals),
//! then its related records and its sources, which can be selected (Tab),
//! followed and opened. The page's lines come from [`crate::layout`]; this
//! module styles and draws the visible window.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{SIDE_BY_SIDE_WIDTH, Theme, tr};
use crate::app::App;
use crate::layout::{self, DocLine, Document, LABEL_W, Role, SEP, pad};

pub use crate::layout::detail_text_area as text_area;

/// A line whose chars in `marks` (`start..end`, by char) are drawn as
/// matches: the current match reversed, the others in the match style.
fn marked_line(runs: &DocLine, marks: &[(usize, usize, bool)], theme: &Theme) -> Line<'static> {
    let mut spans = Vec::new();
    let mut at = 0;
    for r in runs {
        let base = style(r.role, theme);
        let mut piece = String::new();
        let mut piece_style = base;
        for c in r.text.chars() {
            let s = match marks.iter().find(|(a, b, _)| (*a..*b).contains(&at)) {
                Some((_, _, true)) => theme.matched.add_modifier(Modifier::REVERSED),
                Some(_) => theme.matched,
                None => base,
            };
            if s != piece_style && !piece.is_empty() {
                spans.push(Span::styled(std::mem::take(&mut piece), piece_style));
            }
            piece_style = s;
            piece.push(c);
            at += 1;
        }
        if !piece.is_empty() {
            spans.push(Span::styled(piece, piece_style));
        }
    }
    Line::from(spans)
}

fn style(role: Role, theme: &Theme) -> Style {
    match role {
        Role::Title => theme.title,
        Role::Label => theme.label,
        Role::Plain => Style::new(),
        Role::Dim => theme.dim,
        Role::Caveat => theme.caveat,
        Role::Heading => theme.header_row,
        Role::Link => theme.link,
    }
}

fn line(runs: &DocLine, theme: &Theme) -> Line<'static> {
    Line::from(
        runs.iter()
            .map(|r| Span::styled(r.text.clone(), style(r.role, theme)))
            .collect::<Vec<_>>(),
    )
}

/// `s` if it fits `max` columns, else its end behind an ellipsis.
fn tail_fit(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_string();
    }
    let mut w = 1;
    let mut start = s.len();
    for (i, c) in s.char_indices().rev() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw > max {
            break;
        }
        w += cw;
        start = i;
    }
    format!("…{}", &s[start..])
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(page) = app.page() else { return };
    let lang = app.lang;
    // Breadcrumb: the pages opened, oldest first; the start is cut when long.
    let crumbs: Vec<String> = app
        .pages
        .iter()
        .map(|p| {
            app.catalog.records[p.record]
                .short()
                .get(lang)
                .chars()
                .take(120)
                .collect()
        })
        .collect();
    let crumb = tail_fit(&crumbs.join(" › "), area.width.saturating_sub(1) as usize);
    let head = Rect {
        height: 1.min(area.height),
        ..area
    };
    frame.render_widget(Paragraph::new(Span::styled(crumb, theme.title)), head);
    if area.height >= 2 {
        let cols = Rect {
            y: area.y + 1,
            height: 1,
            ..area
        };
        let line = if area.width >= SIDE_BY_SIDE_WIDTH {
            let col = (area.width as usize).saturating_sub(LABEL_W + SEP.len() - 2) / 2;
            Line::from(vec![
                Span::raw(" ".repeat(LABEL_W)),
                Span::styled(pad("Français", col), theme.header_row),
                Span::styled(SEP, theme.dim),
                Span::styled("English", theme.header_row),
            ])
        } else {
            Line::from(Span::styled(
                tr(lang, "Français, puis anglais", "French, then English"),
                theme.dim,
            ))
        };
        frame.render_widget(Paragraph::new(line), cols);
    }
    let text = text_area(area);
    // The app keeps the page laid out for its screen; a draw at another
    // width (a test's buffer) lays it out for itself.
    let fresh;
    let doc: &Document = match &app.detail {
        Some(d)
            if d.key.record == page.record && d.key.width == area.width && d.key.lang == lang =>
        {
            d
        }
        _ => {
            fresh = layout::document(&app.catalog, page.record, area.width, lang);
            &fresh
        }
    };
    let max_scroll = doc.lines.len().saturating_sub(text.height as usize);
    let scroll = page.scroll.min(max_scroll);
    // Only the visible window is styled; the selected row is restyled here
    // so moving between rows does not lay the page out again.
    let selected = page.target.and_then(|t| doc.targets.get(t)).copied();
    // The find's matches on the visible lines, the current one marked.
    let find = app.find.as_ref();
    let visible: Vec<Line> = doc
        .lines
        .iter()
        .enumerate()
        .skip(scroll)
        .take(text.height as usize)
        .map(|(row, runs)| {
            let marks: Vec<(usize, usize, bool)> = find
                .map(|f| {
                    f.matches
                        .iter()
                        .enumerate()
                        .filter(|(_, m)| m.line == row)
                        .map(|(i, m)| (m.start, m.start + m.len, f.current == Some(i)))
                        .collect()
                })
                .unwrap_or_default();
            let l = if marks.is_empty() {
                line(runs, theme)
            } else {
                marked_line(runs, &marks, theme)
            };
            match selected {
                Some(s) if (s.first..=s.last).contains(&row) => l.style(theme.link_selected),
                _ => l,
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(visible), text);
}
