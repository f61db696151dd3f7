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
fn units(paragraph: &str) -> impl Iterator<Item = String> + '_ {
    let mut words = paragraph.split(' ').filter(|w| !w.is_empty()).peekable();
    std::iter::from_fn(move || {
        let mut unit = words.next()?.to_string();
        let mut glue = clings_right(&unit);
        while let Some(next) = words.peek() {
            if !(glue || clings_left(next)) {
                break;
            }
            unit.push(' ');
            unit.push_str(next);
            glue = clings_right(next);
            words.next();
        }
        Some(unit)
    })
}

/// Splits a unit wider than `width` into pieces that fit. A piece never
/// starts with a space or with punctuation that clings to the word before.
fn split_wide(unit: &str, width: usize, max: usize, out: &mut Vec<String>) {
    let mut piece = String::new();
    let mut w = 0;
    for c in unit.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > width && !piece.is_empty() && cw > 0 {
            if out.len() >= max {
                return;
            }
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
    wrap_at_most(text, width, usize::MAX)
}

/// Like [`wrap`], but stops after about `max_lines` lines, so a huge text
/// costs only what is shown.
pub fn wrap_at_most(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    if width == 0 || max_lines == 0 {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        if lines.len() >= max_lines {
            break;
        }
        let mut line = String::new();
        let mut line_w = 0;
        for unit in units(paragraph) {
            if lines.len() >= max_lines {
                break;
            }
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
                split_wide(&unit, width, max_lines - lines.len(), &mut pieces);
                let last = pieces.pop().unwrap_or_default();
                lines.extend(pieces);
                line_w = last.width();
                line = last;
            }
        }
        lines.push(line);
    }
    lines.truncate(max_lines);
    lines
}

/// `s` cut to `w` display columns, an ellipsis marking the cut.
pub fn truncate(s: &str, w: usize) -> String {
    if s.width() <= w {
        return s.to_string();
    }
    if w == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw > w - 1 {
            break;
        }
        out.push(c);
        used += cw;
    }
    out.push('…');
    out
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
    fn wrap_at_most_stops_early_on_huge_text() {
        let huge = "mot ".repeat(2_000_000);
        let l = wrap_at_most(&huge, 40, 5);
        assert_eq!(l.len(), 5);
        let word = "x".repeat(5_000_000);
        let l = wrap_at_most(&word, 40, 3);
        assert_eq!(l, vec!["x".repeat(40); 3]);
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
