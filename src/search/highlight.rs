//! Highlight positions: which chars of a shown text a query matched.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::rank::fuzzy_ok;
use super::tokenize::token_end;
use super::{Query, SearchIndex};
use crate::fold::fold_with_map;

impl SearchIndex {
    /// Char indices of `text` to highlight for `query`.
    pub fn highlight(&self, text: &str, query: &Query) -> Vec<usize> {
        highlight_with(&self.matcher, text, query)
    }
}

/// Char indices of `text` matched by the words of `query`, sorted and unique.
pub fn highlight(text: &str, query: &Query) -> Vec<usize> {
    highlight_with(&SkimMatcherV2::default(), text, query)
}

fn highlight_with(matcher: &SkimMatcherV2, text: &str, query: &Query) -> Vec<usize> {
    if query.is_empty() {
        return Vec::new();
    }
    let folded = fold_with_map(text);
    let mut hits = Vec::new();
    let mut start = 0;
    let n = folded.chars.len();
    while start < n {
        if !folded.chars[start].is_alphanumeric() {
            start += 1;
            continue;
        }
        let end = token_end(&folded.chars, start);
        let token: String = folded.chars[start..end].iter().collect();
        for q in &query.words {
            let ql = q.chars().count();
            let offsets: Vec<usize> = if token.starts_with(q.as_str()) {
                (0..ql).collect()
            } else if ql >= 3 && token.contains(q.as_str()) {
                let byte = token.find(q.as_str()).unwrap_or(0);
                let at = token[..byte].chars().count();
                (at..at + ql).collect()
            } else if ql >= 4 && fuzzy_ok(q, &token) {
                matcher
                    .fuzzy_indices(&token, q)
                    .map(|(_, idx)| idx)
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            hits.extend(offsets.into_iter().map(|o| folded.origin[start + o]));
        }
        start = end;
    }
    hits.sort_unstable();
    hits.dedup();
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlight_indices_are_char_indices_on_the_original_text() {
        let q = Query::parse("defense");
        // "Défense" — é is one char (NFC) and is highlighted.
        assert_eq!(highlight("La Défense", &q), vec![3, 4, 5, 6, 7, 8, 9]);
        // Decomposed input: e + combining acute; the mark maps to no folded char.
        let nfd = "De\u{301}fense";
        assert_eq!(highlight(nfd, &q), vec![0, 1, 3, 4, 5, 6, 7]);
        // Hangul is kept as whole syllables.
        let q = Query::parse("대한");
        assert_eq!(highlight("국 대한민국", &q), vec![2, 3]);
    }

    #[test]
    fn highlight_fuzzy_words() {
        let q = Query::parse("clasified");
        let h = highlight("Classified information", &q);
        assert_eq!(h.len(), 9);
        assert!(h.iter().all(|&i| i < 10));
    }

    /// `2+2` is highlighted whole, as the token it matches.
    #[test]
    fn highlight_joined_tokens() {
        let q = Query::parse("2+2");
        assert_eq!(q.words, ["2+2"]);
        assert_eq!(highlight("The 2+2 meeting", &q), vec![4, 5, 6]);
        assert_eq!(highlight("2 + 2, 22", &q), Vec::<usize>::new());
        assert_eq!(highlight("R&D MOU", &Query::parse("r&d")), vec![0, 1, 2]);
    }
}
