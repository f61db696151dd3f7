//! Where things go on the screen, computed from sizes and data alone: the
//! screen's areas, the sizes `app` pages by, and the detail page laid out
//! line by line with the rows a user can select (related records and
//! sources). Both `app` (to scroll and select) and `ui` (to draw) read it;
//! it imports neither, and no drawing code.

use ratatui::layout::{Constraint, Layout, Rect};
use unicode_width::UnicodeWidthStr;

use crate::catalog::{Catalog, FieldLabel};
use crate::model::{Lang, Text, tr};
use crate::wrap::wrap;

/// Below this size the "terminal too small" screen is shown.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 12;
/// Above this size the "terminal too large" screen is shown, and the
/// drawing buffers stop growing (a cell costs tens of bytes, twice).
pub const MAX_WIDTH: u16 = 1000;
pub const MAX_HEIGHT: u16 = 500;
/// From this width on, French and English sit side by side (and the
/// preview sits beside the list); below it they stack.
pub const SIDE_BY_SIDE_WIDTH: u16 = 100;

/// True when a `width`×`height` terminal can show the interface.
pub fn fits(width: u16, height: u16) -> bool {
    (MIN_WIDTH..=MAX_WIDTH).contains(&width) && (MIN_HEIGHT..=MAX_HEIGHT).contains(&height)
}

/// The rows of the screen.
pub struct Areas {
    pub header: Rect,
    pub tabs: Rect,
    pub body: Rect,
    pub status: Rect,
    pub hints: Rect,
}

pub fn areas(area: Rect) -> Areas {
    let [header, tabs, body, status, hints] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ]));
    Areas {
        header,
        tabs,
        body,
        status,
        hints,
    }
}

/// The list's table area and the preview area of a body; with the preview
/// hidden (`p`), the table takes the whole body and the preview is empty.
pub fn list_areas(body: Rect, preview: bool) -> (Rect, Rect) {
    if !preview {
        return (body, Rect { height: 0, ..body });
    }
    if body.width >= SIDE_BY_SIDE_WIDTH {
        let [table, preview] = body.layout(&Layout::horizontal([
            Constraint::Percentage(58),
            Constraint::Fill(1),
        ]));
        (table, preview)
    } else {
        let [table, preview] = body.layout(&Layout::vertical([
            Constraint::Percentage(55),
            Constraint::Fill(1),
        ]));
        (table, preview)
    }
}

/// The scrolling text area of the detail body (below the breadcrumb and
/// the column headings).
pub fn detail_text_area(body: Rect) -> Rect {
    let top = 2.min(body.height);
    Rect {
        y: body.y + top,
        height: body.height - top,
        ..body
    }
}

/// Where the help overlay sits on a screen of `area`.
pub fn help_area(area: Rect) -> Rect {
    popup_area(area, 64, area.height.saturating_sub(2))
}

/// A `width`×`height` box centred in `area` (shrunk to fit).
pub fn popup_area(area: Rect, width: u16, height: u16) -> Rect {
    area.centered(
        Constraint::Length(width.min(area.width)),
        Constraint::Length(height.min(area.height)),
    )
}

/// Sizes the interface lays out, needed to page and to keep rows in view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Metrics {
    pub list_rows: usize,
    pub detail_rows: usize,
}

/// The sizes `update` needs for paging, for a terminal of `width`×`height`
/// (with the list's preview shown or not).
pub fn metrics(width: u16, height: u16, preview: bool) -> Metrics {
    let a = areas(Rect::new(0, 0, width, height));
    let (table, _) = list_areas(a.body, preview);
    Metrics {
        // Table: two border rows and a header row.
        list_rows: table.height.saturating_sub(3) as usize,
        detail_rows: detail_text_area(a.body).height as usize,
    }
}

/// What a run of text on the detail page is, for the theme to style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    Label,
    Plain,
    Dim,
    Caveat,
    Heading,
    Link,
}

/// A run of text with one role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub role: Role,
}

pub type DocLine = Vec<Run>;

