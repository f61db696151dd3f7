//! Splitting folded text into tokens: the plain definition ([`tokens`], on
//! folded text) and the index's one-pass [`Tokenizer`], proven equal.

use crate::fold::fold_char;

/// Whether `c` joins the letters or digits on both sides of it into one
/// token: `2+2` (the foreign and defence ministers' meetings), `R&D`. A
/// joiner anywhere else (`C++`, `+82`, `a + b`, `2++2`) separates, as any
/// other char that is neither a letter nor a digit does.
///
/// `-`, `/` and `.` stay separators, even between digits: they split
/// compounds, dates, ids and citations whose parts people search alone
/// (`Canada-Korea`, `2025-10-30`, `ev-2024-11-01-2plus2`, `1980 No. 27`,
/// `R-9, r. 13.1`), and a joined `2025-10-30` would no longer be found by
/// `2025` (a prefix) the same way.
pub(super) fn is_joiner(c: char) -> bool {
    c == '+' || c == '&'
}

/// The words of a folded text: maximal runs of letters and digits, each
/// run joined to the next by a single joiner between them ([`is_joiner`]).
pub(super) fn tokens(folded: &str) -> impl Iterator<Item = &str> {
    let mut rest = folded;
    std::iter::from_fn(move || {
        let start = rest.find(char::is_alphanumeric)?;
        let end = start + token_len(&rest[start..]);
        let token = &rest[start..end];
        rest = &rest[end..];
        Some(token)
    })
}

/// The length in bytes of the token `s` starts with (`s` starts with a
/// letter or digit).
fn token_len(s: &str) -> usize {
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // Every char before `c` in the token is a letter or digit or a
        // joiner followed by one, so the char before `c` is a letter or
        // digit: `c` joins if one follows.
        let joins = is_joiner(c) && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if !c.is_alphanumeric() && !joins {
            return i;
        }
    }
    s.len()
}

/// The end (exclusive) of the token of `chars` starting at `start`, a
/// letter or digit: the same tokens as [`tokens`], on chars.
pub(super) fn token_end(chars: &[char], start: usize) -> usize {
    let mut j = start;
    while let Some(&c) = chars.get(j) {
        let joins = is_joiner(c) && chars.get(j + 1).is_some_and(|n| n.is_alphanumeric());
        if !c.is_alphanumeric() && !joins {
            break;
        }
        j += 1;
    }
    j
}

/// What a byte of UTF-8 text is to [`Tokenizer`]: an ASCII separator
/// (neither letter nor digit), an ASCII lowercase letter or digit, an ASCII
/// uppercase letter, or a byte of a non-ASCII char.
const SEPARATOR: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const NON_ASCII: u8 = 4;

static BYTE_KIND: [u8; 256] = {
    let mut kinds = [NON_ASCII; 256];
    let mut b = 0u8;
    while b < 128 {
        kinds[b as usize] = if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_alphanumeric() {
            LOWER
        } else {
            SEPARATOR
        };
        b += 1;
    }
    kinds
};

/// Splits texts into folded tokens for the index: exactly the tokens of
/// `tokens(&fold(text))`, in order, but in one pass and without building
/// the folded text, because indexing folds every text of every record.
///
/// Most of the text is ASCII, where folding is lowercasing and a token is a
/// run of ASCII letters and digits: such a run is taken whole, and handed
/// over straight from the text when it is a whole token already in
/// lowercase. Any other char is folded by [`fold_char`], as [`fold`] does,
/// and each folded char either extends the token (alphanumeric) or ends
/// it. A joiner ([`is_joiner`]) right after a token is held back until the
/// next folded char says whether it joins (a letter or digit: both go into
/// the token) or ends the token; a run of ASCII letters and digits followed
/// by a joiner is therefore assembled, not handed over. Both folding a non-ASCII char and asking whether a non-ASCII char is
/// alphanumeric are slow (table searches, thousands of instructions for
/// Hangul), and a dataset uses few distinct such chars, so each one's
/// folding is worked out once and kept.
#[derive(Default)]
pub(super) struct Tokenizer {
    /// The token being assembled, when it is not a slice of the text.
    token: String,
    /// Per non-ASCII char met: its folded chars, each with whether it is
    /// alphanumeric.
    folds: foldhash::HashMap<char, Box<[(char, bool)]>>,
}

