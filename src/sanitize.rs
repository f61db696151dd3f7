//! Makes dataset text safe and predictable to show: run once, right after a
//! dataset is parsed, so nothing downstream (screen, stdout, exports) ever
//! sees a control character or an invisible formatting character.
//!
//! - C0/C1 controls and DEL become visible placeholders (`␛`, `␡`, `�`), so an
//!   escape sequence is shown as text and never reaches the terminal.
//! - Bidi controls and other invisible format characters are removed.
//! - Tabs are expanded to the next multiple of four columns; CR is dropped.
//! - Text is NFC-normalized. U+202F (narrow no-break space) is kept: our
//!   wrapper never breaks at it.

use unicode_normalization::UnicodeNormalization;

use crate::model::{
    Agreement, Caveat, Commitment, Dataset, Event, Partnership, Party, Source, StatusChange, Text,
};

const TAB_WIDTH: usize = 4;

/// True for characters that are removed: bidi controls, zero-width and other
/// invisible format characters (Unicode category Cf) and tag characters.
pub fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{0600}'..='\u{0605}'
        | '\u{061C}'
        | '\u{06DD}'
        | '\u{070F}'
        | '\u{08E2}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{110BD}'
        | '\u{110CD}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0001}'
        | '\u{E0020}'..='\u{E007F}'
    )
}

/// The visible stand-in for a control character, if `c` is one.
fn placeholder(c: char) -> Option<char> {
    match c {
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32),
        '\u{7F}' => Some('\u{2421}'),
        '\u{80}'..='\u{9F}' => Some('\u{FFFD}'),
        _ => None,
    }
}

/// Cleans a text that may hold several lines (`\n` is kept).
pub fn clean_multiline(s: &str) -> String {
    clean(s, true)
}

/// Cleans a one-line text: line breaks become spaces.
pub fn clean_line(s: &str) -> String {
    clean(s, false)
}

/// True when `clean` would return `s` unchanged: printable characters
/// only (newlines allowed in multi-line text) and already NFC.
///
/// Every string of a dataset goes through here, so the common chars are
/// checked without lookups: printable ASCII, and the [`plain`] chars
/// (accented Latin letters, Hangul syllables, typographic punctuation).
/// Only runs of other chars are quick-checked for NFC. Checking each run on
/// its own gives the answer of checking the whole string: the NFC quick
/// check treats ASCII and plain chars as starters that are always allowed,
/// which reset its state.
fn is_clean(s: &str, keep_newlines: bool) -> bool {
    let printable = |b: u8| (b' '..=b'~').contains(&b) || (keep_newlines && b == b'\n');
    let bytes = s.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b < 0x80 {
            if !printable(b) {
                return false;
            }
            at += 1;
            continue;
        }
        let rest = &s[at..];
        let Some(c) = rest.chars().next() else { break };
        if plain(c) {
            at += c.len_utf8();
            continue;
        }
        let len = rest
            .char_indices()
            .find(|&(_, c)| c.is_ascii() || plain(c))
            .map_or(rest.len(), |(i, _)| i);
        let run = &rest[..len];
        let ok = |c: char| placeholder(c).is_none() && !is_invisible_format(c);
        if !run.chars().all(ok)
            || unicode_normalization::is_nfc_quick(run.chars())
                != unicode_normalization::IsNormalized::Yes
        {
            return false;
        }
        at += len;
    }
    true
}

/// Chars that are printable, visible, NFC starters (canonical combining
/// class 0) and allowed as they are in NFC: for [`is_clean`], as good as
/// ASCII. A test checks every one of them against the Unicode tables.
fn plain(c: char) -> bool {
    matches!(c,
        '\u{A0}'..='\u{AC}' // Latin-1 (not U+00AD, the soft hyphen)
        | '\u{AE}'..='\u{24F}' // Latin-1, Latin Extended-A and -B
        | '\u{2010}'..='\u{2027}' // dashes, quotes, ellipsis
        | '\u{AC00}'..='\u{D7A3}' // Hangul syllables
    )
}