/// A row of the detail page a user can select (Tab) and act on (Enter,
/// `o`, `Y`): a related record to follow, or a source to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Index into the record's `links`.
    Link(usize),
    /// Index into the record's `sources`.
    Source(usize),
}

/// A selectable entry of the page and the lines it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selectable {
    pub target: Target,
    pub first: usize,
    pub last: usize,
}

/// What a document was laid out for; another key means laying out anew.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocKey {
    pub generation: u64,
    pub record: usize,
    pub width: u16,
    pub lang: Lang,
}

/// A record laid out for a given width and interface language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub key: DocKey,
    pub lines: Vec<DocLine>,
    /// The selectable entries, in page order: related records, then sources.
    pub targets: Vec<Selectable>,
}

/// Width of the label column in side-by-side mode.
pub const LABEL_W: usize = 16;
pub const SEP: &str = " │ ";

/// The width of each language's column in side-by-side mode.
pub fn column_width(width: usize) -> usize {
    width.saturating_sub(LABEL_W + SEP.len() - 2) / 2
}

pub fn pad(s: &str, w: usize) -> String {
    let sw = s.width();
    if sw >= w {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(w - sw))
    }
}

fn run(text: impl Into<String>, role: Role) -> Run {
    Run {
        text: text.into(),
        role,
    }
}

struct Builder {
    lines: Vec<DocLine>,
    targets: Vec<Selectable>,
    width: usize,
    side: bool,
}

impl Builder {
    fn blank(&mut self) {
        self.lines.push(Vec::new());
    }

    fn heading(&mut self, text: &str) {
        if !self.lines.is_empty() {
            self.blank();
        }
        self.lines
            .push(vec![run(text.to_uppercase(), Role::Heading)]);
    }

    /// A bilingual row: French beside English, or French above English.
    fn pair(&mut self, label: &str, fr: &str, en: &str, role: Role) {
        if fr == en {
            return self.single(label, fr, role);
        }
        if self.side {
            let col = column_width(self.width).max(1);
            let labels = wrap(label, LABEL_W - 1);
            let (fl, el) = (wrap(fr, col), wrap(en, col));
            let n = labels.len().max(fl.len()).max(el.len());
            for i in 0..n {
                let get = |v: &Vec<String>| v.get(i).cloned().unwrap_or_default();
                self.lines.push(vec![
                    run(pad(&get(&labels), LABEL_W), Role::Label),
                    run(pad(&get(&fl), col), role),
                    run(SEP, Role::Dim),
                    run(get(&el), role),
                ]);
            }
        } else if label.width() < LABEL_W
            && LABEL_W + fr.width() + SEP.len() + en.width() <= self.width
        {
            // Short values share one line even when stacked.
            self.lines.push(vec![
                run(pad(label, LABEL_W), Role::Label),
                run(fr, role),
                run(SEP, Role::Dim),
                run(en, role),
            ]);
        } else {
            if !label.is_empty() {
                self.lines.push(vec![run(label, Role::Label)]);
            }
            let w = self.width.saturating_sub(3).max(1);
            for (tag, text) in [("FR", fr), ("EN", en)] {
                for (i, l) in wrap(text, w).into_iter().enumerate() {
                    let lead = if i == 0 { tag } else { "" };
                    self.lines
                        .push(vec![run(pad(lead, 3), Role::Dim), run(l, role)]);
                }
            }
        }
    }

    fn text(&mut self, label: &str, t: &Text, role: Role) {
        self.pair(label, &t.fr, &t.en, role);
    }

    /// A row whose value is the same in both languages.
    fn single(&mut self, label: &str, value: &str, role: Role) {
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
            self.lines.push(vec![
                run(pad(&get(&labels), lw), Role::Label),
                run(get(&values), role),
            ]);
        }
    }

    /// Marks the lines added since `first` as one selectable entry.
    fn select(&mut self, first: usize, target: Target) {
        if self.lines.len() > first {
            self.targets.push(Selectable {
                target,
                first,
                last: self.lines.len() - 1,
            });
        }
    }
}

