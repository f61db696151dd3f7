//! The aligned table of `list` and `search`: fitted to the width (the
//! `COLUMNS` variable when set, else the terminal's, else [`PIPE_WIDTH`]),
//! cut with `…`, never coloured. Written to a pipe or a file, it never cuts
//! an id.

use unicode_width::UnicodeWidthStr;

use super::fields::Field;
use crate::catalog::Catalog;
use crate::model::{Lang, Status, tr};

/// The width of the table when stdout is not a terminal and `COLUMNS` is
/// not set.
pub const PIPE_WIDTH: usize = 100;

/// How a table is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The display columns the table may use.
    pub width: usize,
    /// Never cut an id (the output is for a program, a pipe or a file:
    /// `accords list | grep … | cut -d' ' -f1 | xargs -n1 accords show`);
    /// other columns still give way, and a line is cut only after its ids.
    pub whole_ids: bool,
}

impl Layout {
    /// Where stdout goes: `COLUMNS` when it is a positive number (as `ls`
    /// reads it), else the terminal's width, else [`PIPE_WIDTH`]; whole
    /// ids unless stdout is a terminal.
    pub fn for_stdout() -> Layout {
        use std::io::IsTerminal;
        let terminal = std::io::stdout().is_terminal();
        Layout::of(std::env::var("COLUMNS").ok().as_deref(), terminal, || {
            ratatui::crossterm::terminal::size()
                .ok()
                .map(|(w, _)| usize::from(w))
        })
    }

    /// [`Layout::for_stdout`] from its inputs: `COLUMNS`, whether stdout
    /// is a terminal, and the terminal's width.
    pub fn of(
        columns: Option<&str>,
        terminal: bool,
        size: impl FnOnce() -> Option<usize>,
    ) -> Layout {
        let columns = columns
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|&w| w > 0);
        let width = columns
            .or_else(|| terminal.then(size).flatten().filter(|&w| w > 0))
            .unwrap_or(PIPE_WIDTH);
        Layout {
            width,
            whole_ids: !terminal,
        }
    }
}

