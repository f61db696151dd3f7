//! The list body: a table of the current tab's records and a preview of the
//! selected one.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::{Theme, list_areas, tr};
use crate::app::{App, TABS, TIMELINE_TAB};
use crate::catalog::{FieldLabel, Kind, Record, Row as ListRow, TimelineEntry};
use crate::model::Lang;
use crate::sort::SortKey;
use crate::wrap::{truncate, wrap_at_most};
use unicode_width::UnicodeWidthStr;

/// `text` as spans, the chars at `hits` (char indices) in the match style.
pub fn highlighted(
    text: &str,
    hits: &[usize],
    base: ratatui::style::Style,
    matched: ratatui::style::Style,
) -> Line<'static> {
    if hits.is_empty() {
        return Line::from(Span::styled(text.to_string(), base));
    }
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    let mut next = hits.iter().peekable();
    for (i, c) in text.chars().enumerate() {
        let hit = next.peek() == Some(&&i);
        if hit {
            next.next();
        }
        if hit != run_hit && !run.is_empty() {
            let style = if run_hit { matched } else { base };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_hit = hit;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_hit { matched } else { base }));
    }
    Line::from(spans)
}

/// The first `max` chars of `s`.
fn clip(s: &str, max: usize) -> &str {
    s.char_indices().nth(max).map_or(s, |(i, _)| &s[..i])
}