/// The page's reference to sources given by id: their numbers in the
/// record's source list, as the Sources section shows them (` [2][5]`).
fn source_refs(catalog: &Catalog, record: usize, ids: &[String]) -> String {
    let indices: Vec<usize> = ids
        .iter()
        .filter_map(|id| catalog.source_index(id))
        .collect();
    source_numbers(catalog, record, &indices)
}

/// [`source_refs`] for sources given by their index in the catalog.
fn source_numbers(catalog: &Catalog, record: usize, sources: &[usize]) -> String {
    let r = &catalog.records[record];
    let mut numbers: Vec<usize> = sources
        .iter()
        .filter_map(|s| r.sources.iter().position(|x| x == s))
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    let refs: Vec<String> = numbers.iter().map(|n| format!("[{}]", n + 1)).collect();
    if refs.is_empty() {
        String::new()
    } else {
        format!(" {}", refs.join(""))
    }
}

/// The name of a record's field as a caveat gives it (`"in_force"`), in
/// the interface language; a name we do not know is shown as written.
pub fn field_name(name: &str, lang: Lang) -> &str {
    let (fr, en) = match name {
        "title" => ("titre", "title"),
        "short" => ("titre court", "short title"),
        "date" => ("date", "date"),
        "form" => ("forme", "form"),
        "status" => ("statut", "status"),
        "history" => ("historique", "history"),
        "signed" => ("signature", "signed"),
        "signed_place" => ("lieu de signature", "place of signature"),
        "approved" => ("approbation", "approved"),
        "in_force" => ("entrée en vigueur", "in force"),
        "terminated" => ("fin", "terminated"),
        "replaced" => ("remplacement", "replaced"),
        "place" => ("lieu", "place"),
        "parties" => ("parties", "parties"),
        "domains" => ("domaines", "domains"),
        "summary" => ("résumé", "summary"),
        "sources" => ("sources", "sources"),
        "numbers" => ("numéros", "numbers"),
        "made" => ("date de l'engagement", "made"),
        "established" => ("création", "established"),
        "participants" => ("participants", "participants"),
        _ => return name,
    };
    tr(lang, fr, en)
}