/// The width a table may use on stdout (see [`Layout::for_stdout`]).
pub fn output_width() -> usize {
    Layout::for_stdout().width
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

/// The columns of the table without `--fields`: id, kind, date, status,
/// short title, domains and, when a row has registry numbers, the numbers.
pub fn default_fields(catalog: &Catalog, rows: &[usize]) -> Vec<Field> {
    let mut fields = vec![
        Field::Id,
        Field::Kind,
        Field::Date,
        Field::Status,
        Field::Title,
        Field::Domains,
    ];
    if rows
        .iter()
        .any(|&i| !catalog.records[i].numbers().is_empty())
    {
        fields.push(Field::Numbers);
    }
    fields
}

/// An aligned table of `rows` that fits `width` display columns: id, kind,
/// date, status, short title (in `lang`), domains and, when a row has
/// registry numbers and there is room, the numbers. Numbers, domains and
/// titles are cut with … first, then the numbers column gives way; ids are
/// cut only when nothing else is left to cut.
pub fn table(catalog: &Catalog, rows: &[usize], lang: Lang, width: usize) -> String {
    let rows: Vec<(usize, u32)> = rows.iter().map(|&i| (i, 0)).collect();
    fields(
        catalog,
        &rows,
        None,
        lang,
        Layout {
            width,
            whole_ids: false,
        },
    )
}

/// A floor of `GONE`: the column gives way entirely (only a column the
/// user did not ask for: the numbers shown by default).
const GONE: usize = usize::MAX;

/// (field, floor) in the order columns give up room: numbers, domains and
/// lists first, then titles; ids, which `show` needs, last of all, and
/// never under [`Layout::whole_ids`]. Dates and scores are cut only at the
/// very end, if ever.
const STEPS: &[(Field, usize)] = &[
    (Field::Numbers, 10),
    (Field::Domains, 24),
    (Field::Sources, 12),
    (Field::Parties, 8),
    (Field::Url, 20),
    (Field::Title, 30),
    (Field::Short, 30),
    (Field::Domains, 12),
    (Field::Numbers, GONE),
    (Field::Id, 34),
    (Field::Title, 24),
    (Field::Short, 24),
    (Field::Id, 28),
    (Field::Domains, 8),
    (Field::Url, 12),
    (Field::Title, 20),
    (Field::Short, 20),
    (Field::Status, 12),
    (Field::Form, 12),
    (Field::Id, 22),
    (Field::Title, 12),
    (Field::Short, 12),
    (Field::Kind, 5),
    (Field::Form, 5),
    (Field::Id, 16),
    (Field::Domains, 4),
    (Field::Sources, 4),
    (Field::Parties, 4),
    (Field::Numbers, 4),
    (Field::Url, 4),
    (Field::CanadaE, 4),
    (Field::Cts, 4),
    (Field::Unts, 4),
    (Field::KrTreaty, 4),
    (Field::Status, 4),
    (Field::Title, 4),
    (Field::Short, 4),
    (Field::Id, 8),
    (Field::Date, 4),
    (Field::Signed, 4),
    (Field::Approved, 4),
    (Field::InForce, 4),
    (Field::Terminated, 4),
    (Field::Replaced, 4),
];

/// An aligned table of `rows` (records and their scores) with the columns
/// `fields` asks for (in that order), or [`default_fields`] when `None`,
/// fitted to `layout`. Titles are the short titles, labels in `lang`.
pub fn fields(
    catalog: &Catalog,
    rows: &[(usize, u32)],
    fields: Option<&[Field]>,
    lang: Lang,
    layout: Layout,
) -> String {
    let width = layout.width;
    let explicit = fields.is_some();
    let ids: Vec<usize> = rows.iter().map(|r| r.0).collect();
    let columns: Vec<Field> = match fields {
        Some(f) => f.to_vec(),
        None => default_fields(catalog, &ids),
    };
    let header: Vec<String> = columns.iter().map(|f| f.header(lang).to_string()).collect();
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|&(i, score)| {
            columns
                .iter()
                .map(|&f| match (f, catalog.records[i].status) {
                    (Field::Status, Some(s)) => status_short(s, lang).to_string(),
                    _ => f.human_value(catalog, i, score, lang, ",", true),
                })
                .collect()
        })
        .collect();
    let mut w: Vec<usize> = (0..columns.len())
        .map(|c| {
            cells
                .iter()
                .map(|row| row[c].width())
                .chain([header[c].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut shown = vec![true; columns.len()];
    let total = |w: &[usize], shown: &[bool]| {
        let n = shown.iter().filter(|s| **s).count();
        (0..w.len())
            .filter(|&c| shown[c])
            .map(|c| w[c])
            .sum::<usize>()
            + GAP.len() * n.saturating_sub(1)
    };
    for &(field, floor) in STEPS {
        if field == Field::Id && layout.whole_ids {
            continue;
        }
        for c in 0..columns.len() {
            let over = total(&w, &shown).saturating_sub(width);
            if over == 0 || columns[c] != field || !shown[c] {
                continue;
            }
            if floor == GONE {
                if !explicit {
                    shown[c] = false;
                }
            } else if w[c] > floor {
                w[c] -= over.min(w[c] - floor);
            }
        }
    }
    // Under whole ids, a line is never cut before the end of its last id
    // (then a gap and the `…` that says the line was cut).
    let mut limit = width;
    if layout.whole_ids {
        let mut end = 0;
        for c in (0..columns.len()).filter(|&c| shown[c]) {
            end += if end > 0 { GAP.len() } else { 0 } + w[c];
            if columns[c] == Field::Id {
                limit = limit.max(end + GAP.len() + 1);
            }
        }
    }
    let mut out = String::new();
    let line = |row: &[String], out: &mut String| {
        let mut s = String::new();
        for (n, (c, text)) in row
            .iter()
            .enumerate()
            .filter(|&(c, _)| shown[c])
            .enumerate()
        {
            if n > 0 {
                s.push_str(GAP);
            }
            let cell = match columns[c] {
                Field::Domains | Field::Parties | Field::Sources => fit_list(text, w[c]),
                Field::Numbers => fit_items(text, " · ", w[c]),
                _ => truncate(text, w[c]),
            };
            s.push_str(&pad(&cell, w[c]));
        }
        // A terminal narrower than every floor: cut the line itself.
        let s = truncate(s.trim_end(), limit);
        out.push_str(&s);
        out.push('\n');
    };
    line(&header, &mut out);
    let rule: Vec<String> = w.iter().map(|&n| "-".repeat(n)).collect();
    line(&rule, &mut out);
    for row in &cells {
        line(row, &mut out);
    }
    out
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

    #[test]
    fn the_width_is_columns_else_the_terminals_else_100() {
        let l = |c, t, size: Option<usize>| Layout::of(c, t, || size);
        assert_eq!(
            l(Some("80"), true, Some(120)),
            Layout {
                width: 80,
                whole_ids: false
            }
        );
        assert_eq!(
            l(None, true, Some(120)),
            Layout {
                width: 120,
                whole_ids: false
            }
        );
        assert_eq!(
            l(None, true, None),
            Layout {
                width: 100,
                whole_ids: false
            }
        );
        assert_eq!(
            l(None, false, Some(120)),
            Layout {
                width: 100,
                whole_ids: true
            }
        );
        assert_eq!(
            l(Some("64"), false, None),
            Layout {
                width: 64,
                whole_ids: true
            }
        );
        for bad in ["0", "-3", "abc", ""] {
            assert_eq!(l(Some(bad), false, None).width, 100, "{bad}");
        }
    }

    /// Under whole ids, every id is written whole at any width; chosen
    /// fields come in their order.
    #[test]
    fn whole_ids_at_any_width() {
        let c = corpus();
        let rows: Vec<(usize, u32)> = (0..c.records.len()).map(|i| (i, 7)).collect();
        for width in [1, 20, 40, 60, 100] {
            for f in [None, Some(&[Field::Title, Field::Id, Field::Score][..])] {
                let t = fields(
                    &c,
                    &rows,
                    f,
                    Lang::En,
                    Layout {
                        width,
                        whole_ids: true,
                    },
                );
                for (line, &(i, _)) in t.lines().skip(2).zip(&rows) {
                    let id = &c.records[i].id;
                    assert!(
                        line.split(' ').any(|word| word == id),
                        "{width}: {id}: {line}"
                    );
                }
            }
        }
        let t = fields(
            &c,
            &rows,
            Some(&[Field::Score, Field::Id]),
            Lang::Fr,
            Layout {
                width: 100,
                whole_ids: true,
            },
        );
        assert!(t.starts_with("score  id"), "{t}");
        assert!(t.lines().nth(2).unwrap().starts_with("7      "), "{t}");
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