/// Cleans `s` in place, allocating only when something changes.
fn clean_in_place(s: &mut String, keep_newlines: bool) {
    if !is_clean(s, keep_newlines) {
        *s = clean(s, keep_newlines);
    }
}

fn clean(s: &str, keep_newlines: bool) -> String {
    if is_clean(s, keep_newlines) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut col = 0usize;
    for c in s.nfc() {
        match c {
            '\r' => {}
            '\n' if keep_newlines => {
                out.push('\n');
                col = 0;
            }
            '\n' => {
                out.push(' ');
                col += 1;
            }
            '\t' => {
                let n = TAB_WIDTH - col % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            c if is_invisible_format(c) => {}
            c => {
                out.push(placeholder(c).unwrap_or(c));
                col += 1;
            }
        }
    }
    out
}

/// A file name as accords prints it, on every stream and in every format:
/// cleaned like a line of dataset text (a name may hold escape sequences).
pub fn path(p: &std::path::Path) -> String {
    clean_line(&p.to_string_lossy())
}

/// The last guard on everything the command line writes: control
/// characters other than newline, tab and the CR of a CRLF line end (CSV)
/// become their placeholders; bidi and other invisible format characters
/// are removed. Text already safe comes back as it is (borrowed).
pub fn terminal_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let allowed =
        |c: char, next: Option<char>| matches!(c, '\n' | '\t') || (c == '\r' && next == Some('\n'));
    let bad = |c: char| placeholder(c).is_some() || is_invisible_format(c);
    let mut chars = s.chars().peekable();
    let mut safe = true;
    while let Some(c) = chars.next() {
        if bad(c) && !allowed(c, chars.peek().copied()) {
            safe = false;
            break;
        }
    }
    if safe {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !bad(c) || allowed(c, chars.peek().copied()) {
            out.push(c);
        } else if let Some(p) = placeholder(c) {
            out.push(p);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn text(t: &mut Text, multiline: bool) {
    for s in t.strings_mut() {
        clean_in_place(s, multiline);
    }
}

fn line(s: &mut String) {
    clean_in_place(s, false);
}

fn lines(v: &mut [String]) {
    v.iter_mut().for_each(line);
}

fn caveats(v: &mut [Caveat]) {
    for c in v {
        c.field.iter_mut().for_each(line);
        text(&mut c.note, true);
    }
}

fn history(v: &mut [StatusChange]) {
    for h in v {
        h.note.iter_mut().for_each(|t| text(t, true));
        lines(&mut h.sources);
    }
}

/// Cleans every string of a parsed dataset in place.
pub fn dataset(d: &mut Dataset) {
    head(d);
    d.parties.iter_mut().for_each(Clean::clean);
    d.sources.iter_mut().for_each(Clean::clean);
    // Records are cleaned on every core: each list in as many pieces.
    for_each_par(&mut d.partnerships, Clean::clean);
    for_each_par(&mut d.agreements, Clean::clean);
    for_each_par(&mut d.commitments, Clean::clean);
    for_each_par(&mut d.events, Clean::clean);
}

/// Cleans the dataset's own title and description (not its lists).
pub fn head(d: &mut Dataset) {
    text(&mut d.title, false);
    d.description.iter_mut().for_each(|t| text(t, true));
}

/// An element of a dataset's lists that can clean its own strings, so a
/// reader can clean elements as they come ([`crate::fastload`] does it on a
/// second thread while it parses).
pub trait Clean {
    fn clean(&mut self);
}

impl Clean for Party {
    fn clean(&mut self) {
        line(&mut self.id);
        text(&mut self.name, false);
        self.short.iter_mut().for_each(|t| text(t, false));
    }
}

impl Clean for Source {
    fn clean(&mut self) {
        line(&mut self.id);
        line(&mut self.title);
        line(&mut self.publisher);
        self.url.iter_mut().for_each(line);
        self.note.iter_mut().for_each(|t| text(t, true));
    }
}

// The fields every record kind shares, by name.
macro_rules! common {
    ($r:expr) => {{
        let r = $r;
        line(&mut r.id);
        text(&mut r.title, false);
        r.short.iter_mut().for_each(|t| text(t, false));
        lines(&mut r.aliases);
        r.summary.iter_mut().for_each(|t| text(t, true));
        lines(&mut r.related);
        caveats(&mut r.caveats);
        lines(&mut r.sources);
    }};
}

impl Clean for Partnership {
    fn clean(&mut self) {
        common!(&mut *self);
        lines(&mut self.parties);
        self.place.iter_mut().for_each(|t| text(t, false));
    }
}

impl Clean for Agreement {
    fn clean(&mut self) {
        common!(&mut *self);
        lines(&mut self.parties);
        history(&mut self.history);
        self.signed_place.iter_mut().for_each(|t| text(t, false));
        self.numbers.iter_mut().for_each(|n| line(&mut n.value));
        self.partnership.iter_mut().for_each(line);
        lines(&mut self.supersedes);
        lines(&mut self.amends);
    }
}

impl Clean for Commitment {
    fn clean(&mut self) {
        common!(&mut *self);
        line(&mut self.owner);
        lines(&mut self.parties);
    }
}

impl Clean for Event {
    fn clean(&mut self) {
        common!(&mut *self);
        lines(&mut self.parties);
        self.place.iter_mut().for_each(|t| text(t, false));
        self.participants.iter_mut().for_each(|t| text(t, false));
    }
}

/// Runs `f` on every item, the slice cut into one piece per core (small
/// slices stay on this thread).
fn for_each_par<T: Send>(items: &mut [T], f: impl Fn(&mut T) + Sync) {
    let threads = std::thread::available_parallelism().map_or(1, |p| p.get());
    if threads < 2 || items.len() < 1024 {
        items.iter_mut().for_each(f);
        return;
    }
    let chunk = items.len().div_ceil(threads.min(8));
    std::thread::scope(|scope| {
        for piece in items.chunks_mut(chunk) {
            let f = &f;
            scope.spawn(move || piece.iter_mut().for_each(f));
        }
    });
}

/// Chars of a quoted value kept in a message, and of a whole message: a
/// 10 MB value is not printed whole.
const VALUE_KEPT: usize = 60;
const MESSAGE_KEPT: usize = 400;

/// A message as printed: one cleaned line, each value quoted in it (between
/// backticks or double quotes) cut after [`VALUE_KEPT`] chars with `…`,
/// and the whole after [`MESSAGE_KEPT`].
pub fn shown_message(message: &str) -> String {
    clip(message, VALUE_KEPT)
}

/// [`shown_message`] with values kept to `value_kept` chars.
pub fn clip(message: &str, value_kept: usize) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    let mut value_len = 0;
    let mut total = 0;
    for c in message.chars() {
        if quote == Some(c) {
            quote = None;
        } else if quote.is_none() && matches!(c, '`' | '"') {
            quote = Some(c);
            value_len = 0;
        } else if quote.is_some() {
            value_len += 1;
            if value_len > value_kept {
                if value_len == value_kept + 1 {
                    out.push('…');
                }
                continue;
            }
        }
        total += 1;
        if total > MESSAGE_KEPT {
            out.push('…');
            break;
        }
        out.push(c);
    }
    clean_line(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_output_guard_leaves_only_printable_text_newlines_and_tabs() {
        let s = "a\u{1b}]2;x\u{7}\u{9b}31m\u{202e}b\u{2066}\tc\nd\r\u{7f}é한";
        assert_eq!(terminal_safe(s), "a␛]2;x␇\u{fffd}31mb\tc\nd␍␡é한");
        assert!(matches!(
            terminal_safe("plain é\n"),
            std::borrow::Cow::Borrowed(_)
        ));
        let p = std::path::Path::new("ok\u{1b}]2;PWNED\u{7}\u{202e}.ron");
        assert_eq!(path(p), "ok␛]2;PWNED␇.ron");
    }

    #[test]
    fn escape_sequences_become_visible_text() {
        assert_eq!(
            clean_line("a\u{1b}[31mred\u{7}"),
            "a\u{241b}[31mred\u{2407}"
        );
        assert_eq!(
            clean_line("\u{1b}]0;pwned\u{7}"),
            "\u{241b}]0;pwned\u{2407}"
        );
        assert_eq!(clean_line("x\u{9b}y\u{7f}"), "x\u{FFFD}y\u{2421}");
    }

    #[test]
    fn bidi_and_zero_width_are_removed() {
        assert_eq!(
            clean_line("abc\u{202E}def\u{2066}g\u{200B}h\u{FEFF}"),
            "abcdefgh"
        );
        assert_eq!(clean_line("\u{200F}\u{061C}x"), "x");
    }

    #[test]
    fn nfc_tabs_cr_and_newlines() {
        assert_eq!(clean_line("de\u{301}fense"), "défense");
        // NFD Hangul syllable (ᄒ + ᅡ + ᆫ) recomposes to 한.
        assert_eq!(clean_line("\u{1112}\u{1161}\u{11AB}"), "한");
        assert_eq!(clean_multiline("a\tb\r\nc"), "a   b\nc");
        assert_eq!(clean_line("a\nb"), "a b");
    }

    #[test]
    fn french_spaces_are_kept() {
        let s = "Note\u{00A0}: oui\u{202F}; non\u{202F}!";
        assert_eq!(clean_line(s), s);
    }

    /// The reference: every char checked, then the whole string
    /// quick-checked for NFC.
    fn is_clean_whole(s: &str, keep_newlines: bool) -> bool {
        let ok = |c: char| {
            if c.is_ascii() {
                (' '..='~').contains(&c) || (keep_newlines && c == '\n')
            } else {
                placeholder(c).is_none() && !is_invisible_format(c)
            }
        };
        s.chars().all(ok)
            && unicode_normalization::is_nfc_quick(s.chars())
                == unicode_normalization::IsNormalized::Yes
    }

    const PIECES: &[&str] = &[
        "a",
        "Z",
        " ",
        "~",
        "\n",
        "\r",
        "\t",
        "\u{1b}",
        "\u{7f}",
        "\u{9b}",
        "é",
        "e\u{301}",
        "\u{301}",
        "\u{327}\u{301}",
        "\u{301}\u{327}",
        "한",
        "\u{1112}\u{1161}\u{11AB}",
        "\u{11AB}",
        "\u{202E}",
        "\u{200B}",
        "\u{FEFF}",
        "\u{00A0}",
        "\u{202F}",
        "日本",
        "\u{212B}",
        "Å",
        "\u{0958}",
        "ﬁ",
        "😀",
    ];

    #[test]
    fn plain_chars_are_visible_nfc_starters() {
        let plain: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| plain(c))
            .collect();
        assert_eq!(plain.len(), 13 + 418 + 24 + 11172);
        for c in plain {
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "{c:?}"
            );
            let nfc = unicode_normalization::is_nfc_quick(std::iter::once(c));
            assert_eq!(nfc, unicode_normalization::IsNormalized::Yes, "{c:?}");
            assert!(placeholder(c).is_none() && !is_invisible_format(c), "{c:?}");
        }
    }

    proptest::proptest! {
        /// Checking run by run answers as checking the whole string does.
        #[test]
        fn the_run_by_run_check_is_the_whole_string_check(
            pieces in proptest::collection::vec(0..PIECES.len(), 0..12),
            keep in proptest::bool::ANY,
        ) {
            let s: String = pieces.iter().map(|&i| PIECES[i]).collect();
            proptest::prop_assert_eq!(is_clean(&s, keep), is_clean_whole(&s, keep), "{:?}", s);
        }
    }
}
