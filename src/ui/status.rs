//! The status line (position, filters, query — or the query line while
//! typing) and the key hints, generated from the keymap.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Theme, tr};
use crate::app::{App, COMMANDS, Find, MAX_QUERY_CHARS, Notice, View};
use crate::model::Lang;

pub fn draw_status(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    if app.searching {
        draw_query_line(frame, area, app, theme);
        return;
    }
    if let Some(c) = &app.command {
        draw_command_line(frame, area, &c.text, theme);
        return;
    }
    if let Some(f) = app.find.as_ref().filter(|f| f.editing) {
        draw_find_line(frame, area, app, f, theme);
        return;
    }
    let (pos, n) = app.position();
    let total = app.tab_totals()[app.tab];
    let mut spans = vec![];
    // The place in the list, unless a link led to another record.
    let placed = app.view == View::List || app.page().map(|p| p.record) == app.selected_record();
    if placed {
        spans.push(Span::styled(format!(" {pos} / {n} "), theme.title));
        if n != total {
            spans.push(Span::styled(
                format!("({} {total}) ", tr(lang, "sur", "of")),
                theme.dim,
            ));
        }
    } else {
        spans.push(Span::raw(" "));
    }
    if app.view == View::Detail {
        if let Some(p) = app.page() {
            spans.push(Span::styled(
                format!(
                    "{}id{} {} ",
                    if placed { "· " } else { "" },
                    tr(lang, "\u{a0}:", ":"),
                    app.catalog.records[p.record].id
                ),
                theme.dim,
            ));
        }
    }
    // A broken edit under --watch is the most important thing to say, then
    // a one-shot notice; either takes the rest of the line.
    let message = match (&app.data_error, &app.notice) {
        // The marker first: a long error is cut at its end.
        (Some(error), _) => Some((
            format!(
                "· {} — {error}",
                tr(
                    lang,
                    "dernières données valides affichées",
                    "last good data shown"
                )
            ),
            theme.caveat,
        )),
        (None, Some(notice)) => Some((format!("· {}", notice_text(notice, lang)), theme.input)),
        (None, None) => None,
    };
    if let Some((text, style)) = message {
        // A long message ends with an ellipsis rather than mid-word.
        let used: usize = spans.iter().map(|s| s.content.width()).sum();
        let room = (area.width as usize).saturating_sub(used);
        spans.push(Span::styled(crate::wrap::truncate(&text, room), style));
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
        return;
    }
    let filters = app.filters.count();
    if filters > 0 {
        spans.push(Span::styled(
            format!(
                "· {}{} {filters} (x {}) ",
                tr(lang, "filtres", "filters"),
                tr(lang, "\u{a0}:", ":"),
                tr(lang, "pour effacer", "clears")
            ),
            theme.dim,
        ));
    }
    if !app.marked.is_empty() {
        spans.push(Span::styled(
            match lang {
                Lang::Fr => format!("· {} marquées (e, y) ", app.marked.len()),
                Lang::En => format!("· {} marked (e, y) ", app.marked.len()),
            },
            theme.title,
        ));
    }
    if let Some(f) = app.find.as_ref().filter(|_| app.view == View::Detail) {
        spans.push(Span::styled(
            format!("· {} ", tr(lang, "dans la fiche\u{a0}:", "in page:")),
            theme.dim,
        ));
        spans.push(Span::styled(f.query.clone(), theme.input));
        spans.push(Span::styled(
            format!(" {} ", find_count(f, lang)),
            theme.title,
        ));
    } else if !app.query.is_empty() {
        spans.push(Span::styled("· / ", theme.dim));
        spans.push(Span::styled(app.query.clone(), theme.input));
    }
    if app.search_running.is_some() {
        spans.push(Span::styled(
            format!(" {}", tr(lang, "recherche…", "searching…")),
            theme.dim,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A line being typed: `prompt`, as much of `text`'s end as fits (the
/// cursor is always at its end, so a long text scrolls left), and `note`
/// on the right when there is room for it beside at least
/// [`MIN_QUERY_ROOM`] columns of text.
fn draw_input_line(
    frame: &mut Frame,
    area: Rect,
    prompt: &str,
    text: &str,
    note: Option<(String, Style)>,
    theme: &Theme,
) {
    // The text's room: the line less the prompt and the cursor's cell.
    let mut room = (area.width as usize).saturating_sub(prompt.width() + 1);
    let note = note.filter(|(n, _)| !n.is_empty() && n.width() + 1 + MIN_QUERY_ROOM <= room);
    if let Some((n, _)) = &note {
        room -= n.width() + 1;
    }
    let shown = query_tail(text, room);
    let cursor = area.x as usize + prompt.width() + shown.width();
    let line = Line::from(vec![
        Span::styled(prompt.to_string(), theme.input),
        Span::styled(shown, theme.input),
    ]);
    frame.render_widget(Paragraph::new(line), area);
    if let Some((n, style)) = note {
        let w = n.width() as u16;
        let at = Rect {
            x: area.x + area.width - w,
            width: w,
            ..area
        };
        frame.render_widget(Paragraph::new(Span::styled(n, style)), at);
    }
    if cursor < (area.x + area.width) as usize {
        frame.set_cursor_position(Position::new(cursor as u16, area.y));
    }
}

/// The query line while typing, with a notice or "searching…" on the right.
fn draw_query_line(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let note = match (&app.notice, app.search_running) {
        (Some(notice), _) => Some(notice_text(notice, app.lang)),
        (None, Some(_)) => Some(tr(app.lang, "recherche…", "searching…").to_string()),
        (None, None) => None,
    };
    draw_input_line(
        frame,
        area,
        "/ ",
        &app.query,
        note.map(|n| (n, theme.dim)),
        theme,
    );
}

/// "3/7" (the current match of how many), "7" before `n` is pressed, or
/// "no match".
fn find_count(f: &Find, lang: Lang) -> String {
    match (f.current, f.matches.len()) {
        (_, 0) => tr(lang, "aucune occurrence", "no match").to_string(),
        (Some(i), n) => format!("{}/{n}", i + 1),
        (None, n) => format!("{n}"),
    }
}

/// The find line while typing a word to find in the page, the count on
/// the right.
fn draw_find_line(frame: &mut Frame, area: Rect, app: &App, f: &Find, theme: &Theme) {
    let prompt = tr(app.lang, "/ dans la fiche\u{a0}: ", "/ in page: ");
    let count = (!f.query.is_empty()).then(|| (find_count(f, app.lang), theme.title));
    draw_input_line(frame, area, prompt, &f.query, count, theme);
}

/// The command line: `:` and what is typed; on the right, the commands
/// that fit the name being typed, or what the command takes.
fn draw_command_line(frame: &mut Frame, area: Rect, text: &str, theme: &Theme) {
    let name = text.split(' ').next().unwrap_or_default();
    let help = if text.contains(' ') {
        (COMMANDS.iter())
            .find(|(n, _)| *n == name)
            .map(|(n, args)| format!("{n} {args}"))
            .unwrap_or_default()
    } else {
        (COMMANDS.iter())
            .filter(|(n, _)| n.starts_with(name))
            .map(|(n, _)| *n)
            .collect::<Vec<_>>()
            .join(" ")
    };
    draw_input_line(frame, area, ":", text, Some((help, theme.dim)), theme);
}

/// Columns kept for the query before a note may share its line.
const MIN_QUERY_ROOM: usize = 12;

/// The end of `query` that fits in `room` columns, after an ellipsis when
/// its start is cut.
pub fn query_tail(query: &str, room: usize) -> String {
    if query.width() <= room {
        return query.to_string();
    }
    let mut used = 1; // the ellipsis
    let mut start = query.len();
    for (i, c) in query.char_indices().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        start = i;
    }
    if room == 0 {
        return String::new();
    }
    format!("…{}", &query[start..])
}

/// The status line's text for a one-shot notice.
pub fn notice_text(notice: &Notice, lang: Lang) -> String {
    match notice {
        Notice::Exported { file, rows } => match (lang, rows) {
            (Lang::Fr, 0 | 1) => format!("exporté ({rows} ligne) → {file}"),
            (Lang::Fr, _) => format!("exporté ({rows} lignes) → {file}"),
            (Lang::En, 1) => format!("exported (1 row) → {file}"),
            (Lang::En, _) => format!("exported ({rows} rows) → {file}"),
        },
        Notice::ExportFailed { file, error } => match lang {
            Lang::Fr => format!("échec de l'export {file}\u{a0}: {error}"),
            Lang::En => format!("export {file} failed: {error}"),
        },
        Notice::ExportFormat(f) => match lang {
            Lang::Fr => format!("format d'export\u{a0}: {} (e pour exporter)", f.ext()),
            Lang::En => format!("export format: {} (e to export)", f.ext()),
        },
        Notice::Copied(id) => match lang {
            Lang::Fr => format!("citation de {id} copiée dans le presse-papiers"),
            Lang::En => format!("citation of {id} copied to the clipboard"),
        },
        Notice::NothingSelected => tr(lang, "rien à citer", "nothing to cite").to_string(),
        Notice::PasteIgnored => tr(
            lang,
            "collage ignoré\u{a0}: / pour chercher, puis coller",
            "paste ignored: press / to search, then paste",
        )
        .to_string(),
        Notice::CommandFailed(why) => why.clone(),
        Notice::CopiedMarked(n) => match lang {
            Lang::Fr => format!("{n} citations copiées dans le presse-papiers"),
            Lang::En => format!("{n} citations copied to the clipboard"),
        },
        Notice::Sorted(sort) => {
            let dir = if sort.desc { "↓" } else { "↑" };
            match lang {
                Lang::Fr => format!(
                    "tri\u{a0}: {} {dir} (s\u{a0}: colonne suivante, S\u{a0}: inverser)",
                    sort.key.label(lang)
                ),
                Lang::En => format!(
                    "sorted by {} {dir} (s: next column, S: reverse)",
                    sort.key.label(lang)
                ),
            }
        }
        Notice::NoSource => tr(lang, "aucune source", "no source").to_string(),
        Notice::NoUrl(id) => match lang {
            Lang::Fr => format!("la source {id} n'a pas d'adresse"),
            Lang::En => format!("source {id} has no URL"),
        },
        Notice::UrlRefused(id) => match lang {
            Lang::Fr => format!("adresse de {id} refusée (ni https ni http)"),
            Lang::En => format!("the URL of {id} is refused (neither https nor http)"),
        },
        Notice::Opening(url) => match lang {
            Lang::Fr => format!("ouverture de {url}"),
            Lang::En => format!("opening {url}"),
        },
        Notice::OpenFailed(url) => match lang {
            Lang::Fr => format!("aucun navigateur\u{a0}; adresse\u{a0}: {url}"),
            Lang::En => format!("no browser could open it; URL: {url}"),
        },
        Notice::UrlCopied(url) => match lang {
            Lang::Fr => format!("adresse copiée\u{a0}: {url}"),
            Lang::En => format!("URL copied: {url}"),
        },
        Notice::QueryTooLong => match lang {
            Lang::Fr => format!("requête limitée à {MAX_QUERY_CHARS} caractères"),
            Lang::En => format!("query cut at {MAX_QUERY_CHARS} characters"),
        },
        Notice::Reloaded(n) => match lang {
            Lang::Fr => format!("données relues ({n} fiches)"),
            Lang::En => format!("data reloaded ({n} records)"),
        },
        Notice::Config(problems) => {
            let first = problems.first().map(String::as_str).unwrap_or_default();
            match (lang, problems.len()) {
                (Lang::Fr, 1) => format!("configuration\u{a0}: {first}"),
                (Lang::En, 1) => format!("config: {first}"),
                (Lang::Fr, n) => format!(
                    "configuration\u{a0}: {n} problèmes, dont {first} (accords config les liste)"
                ),
                (Lang::En, n) => {
                    format!("config: {n} problems, first: {first} (accords config lists them)")
                }
            }
        }
    }
}

pub fn draw_hints(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let mut spans = Vec::new();
    let mut used = 0;
    // Each hint that fits, in order: a long one left out does not hide the
    // shorter ones after it.
    for (key, label) in app.keymap.hints(app.context(), app.lang) {
        let w = key.width() + label.width() + 3;
        if used + w > area.width as usize {
            continue;
        }
        used += w;
        spans.push(Span::styled(format!(" {key}"), theme.title));
        spans.push(Span::styled(format!(" {label} "), theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
