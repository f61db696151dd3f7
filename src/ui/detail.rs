//! The detail view: one record with French and English side by side, field
//! by field on the same rows (stacked, FR above EN, on narrow terminals),
//! then its sources and its related records, which can be followed.

use std::cell::RefCell;
use std::rc::Rc;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{SIDE_BY_SIDE_WIDTH, Theme, tr};
use crate::app::App;
use crate::model::{Lang, Text};
use crate::wrap::wrap;

/// Width of the label column in side-by-side mode.
const LABEL_W: usize = 16;
const SEP: &str = " │ ";

/// A record laid out for a given width.
pub struct Document {
    pub lines: Vec<Line<'static>>,
    /// The line of each related-record link, in link order.
    pub link_rows: Vec<usize>,
}

struct Builder<'a> {
    lines: Vec<Line<'static>>,
    link_rows: Vec<usize>,
    width: usize,
    side: bool,
    theme: &'a Theme,
}

fn pad(s: &str, w: usize) -> String {
    let sw = s.width();
    if sw >= w {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(w - sw))
    }
}

impl Builder<'_> {
    fn col_w(&self) -> usize {
        self.width.saturating_sub(LABEL_W + SEP.len() - 2) / 2
    }

    fn blank(&mut self) {
        self.lines.push(Line::from(""));
    }

    fn heading(&mut self, text: &str) {
        if !self.lines.is_empty() {
            self.blank();
        }
        self.lines.push(Line::from(Span::styled(
            text.to_uppercase(),
            self.theme.header_row,
        )));
    }

    /// A bilingual row: French beside English, or French above English.
    fn pair(&mut self, label: &str, fr: &str, en: &str, style: Style) {
        if fr == en {
            return self.single(label, fr, style);
        }
        let label_style = self.theme.label;
        if self.side {
            let col = self.col_w().max(1);
            let labels = wrap(label, LABEL_W - 1);
            let (fl, el) = (wrap(fr, col), wrap(en, col));
            let n = labels.len().max(fl.len()).max(el.len());
            for i in 0..n {
                let get = |v: &Vec<String>| v.get(i).cloned().unwrap_or_default();
                self.lines.push(Line::from(vec![
                    Span::styled(pad(&get(&labels), LABEL_W), label_style),
                    Span::styled(pad(&get(&fl), col), style),
                    Span::styled(SEP, self.theme.dim),
                    Span::styled(get(&el), style),
                ]));
            }
        } else if label.width() < LABEL_W
            && LABEL_W + fr.width() + SEP.len() + en.width() <= self.width
        {
            // Short values share one line even when stacked.
            self.lines.push(Line::from(vec![
                Span::styled(pad(label, LABEL_W), label_style),
                Span::styled(fr.to_string(), style),
                Span::styled(SEP, self.theme.dim),
                Span::styled(en.to_string(), style),
            ]));
        } else {
            if !label.is_empty() {
                self.lines
                    .push(Line::from(Span::styled(label.to_string(), label_style)));
            }
            let w = self.width.saturating_sub(3).max(1);
            for (tag, text) in [("FR", fr), ("EN", en)] {
                for (i, l) in wrap(text, w).into_iter().enumerate() {
                    let lead = if i == 0 { tag } else { "" };
                    self.lines.push(Line::from(vec![
                        Span::styled(pad(lead, 3), self.theme.dim),
                        Span::styled(l, style),
                    ]));
                }
            }
        }
    }

    fn text(&mut self, label: &str, t: &Text, style: Style) {
        self.pair(label, &t.fr, &t.en, style);
    }

    /// A row whose value is the same in both languages.
    fn single(&mut self, label: &str, value: &str, style: Style) {
        let label_style = self.theme.label;
        let lw = if self.side || label.width() < LABEL_W {
            LABEL_W
        } else {
            label.width() + 2
        };
        let w = self.width.saturating_sub(lw).max(1);
        let labels = if self.side {
            wrap(label, LABEL_W - 1)
        } else {
            vec![label.to_string()]
        };
        let values = wrap(value, w);
        for i in 0..labels.len().max(values.len()) {
            let get = |v: &Vec<String>| v.get(i).cloned().unwrap_or_default();
            self.lines.push(Line::from(vec![
                Span::styled(pad(&get(&labels), lw), label_style),
                Span::styled(get(&values), style),
            ]));
        }
    }
}

#[derive(Clone, PartialEq)]
struct CacheKey {
    catalog: u64,
    record: usize,
    width: u16,
    lang: Lang,
    theme: Theme,
}

/// How many laid-out documents are kept: the page drawn (in the screen's
/// theme) and the same page measured by `App::update` (in the mono theme).
const CACHE_SLOTS: usize = 2;

thread_local! {
    /// The last documents laid out: scrolling and redrawing reuse them, so
    /// a record with a huge text is wrapped once, not at every frame.
    static CACHE: RefCell<Vec<(CacheKey, Rc<Document>)>> = const { RefCell::new(Vec::new()) };
}

/// Record `index` laid out for a terminal `width` columns wide (cached).
pub fn document(app: &App, index: usize, width: u16, theme: &Theme) -> Rc<Document> {
    let key = CacheKey {
        catalog: app.catalog.generation,
        record: index,
        width,
        lang: app.lang,
        theme: *theme,
    };
    if let Some(doc) =
        CACHE.with_borrow(|c| c.iter().find(|(k, _)| *k == key).map(|(_, d)| Rc::clone(d)))
    {
        return doc;
    }
    let doc = Rc::new(layout(app, index, width, theme));
    CACHE.with_borrow_mut(|c| {
        c.retain(|(k, _)| k.theme != key.theme);
        c.truncate(CACHE_SLOTS - 1);
        c.insert(0, (key, Rc::clone(&doc)));
    });
    doc
}

