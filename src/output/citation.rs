//! The citation `y` copies: one style per language (docs/output.md,
//! *Citations*).

use crate::catalog::{Catalog, FieldLabel};
use crate::model::{Lang, MONTHS_EN, MONTHS_FR, PartialDate, SourceLang, Status, Step, tr};

/// A date written out in `lang`: `25 February 2026`, `25 février 2026`
/// (`1er` for the first of a month in French), `February 2026`, `2026`.
pub fn long_date(d: PartialDate, lang: Lang) -> String {
    let month = d.month.map(|m| {
        let names = match lang {
            Lang::Fr => &MONTHS_FR,
            Lang::En => &MONTHS_EN,
        };
        names[usize::from(m.clamp(1, 12)) - 1]
    });
    match (d.day, month) {
        (Some(1), Some(m)) if lang == Lang::Fr => format!("1er {m} {}", d.year),
        (Some(day), Some(m)) => format!("{day} {m} {}", d.year),
        (_, Some(m)) => format!("{m} {}", d.year),
        _ => d.year.to_string(),
    }
}

/// `s` with its first letter in capitals.
fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The source that backs record `i`'s current status: one of the sources
/// of its last history step, in `lang` when the step has a source in that
/// language (else its first source); without a history step that names a
/// source, the record's first source.
pub fn status_source(catalog: &Catalog, i: usize, lang: Lang) -> Option<usize> {
    let r = &catalog.records[i];
    let want = match lang {
        Lang::Fr => SourceLang::Fr,
        Lang::En => SourceLang::En,
    };
    let step: Vec<usize> = r
        .history
        .last()
        .map(|h| {
            h.sources
                .iter()
                .filter_map(|id| catalog.source_index(id))
                .collect()
        })
        .unwrap_or_default();
    step.iter()
        .copied()
        .find(|&s| catalog.sources[s].lang == Some(want))
        .or_else(|| step.first().copied())
        .or_else(|| r.sources.first().copied())
}

/// A citation of record `i` in `lang`, one style per language
/// (docs/output.md, *Citations*):
///
/// `Title[, numbers]. Status, date[; in force date]. Publisher, “Source title”, date[, url]`
///
/// `Titre[, numéros]. Statut, date[ ; en vigueur le date]. Éditeur, « Titre de la source », date[, adresse]`
///
/// The status is the record's, dated by the history step that reached it
/// (else by the record's own date); an event gives its kind instead. The
/// source is [`status_source`]. Dates are written out in `lang`; the
/// registry numbers are cited in `lang`. The citation ends with a full
/// stop, except after an address (which a terminal would take in).
pub fn citation(catalog: &Catalog, i: usize, lang: Lang) -> String {
    let r = &catalog.records[i];
    let mut out = r.title.get(lang).to_string();
    let numbers: Vec<String> = r.numbers().iter().map(|n| n.cite(lang)).collect();
    if !numbers.is_empty() {
        out.push_str(", ");
        out.push_str(&numbers.join(", "));
    }
    out.push_str(". ");
    // The status and the date that backs it.
    let last = r.history.last().filter(|h| Some(h.status) == r.status);
    let what = match r.status {
        Some(s) => Some(capitalized(s.label(lang))),
        None => r
            .fields
            .iter()
            .find(|f| f.label == FieldLabel::Kind)
            .map(|f| capitalized(f.value.get(lang))),
    };
    let when = last.map(|h| h.date).or(r.date);
    match (what, when) {
        (Some(w), Some(d)) => out.push_str(&format!("{w}, {}", long_date(d, lang))),
        (Some(w), None) => out.push_str(&w),
        (None, Some(d)) => out.push_str(&long_date(d, lang)),
        (None, None) => {}
    }
    if let Some(f) = r.date_of(Step::InForce) {
        let said = r.status == Some(Status::InForce) && when == Some(f.date);
        if !said {
            out.push_str(&format!(
                "{} {}",
                tr(lang, "\u{202f}; en vigueur le", "; in force"),
                long_date(f.date, lang)
            ));
        }
    }
    if !out.ends_with(". ") {
        out.push_str(". ");
    }
    let Some(src) = status_source(catalog, i, lang).and_then(|s| catalog.sources.get(s)) else {
        return out.trim_end().to_string();
    };
    let (open, close) = tr2(lang, ("«\u{a0}", "\u{a0}»"), ("“", "”"));
    out.push_str(&format!("{}, {open}{}{close}", src.publisher, src.title));
    if let Some(d) = src.date {
        out.push_str(&format!(", {}", long_date(d, lang)));
    }
    match &src.url {
        Some(u) => out.push_str(&format!(", {u}")),
        None => out.push('.'),
    }
    out
}

/// [`tr`] for pairs.
fn tr2<T>(lang: Lang, fr: T, en: T) -> T {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}
