//! The fast reader (`accords::fastload`) against ron: on every file it
//! accepts, the dataset must be the one ron builds; on anything outside its
//! subset it must give up (and leave the file to ron, which reports the
//! error). Files are fed through blocks as small as one byte, so every
//! element is cut at every place.

use std::path::Path;

use accords::fastload::parse_from;
use accords::load;
use accords::model::Dataset;
use proptest::prelude::*;
use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

fn ron(text: &str) -> Option<Dataset> {
    load::parse(Path::new("t.ron"), text).ok()
}

fn fast(text: &str, block: usize) -> Option<Dataset> {
    parse_from(text.as_bytes(), block)
}

/// Datasets have no `PartialEq`; their debug form shows every field.
fn same(a: &Dataset, b: &Dataset) -> bool {
    format!("{a:?}") == format!("{b:?}")
}

fn assert_same_as_ron(text: &str, blocks: &[usize]) {
    let expected = ron(text).expect("ron accepts the text");
    for &block in blocks {
        let got = fast(text, block).unwrap_or_else(|| panic!("fast path gave up (block {block})"));
        assert!(same(&got, &expected), "differs from ron with block {block}");
    }
}

/// The three layouts the generator writes (compact, pretty, one record per
/// line), plus pretty with struct names and escaped strings.
fn layouts(data: &Dataset) -> Vec<String> {
    let pretty = PrettyConfig::new()
        .escape_strings(false)
        .extensions(Extensions::IMPLICIT_SOME);
    vec![
        ron::Options::default().to_string(data).unwrap(),
        ron::Options::default()
            .to_string_pretty(data, pretty.clone())
            .unwrap(),
        ron::Options::default()
            .to_string_pretty(data, pretty.depth_limit(2))
            .unwrap(),
        ron::Options::default()
            .to_string_pretty(data, PrettyConfig::new().struct_names(true))
            .unwrap(),
    ]
}

#[test]
fn the_embedded_corpus_reads_as_ron_reads_it() {
    assert_same_as_ron(load::EMBEDDED, &[1, 2, 3, 5, 64, 4096, 1 << 20]);
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(load::EMBEDDED_NAME);
    let read = accords::fastload::read(&file, u64::MAX).expect("fast path reads the corpus");
    assert!(same(&read, &ron(load::EMBEDDED).unwrap()));
}

#[test]
fn generated_data_in_every_layout_reads_as_ron_reads_it() {
    for seed in [1, 2] {
        for text in layouts(&accords_synth::generate(300, seed)) {
            assert_same_as_ron(&text, &[7, 100, 4096, 1 << 20]);
        }
    }
    for text in layouts(&accords_synth::generate(40, 3)) {
        assert_same_as_ron(&text, &[1, 2, 3]);
    }
}

