//! Exports and citations on the real corpus, without a terminal: the pure
//! `to_markdown` / `to_csv` / `to_json` functions and `write_export`.

mod common;

use accords::catalog::{Kind, Row};
use accords::export::{self, ExportFormat, ExportRequest};
use accords::model::Lang;
use accords::output::citation;
use common::*;

fn agreements(app: &accords::app::App) -> Vec<Row> {
    app.results[1].clone()
}

/// Parses CSV text into rows of fields, the header first.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
        .collect()
}

/// What `accords list` prints for `args`.
fn list(args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_accords"))
        .arg("list")
        .args(args)
        .env("LANG", "C")
        .env("XDG_CONFIG_HOME", "/nonexistent-accords-test")
        .output()
        .expect("binary runs");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn markdown_has_a_heading_and_one_table_row_per_record() {
    let app = app(Lang::En, 120, 40);
    let rows = agreements(&app);
    let md = export::to_markdown(&app.catalog, &rows, Lang::En);
    assert!(md.starts_with("# Agreements — "), "{}", &md[..60]);
    assert!(md.contains(&format!("{} records", rows.len())));
    let table: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(table.len(), rows.len() + 2, "header, rule, rows");
    assert_eq!(
        table[0],
        "| id | kind | date | status | title | domains | numbers |"
    );
    assert!(table[1].starts_with("|---|"));
    for (line, row) in table[2..].iter().zip(&rows) {
        let r = &app.catalog.records[app.catalog.row_record(*row).unwrap()];
        assert!(
            line.starts_with(&format!("| {} | agreement | ", r.id)),
            "{line}"
        );
        // Every row has as many cells as the header (pipes are escaped).
        let cells = line.replace("\\|", "").matches('|').count();
        assert_eq!(cells, table[0].matches('|').count(), "{line}");
    }
    let fr = export::to_markdown(&app.catalog, &rows, Lang::Fr);
    assert!(fr.starts_with("# Accords — "));
    assert!(fr.contains("| id | type | date | statut | titre | domaines | numéros |"));
    // The table is the one `list --format md` prints.
    let table_only = &md[md.find("\n| id").unwrap() + 1..];
    assert_eq!(table_only, list(&["--kind", "agreement", "--format", "md"]));
}

/// One schema: the browser's `e` export of a tab is, in CSV and in JSON,
/// exactly what `accords list` prints for the same records.
#[test]
fn exports_are_what_list_prints() {
    for lang in [Lang::En, Lang::Fr] {
        let app = app(lang, 120, 40);
        for (t, kind) in [(0, "partnership"), (1, "agreement"), (2, "commitment")] {
            let rows = app.results[t].clone();
            let lang_arg = match lang {
                Lang::Fr => "fr",
                Lang::En => "en",
            };
            assert_eq!(
                export::to_csv(&app.catalog, &rows, lang),
                list(&["--kind", kind, "--format", "csv", "--lang", lang_arg]),
                "{kind} {lang_arg}"
            );
            assert_eq!(
                export::to_json(&app.catalog, &rows),
                list(&["--kind", kind, "--format", "json"]),
                "{kind}"
            );
        }
    }
}

#[test]
fn csv_has_slugs_and_parses() {
    let app = app(Lang::Fr, 120, 40);
    let rows = agreements(&app);
    let csv = export::to_csv(&app.catalog, &rows, Lang::Fr);
    assert!(csv.ends_with('\n') && !csv.contains('\r'));
    let parsed = parse_csv(&csv);
    assert_eq!(parsed.len(), rows.len() + 1);
    assert_eq!(
        parsed[0],
        [
            "id",
            "kind",
            "date",
            "status",
            "form",
            "title",
            "domains",
            "parties",
            "canada-e",
            "cts",
            "unts",
            "kr-treaty",
            "sources",
            "url"
        ]
    );
    for (fields, row) in parsed[1..].iter().zip(&rows) {
        let r = &app.catalog.records[app.catalog.row_record(*row).unwrap()];
        assert_eq!(fields.len(), 14);
        assert_eq!(fields[0], r.id);
        assert_eq!(fields[1], "agreement");
        assert_eq!(fields[2], r.date.map(|d| d.to_string()).unwrap_or_default());
        assert_eq!(fields[3], accords::output::status_slug(r.status.unwrap()));
        assert!(["treaty", "non-binding"].contains(&fields[4].as_str()));
        assert_eq!(fields[5], r.title.fr, "titles in the interface language");
        assert!(!fields[6].contains(' '), "domain slugs: {}", fields[6]);
        let first = &app.catalog.sources[r.sources[0]];
        assert_eq!(fields[12].split(';').next().unwrap(), first.id);
        assert_eq!(fields[13], first.url.clone().unwrap_or_default());
    }
    // Slugs, not labels: `signed`, never `signé`.
    assert!(parsed.iter().any(|f| f[3] == "signed"));
    assert!(!csv.contains("signé,"));
    let tax = parsed.iter().find(|f| f[0] == "tax-1978").unwrap();
    assert_eq!(
        (tax[8].as_str(), tax[9].as_str()),
        ("E102303", "1980 No. 27")
    );
}

#[test]
fn json_is_an_array_of_records_with_slugs() {
    let app = app(Lang::Fr, 120, 40);
    let rows = agreements(&app);
    let json = export::to_json(&app.catalog, &rows);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), rows.len());
    for (item, row) in items.iter().zip(&rows) {
        let r = &app.catalog.records[app.catalog.row_record(*row).unwrap()];
        assert_eq!(item["id"], r.id.as_str());
        assert_eq!(item["title"]["fr"], r.title.fr.as_str());
        assert_eq!(item["title"]["en"], r.title.en.as_str());
        assert_eq!(item["kind"], "agreement");
        assert_eq!(
            item["status"],
            accords::output::status_slug(r.status.unwrap())
        );
        assert_eq!(item["domains"].as_array().unwrap().len(), r.domains.len());
        assert!(item["form"] == "treaty" || item["form"] == "non-binding");
    }
}