impl Tokenizer {
    /// Calls `f` with every token of `text` once folded.
    pub(super) fn each(&mut self, text: &str, mut f: impl FnMut(&str)) {
        let Tokenizer { token, folds } = self;
        token.clear();
        // A joiner met right after the token, not yet known to join; only
        // ever set while `token` holds something.
        let mut joiner: Option<char> = None;
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let kind = BYTE_KIND[usize::from(b)];
            if kind == SEPARATOR {
                if !token.is_empty() {
                    if joiner.is_none() && is_joiner(char::from(b)) {
                        joiner = Some(char::from(b));
                    } else {
                        f(token);
                        token.clear();
                        joiner = None;
                    }
                }
                i += 1;
            } else if kind == NON_ASCII {
                let c = text[i..].chars().next().unwrap_or_default();
                i += c.len_utf8();
                let folded = folds.entry(c).or_insert_with(|| {
                    let mut out = Vec::new();
                    fold_char(c, |d| out.push((d, d.is_alphanumeric())));
                    out.into()
                });
                for &(d, alphanumeric) in folded.iter() {
                    if alphanumeric {
                        if let Some(j) = joiner.take() {
                            token.push(j);
                        }
                        token.push(d);
                    } else if !token.is_empty() {
                        if joiner.is_none() && is_joiner(d) {
                            joiner = Some(d);
                        } else {
                            f(token);
                            token.clear();
                            joiner = None;
                        }
                    }
                }
            } else {
                // A run of ASCII letters and digits; `kinds` tells whether
                // it holds an uppercase letter.
                let start = i;
                let mut kinds = 0;
                while let Some(&b) = bytes.get(i) {
                    let kind = BYTE_KIND[usize::from(b)];
                    if kind & (LOWER | UPPER) == 0 {
                        break;
                    }
                    kinds |= kind;
                    i += 1;
                }
                let run = &text[start..i];
                if let Some(j) = joiner.take() {
                    token.push(j);
                }
                // A non-ASCII char next may fold into letters that continue
                // the token, and a joiner may join the next run to it; any
                // other ASCII char (or the end) ends it.
                let ends = bytes
                    .get(i)
                    .is_none_or(|&n| n.is_ascii() && !is_joiner(char::from(n)));
                if token.is_empty() && ends && kinds & UPPER == 0 {
                    f(run);
                    continue;
                }
                let from = token.len();
                token.push_str(run);
                token[from..].make_ascii_lowercase();
                if ends {
                    f(token);
                    token.clear();
                }
            }
        }
        if !token.is_empty() {
            f(token);
            token.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    /// The tokens of `text` as the index reads them and as the scan does.
    fn both_tokens(text: &str) -> (Vec<String>, Vec<String>) {
        let mut fast = Vec::new();
        let mut tokenizer = Tokenizer::default();
        // A second pass reuses what the first one left.
        for pass in 0..2 {
            fast.clear();
            tokenizer.each(text, |t| fast.push(t.to_string()));
            assert!(pass == 0 || tokenizer.token.is_empty());
        }
        let slow = tokens(&fold(text)).map(str::to_string).collect();
        (fast, slow)
    }

    #[test]
    fn one_pass_tokens_are_the_tokens_of_the_folded_text() {
        for text in [
            "",
            "   ",
            "défense",
            "DÉFENSE ind.",
            "Œuvre cœur ÆSIR straße Maß",
            "l’Inde d'Allemagne ʼok",
            "대한민국 한국 日本国 भारत गणराज्य",
            "2+2 2025-10-30, 30 oct. 2025",
            "De\u{301}fense e\u{301} \u{301}x",
            "ABC\u{e9}DEF abc\u{e9} abc\u{2019}def",
            "\u{212a}elvin \u{130}stanbul \u{1e9e} \u{fb01}n \u{2460}\u{bd}",
            "end with accent é",
            "Ünïcödé—mixed–dashes\u{a0}nbsp\u{202f}x",
            "2+2 (2+2) R&D r&d C++ +82 a + b 2++2 2+&2 2+2+2 x+ +",
            "2+\u{301}x 2\u{301}+2 É+É é+ +é 2+É+2 대한+민국 2+ 2&",
            "2+\u{2019}x 2\u{2019}+x a+\u{301} R&\u{301}",
        ] {
            let (fast, slow) = both_tokens(text);
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_tokens_match_on_random_text(
            text in "([a-zA-Z0-9 .,;:'’ʼ()+&-]|[éèêàçÉÈÀÇœŒæÆßñÑüÜ]|[가-힣]|[ᄀ-ᇿ]|[\u{300}-\u{36f}]|[\u{a0}\u{202f}—–]|[İıſ\u{212a}\u{1e9e}ﬁ]|\\PC)*"
        ) {
            let (fast, slow) = both_tokens(&text);
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    /// `2+2` and `R&D` are one token each; a joiner not between two
    /// letters or digits separates.
    #[test]
    fn joiners_join_letters_and_digits_only() {
        for (text, want) in [
            ("the 2+2 meeting", &["the", "2+2", "meeting"][..]),
            ("(2+2)", &["2+2"]),
            ("R&D MOU", &["r&d", "mou"]),
            ("2+2+2", &["2+2+2"]),
            ("C++ +82 a + b", &["c", "82", "a", "b"]),
            ("2++2 2+&2 x+", &["2", "2", "2", "2", "x"]),
            ("2+É", &["2+e"]),
            (
                "2025-10-30 1980 No. 27 a/b",
                &["2025", "10", "30", "1980", "no", "27", "a", "b"],
            ),
            ("G7 E100527", &["g7", "e100527"]),
        ] {
            let (fast, slow) = both_tokens(text);
            assert_eq!(fast, want, "{text:?}");
            assert_eq!(slow, want, "{text:?}");
        }
    }

    /// `token_end` cuts a char slice where `tokens` cuts the string.
    #[test]
    fn token_end_agrees_with_tokens() {
        for text in ["2+2 r&d c++ +82 2++2 a+", "x 2+2+2, é+é.", "+", ""] {
            let chars: Vec<char> = text.chars().collect();
            let mut from_chars = Vec::new();
            let mut start = 0;
            while start < chars.len() {
                if chars[start].is_alphanumeric() {
                    let end = token_end(&chars, start);
                    from_chars.push(chars[start..end].iter().collect::<String>());
                    start = end;
                } else {
                    start += 1;
                }
            }
            let want: Vec<String> = tokens(text).map(str::to_string).collect();
            assert_eq!(from_chars, want, "{text:?}");
        }
    }
}