const HANDWRITTEN: &str = "\u{feff}// A dataset written by hand.\r
#![enable(implicit_some)]\r
Dataset(\r
  title: Text(fr: \"Essai : « \\\"guillemets\\\" »\", en: \"Test\\twith\\ttabs\\n\", native: \"\\u{d55c}\\u{AC00}\"),\r
  sources: [\r
    (id: \"s\", title: \"Déclaration\", publisher: \"Gouv\", date: \"2025-10-30\", url: Some(\"https://x\\\\y\")), // trailing\r
  ],\r
  parties: [(id: \"ca\", name: (fr: \"Canada\", en: \"Canada\"), short: None,),],\r
  agreements: [\r
    (\r
      id: \"a\", title: (fr: \"A\", en: \"A\"), short: Some((fr: \"a\", en: \"a\")),\r
      form: Treaty, parties: [\"ca\"], status: InForce,\r
      history: [(date: \"2020\", status: Signed, note: (fr: \"n\", en: \"n\"))],\r
      signed: \"2020-01-02\", numbers: [(system: CanadaE, value: \"E1\")], domains: [Defence, Cyber,],\r
      summary: [(fr: \"r\\u{e9}sum\\u{E9}\", en: \"it\\'s\\0\")], sources: [\"s\"],\r
    ),\r
  ],\r
  description: None,\r
)\r
// the end, without a newline";

#[test]
fn every_construct_of_the_subset_reads_as_ron_reads_it() {
    assert_same_as_ron(HANDWRITTEN, &[1, 2, 3, 4, 5, 8, 13, 1 << 20]);
    let d = fast(HANDWRITTEN, 1).unwrap();
    assert_eq!(d.title.fr, "Essai : « \"guillemets\" »");
    assert_eq!(d.title.native.as_deref(), Some("한가"));
    assert_eq!(d.agreements[0].summary[0].en, "it's\0");
    assert_eq!(d.sources[0].url.as_deref(), Some("https://x\\y"));
}

#[test]
fn it_gives_up_outside_the_subset_and_ron_decides() {
    // Valid RON the fast path leaves to ron.
    for (from, to) in [
        ("// A dataset", "/* block */ // A dataset"),
        ("\"Déclaration\"", "r#\"Déclaration\"#"),
        ("\"Gouv\"", "\"G\\x6Fuv\""),
        ("form: Treaty,", "form: Treaty,\u{2028}"),
        ("\"r\\u{e9}sum", "\"r\\\n  \\u{e9}sum"),
    ] {
        let text = HANDWRITTEN.replacen(from, to, 1);
        assert_ne!(text, HANDWRITTEN, "{from}");
        assert!(ron(&text).is_some(), "ron accepts {to:?}");
        assert!(
            fast(&text, 4096).is_none(),
            "fast path should leave {to:?} to ron"
        );
    }
    // Errors: ron reports them; the fast path must not accept them.
    for (from, to) in [
        ("id: \"s\"", "idd: \"s\""),
        ("form: Treaty,", "form: Treaty, form: Treaty,"),
        ("status: InForce,", "status: InForce"),
        ("domains: [Defence, Cyber,]", "domains: [Defence Cyber]"),
        ("date: \"2025-10-30\"", "date: \"2025-02-30\""),
        ("Dataset(", "Datasets("),
        ("Text(fr", "Txt(fr"),
        ("\\u{d55c}", "\\u{d800}"),
        ("\\u{d55c}", "\\u{}"),
        ("\\u{d55c}", "\\u{1234567}"),
        ("description: None,\r\n)", "description: None,\r\n))"),
        ("// the end", "x // the end"),
        ("status: Signed", "status: Sined"),
        ("form: Treaty", "form: Treaty()"),
    ] {
        let text = HANDWRITTEN.replacen(from, to, 1);
        assert_ne!(text, HANDWRITTEN, "{from}");
        assert!(ron(&text).is_none(), "ron rejects {to:?}");
        assert!(fast(&text, 4096).is_none(), "fast path must reject {to:?}");
    }
}

#[test]
fn invalid_utf8_and_unreadable_files_are_left_to_the_ordinary_path() {
    for at in ["Canada", "// A dataset", "// the end"] {
        let i = HANDWRITTEN.find(at).unwrap() + 3;
        let mut bytes = HANDWRITTEN.as_bytes().to_vec();
        bytes[i] = 0xff;
        for block in [1, 5, 4096] {
            assert!(parse_from(&bytes[..], block).is_none(), "{at} {block}");
        }
    }
    // A char cut by the end of the file.
    let mut bytes = HANDWRITTEN.as_bytes().to_vec();
    bytes.extend_from_slice(&"é".as_bytes()[..1]);
    assert!(parse_from(&bytes[..], 7).is_none());
    let dir = std::env::temp_dir();
    assert!(accords::fastload::read(&dir, u64::MAX).is_none());
    assert!(accords::fastload::read(&dir.join("no-such-accords-file.ron"), u64::MAX).is_none());
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(load::EMBEDDED_NAME);
    assert!(
        accords::fastload::read(&file, 10).is_none(),
        "above --max-size"
    );
}

#[test]
fn the_browser_gets_the_data_cleaned_as_the_ordinary_path_cleans_it() {
    // Escape sequences, bidi controls, NFD text and tabs, in a list long
    // enough to be cleaned on the second thread in two batches (of 1024).
    let mut data = accords_synth::generate(3000, 5);
    assert!(data.events.len() > 1024);
    data.title.fr = "Titre\u{1b}]0;pwned\u{7} \u{202e}x".into();
    for (i, e) in data.events.iter_mut().enumerate().step_by(97) {
        e.title.en = format!("e\u{301}vent\t{i}\u{1b}[31m\u{200b}");
        e.summary[0].fr = "de\u{301}fense\r\n\u{2066}ok".into();
    }
    let text = ron::to_string(&data).unwrap();
    let dir = std::env::temp_dir().join(format!("accords-fast-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("hostile.ron");
    std::fs::write(&file, &text).unwrap();
    let read = accords::fastload::read(&file, u64::MAX).expect("fast path reads it");
    let _ = std::fs::remove_dir_all(&dir);
    let mut expected = ron(&text).unwrap();
    accords::sanitize::dataset(&mut expected);
    assert!(same(&read, &expected));
    assert_eq!(read.title.fr, "Titre\u{241b}]0;pwned\u{2407} x");
    assert_eq!(read.events[97].title.en, "évent   97\u{241b}[31m");
}

const PIECES: &[&str] = &[
    "\"", "\\", "(", ")", "[", "]", ",", ":", "/", "*", "#", "r", "!", " ", "\n", "\r", "\t", "é",
    "한", "\u{2028}", "\u{85}", "None", "Some(", "u{", "}", "\\u{41}", "\\\"", "//", "/*", "*/",
    "'", "0", "x", "_", "Text", "id", "Cyber",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Random edits of a valid file: whatever the fast path accepts, ron
    /// accepts too, with the same dataset.
    #[test]
    fn whatever_the_fast_path_accepts_ron_reads_the_same(
        edits in proptest::collection::vec((0usize..10_000, 0usize..3, 0usize..PIECES.len()), 1..4),
        block in prop_oneof![Just(1usize), Just(3), Just(64), Just(1 << 20)],
    ) {
        let mut text = HANDWRITTEN.to_string();
        for (at, op, piece) in edits {
            let mut i = at % (text.len() + 1);
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            match op {
                0 => text.insert_str(i, PIECES[piece]),
                1 => {
                    if let Some(c) = text[i..].chars().next() {
                        text.replace_range(i..i + c.len_utf8(), "");
                    }
                }
                _ => {
                    if let Some(c) = text[i..].chars().next() {
                        text.replace_range(i..i + c.len_utf8(), PIECES[piece]);
                    }
                }
            }
        }
        if let Some(got) = fast(&text, block) {
            let expected = ron(&text);
            prop_assert!(expected.is_some(), "fast path accepted what ron rejects: {text:?}");
            prop_assert!(same(&got, &expected.unwrap()), "differs from ron: {text:?}");
        }
    }
}

/// The generated data in two layouts: one record per line (as the
/// generator writes it) and nested, one field per line, where lists of
/// `(…)` lines inside records mislead the second thread's guess. Traps: a
/// string holding what looks like the start of a record, and a comment
/// line ending with a comma.
fn split_fixtures() -> [String; 2] {
    let mut data = accords_synth::generate(400, 9);
    data.events[3].summary[0].fr = "fin,\n        (id: ag-000001, title: (fr: x)),\n(".into();
    let pretty = PrettyConfig::new()
        .escape_strings(false)
        .extensions(Extensions::IMPLICIT_SOME);
    let lines = ron::Options::default()
        .to_string_pretty(&data, pretty.clone().depth_limit(2))
        .unwrap();
    let nested = ron::Options::default()
        .to_string_pretty(&data, pretty)
        .unwrap();
    let comment = "        // a comment that ends with a comma,\n";
    let at = lines.find("        (id: \"ev-000010\"").unwrap();
    [format!("{}{comment}{}", &lines[..at], &lines[at..]), nested]
}

#[test]
fn a_file_read_in_two_halves_is_the_file_read_whole() {
    let dir = std::env::temp_dir().join(format!("accords-split-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (n, text) in split_fixtures().iter().enumerate() {
        let file = dir.join(format!("{n}.ron"));
        std::fs::write(&file, text).unwrap();
        let mut expected = ron(text).expect("ron reads the fixture");
        accords::sanitize::dataset(&mut expected);
        let whole = accords::fastload::read(&file, u64::MAX).expect("the fast path reads it");
        assert!(same(&whole, &expected), "{n}: read whole, differs");
        let mut used = 0;
        let middles = (0..text.len() as u64).step_by(text.len() / 61);
        // Every byte around one record boundary, too.
        let id = text.find("id: \"ag-000050\"").unwrap();
        let boundary = text[..text[..id].rfind('(').unwrap()].rfind('\n').unwrap() as u64;
        for middle in middles.chain(boundary - 3..boundary + 4) {
            for block in [512, 1 << 20] {
                let (got, joined) = accords::fastload::read_split(
                    std::fs::File::open(&file).unwrap(),
                    middle,
                    block,
                )
                .unwrap_or_else(|| panic!("{n}: gave up, middle {middle}, block {block}"));
                assert!(
                    same(&got, &expected),
                    "{n}: differs, middle {middle}, block {block}"
                );
                used += usize::from(joined);
            }
        }
        // Most middles fall in a list of records: the second half is used.
        eprintln!("{n}: second half used {used} times");
        assert!(used > 60, "{n}: second half used {used} times");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Both halves come from the file opened, even when another file is
/// renamed over its name meanwhile (as editors save): the second thread
/// reads the first one's open file, not the path again.
#[test]
fn both_halves_come_from_the_file_opened() {
    let dir = std::env::temp_dir().join(format!("accords-split-rename-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let [old, _] = split_fixtures();
    let new = old.replace("Canada", "Kanada");
    assert_eq!(old.len(), new.len());
    let path = dir.join("data.ron");
    std::fs::write(&path, &old).unwrap();
    let opened = std::fs::File::open(&path).unwrap();
    let replacement = dir.join("data.ron.new");
    std::fs::write(&replacement, &new).unwrap();
    std::fs::rename(&replacement, &path).unwrap();
    let (got, joined) =
        accords::fastload::read_split(opened, old.len() as u64 / 2, 4096).expect("reads");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(joined, "read in two halves");
    let mut expected = ron(&old).unwrap();
    accords::sanitize::dataset(&mut expected);
    assert!(
        same(&got, &expected),
        "the file opened, not the one renamed over it"
    );
}