#[test]
fn timeline_exports_in_every_format() {
    let app = app(Lang::En, 120, 40);
    let rows = app.results[accords::app::TIMELINE_TAB].clone();
    let entries = rows.iter().filter(|r| matches!(r, Row::Entry(_))).count();
    let years: Vec<i32> = rows
        .iter()
        .filter_map(|r| match r {
            Row::Year(y) => Some(*y),
            _ => None,
        })
        .collect();
    let md = export::to_markdown(&app.catalog, &rows, Lang::En);
    assert!(md.starts_with("# Timeline — "));
    for y in &years {
        assert!(md.contains(&format!("\n## {y}\n")), "{y}");
    }
    let csv = parse_csv(&export::to_csv(&app.catalog, &rows, Lang::Fr));
    assert_eq!(csv[0], ["date", "entry", "what", "id", "title", "note"]);
    assert_eq!(csv.len(), entries + 1);
    // Slugs whatever the interface language.
    assert!(csv.iter().any(|f| f[1] == "status" && f[2] == "in-force"));
    assert!(csv.iter().any(|f| f[1] == "event" && f[2] == "summit"));
    let json: serde_json::Value =
        serde_json::from_str(&export::to_json(&app.catalog, &rows)).unwrap();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), entries);
    let kinds: std::collections::BTreeSet<&str> =
        items.iter().map(|i| i["entry"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["event", "status"].into());
    // Dates ascend.
    let dates: Vec<&str> = items.iter().map(|i| i["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0][..4] <= w[1][..4]));
}

#[test]
fn file_names_and_formats() {
    // 2026-11-30 21:30 UTC.
    let t = 1_796_074_200;
    assert_eq!(
        export::file_name(Kind::Agreement, ExportFormat::Markdown, t),
        "accords-agreements-20261130-2130.md"
    );
    assert_eq!(
        export::file_name(Kind::Event, ExportFormat::Json, t),
        "accords-timeline-20261130-2130.json"
    );
    assert_eq!(
        export::numbered("accords-timeline-20261130-2130.csv", 2),
        "accords-timeline-20261130-2130-2.csv"
    );
    let mut f = ExportFormat::default();
    let mut seen = Vec::new();
    for _ in 0..3 {
        seen.push(f.ext());
        f = f.next();
    }
    assert_eq!(seen, ["md", "csv", "json"]);
    assert_eq!(f, ExportFormat::Markdown);
}

#[test]
fn write_export_creates_and_never_overwrites() {
    let dir = std::env::temp_dir().join(format!("accords-export-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let req = ExportRequest {
        file_name: "accords-test.md".into(),
        contents: "# é\n".into(),
    };
    let path = export::write_export(&dir, &req).unwrap();
    assert_eq!(path, dir.join("accords-test.md"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# é\n");
    let again = ExportRequest {
        contents: "other".into(),
        ..req.clone()
    };
    // The name is taken (an export of the same minute, from another
    // session): the next free name, the first file left alone.
    let second = export::write_export(&dir, &again).unwrap();
    assert_eq!(second, dir.join("accords-test-2.md"));
    assert_eq!(std::fs::read_to_string(&second).unwrap(), "other");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# é\n");
    // A symlink in the way (even dangling) is not followed but skipped.
    let target = dir.join("target.txt");
    std::fs::write(&target, "keep").unwrap();
    std::os::unix::fs::symlink(&target, dir.join("accords-test-3.md")).unwrap();
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("accords-test-4.md")).unwrap();
    let fifth = export::write_export(&dir, &again).unwrap();
    assert_eq!(fifth, dir.join("accords-test-5.md"));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    assert!(!dir.join("nowhere").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Dataset text that a spreadsheet would run as a formula.
const FORMULAS: [&str; 6] = [
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=1+1",
    "+33 1 23 45 67 89",
];

/// The minimal dataset with the titles of its records replaced by formulas.
fn formula_catalog() -> accords::catalog::Catalog {
    let mut text = include_str!("fixtures/minimal.ron").to_string();
    for (title, formula) in [
        "Exceptional Partnership",
        "Acquisition and Cross-Servicing Agreement",
        "Space dialogue",
    ]
    .iter()
    .zip(FORMULAS)
    {
        let escaped = formula.replace('"', "\\\"");
        text = text.replacen(
            &format!("en: \"{title}\""),
            &format!("en: \"{escaped}\""),
            1,
        );
    }
    let mut data = accords::load::parse(std::path::Path::new("f.ron"), &text).unwrap();
    accords::sanitize::dataset(&mut data);
    accords::catalog::Catalog::new(data)
}

#[test]
fn csv_exports_neutralise_formulas_and_json_keeps_them() {
    let catalog = formula_catalog();
    let rows: Vec<Row> = (0..catalog.records.len()).map(Row::Record).collect();
    let csv = export::to_csv(&catalog, &rows, Lang::En);
    let titles: Vec<String> = parse_csv(&csv)[1..].iter().map(|r| r[5].clone()).collect();
    for formula in &FORMULAS[..3] {
        assert!(
            titles.contains(&format!("'{formula}")),
            "{formula}: {titles:?}"
        );
    }
    for t in &titles {
        assert!(!t.starts_with(['=', '+', '-', '@']), "{t}");
    }
    // JSON and Markdown keep the text as written.
    let json = export::to_json(&catalog, &rows);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let json_titles: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"]["en"].as_str().unwrap())
        .collect();
    for formula in &FORMULAS[..3] {
        assert!(json_titles.contains(formula), "{json_titles:?}");
    }
    assert!(!export::to_markdown(&catalog, &rows, Lang::En).contains("'="));
}

/// The GSOIA's status is `Signed` on 2026-02-25; the step's first source
/// is Qazinform's article (in English: the step has no French source, so
/// the French citation cites it too). No registry number, no entry into
/// force yet.
#[test]
fn gsoia_citation_in_both_languages() {
    let app = app(Lang::En, 120, 40);
    let i = app.catalog.get("gsoia").unwrap();
    assert_eq!(
        citation::citation(&app.catalog, i, Lang::En),
        "Agreement on the Protection of Military and Defence Classified Information. \
         Signed, 25 February 2026. \
         Kazinform (Qazinform News Agency), \
         “Canada and South Korea sign defense information agreement”, 26 February 2026, \
         https://qazinform.com/news/canada-and-south-korea-sign-defense-information-agreement-d43c6c"
    );
    assert_eq!(
        citation::citation(&app.catalog, i, Lang::Fr),
        "Accord sur la protection des informations classifiées militaires et de défense. \
         Signé, 25 février 2026. \
         Kazinform (Qazinform News Agency), \
         «\u{a0}Canada and South Korea sign defense information agreement\u{a0}», 26 février 2026, \
         https://qazinform.com/news/canada-and-south-korea-sign-defense-information-agreement-d43c6c"
    );
}

/// When the step that backs the status has a source in the interface
/// language, that one is cited.
#[test]
fn citations_prefer_a_source_of_the_same_step_in_the_interface_language() {
    let app = app(Lang::En, 120, 40);
    let c = &app.catalog;
    let i = c.get("social-security-1997").unwrap();
    let step = c.records[i].history.last().unwrap();
    assert!(step.sources.len() > 1);
    let fr = citation::citation(c, i, Lang::Fr);
    let en = citation::citation(c, i, Lang::En);
    let cited = |lang: Lang| &c.sources[citation::status_source(c, i, lang).unwrap()];
    assert_eq!(cited(Lang::Fr).lang, Some(accords::model::SourceLang::Fr));
    assert!(step.sources.contains(&cited(Lang::Fr).id));
    assert!(
        fr.contains(&format!("«\u{a0}{}\u{a0}»", cited(Lang::Fr).title)),
        "{fr}"
    );
    assert!(fr.contains("En vigueur, 1er mai 1999."), "{fr}");
    // The step's first source is French; in English, its English one.
    assert_eq!(
        c.sources[c.source_index(&step.sources[0]).unwrap()].lang,
        Some(accords::model::SourceLang::Fr)
    );
    assert_eq!(cited(Lang::En).id, step.sources[1]);
    assert_eq!(cited(Lang::En).lang, Some(accords::model::SourceLang::En));
    assert!(en.contains(&format!("“{}”", cited(Lang::En).title)), "{en}");
    assert!(en.contains("In force, 1 May 1999."), "{en}");
    // No history: the record's first source.
    let i = c.get("cm-js-roadmap").unwrap();
    assert_eq!(
        citation::status_source(c, i, Lang::En),
        Some(c.records[i].sources[0])
    );
}

/// Registry numbers are cited in the interface language, and the date of
/// entry into force is given when the status is a later one.
#[test]
fn citations_give_numbers_and_the_date_of_entry_into_force() {
    let text = include_str!("fixtures/minimal.ron")
        .replacen("form: Treaty,", "form: Treaty,\n            numbers: [(system: Cts, value: \"2019 No. 1\")],", 1)
        .replacen("status: InForce,\n            history", "status: Terminated,\n            history", 1)
        .replacen(
            "date: \"2019-06-01\", status: InForce, sources: [\"src-1\"],\n                ),",
            "date: \"2019-06-01\", status: InForce, sources: [\"src-1\"],\n                ),\n                (date: \"2024-03-01\", status: Terminated, sources: [\"src-1\"]),",
            1,
        );
    assert!(
        text.contains("Terminated, sources"),
        "the fixture changed; update this test"
    );
    let mut data = accords::load::parse(std::path::Path::new("t.ron"), &text).unwrap();
    accords::sanitize::dataset(&mut data);
    let c = accords::catalog::Catalog::new(data);
    let i = c.get("acsa").unwrap();
    assert_eq!(
        citation::citation(&c, i, Lang::En),
        "Acquisition and Cross-Servicing Agreement, CTS 2019 No. 1. \
         Terminated, 1 March 2024; in force 1 June 2019. \
         Ministère de l'Europe et des Affaires étrangères, “Déclaration conjointe”, 3 May 2023, \
         https://www.example.org/declaration-conjointe"
    );
    assert_eq!(
        citation::citation(&c, i, Lang::Fr),
        "Accord d'acquisition et de soutien logistique, RTC 2019 n° 1. \
         Terminé, 1er mars 2024\u{202f}; en vigueur le 1er juin 2019. \
         Ministère de l'Europe et des Affaires étrangères, «\u{a0}Déclaration conjointe\u{a0}», 3 mai 2023, \
         https://www.example.org/declaration-conjointe"
    );
}

#[test]
fn dates_are_written_out_in_the_interface_language() {
    use accords::model::PartialDate;
    let d = |s: &str| PartialDate::parse(s).unwrap();
    assert_eq!(
        citation::long_date(d("2026-02-25"), Lang::Fr),
        "25 février 2026"
    );
    assert_eq!(
        citation::long_date(d("2026-02-25"), Lang::En),
        "25 February 2026"
    );
    assert_eq!(
        citation::long_date(d("1999-05-01"), Lang::Fr),
        "1er mai 1999"
    );
    assert_eq!(citation::long_date(d("1999-05-01"), Lang::En), "1 May 1999");
    assert_eq!(citation::long_date(d("2023-04"), Lang::Fr), "avril 2023");
    assert_eq!(citation::long_date(d("2023-04"), Lang::En), "April 2023");
    assert_eq!(citation::long_date(d("1966"), Lang::En), "1966");
}
