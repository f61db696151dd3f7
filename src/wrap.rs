//! Word wrapping by display width (unicode-width), with French typography:
//! a line never starts with `:` `;` `!` `?` `»` or `)`, never ends with `«`,
//! and no-break spaces (U+00A0, U+202F) never break. Hangul and other wide
//! characters count two columns and words are only split when a single word
//! is wider than the line.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Punctuation that must stay on the line of the word before it.
fn clings_left(word: &str) -> bool {
    word.starts_with([':', ';', '!', '?', '»', ')', ',', '.'])
}

/// Punctuation that must stay on the line of the word after it.
fn clings_right(word: &str) -> bool {
    word.ends_with(['«', '('])
}

/// Groups words that must not be separated, e.g. `« texte »` or `mot :`.
fn units(paragraph: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut glue_next = false;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        match out.last_mut() {
            Some(last) if glue_next || clings_left(word) => {
                last.push(' ');
                last.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
        glue_next = clings_right(word);
    }
    out
}

/// Splits a unit wider than `width` into pieces that fit. A piece never
/// starts with a space or with punctuation that clings to the word before.
fn split_wide(unit: &str, width: usize, out: &mut Vec<String>) {
    let mut piece = String::new();
    let mut w = 0;
    for c in unit.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > width && !piece.is_empty() && cw > 0 {
            let mut carry = String::new();
            if clings_left(&c.to_string()) || c == ' ' {
                // Take the word's last letter along so the punctuation is not alone.
                let trimmed = piece.trim_end_matches(' ').len();
                piece.truncate(trimmed);
                if piece.chars().count() > 1 {
                    if let Some(last) = piece.pop() {
                        carry.push(last);
                        carry.push(' ');
                    }
                }
            }
            out.push(std::mem::take(&mut piece));
            piece = carry;
            w = piece.width();
            if c == ' ' {
                continue;
            }
        }
        if c == ' ' && piece.is_empty() {
            continue;
        }
        piece.push(c);
        w += cw;
    }
    if !piece.is_empty() {
        out.push(piece);
    }
}

/// Wraps `text` to lines at most `width` columns wide. `\n` starts a new line.
/// A width of 0 yields no lines.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    if width == 0 {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0;
        for unit in units(paragraph) {
            let uw = unit.width();
            if line_w > 0 && line_w + 1 + uw <= width {
                line.push(' ');
                line.push_str(&unit);
                line_w += 1 + uw;
                continue;
            }
            if line_w > 0 {
                lines.push(std::mem::take(&mut line));
            }
            if uw <= width {
                line = unit;
                line_w = uw;
            } else {
                let mut pieces = Vec::new();
                split_wide(&unit, width, &mut pieces);
                let last = pieces.pop().unwrap_or_default();
                lines.extend(pieces);
                line_w = last.width();
                line = last;
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widths_ok(lines: &[String], width: usize) -> bool {
        lines.iter().all(|l| l.width() <= width)
    }

    #[test]
    fn wraps_at_spaces_within_width() {
        let l = wrap("un deux trois quatre cinq", 10);
        assert_eq!(l, vec!["un deux", "trois", "quatre", "cinq"]);
    }

    #[test]
    fn no_line_starts_with_high_punctuation() {
        for text in [
            "Les dirigeants ont dit : oui ; non ! vraiment ? « bien »",
            "Note\u{00A0}: partenariat\u{202F}; défense\u{202F}! cyber\u{202F}?",
        ] {
            for width in 3..40 {
                for line in wrap(text, width) {
                    assert!(
                        !line.starts_with([':', ';', '!', '?', '»']),
                        "width {width}: {line:?}"
                    );
                    assert!(!line.ends_with('«'), "width {width}: {line:?}");
                }
            }
        }
    }

    #[test]
    fn narrow_no_break_space_does_not_break() {
        let l = wrap("aaaa bbbb\u{202F}; cccc", 9);
        assert_eq!(l, vec!["aaaa", "bbbb\u{202F};", "cccc"]);
    }

    #[test]
    fn hangul_is_measured_double_and_kept_whole() {
        let l = wrap("군사·국방 비밀정보보호 협정", 12);
        assert!(widths_ok(&l, 12), "{l:?}");
        assert_eq!(l, vec!["군사·국방", "비밀정보보호", "협정"]);
        // A word wider than the line is split between syllables, never inside one.
        let l = wrap("비밀정보보호", 5);
        assert_eq!(l, vec!["비밀", "정보", "보호"]);
    }

    #[test]
    fn degenerate_widths() {
        assert!(wrap("abc", 0).is_empty());
        assert_eq!(wrap("ab", 1), vec!["a", "b"]);
        // A wide char in a 1-column line still gets its own line.
        assert_eq!(wrap("한", 1), vec!["한"]);
        assert_eq!(wrap("", 5), vec![""]);
        assert_eq!(wrap("a\nb", 5), vec!["a", "b"]);
    }
}