fn domains_text(r: &Record, lang: Lang) -> String {
    r.domains
        .iter()
        .map(|d| d.label(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

fn event_kind(r: &Record, lang: Lang) -> String {
    r.fields
        .iter()
        .find(|f| f.label == FieldLabel::Kind)
        .map(|f| f.value.get(lang).to_string())
        .unwrap_or_default()
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let (table_area, preview_area) = list_areas(area, app.preview);
    draw_table(frame, table_area, app, theme);
    draw_preview(frame, preview_area, app, theme);
}

/// What a timeline entry is: the event's kind, or the new status.
fn entry_what(app: &App, e: &TimelineEntry, lang: Lang) -> String {
    match app.catalog.entry_change(e) {
        Some(c) => format!(
            "{}{} {}",
            tr(lang, "statut", "status"),
            tr(lang, "\u{a0}:", ":"),
            c.status.label(lang)
        ),
        None => event_kind(&app.catalog.records[e.record], lang),
    }
}

/// The first of the current tab's rows on screen when `visible` rows fit:
/// the app's offset, moved as little as needed to show the selection.
pub fn first_row(app: &App, visible: usize) -> usize {
    let sel = app.selected[app.tab];
    app.offsets[app.tab]
        .min(sel)
        .max(sel.saturating_sub(visible.saturating_sub(1)))
}

fn draw_table(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let kind = TABS[app.tab];
    let timeline = app.tab == TIMELINE_TAB;
    let header: Vec<&str> = if timeline {
        vec![
            "",
            tr(lang, "Date", "Date"),
            tr(lang, "Fiche", "Record"),
            tr(lang, "Quoi", "What"),
        ]
    } else {
        vec![
            "",
            tr(lang, "Titre", "Title"),
            if kind == Kind::Agreement {
                tr(lang, "Signé", "Signed")
            } else {
                tr(lang, "Date", "Date")
            },
            tr(lang, "Statut", "Status"),
            tr(lang, "Domaines", "Domains"),
        ]
    };
    // The column the list is sorted by shows an arrow.
    let sorted_col = match app.sort.key {
        _ if timeline => None,
        SortKey::Title => Some(1),
        SortKey::Date | SortKey::Signed => Some(2),
        SortKey::Status => Some(3),
        SortKey::Relevance | SortKey::InForce => None,
    };
    let arrow = if app.sort.desc { " ▼" } else { " ▲" };
    let header: Vec<String> = header
        .into_iter()
        .enumerate()
        .map(|(i, h)| {
            if Some(i) == sorted_col {
                format!("{h}{arrow}")
            } else {
                h.to_string()
            }
        })
        .collect();
    let rows_visible = area.height.saturating_sub(3) as usize;
    // Only the rows on screen get highlight positions computed.
    let offset = first_row(app, rows_visible);
    // The title column is as wide as the longest short title (up to 40
    // columns; looked for among the first rows and the visible ones, so a
    // frame costs the same on any number of records), then narrowed to what
    // the table has room for; a title that does not fit ends with "…".
    let near = app
        .rows()
        .iter()
        .take(2000)
        .chain(app.rows().iter().skip(offset).take(rows_visible.max(1)));
    let shown = || near.clone().filter_map(|r| app.catalog.row_record(*r));
    let title_w = shown()
        .map(|i| app.catalog.records[i].short().get(lang).width())
        .max()
        .unwrap_or(10)
        .clamp(10, 40) as u16;
    let status_w = shown()
        .filter_map(|i| app.catalog.records[i].status.map(|s| s.label(lang).width()))
        .max()
        .unwrap_or(6)
        .clamp(6, 24) as u16;
    let inner = area.width.saturating_sub(2);
    // Marker, date and status (record tabs) or the "what" column (timeline,
    // at least 12) beside the title, one column of spacing between each.
    let others = if timeline {
        1 + 10 + 12 + 3
    } else {
        1 + 10 + status_w + 3
    };
    let title_w = title_w.min(inner.saturating_sub(others));
    // Domains take what is left; the column is dropped when too narrow
    // (the preview lists them anyway).
    let rest = inner.saturating_sub(1 + title_w + 10 + status_w + 4);
    let show_domains = rest >= 12;
    let what_w = inner.saturating_sub(1 + 10 + title_w + 3) as usize;
    let rows: Vec<Row> = app
        .rows()
        .iter()
        .skip(offset)
        .take(rows_visible.max(1))
        .map(|&row| {
            let (i, entry) = match row {
                ListRow::Year(y) => {
                    return Row::new(vec![
                        Cell::from(""),
                        Cell::from(Span::styled(format!("{y}"), theme.header_row)),
                        Cell::from(Span::styled("─".repeat(title_w as usize), theme.dim)),
                        Cell::from(""),
                    ]);
                }
                ListRow::Record(i) => (i, None),
                ListRow::Entry(e) => match app.catalog.timeline.get(e) {
                    Some(t) => (t.record, Some(t)),
                    None => return Row::new(Vec::<Cell>::new()),
                },
            };
            let r = &app.catalog.records[i];
            // A row shows at most a line; a title is cut to its column
            // before highlighting.
            let title = truncate(clip(r.short().get(lang), 256), title_w as usize);
            let title = title.as_str();
            let hits = app.index.highlight(title, &app.parsed);
            let title_cell = Cell::from(highlighted(
                title,
                &hits,
                ratatui::style::Style::new(),
                theme.matched,
            ));
            // A marked record shows ●; else ? when something about it is unsure.
            let marker = if app.marked.contains(&i) {
                Cell::from(Span::styled("●", theme.title))
            } else {
                Cell::from(Span::styled(
                    if r.has_caveat() { "?" } else { " " },
                    theme.caveat,
                ))
            };
            if let Some(e) = entry {
                Row::new(vec![
                    marker,
                    Cell::from(e.date.to_string()),
                    title_cell,
                    Cell::from(truncate(&entry_what(app, e, lang), what_w)),
                ])
            } else {
                let date = r.date.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
                let status = r.status.map(|s| s.label(lang)).unwrap_or("—");
                Row::new(vec![
                    marker,
                    title_cell,
                    Cell::from(date),
                    Cell::from(status),
                    Cell::from(truncate(&domains_text(r, lang), rest as usize)),
                ])
            }
        })
        .collect();
    let widths: Vec<Constraint> = if timeline {
        vec![
            Constraint::Length(1),
            Constraint::Length(10),
            Constraint::Length(title_w),
            Constraint::Fill(1),
        ]
    } else {
        let mut w = vec![
            Constraint::Length(1),
            Constraint::Length(title_w),
            Constraint::Length(10),
            Constraint::Length(status_w),
        ];
        if show_domains {
            w.push(Constraint::Fill(1));
        }
        w
    };
    let mut state = TableState::default();
    if !app.rows().is_empty() {
        state.select(Some(app.selected[app.tab] - offset));
    }
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", crate::app::tab_title(kind, lang)),
            theme.title,
        ));
    let empty = app.rows().is_empty();
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.header_row))
        .row_highlight_style(theme.selected)
        .column_spacing(1)
        .block(block);
    frame.render_stateful_widget(table, area, &mut state);
    if empty {
        let inner = Rect {
            x: area.x + 2,
            y: area.y + 2,
            width: area.width.saturating_sub(4),
            height: area.height.saturating_sub(3).min(4),
        };
        let lines: Vec<Line> = empty_message(app)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.dim)))
            .collect();
        frame.render_widget(
            Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
    }
}

