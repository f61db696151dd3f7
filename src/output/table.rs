//! The aligned table of `list` and `search`: fitted to the terminal's
//! width (or [`PIPE_WIDTH`]), cut with `…`, never coloured.

use unicode_width::UnicodeWidthStr;

use super::{date_str, numbers_cell};
use crate::catalog::Catalog;
use crate::model::{Lang, Status, tr};

/// The width of the table when stdout is not a terminal.
pub const PIPE_WIDTH: usize = 100;

/// The width a table may use: the terminal's when stdout is one, else
/// [`PIPE_WIDTH`].
pub fn output_width() -> usize {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        match ratatui::crossterm::terminal::size() {
            Ok((w, _)) if w > 0 => usize::from(w),
            _ => PIPE_WIDTH,
        }
    } else {
        PIPE_WIDTH
    }
}

pub use crate::wrap::truncate;

/// A comma-separated list cut to `w` columns at a comma, the rest counted:
/// `defence,cyber,space` in 12 columns is `defence +2`.
fn fit_list(s: &str, w: usize) -> String {
    fit_items(s, ",", w)
}

/// [`fit_list`] for items separated by `sep`.
fn fit_items(s: &str, sep: &str, w: usize) -> String {
    if s.width() <= w {
        return s.to_string();
    }
    let items: Vec<&str> = s.split(sep).collect();
    for k in (1..items.len()).rev() {
        let short = format!("{} +{}", items[..k].join(sep), items.len() - k);
        if short.width() <= w {
            return short;
        }
    }
    truncate(s, w)
}

fn pad(s: &str, w: usize) -> String {
    let sw = s.width();
    format!("{s}{}", " ".repeat(w.saturating_sub(sw)))
}

const GAP: &str = "  ";

/// A status label for the table: the two long ones shortened so that a cut
/// still tells them apart.
fn status_short(s: Status, lang: Lang) -> &'static str {
    match s {
        Status::NegotiationsLaunched => tr(lang, "négo. lancées", "negot. launched"),
        Status::NegotiationsConcluded => tr(lang, "négo. conclues", "negot. concluded"),
        s => s.label(lang),
    }
}

