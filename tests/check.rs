//! `accords check`: one fixture per check under `tests/fixtures/check/`,
//! each with a snapshot of its exact diagnostics; and the shipped corpus.

use std::path::Path;

use accords::diagnostic::Severity;
use accords::load::DEFAULT_MAX_SIZE;
use accords::pipeline::check_dataset;
use insta::assert_snapshot;

/// The rendered diagnostics of a fixture, and the code the diagnostics carry.
fn check(name: &str) -> (String, Vec<&'static str>) {
    let path = format!("tests/fixtures/check/{name}.ron");
    let c = check_dataset(Some(Path::new(&path)), DEFAULT_MAX_SIZE);
    (c.render(), c.diagnostics.iter().map(|d| d.code).collect())
}

macro_rules! fixture {
    ($test:ident, $file:literal, $code:literal, $severity:ident) => {
        #[test]
        fn $test() {
            let path = format!("tests/fixtures/check/{}.ron", $file);
            let c = check_dataset(Some(Path::new(&path)), DEFAULT_MAX_SIZE);
            assert!(
                c.diagnostics
                    .iter()
                    .any(|d| d.code == $code && d.severity == Severity::$severity),
                "{}",
                c.render()
            );
            let (out, _) = check($file);
            assert_snapshot!($file, out);
        }
    };
}

fixture!(syntax_error, "syntax", "syntax", Error);
fixture!(unknown_field, "unknown-field", "syntax", Error);
fixture!(unknown_variant, "unknown-variant", "syntax", Error);
fixture!(wrong_type, "wrong-type", "syntax", Error);
fixture!(missing_field, "missing-field", "syntax", Error);
fixture!(bom, "bom", "bom", Warning);
fixture!(invalid_utf8, "invalid-utf8", "invalid-utf8", Error);
fixture!(empty_file, "empty", "syntax", Error);
fixture!(duplicate_id, "duplicate-id", "duplicate-id", Error);
fixture!(
    unknown_reference,
    "unknown-reference",
    "unknown-reference",
    Error
);
fixture!(
    wrong_kind_reference,
    "wrong-kind-reference",
    "wrong-kind-reference",
    Error
);
fixture!(
    missing_language,
    "missing-language",
    "missing-language",
    Error
);
fixture!(impossible_date, "impossible-date", "syntax", Error);
fixture!(history_order, "history-order", "history-order", Error);
fixture!(
    history_contradiction,
    "history-contradiction",
    "history-contradiction",
    Error
);
fixture!(no_source, "no-source", "no-source", Error);
fixture!(no_owner, "no-owner", "no-owner", Error);
fixture!(
    self_supersession,
    "self-supersession",
    "self-reference",
    Error
);
fixture!(
    supersession_cycle,
    "supersession-cycle",
    "supersession-cycle",
    Error
);
fixture!(same_title, "same-title", "same-title", Warning);
fixture!(
    unbalanced_summary,
    "unbalanced-summary",
    "unbalanced-summary",
    Warning
);
fixture!(
    caveat_without_note,
    "caveat-without-note",
    "caveat-without-note",
    Warning
);
fixture!(
    unsure_without_note,
    "unsure-without-note",
    "unsure-without-note",
    Warning
);

fixture!(
    source_without_url,
    "source-without-url",
    "source-without-url",
    Warning
);
fixture!(
    bracketed_title,
    "bracketed-title",
    "bracketed-title",
    Warning
);
fixture!(url_scheme, "url-scheme", "url-scheme", Warning);
fixture!(
    status_contradiction,
    "status-contradiction",
    "status-contradiction",
    Error
);
fixture!(
    amended_not_in_force,
    "amended-not-in-force",
    "amended-not-in-force",
    Error
);

#[test]
fn each_fixture_reports_only_its_own_problem() {
    for (name, code) in [
        ("source-without-url", "source-without-url"),
        ("bracketed-title", "bracketed-title"),
        ("url-scheme", "url-scheme"),
        ("status-contradiction", "status-contradiction"),
        ("amended-not-in-force", "amended-not-in-force"),
        ("duplicate-id", "duplicate-id"),
        ("supersession-cycle", "supersession-cycle"),
        ("self-supersession", "self-reference"),
        ("no-owner", "no-owner"),
        ("same-title", "same-title"),
    ] {
        let (out, codes) = check(name);
        assert_eq!(codes, vec![code], "{out}");
    }
}

#[test]
fn the_minimal_example_and_the_corpus_are_clean_under_strict() {
    for path in [Some(Path::new("tests/fixtures/minimal.ron")), None] {
        let c = check_dataset(path, DEFAULT_MAX_SIZE);
        assert!(c.diagnostics.is_empty(), "{}", c.render());
    }
}

#[test]
fn every_fixture_file_has_a_test() {
    let src = include_str!("check.rs");
    for entry in std::fs::read_dir("tests/fixtures/check").unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let stem = name.trim_end_matches(".ron");
        assert!(src.contains(&format!("\"{stem}\"")), "no test for {name}");
    }
}

#[test]
fn unreadable_files_and_size_cap() {
    let c = check_dataset(Some(Path::new("tests/fixtures")), DEFAULT_MAX_SIZE);
    assert!(c.unreadable);
    assert!(c.render().contains("is a directory"), "{}", c.render());
    let c = check_dataset(Some(Path::new("tests/fixtures/minimal.ron")), 10);
    assert!(c.unreadable);
    assert!(
        c.render().contains("above the limit of 10 bytes"),
        "{}",
        c.render()
    );
}

#[test]
fn the_example_in_docs_dataset_md_passes_strict() {
    let doc = std::fs::read_to_string("docs/dataset.md").unwrap();
    let start = doc.find("```ron\n").expect("a ```ron block") + "```ron\n".len();
    let len = doc[start..].find("```").unwrap();
    let example = &doc[start..start + len];
    let dir = std::env::temp_dir().join(format!("accords-doc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("example.ron");
    std::fs::write(&path, example).unwrap();
    let c = check_dataset(Some(&path), DEFAULT_MAX_SIZE);
    assert!(
        c.dataset.is_some() && c.diagnostics.is_empty(),
        "{}",
        c.render()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A 10 MB enum, date or id value is quoted cut, in the message as in the
/// quoted line: `check` prints a few hundred bytes, not 10 MB.
#[test]
fn huge_values_are_cut_in_messages() {
    let minimal = std::fs::read_to_string("tests/fixtures/minimal.ron").unwrap();
    let huge = "X".repeat(10_000_000);
    let dir = std::env::temp_dir().join(format!("accords-huge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (what, from, to) in [
        ("enum", "status: Announced", format!("status: {huge}")),
        (
            "date",
            "date: \"2023-05-03\"",
            format!("date: \"2025-{huge}\""),
        ),
        ("id", "owner: \"pe-2023\"", format!("owner: \"{huge}\"")),
    ] {
        assert!(minimal.contains(from), "{from}");
        let path = dir.join(format!("{what}.ron"));
        std::fs::write(&path, minimal.replacen(from, &to, 1)).unwrap();
        let c = check_dataset(Some(&path), DEFAULT_MAX_SIZE);
        assert!(
            accords::validate::has_errors(&c.diagnostics, false),
            "{what}"
        );
        let out = c.render();
        assert!(out.len() < 2_000, "{what}: {} bytes", out.len());
        assert!(
            out.contains(&format!("{}…", "X".repeat(20))),
            "{what}: {out}"
        );
        let json = c.diagnostics[0].to_json(&path).to_string();
        assert!(json.len() < 2_000, "{what}: {} bytes of JSON", json.len());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
