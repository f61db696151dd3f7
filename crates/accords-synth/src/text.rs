//! Text helpers: capitals, French contractions, acronyms, and the templates
//! whose `{x}` slots the generator fills.

pub(crate) fn push_cap(out: &mut String, s: &str) {
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
}

pub(crate) fn cap(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_cap(&mut out, s);
    out
}

pub(crate) fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(crate) fn starts_with_vowel(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| "aeiouyéèêàâîôûh".contains(c.to_lowercase().next().unwrap_or(c)))
}

/// "de" + a French noun phrase with its article: du, des, de la, de l'.
pub(crate) fn fr_de(t: &str) -> String {
    if let Some(r) = t.strip_prefix("le ") {
        format!("du {r}")
    } else if let Some(r) = t.strip_prefix("les ") {
        format!("des {r}")
    } else {
        format!("de {t}")
    }
}

/// "à" + a French noun phrase with its article: au, aux, à la, à l'.
pub(crate) fn fr_a(t: &str) -> String {
    if let Some(r) = t.strip_prefix("le ") {
        format!("au {r}")
    } else if let Some(r) = t.strip_prefix("les ") {
        format!("aux {r}")
    } else {
        format!("à {t}")
    }
}

const STOPWORDS: &[&str] = &[
    "a",
    "à",
    "au",
    "aux",
    "an",
    "and",
    "between",
    "by",
    "concernant",
    "d",
    "de",
    "des",
    "du",
    "en",
    "entre",
    "et",
    "for",
    "from",
    "in",
    "l",
    "la",
    "le",
    "les",
    "matière",
    "of",
    "on",
    "pour",
    "relatif",
    "relatifs",
    "respect",
    "sur",
    "the",
    "to",
    "vue",
    "with",
];

/// Upper-case initials of the significant words ("Defence Cooperation
/// Agreement" → "DCA", "Accord de libre-échange" → "ALÉ").
pub(crate) fn acronym(s: &str) -> Option<String> {
    let mut out = String::new();
    for w in s.split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’') {
        if w.is_empty() || STOPWORDS.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        let c = w.chars().next()?;
        if !c.is_alphabetic() {
            continue;
        }
        out.extend(c.to_uppercase());
    }
    (2..=6).contains(&out.chars().count()).then_some(out)
}

/// Slot values for one language, indexed by the slot's ASCII letter.
pub(crate) struct Slots(Vec<String>);

impl Slots {
    pub(crate) fn new() -> Slots {
        Slots(vec![String::new(); 128])
    }
    pub(crate) fn set(&mut self, k: u8, s: &str) {
        let v = &mut self.0[k as usize];
        v.clear();
        v.push_str(s);
    }
    pub(crate) fn get(&self, k: u8) -> &str {
        &self.0[k as usize]
    }
}

/// Appends `tpl` to `out` with its `{x}` slots filled in.
pub(crate) fn render(out: &mut String, tpl: &str, s: &Slots) {
    let b = tpl.as_bytes();
    let (mut i, mut start) = (0, 0);
    while i < b.len() {
        if b[i] == b'{' {
            out.push_str(&tpl[start..i]);
            let k = b[i + 1];
            let upper = b[i + 2] == b'^';
            let v = s.get(k);
            debug_assert!(
                !v.is_empty() || k == b'e',
                "slot {{{}}} is empty in {tpl:?}",
                k as char
            );
            if upper {
                push_cap(out, v);
            } else {
                out.push_str(v);
            }
            i += if upper { 4 } else { 3 };
            start = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&tpl[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_contractions_and_acronyms() {
        assert_eq!(fr_de("le Canada"), "du Canada");
        assert_eq!(fr_de("les États-Unis"), "des États-Unis");
        assert_eq!(fr_de("la Corée"), "de la Corée");
        assert_eq!(fr_a("le soutien"), "au soutien");
        assert_eq!(
            acronym("Defence Cooperation Agreement").as_deref(),
            Some("DCA")
        );
        assert_eq!(acronym("Accord de libre-échange").as_deref(), Some("ALÉ"));
        assert_eq!(
            acronym("Comprehensive Strategic Partnership").as_deref(),
            Some("CSP")
        );
        assert_eq!(
            acronym("Partenariat stratégique global").as_deref(),
            Some("PSG")
        );
    }
}