/// What an empty tab says: where the matches are ("1 in Agreements —
/// press 2"), or that nothing in the data matches, with the nearest words
/// the index knows.
pub fn empty_message(app: &App) -> Vec<String> {
    let lang = app.lang;
    if app.parsed.is_empty() && app.filters.is_empty() {
        return vec![tr(lang, "Aucun enregistrement.", "No records.").to_string()];
    }
    let elsewhere: Vec<String> = (0..TABS.len())
        .filter(|&t| t != app.tab && app.counts[t] > 0)
        .map(|t| {
            let name = crate::app::tab_title(TABS[t], lang);
            match lang {
                Lang::Fr => format!("{} dans {name} — touche {}", app.counts[t], t + 1),
                Lang::En => format!("{} in {name} — press {}", app.counts[t], t + 1),
            }
        })
        .collect();
    if !elsewhere.is_empty() {
        let head = tr(lang, "Rien ici\u{a0};", "Nothing here;");
        return vec![format!("{head} {}.", elsewhere.join(", "))];
    }
    let mut out = vec![
        tr(
            lang,
            "Rien dans les données ne correspond à ce filtre et cette recherche.",
            "Nothing in the dataset matches this filter and search.",
        )
        .to_string(),
    ];
    if !app.filters.is_empty() {
        out.push(tr(lang, "x retire les filtres.", "x clears the filters.").to_string());
    }
    // The nearest known words to the query's words that match nothing.
    let near: Vec<String> = app
        .query
        .split_whitespace()
        .filter(|w| {
            app.index
                .search(&crate::search::Query::parse(w))
                .is_some_and(|h| h.is_empty())
        })
        .flat_map(|w| app.index.nearest_words(w, 3))
        .take(6)
        .collect();
    if !near.is_empty() {
        out.push(format!(
            "{} {}",
            tr(lang, "Mots proches\u{a0}:", "Nearest words:"),
            near.join(", ")
        ));
    }
    out
}

fn draw_preview(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", tr(lang, "Aperçu", "Preview")),
            theme.title,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(i) = app.selected_record() else {
        return;
    };
    let r = &app.catalog.records[i];
    let width = inner.width as usize;
    // Wrap no more than fits: a huge text costs only what is shown.
    let max = inner.height as usize;
    let mut lines: Vec<Line> = Vec::new();
    for l in wrap_at_most(r.title.get(lang), width, max) {
        lines.push(Line::from(Span::styled(l, theme.title)));
    }
    if let Some(n) = &r.title.native {
        for l in wrap_at_most(n, width, max) {
            lines.push(Line::from(l));
        }
    }
    let mut facts = vec![Span::styled(r.kind.label(lang).to_string(), theme.label)];
    if let Some(d) = r.date {
        facts.push(Span::raw(format!(" · {d}")));
    }
    if let Some(s) = r.status {
        facts.push(Span::raw(format!(" · {}", s.label(lang))));
    }
    lines.push(Line::from(facts));
    if !r.parties.is_empty() {
        let names: Vec<&str> = r
            .parties
            .iter()
            .map(|&p| app.catalog.party_name(p, lang))
            .collect();
        for l in wrap_at_most(&names.join(" – "), width, max) {
            lines.push(Line::from(Span::styled(l, theme.dim)));
        }
    }
    if !r.domains.is_empty() {
        for l in wrap_at_most(&domains_text(r, lang), width, max) {
            lines.push(Line::from(Span::styled(l, theme.dim)));
        }
    }
    if r.has_caveat() {
        for c in &r.caveats {
            let text = format!("? {} — {}", c.level.label(lang), c.note.get(lang));
            for l in wrap_at_most(&text, width, max) {
                lines.push(Line::from(Span::styled(l, theme.caveat)));
            }
        }
    }
    lines.push(Line::from(""));
    for p in &r.summary {
        for l in wrap_at_most(p.get(lang), width, max) {
            lines.push(Line::from(l));
        }
        lines.push(Line::from(""));
    }
    lines.truncate(inner.height as usize);
    frame.render_widget(Paragraph::new(lines), inner);
}