/// Record `index` of `catalog` laid out for a screen `width` columns wide
/// in interface language `lang`.
pub fn document(catalog: &Catalog, index: usize, width: u16, lang: Lang) -> Document {
    let cat = catalog;
    let r = &cat.records[index];
    let mut b = Builder {
        lines: Vec::new(),
        targets: Vec::new(),
        width: width as usize,
        side: width >= SIDE_BY_SIDE_WIDTH,
    };
    let caveat_mark = if r.has_caveat() { " (?)" } else { "" };
    let title_label = format!("{}{caveat_mark}", tr(lang, "Titre", "Title"));
    b.text(&title_label, &r.title, Role::Title);
    if let Some(n) = &r.title.native {
        b.single(tr(lang, "Titre original", "Native title"), n, Role::Plain);
    }
    if *r.short() != r.title {
        b.text(
            tr(lang, "Titre court", "Short title"),
            r.short(),
            Role::Plain,
        );
    }
    b.pair(
        tr(lang, "Fiche", "Record"),
        r.kind.label(Lang::Fr),
        r.kind.label(Lang::En),
        Role::Plain,
    );
    if let Some(s) = r.status {
        b.pair(
            tr(lang, "Statut", "Status"),
            s.label(Lang::Fr),
            s.label(Lang::En),
            Role::Plain,
        );
    }
    for f in &r.fields {
        // A date names the sources that back it, by their number below.
        let backed = r
            .dates
            .iter()
            .find(|d| FieldLabel::of_step(d.step) == f.label)
            .map(|d| source_numbers(cat, index, &d.sources))
            .unwrap_or_default();
        if backed.is_empty() {
            b.text(f.label.label(lang), &f.value, Role::Plain);
        } else {
            let fr = format!("{}{backed}", f.value.fr);
            let en = format!("{}{backed}", f.value.en);
            b.pair(f.label.label(lang), &fr, &en, Role::Plain);
        }
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
            Role::Plain,
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
            Role::Plain,
        );
    }
    if !r.caveats.is_empty() {
        b.heading(tr(lang, "Certitude", "Certainty"));
        for c in &r.caveats {
            let label = match &c.field {
                Some(f) => format!("{} ({})", c.level.label(lang), field_name(f, lang)),
                None => c.level.label(lang).to_string(),
            };
            b.text(&label, &c.note, Role::Caveat);
        }
    }
    if !r.history.is_empty() {
        b.heading(tr(lang, "Historique", "History"));
        for h in &r.history {
            // Each step names the sources that back it, by their number below.
            let refs = source_refs(cat, index, &h.sources);
            // A step the sources show holding, not beginning, says so.
            let text = |l: Lang| {
                let shown = h
                    .shown_by
                    .map(|e| format!(" ({})", e.label(l)))
                    .unwrap_or_default();
                match &h.note {
                    Some(n) => format!("{}{shown} — {}{refs}", h.status.label(l), n.get(l)),
                    None => format!("{}{shown}{refs}", h.status.label(l)),
                }
            };
            b.pair(
                &h.date.to_string(),
                &text(Lang::Fr),
                &text(Lang::En),
                Role::Plain,
            );
        }
    }
    if !r.summary.is_empty() {
        b.heading(tr(lang, "Résumé", "Summary"));
        for (i, p) in r.summary.iter().enumerate() {
            if i > 0 {
                b.blank();
            }
            b.text("", p, Role::Plain);
        }
    }
    if !r.links.is_empty() {
        b.heading(tr(lang, "Liens (Tab, Entrée)", "Related (Tab, Enter)"));
        for (i, l) in r.links.iter().enumerate() {
            let t = &cat.records[l.target];
            let date = t.date.map(|d| format!(", {d}")).unwrap_or_default();
            let colon = tr(lang, "\u{a0}:", ":");
            let text = format!(
                "→ {}{colon} {} ({}{date})",
                l.rel.label(lang),
                t.short().get(lang),
                t.kind.label(lang)
            );
            let first = b.lines.len();
            let w = b.width.max(1);
            let line = wrap(&text, w).into_iter().next().unwrap_or_default();
            b.lines.push(vec![run(line, Role::Link)]);
            b.select(first, Target::Link(i));
        }
    }
    if !r.sources.is_empty() {
        b.heading(tr(
            lang,
            "Sources (Tab, o\u{a0}: ouvrir)",
            "Sources (Tab, o: open)",
        ));
        for (n, &s) in r.sources.iter().enumerate() {
            let src = &cat.sources[s];
            let mut text = format!("{} — {}", src.title, src.publisher);
            if let Some(d) = src.date {
                text.push_str(&format!(", {d}"));
            }
            if let Some(u) = &src.url {
                text.push_str(&format!(" — {u}"));
            }
            let first = b.lines.len();
            b.single(&format!("[{}]", n + 1), &text, Role::Plain);
            b.select(first, Target::Source(n));
        }
    }
    Document {
        key: DocKey {
            generation: cat.generation,
            record: index,
            width,
            lang,
        },
        lines: b.lines,
        targets: b.targets,
    }
}

/// A match of a find in the page: its line and its chars in the line's
/// text (the runs joined).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub line: usize,
    pub start: usize,
    pub len: usize,
}

/// The text of a laid-out line.
pub fn line_text(line: &DocLine) -> String {
    line.iter().map(|r| r.text.as_str()).collect()
}

/// Every match of `query` in `doc`, in reading order, accent- and
/// case-blind (`defense` finds "défense"); none for an empty query.
pub fn find(doc: &Document, query: &str) -> Vec<Match> {
    let needle: Vec<char> = crate::fold::fold(query.trim()).chars().collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (line, runs) in doc.lines.iter().enumerate() {
        let text = line_text(runs);
        let folded = crate::fold::fold_with_map(&text);
        let hay = &folded.chars;
        let mut i = 0;
        while i + needle.len() <= hay.len() {
            if hay[i..i + needle.len()] == needle[..] {
                let start = folded.origin[i];
                let end = folded.origin[i + needle.len() - 1] + 1;
                out.push(Match {
                    line,
                    start,
                    len: end - start,
                });
                i += needle.len();
            } else {
                i += 1;
            }
        }
    }
    out
}