fn layout(app: &App, index: usize, width: u16, theme: &Theme) -> Document {
    let lang = app.lang;
    let cat = &app.catalog;
    let r = &cat.records[index];
    let mut b = Builder {
        lines: Vec::new(),
        link_rows: Vec::new(),
        width: width as usize,
        side: width >= SIDE_BY_SIDE_WIDTH,
        theme,
    };
    let plain = Style::new();
    let caveat_mark = if r.has_caveat() { " (?)" } else { "" };
    let title_label = format!("{}{caveat_mark}", tr(lang, "Titre", "Title"));
    b.text(&title_label, &r.title, theme.title);
    if let Some(n) = &r.title.native {
        b.single(tr(lang, "Titre original", "Native title"), n, plain);
    }
    if *r.short() != r.title {
        b.text(tr(lang, "Titre court", "Short title"), r.short(), plain);
    }
    b.pair(
        tr(lang, "Fiche", "Record"),
        r.kind.label(Lang::Fr),
        r.kind.label(Lang::En),
        plain,
    );
    if let Some(s) = r.status {
        b.pair(
            tr(lang, "Statut", "Status"),
            s.label(Lang::Fr),
            s.label(Lang::En),
            plain,
        );
    }
    for f in &r.fields {
        b.text(f.label.label(lang), &f.value, plain);
    }
    if !r.parties.is_empty() {
        let names = |l: Lang| {
            r.parties
                .iter()
                .map(|&p| {
                    let party = &cat.parties[p];
                    match &party.name.native {
                        Some(n) if n != party.name.get(l) => format!("{} ({n})", party.name.get(l)),
                        _ => party.name.get(l).to_string(),
                    }
                })
                .collect::<Vec<_>>()
                .join(" – ")
        };
        b.pair(
            tr(lang, "Parties", "Parties"),
            &names(Lang::Fr),
            &names(Lang::En),
            plain,
        );
    }
    if !r.domains.is_empty() {
        let names = |l: Lang| {
            r.domains
                .iter()
                .map(|d| d.label(l))
                .collect::<Vec<_>>()
                .join(", ")
        };
        b.pair(
            tr(lang, "Domaines", "Domains"),
            &names(Lang::Fr),
            &names(Lang::En),
            plain,
        );
    }
    if !r.caveats.is_empty() {
        b.heading(tr(lang, "Certitude", "Certainty"));
        for c in &r.caveats {
            let label = match &c.field {
                Some(f) => format!("{} ({f})", c.level.label(lang)),
                None => c.level.label(lang).to_string(),
            };
            b.text(&label, &c.note, theme.caveat);
        }
    }
    if !r.history.is_empty() {
        b.heading(tr(lang, "Historique", "History"));
        for h in &r.history {
            let text = |l: Lang| match &h.note {
                Some(n) => format!("{} — {}", h.status.label(l), n.get(l)),
                None => h.status.label(l).to_string(),
            };
            b.pair(&h.date.to_string(), &text(Lang::Fr), &text(Lang::En), plain);
        }
    }
    if !r.summary.is_empty() {
        b.heading(tr(lang, "Résumé", "Summary"));
        for (i, p) in r.summary.iter().enumerate() {
            if i > 0 {
                b.blank();
            }
            b.text("", p, plain);
        }
    }
    if !r.sources.is_empty() {
        b.heading(tr(lang, "Sources", "Sources"));
        for (n, &s) in r.sources.iter().enumerate() {
            let src = &cat.sources[s];
            let mut text = format!("{} — {}", src.title, src.publisher);
            if let Some(d) = src.date {
                text.push_str(&format!(", {d}"));
            }
            if let Some(u) = &src.url {
                text.push_str(&format!(" — {u}"));
            }
            b.single(&format!("[{}]", n + 1), &text, plain);
        }
    }
    if !r.links.is_empty() {
        b.heading(tr(lang, "Liens (Tab, Entrée)", "Related (Tab, Enter)"));
        for l in &r.links {
            let t = &cat.records[l.target];
            let date = t.date.map(|d| format!(", {d}")).unwrap_or_default();
            let colon = tr(lang, "\u{a0}:", ":");
            let text = format!(
                "→ {}{colon} {} ({}{date})",
                l.rel.label(lang),
                t.short().get(lang),
                t.kind.label(lang)
            );
            let style = theme.link;
            b.link_rows.push(b.lines.len());
            let w = b.width.max(1);
            let first = wrap(&text, w).into_iter().next().unwrap_or_default();
            b.lines.push(Line::from(Span::styled(first, style)));
        }
    }
    Document {
        lines: b.lines,
        link_rows: b.link_rows,
    }
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

/// The scrolling text area of the detail body (below the breadcrumb and
/// the column headings).
pub fn text_area(body: Rect) -> Rect {
    let top = 2.min(body.height);
    Rect {
        y: body.y + top,
        height: body.height - top,
        ..body
    }
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
    let doc = document(app, page.record, area.width, theme);
    let max_scroll = doc.lines.len().saturating_sub(text.height as usize);
    let scroll = page.scroll.min(max_scroll);
    // Only the visible window is copied; the selected link is restyled here
    // so moving between links does not lay the page out again.
    let selected_row = doc.link_rows.get(page.link).copied();
    let visible: Vec<Line> = doc
        .lines
        .iter()
        .enumerate()
        .skip(scroll)
        .take(text.height as usize)
        .map(|(row, line)| {
            if Some(row) == selected_row {
                line.clone().style(theme.link_selected)
            } else {
                line.clone()
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(visible), text);
}