/// An aligned table of `rows` that fits `width` display columns: id, kind,
/// date, status, short title (in `lang`), domains and, when a row has
/// registry numbers and there is room, the numbers. Numbers, domains and
/// titles are cut with … first, then the numbers column gives way; ids are
/// cut only when nothing else is left to cut.
pub fn table(catalog: &Catalog, rows: &[usize], lang: Lang, width: usize) -> String {
    let numbered = rows
        .iter()
        .any(|&i| !catalog.records[i].numbers().is_empty());
    let mut header = vec![
        "id",
        tr(lang, "type", "kind"),
        "date",
        tr(lang, "statut", "status"),
        tr(lang, "titre", "title"),
        tr(lang, "domaines", "domains"),
    ];
    if numbered {
        header.push(tr(lang, "numéros", "numbers"));
    }
    let cols = header.len();
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|&i| {
            let r = &catalog.records[i];
            let mut row = vec![
                r.id.clone(),
                r.kind.label(lang).to_string(),
                date_str(catalog, i),
                r.status
                    .map(|s| status_short(s, lang))
                    .unwrap_or("")
                    .to_string(),
                r.short().get(lang).to_string(),
                domains(catalog, i),
            ];
            if numbered {
                row.push(numbers_cell(r, lang));
            }
            row
        })
        .collect();
    let mut w: Vec<usize> = (0..cols)
        .map(|c| {
            cells
                .iter()
                .map(|row| row[c].width())
                .chain([header[c].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    // (column, floor) in the order columns give up room: numbers, domains
    // and status first, then titles; ids, which `show` needs, last of all.
    const ID: usize = 0;
    const KIND: usize = 1;
    const DATE: usize = 2;
    const STATUS: usize = 3;
    const TITLE: usize = 4;
    const DOMAINS: usize = 5;
    const NUMBERS: usize = 6;
    // A floor of `GONE`: the column gives way entirely.
    const GONE: usize = usize::MAX;
    let steps = [
        (NUMBERS, 10),
        (DOMAINS, 24),
        (TITLE, 30),
        (DOMAINS, 12),
        (NUMBERS, GONE),
        (ID, 34),
        (TITLE, 24),
        (ID, 28),
        (DOMAINS, 8),
        (TITLE, 20),
        (STATUS, 12),
        (ID, 22),
        (TITLE, 12),
        (KIND, 5),
        (ID, 16),
        (DOMAINS, 4),
        (STATUS, 4),
        (TITLE, 4),
        (ID, 8),
        (DATE, 4),
    ];
    let mut cols = cols;
    let total = |w: &[usize], cols: usize| w[..cols].iter().sum::<usize>() + GAP.len() * (cols - 1);
    for (col, floor) in steps {
        let over = total(&w, cols).saturating_sub(width);
        if over == 0 {
            break;
        }
        if col >= cols {
            continue;
        }
        if floor == GONE {
            cols = col;
        } else if w[col] > floor {
            w[col] -= over.min(w[col] - floor);
        }
    }
    let mut out = String::new();
    let line = |row: &[String], out: &mut String| {
        let mut s = String::new();
        for (c, text) in row.iter().enumerate().take(cols) {
            if c > 0 {
                s.push_str(GAP);
            }
            let cell = match c {
                DOMAINS => fit_list(text, w[c]),
                NUMBERS => fit_items(text, " · ", w[c]),
                _ => truncate(text, w[c]),
            };
            s.push_str(&pad(&cell, w[c]));
        }
        // A terminal narrower than every floor: cut the line itself.
        let s = truncate(s.trim_end(), width);
        out.push_str(&s);
        out.push('\n');
    };
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    line(&header, &mut out);
    let rule: Vec<String> = w.iter().map(|&n| "-".repeat(n)).collect();
    line(&rule, &mut out);
    for row in &cells {
        line(row, &mut out);
    }
    out
}

fn domains(catalog: &Catalog, i: usize) -> String {
    catalog.records[i]
        .domains
        .iter()
        .map(|d| d.slug())
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Kind;

    fn corpus() -> Catalog {
        crate::output::json::tests::corpus()
    }

    #[test]
    fn truncation_counts_display_columns() {
        assert_eq!(truncate("défense", 7), "défense");
        assert_eq!(truncate("défense", 4), "déf…");
        assert_eq!(truncate("대한민국", 5), "대한…");
        assert_eq!(truncate("대한민국", 4), "대…");
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(fit_list("defence,cyber,space", 30), "defence,cyber,space");
        assert_eq!(fit_list("defence,cyber,space", 16), "defence,cyber +1");
        assert_eq!(fit_list("defence,cyber,space", 10), "defence +2");
        assert_eq!(fit_list("defence,cyber,space", 6), "defen…");
    }

    #[test]
    fn tables_fit_any_width() {
        let c = corpus();
        let rows: Vec<usize> = (0..c.records.len()).collect();
        for w in [1, 20, 40, 60, 80, 100, 140, 300] {
            for lang in [Lang::Fr, Lang::En] {
                let t = table(&c, &rows, lang, w);
                for line in t.lines() {
                    assert!(line.width() <= w, "{w}: {line:?}");
                }
                assert_eq!(t.lines().count(), rows.len() + 2);
            }
        }
        // Ids give up room last: at 100 columns only the longest are cut,
        // and on a wide terminal none.
        let t = table(&c, &rows, Lang::En, 100);
        for &i in &rows {
            let id = &c.records[i].id;
            if id.len() <= 28 {
                assert!(t.contains(&format!("{id} ")), "{id}");
            }
        }
        let t = table(&c, &rows, Lang::Fr, 200);
        for &i in &rows {
            assert!(t.contains(&c.records[i].id), "{}", c.records[i].id);
        }
    }

    /// Agreements with registry numbers get a `numbers` column when the
    /// width leaves room for it; it gives way before ids are cut.
    #[test]
    fn tables_show_registry_numbers_when_there_is_room() {
        let c = corpus();
        let rows: Vec<usize> = c.of_kind(Kind::Agreement).collect();
        let wide = table(&c, &rows, Lang::En, 220);
        assert!(wide.lines().next().unwrap().ends_with("numbers"), "{wide}");
        let tax = wide.lines().find(|l| l.starts_with("tax-1978 ")).unwrap();
        assert!(tax.ends_with("E102303 · CTS 1980 No. 27"), "{tax}");
        let fr = table(&c, &rows, Lang::Fr, 220);
        assert!(fr.contains("E102303 · RTC 1980 n° 27"), "{fr}");
        let piped = table(&c, &rows, Lang::En, PIPE_WIDTH);
        assert!(!piped.contains("numbers") && !piped.contains("E102303"));
        // Records without numbers: no column at any width.
        let events: Vec<usize> = c.of_kind(Kind::Event).collect();
        assert!(!table(&c, &events, Lang::En, 300).contains("numbers"));
    }
}
