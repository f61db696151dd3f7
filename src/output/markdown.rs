//! Markdown, for people: tables of records and timeline entries with
//! localized labels, and the `show` document. Dataset text is escaped so
//! that it shows as written.

use std::fmt::Write as _;

use super::entry_what;
use super::fields::Field;
use super::json::step_of;
use crate::catalog::{Catalog, Record};
use crate::model::{Lang, tr};

/// Escapes Markdown's inline syntax (`|` included, for tables) so that
/// dataset text shows as written: no emphasis, links, HTML or code.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A paragraph of dataset text as Markdown: inline syntax escaped, and no
/// line able to start a heading, a list, a quote or a code block.
fn md_paragraph(s: &str) -> String {
    s.lines()
        .map(|line| {
            let line = escape(line.trim_start());
            let mut chars = line.chars();
            match chars.next() {
                Some(c @ ('#' | '-' | '+' | '=')) => format!("\\{c}{}", chars.as_str()),
                Some(c) if c.is_ascii_digit() => {
                    let digits = line.chars().take_while(char::is_ascii_digit).count();
                    match line[digits..].chars().next() {
                        Some(m @ ('.' | ')')) => {
                            format!("{}\\{m}{}", &line[..digits], &line[digits + 1..])
                        }
                        _ => line,
                    }
                }
                _ => line,
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Inline code for an id, with a fence longer than any backtick run inside.
fn md_code(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') || s.is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// A Markdown table: id, kind, date, status, title (full, in `lang`),
/// domains and, when a row has registry numbers, the numbers as cited.
pub fn records(catalog: &Catalog, rows: &[usize], lang: Lang) -> String {
    let rows: Vec<(usize, u32)> = rows.iter().map(|&i| (i, 0)).collect();
    fields(catalog, &rows, None, lang)
}

/// A Markdown table of records and their scores with the columns `fields`
/// names, or those of [`records`] when `None`; labels in `lang`, the title
/// in full, every cell escaped.
pub fn fields(
    catalog: &Catalog,
    rows: &[(usize, u32)],
    fields: Option<&[Field]>,
    lang: Lang,
) -> String {
    let columns = match fields {
        Some(f) => f.to_vec(),
        None => {
            let ids: Vec<usize> = rows.iter().map(|r| r.0).collect();
            super::table::default_fields(catalog, &ids)
        }
    };
    let header: Vec<&str> = columns.iter().map(|f| f.header(lang)).collect();
    let mut out = row(&header);
    out.push('|');
    out.push_str(&"---|".repeat(columns.len()));
    out.push('\n');
    for &(i, score) in rows {
        let cells: Vec<String> = columns
            .iter()
            .map(|f| f.human_value(catalog, i, score, lang, ", ", false))
            .collect();
        out.push_str(&row(&cells));
    }
    out
}

/// One Markdown table row.
fn row(cells: &[impl AsRef<str>]) -> String {
    let inner: Vec<String> = cells.iter().map(|c| escape(c.as_ref())).collect();
    format!("| {} |\n", inner.join(" | "))
}

/// The header row and rule of a timeline table, in `lang`.
pub fn timeline_header(lang: Lang) -> String {
    let headers = [
        "date",
        tr(lang, "entrée", "entry"),
        tr(lang, "quoi", "what"),
        "id",
        tr(lang, "titre", "title"),
        "note",
    ];
    let mut s = row(&headers);
    s.push_str(&format!("|{}\n", "---|".repeat(headers.len())));
    s
}

/// One timeline entry (an index into `catalog.timeline`) as a table row:
/// date, entry (event or status), what (the event's kind or the status
/// reached), id, short title and note, in `lang`.
pub fn timeline_row(catalog: &Catalog, e: usize, lang: Lang) -> String {
    let Some(entry) = catalog.timeline.get(e) else {
        return String::new();
    };
    let r = &catalog.records[entry.record];
    let (kind, _, what) = entry_what(catalog, entry, lang);
    let kind = match kind {
        "status" => tr(lang, "statut", "status"),
        _ => tr(lang, "événement", "event"),
    };
    let note = catalog
        .entry_change(entry)
        .and_then(|c| c.note.as_ref())
        .map(|n| n.get(lang).to_string())
        .unwrap_or_default();
    row(&[
        entry.date.to_string(),
        kind.to_string(),
        what,
        r.id.clone(),
        r.short().get(lang).to_string(),
        note,
    ])
}

/// The numbers (`[2][5]`) of `sources` (indices into the catalog's
/// sources) in record `r`'s source list, as the detail view and the
/// Sources section of `show` number them; a source the record does not
/// list is named by its id.
pub fn source_numbers(catalog: &Catalog, r: &Record, sources: &[usize]) -> String {
    let mut numbers: Vec<usize> = Vec::new();
    let mut others: Vec<String> = Vec::new();
    for &s in sources {
        match r.sources.iter().position(|&x| x == s) {
            Some(n) => numbers.push(n + 1),
            None => others.push(md_code(&catalog.sources[s].id)),
        }
    }
    numbers.sort_unstable();
    numbers.dedup();
    let mut out: String = numbers.iter().map(|n| format!("[{n}]")).collect();
    for id in others {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&id);
    }
    out
}

/// The part of the Markdown document in one language, its headings at
/// `level` (`##` for a whole-language section, `#` for the document).
fn md_section(catalog: &Catalog, i: usize, lang: Lang, level: usize, out: &mut String) {
    let r = &catalog.records[i];
    let h = |n: usize| "#".repeat(level + n);
    let _ = writeln!(out, "{} {}\n", h(0), escape(r.title.get(lang)));
    let mut rows: Vec<(String, String)> = Vec::new();
    rows.push(("id".into(), md_code(&r.id)));
    if let Some(n) = &r.title.native {
        rows.push((tr(lang, "Titre original", "Native title").into(), escape(n)));
    }
    if r.short().get(lang) != r.title.get(lang) {
        rows.push((
            tr(lang, "Titre court", "Short title").into(),
            escape(r.short().get(lang)),
        ));
    }
    rows.push((
        tr(lang, "Fiche", "Record").into(),
        r.kind.label(lang).into(),
    ));
    if let Some(s) = r.status {
        rows.push((tr(lang, "Statut", "Status").into(), s.label(lang).into()));
    }
    for f in &r.fields {
        // A dated step names the sources that back it by their number in
        // the Sources section (`2026-02-25 [8][12]`), as the browser does.
        let value = match step_of(f.label).and_then(|s| r.date_of(s)) {
            Some(d) => {
                let refs = source_numbers(catalog, r, &d.sources);
                if refs.is_empty() {
                    d.date.to_string()
                } else {
                    format!("{} {refs}", d.date)
                }
            }
            None => escape(f.value.get(lang)),
        };
        rows.push((f.label.label(lang).into(), value));
    }
    let parties = crate::query::record_parties(catalog, i);
    if !parties.is_empty() {
        let names: Vec<String> = parties
            .iter()
            .map(|&p| {
                let party = &catalog.parties[p];
                let name = party.name.get(lang);
                match &party.name.native {
                    Some(n) if n != name => format!("{} ({})", escape(name), escape(n)),
                    _ => escape(name),
                }
            })
            .collect();
        rows.push((tr(lang, "Parties", "Parties").into(), names.join(" – ")));
    }
    if !r.domains.is_empty() {
        let names: Vec<&str> = r.domains.iter().map(|d| d.label(lang)).collect();
        rows.push((tr(lang, "Domaines", "Domains").into(), names.join(", ")));
    }
    let _ = writeln!(
        out,
        "| {} | {} |\n|---|---|",
        tr(lang, "Champ", "Field"),
        tr(lang, "Valeur", "Value")
    );
    for (k, v) in rows {
        let _ = writeln!(out, "| {k} | {v} |");
    }
    if !r.summary.is_empty() {
        let _ = writeln!(out, "\n{} {}", h(1), tr(lang, "Résumé", "Summary"));
        for p in &r.summary {
            let _ = writeln!(out, "\n{}", md_paragraph(p.get(lang)));
        }
    }
    if !r.history.is_empty() {
        let _ = writeln!(out, "\n{} {}\n", h(1), tr(lang, "Historique", "History"));
        for s in &r.history {
            let _ = write!(out, "- **{}** — {}", s.date, s.status.label(lang));
            if let Some(n) = &s.note {
                let _ = write!(out, " — {}", escape(n.get(lang)));
            }
            let known: Vec<usize> = s
                .sources
                .iter()
                .filter_map(|id| catalog.source_index(id))
                .collect();
            let refs = source_numbers(catalog, r, &known);
            if !refs.is_empty() {
                let _ = write!(out, " {refs}");
            }
            out.push('\n');
        }
    }
    if !r.caveats.is_empty() {
        let _ = writeln!(out, "\n{} {}\n", h(1), tr(lang, "Certitude", "Certainty"));
        for c in &r.caveats {
            let _ = write!(out, "- **{}**", c.level.label(lang));
            if let Some(f) = &c.field {
                let _ = write!(out, " ({})", md_code(f));
            }
            let _ = writeln!(out, " — {}", escape(c.note.get(lang)));
        }
    }
    if !r.links.is_empty() {
        let _ = writeln!(out, "\n{} {}\n", h(1), tr(lang, "Liens", "Related"));
        let colon = tr(lang, "\u{a0}:", ":");
        for l in &r.links {
            let t = &catalog.records[l.target];
            let date = t.date.map(|d| format!(", {d}")).unwrap_or_default();
            let _ = writeln!(
                out,
                "- {}{colon} {} — {} ({}{date})",
                l.rel.label(lang),
                md_code(&t.id),
                escape(t.title.get(lang)),
                t.kind.label(lang),
            );
        }
    }
}

/// A Markdown document of record `i` in `lang`, or (`None`) a French
/// section then an English one; then its sources, numbered.
pub fn show(catalog: &Catalog, i: usize, lang: Option<Lang>) -> String {
    let r = &catalog.records[i];
    let mut out = String::new();
    let sources_lang = lang.unwrap_or(Lang::En);
    let level = match lang {
        Some(lang) => {
            md_section(catalog, i, lang, 1, &mut out);
            2
        }
        None => {
            let _ = writeln!(out, "# {}", md_code(&r.id));
            if let Some(n) = &r.title.native {
                let _ = writeln!(out, "\n{}", escape(n));
            }
            let _ = writeln!(out, "\n## Français\n");
            md_section(catalog, i, Lang::Fr, 3, &mut out);
            let _ = writeln!(out, "\n## English\n");
            md_section(catalog, i, Lang::En, 3, &mut out);
            2
        }
    };
    if !r.sources.is_empty() {
        let _ = writeln!(
            out,
            "\n{} {}\n",
            "#".repeat(level),
            tr(sources_lang, "Sources", "Sources")
        );
        for (n, &s) in r.sources.iter().enumerate() {
            let src = &catalog.sources[s];
            let _ = write!(
                out,
                "{}. {} — {} — {}",
                n + 1,
                md_code(&src.id),
                escape(&src.title),
                escape(&src.publisher)
            );
            if let Some(d) = src.date {
                let _ = write!(out, ", {d}");
            }
            if let Some(u) = &src.url {
                let _ = write!(out, " — {}", md_url(u));
            }
            out.push('\n');
        }
    }
    out
}

/// An autolink for a plain http(s) URL; anything else as escaped text.
fn md_url(u: &str) -> String {
    let plain = (u.starts_with("https://") || u.starts_with("http://"))
        && !u.contains(|c: char| c.is_whitespace() || c == '<' || c == '>' || c.is_control());
    if plain { format!("<{u}>") } else { escape(u) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes() {
        assert_eq!(escape("a|b *c* <x>"), "a\\|b \\*c\\* \\<x\\>");
        assert_eq!(md_paragraph("# no\n1. no\n- no"), "\\# no\n1\\. no\n\\- no");
        assert_eq!(md_code("a`b"), "``a`b``");
        assert_eq!(md_code("`x"), "`` `x ``");
    }
}
