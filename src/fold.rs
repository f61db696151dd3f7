//! Accent and case folding, with a map back to the original chars.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Pushes the folded form of `c`: decomposed, without combining marks, lowercase.
pub(crate) fn fold_char(c: char, mut push: impl FnMut(char)) {
    match c {
        'œ' | 'Œ' => "oe".chars().for_each(push),
        'æ' | 'Æ' => "ae".chars().for_each(push),
        'ß' => "ss".chars().for_each(push),
        '’' | 'ʼ' => push('\''),
        c if c.is_ascii() => push(c.to_ascii_lowercase()),
        c => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                d.to_lowercase().for_each(&mut push);
            }
        }),
    }
}

/// Folds case and accents: `DÉFENSE` → `defense`, `Séoul` → `seoul`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, |f| out.push(f));
    }
    out
}

/// A folded text that remembers, for each folded char, the index of the
/// original char it came from, so highlights land on the original text.
pub struct Folded {
    pub chars: Vec<char>,
    pub origin: Vec<usize>,
}

pub fn fold_with_map(s: &str) -> Folded {
    let mut chars = Vec::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        fold_char(c, |f| {
            chars.push(f);
            origin.push(i);
        });
    }
    Folded { chars, origin }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("DÉFENSE"), "defense");
        assert_eq!(fold("Séoul"), "seoul");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("défense"), fold("defense"));
    }
}
