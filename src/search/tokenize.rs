//! Splitting folded text into tokens: the plain definition ([`tokens`], on
//! folded text) and the index's one-pass [`Tokenizer`], proven equal.

use super::fold::fold_char;

/// The words of a folded text: maximal runs of letters and digits.
pub(super) fn tokens(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
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
/// it. Both folding a non-ASCII char and asking whether a non-ASCII char is
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
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let kind = BYTE_KIND[usize::from(b)];
            if kind == SEPARATOR {
                if !token.is_empty() {
                    f(token);
                    token.clear();
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
                        token.push(d);
                    } else if !token.is_empty() {
                        f(token);
                        token.clear();
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
                // A non-ASCII char next may fold into letters that continue
                // the token; an ASCII one (or the end) ends it.
                let ends = bytes.get(i).is_none_or(u8::is_ascii);
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
    use super::super::fold::fold;
    use super::*;

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
        ] {
            let (fast, slow) = both_tokens(text);
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_tokens_match_on_random_text(
            text in "([a-zA-Z0-9 .,;:'’ʼ()-]|[éèêàçÉÈÀÇœŒæÆßñÑüÜ]|[가-힣]|[ᄀ-ᇿ]|[\u{300}-\u{36f}]|[\u{a0}\u{202f}—–]|[İıſ\u{212a}\u{1e9e}ﬁ]|\\PC)*"
        ) {
            let (fast, slow) = both_tokens(&text);
            proptest::prop_assert_eq!(fast, slow);
        }
    }
}
