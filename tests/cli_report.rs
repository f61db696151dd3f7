//! The non-interactive commands as a user runs them: `list`, `search`,
//! `show`, `completions` and `man`, in every format, on the embedded corpus
//! and on small datasets written for the test.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

/// Runs the binary with stdout and stderr piped, in an English locale,
/// `COLUMNS` unset.
fn accords(args: &[&str]) -> Output {
    accords_env(args, &[])
}

/// [`accords`] with these variables set.
fn accords_env(args: &[&str], vars: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accords"))
        .args(args)
        .env_remove("COLUMNS")
        .envs(vars.iter().copied())
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("XDG_CONFIG_HOME", "/nonexistent-accords-test")
        .output()
        .expect("binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("output is UTF-8")
}

/// Runs and expects success; returns stdout.
fn ok(args: &[&str]) -> String {
    let out = accords(args);
    assert!(
        out.status.success(),
        "{args:?} exited {:?}\n{}",
        out.status.code(),
        text(&out.stderr)
    );
    text(&out.stdout)
}

fn json(args: &[&str]) -> Value {
    let out = ok(args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}):\n{out}"))
}

fn array(args: &[&str]) -> Vec<Value> {
    match json(args) {
        Value::Array(a) => a,
        v => panic!("{args:?}: not an array: {v}"),
    }
}

fn ids(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|v| v["id"].as_str().expect("id").to_string())
        .collect()
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| s.as_str().expect("string"))
        .collect()
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

/// The minimal fixture with hostile strings in the agreement's title and
/// summary: separators of every format, Markdown syntax, an escape
/// sequence, Hangul.
fn hostile_dataset() -> PathBuf {
    let base = std::fs::read_to_string(fixture("minimal.ron")).expect("fixture");
    let hostile = base
        .replace(
            "en: \"Acquisition and Cross-Servicing Agreement\"",
            r#"en: "Cross | servicing, \"ACSA\" *now* <b>x</b> \u{1b}[31mred 한국어""#,
        )
        .replace(
            "en: \"Cross-servicing\"",
            r#"en: "Cross | servicing, \"ACSA\" *now* <b>x</b> \u{1b}[31mred 한국어""#,
        )
        .replace(
            "en: \"The armed forces may exchange food, fuel and transport.\"",
            r#"en: "Line one.\n# not a heading\n1. not a list\u{7}""#,
        );
    assert_ne!(base, hostile, "the fixture changed; update this test");
    let path = std::env::temp_dir().join(format!("accords-report-{}.ron", std::process::id()));
    std::fs::write(&path, hostile).expect("temp file");
    path
}

// --- list ------------------------------------------------------------------

#[test]
fn list_table_fits_100_columns_when_piped() {
    for lang in ["en", "fr"] {
        let out = ok(&["list", "--lang", lang]);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() > 50, "{out}");
        for l in &lines {
            assert!(l.width() <= 100, "{} columns: {l}", l.width());
            assert!(!l.contains('\u{1b}'), "colour in piped output: {l:?}");
        }
        let header: Vec<&str> = lines[0].split_whitespace().collect();
        let want = if lang == "fr" {
            ["id", "type", "date", "statut", "titre", "domaines"]
        } else {
            ["id", "kind", "date", "status", "title", "domains"]
        };
        assert_eq!(header, want);
        assert!(lines[1].starts_with("---"));
        // One row per record, the browser's order.
        let all = ids(&array(&["list", "--format", "json"]));
        assert_eq!(lines.len(), all.len() + 2);
        assert!(lines[2].starts_with(&all[0]));
    }
}

/// Written to a pipe, the table never cuts an id (the old one cut the
/// ten longest at 100 columns) and follows `COLUMNS` when it is set; an
/// unusable `COLUMNS` is ignored.
#[test]
fn piped_tables_keep_whole_ids_and_follow_columns() {
    let all = ids(&array(&["list", "--format", "json"]));
    let longest = all.iter().map(|id| id.width()).max().unwrap();
    assert!(longest > 28, "the corpus has long ids ({longest})");
    let table = |columns: Option<&str>| {
        let vars: Vec<(&str, &str)> = columns.map(|c| ("COLUMNS", c)).into_iter().collect();
        let out = accords_env(&["list"], &vars);
        assert!(out.status.success(), "{columns:?}");
        text(&out.stdout)
    };
    for (columns, width) in [
        (None, 100),
        (Some("30"), 30),
        (Some("60"), 60),
        (Some("80"), 80),
        (Some("140"), 140),
        (Some(" 220 "), 220),
        (Some("0"), 100),
        (Some("wide"), 100),
        (Some(""), 100),
    ] {
        let out = table(columns);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), all.len() + 2, "{columns:?}");
        for (line, id) in lines[2..].iter().zip(&all) {
            let first = line.split("  ").next().unwrap();
            assert_eq!(first, id, "{columns:?}: {line}");
        }
        let max = lines.iter().map(|l| l.width()).max().unwrap();
        // Cut after the ids, with a … to say so.
        assert!(max <= width.max(longest + 3), "{columns:?}: {max}");
        if (60..=100).contains(&width) {
            assert!(max > width - 5, "{columns:?}: the width is used ({max})");
        }
    }
    assert_ne!(table(Some("140")), table(None));
    assert_eq!(table(Some("100")), table(None));
    // Wide enough, the registry numbers come back.
    assert!(
        table(Some("220"))
            .lines()
            .next()
            .unwrap()
            .ends_with("numbers")
    );
}

#[test]
fn list_table_titles_follow_lang_and_are_cut_with_an_ellipsis() {
    let en = ok(&["list", "--kind", "agreement", "--lang", "en"]);
    let fr = ok(&["list", "--kind", "agreement", "--lang", "fr"]);
    let row = |t: &str| {
        t.lines()
            .find(|l| l.starts_with("gsoia "))
            .map(str::to_string)
    };
    let en_row = row(&en).expect("gsoia row");
    let fr_row = row(&fr).expect("gsoia row");
    assert!(en_row.contains("Classified"), "{en_row}");
    assert!(fr_row.contains("Informations"), "{fr_row}");
    assert!(en.contains('…'), "some title is cut to fit:\n{en}");
    // The global --lang works before the command too, and so does the locale.
    assert_eq!(ok(&["--lang", "fr", "list", "--kind", "agreement"]), fr);
    let out = Command::new(env!("CARGO_BIN_EXE_accords"))
        .args(["list", "--kind", "agreement"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "fr_CA.UTF-8")
        .output()
        .unwrap();
    assert_eq!(text(&out.stdout), fr);
}

#[test]
fn list_json_filters_by_kind_and_domain() {
    let items = array(&[
        "list",
        "--kind",
        "agreement",
        "--domain",
        "trade",
        "--format",
        "json",
    ]);
    assert!(!items.is_empty());
    for v in &items {
        assert_eq!(v["kind"], "agreement", "{v}");
        assert!(strs(&v["domains"]).contains(&"trade"), "{v}");
        for key in ["title", "short"] {
            for l in ["fr", "en"] {
                assert!(v[key][l].is_string(), "{v}");
            }
            assert!(v[key].get("native").is_some(), "{v}");
        }
        for key in ["date", "status"] {
            assert!(v.get(key).is_some(), "{key}: {v}");
        }
        assert!(!strs(&v["parties"]).is_empty(), "{v}");
        assert!(!strs(&v["sources"]).is_empty(), "{v}");
        assert!(v.get("score").is_none(), "list has no score: {v}");
    }
    assert!(ids(&items).contains(&"ckfta".to_string()));
    // Domains: any of them; the global --domain works too.
    let trade_or_tax = ids(&array(&[
        "list", "--domain", "trade", "--domain", "tax", "--format", "json",
    ]));
    let trade = ids(&array(&["list", "--domain", "trade", "--format", "json"]));
    let tax = ids(&array(&[
        "list",
        "--domain",
        "fiscalité",
        "--format",
        "json",
    ]));
    assert_eq!(trade_or_tax.len(), {
        let mut u = trade.clone();
        u.extend(tax.iter().filter(|t| !trade.contains(t)).cloned());
        u.len()
    });
    assert_eq!(
        ids(&array(&["--domain", "trade", "list", "--format", "json"])),
        trade
    );
}

#[test]
fn list_status_accepts_any_spelling() {
    let base = ids(&array(&[
        "list", "--status", "in-force", "--format", "json",
    ]));
    assert!(!base.is_empty());
    for spelling in ["InForce", "in_force", "IN-FORCE", "inforce", "en vigueur"] {
        assert_eq!(
            ids(&array(&["list", "--status", spelling, "--format", "json"])),
            base,
            "{spelling}"
        );
    }
    for v in array(&["list", "--status", "signed", "--format", "json"]) {
        assert_eq!(v["status"], "signed");
    }
    let out = accords(&["list", "--status", "warp"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("in-force"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn list_party_accepts_an_id_or_a_folded_name() {
    let kr = array(&["list", "--party", "kr", "--format", "json"]);
    assert!(!kr.is_empty());
    for name in ["coree", "Corée", "korea", "KR", "republique de coree"] {
        assert_eq!(
            ids(&array(&["list", "--party", name, "--format", "json"])),
            ids(&kr),
            "{name}"
        );
    }
    for v in &kr {
        assert!(strs(&v["parties"]).contains(&"kr"), "{v}");
    }
    // Commitments made "by both parties" count for their owner's parties.
    assert!(kr.iter().any(|v| v["kind"] == "commitment"));
    // Quebec is a party to two agreements only.
    let qc = array(&["list", "--party", "quebec", "--format", "json"]);
    assert!(!qc.is_empty() && qc.len() < kr.len());
    let out = accords(&["list", "--party", "atlantis"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("unknown party \"atlantis\""), "{err}");
    assert!(err.contains("kr (Republic of Korea)"), "{err}");
}

#[test]
fn list_csv_parses_with_a_header_and_one_row_per_record() {
    let all = array(&["list", "--format", "json"]);
    let out = ok(&["list", "--format", "csv", "--lang", "fr"]);
    // Lines end with \n (awk, cut, pandas), never \r\n.
    assert!(out.ends_with("\n") && !out.contains('\r'), "\\n line ends");
    assert_eq!(out.lines().count(), all.len() + 1);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        header,
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
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("valid CSV")).collect();
    assert_eq!(rows.len(), all.len());
    for (row, v) in rows.iter().zip(&all) {
        assert_eq!(&row[0], v["id"].as_str().unwrap());
        assert_eq!(&row[1], v["kind"].as_str().unwrap());
        assert_eq!(&row[4], v["form"].as_str().unwrap_or_default());
        assert_eq!(&row[5], v["title"]["fr"].as_str().unwrap());
        assert_eq!(
            row[6].split(';').filter(|s| !s.is_empty()).count(),
            v["domains"].as_array().unwrap().len()
        );
    }
}

/// TSV: the CSV's columns and rows, separated by tabs.
#[test]
fn list_tsv_has_the_csv_columns() {
    let csv_rows: Vec<csv::StringRecord> =
        csv::Reader::from_reader(ok(&["list", "--format", "csv"]).as_bytes())
            .records()
            .map(Result::unwrap)
            .collect();
    let tsv = ok(&["list", "--format", "tsv"]);
    assert!(
        tsv.starts_with("id\tkind\tdate\tstatus\tform\ttitle\t"),
        "{tsv}"
    );
    let tsv_rows: Vec<csv::StringRecord> = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .from_reader(tsv.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(csv_rows, tsv_rows);
    assert!(
        ok(&["search", "gsoia", "--format", "tsv"])
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("gsoia\t")
    );
}

/// `--fields` picks the columns, in its order, in every format; unknown
/// names are refused with the closest one and the list.
#[test]
fn fields_choose_the_columns_of_every_format() {
    let base = ["list", "--kind", "agreement"];
    let with = |fields: &str, format: &str| {
        let mut a = base.to_vec();
        a.extend(["--fields", fields, "--format", format]);
        ok(&a)
    };
    let agreements = array(&["list", "--kind", "agreement", "--format", "json"]);
    let f = "id,title,signed,in_force";

    // CSV and TSV: the names as the header, the same rows.
    let csv_out = with(f, "csv");
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["id", "title", "signed", "in-force"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), agreements.len());
    let tsv_rows: Vec<csv::StringRecord> = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .from_reader(with(f, "tsv").as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows, tsv_rows);

    // JSON: only these keys, in this order, the dates as `show` has them.
    let raw = with(f, "json");
    // The first object holds each key's first occurrence.
    let at = |k: &str| raw.find(&format!("\"{k}\"")).unwrap_or(usize::MAX);
    assert!(at("id") < at("title") && at("title") < at("signed") && at("signed") < at("in_force"));
    let picked: Vec<Value> = serde_json::from_str(&raw).unwrap();
    let mut in_force = 0;
    for ((row, v), full) in rows.iter().zip(&picked).zip(&agreements) {
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 4, "{v}");
        assert_eq!(v["id"], full["id"]);
        assert_eq!(v["title"], full["title"]);
        assert_eq!(&row[0], v["id"].as_str().unwrap());
        assert_eq!(&row[1], full["title"]["en"].as_str().unwrap());
        let id = v["id"].as_str().unwrap();
        let show = json(&["show", id, "--format", "json"]);
        for (col, key) in [(2, "signed"), (3, "in_force")] {
            let date = show["dates"][key]["date"].as_str();
            assert_eq!(v[key].as_str(), date, "{id} {key}");
            assert_eq!(&row[col], date.unwrap_or(""), "{id} {key}");
        }
        in_force += usize::from(v["in_force"].is_string());
    }
    assert!(in_force > 5, "{in_force} agreements in force");
    let gsoia = picked.iter().find(|v| v["id"] == "gsoia").unwrap();
    assert_eq!(gsoia["signed"], "2026-02-25");

    // The table and Markdown: localized headers, the columns asked for.
    let md = with(f, "md");
    assert!(
        md.starts_with("| id | title | signed | in force |\n|---|---|---|---|\n"),
        "{md}"
    );
    assert_eq!(md.lines().count(), agreements.len() + 2);
    let table = with(f, "table");
    let header: Vec<&str> = table
        .lines()
        .next()
        .unwrap()
        .split("  ")
        .filter(|s| !s.is_empty())
        .map(str::trim)
        .collect();
    assert_eq!(header, ["id", "title", "signed", "in force"]);
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("gsoia ") && l.contains("2026-02-25"))
    );
    let fr = ok(&[
        "list",
        "--kind",
        "agreement",
        "--fields",
        "in-force,id",
        "--lang",
        "fr",
    ]);
    assert!(fr.starts_with("en vigueur  id"), "{fr}");
    // Any name, any order, repeated.
    let v = array(&[
        "list",
        "--fields",
        "url,caveat,numbers,kr_treaty,id,id",
        "--format",
        "json",
    ]);
    assert_eq!(v[0].as_object().unwrap().len(), 5);

    // Unknown names: exit 2, the closest name and the list, nothing on stdout.
    for format in ["table", "csv", "json", "md", "tsv"] {
        let out = accords(&["list", "--fields", "id,titel", "--format", format]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert!(out.stdout.is_empty());
        let err = text(&out.stderr);
        assert!(
            err.starts_with("accords: unknown field \"titel\"; did you mean \"title\"? the fields are: id, kind, date,"),
            "{err}"
        );
    }
    let out = accords(&["list", "--fields", "id,score"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("\"score\" is only for `accords search`"));
    let out = accords(&["search", "gsoia", "--fields", "colour"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("caveat, score\n"));
}

/// `search` writes its score as a last CSV and TSV column and a JSON key;
/// `list` has none.
#[test]
fn search_has_a_score_column_in_csv_tsv_and_json() {
    let hits = array(&["search", "defence", "--format", "json"]);
    assert!(hits.len() > 10);
    for (format, sep) in [("csv", b','), ("tsv", b'\t')] {
        let out = ok(&["search", "defence", "--format", format]);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(sep)
            .from_reader(out.as_bytes());
        let header = reader.headers().unwrap().clone();
        assert_eq!(header.len(), 15);
        assert_eq!(&header[14], "score");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), hits.len());
        for (row, v) in rows.iter().zip(&hits) {
            assert_eq!(&row[0], v["id"].as_str().unwrap());
            assert_eq!(
                row[14].parse::<u64>().unwrap(),
                v["score"].as_u64().unwrap()
            );
        }
    }
    let scores: Vec<u64> = hits.iter().map(|v| v["score"].as_u64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "best first");
    assert!(scores[0] > *scores.last().unwrap());
    let picked = ok(&[
        "search", "defence", "--fields", "score,id", "--format", "csv",
    ]);
    assert!(picked.starts_with(&format!(
        "score,id\n{},{}\n",
        scores[0],
        hits[0]["id"].as_str().unwrap()
    )));
    assert!(
        !ok(&["list", "--format", "csv"])
            .lines()
            .next()
            .unwrap()
            .contains("score")
    );
}

/// `--since`/`--until` take YYYY, YYYY-MM or YYYY-MM-DD on `list` and
/// `search` (and before the command), compared with each record's date at
/// the precision both have; undated records are left out.
#[test]
fn since_and_until_take_days_and_months() {
    let all = array(&["list", "--format", "json"]);
    // Dates as [year, month, day] with 0 for "not given".
    let parts = |s: &str| -> Vec<u32> { s.split('-').map(|p| p.parse().unwrap()).collect() };
    let cmp = |a: &str, b: &str| {
        let (a, b) = (parts(a), parts(b));
        a.iter()
            .zip(&b)
            .map(|(x, y)| x.cmp(y))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    };
    let expect = |since: Option<&str>, until: Option<&str>| -> Vec<String> {
        all.iter()
            .filter(|v| {
                let Some(d) = v["date"].as_str() else {
                    return false;
                };
                since.is_none_or(|s| cmp(d, s).is_ge()) && until.is_none_or(|u| cmp(d, u).is_le())
            })
            .map(|v| v["id"].as_str().unwrap().to_string())
            .collect()
    };
    for (since, until) in [
        (Some("2025-10"), None),
        (Some("2025-10-31"), None),
        (None, Some("2014-09-22")),
        (Some("2014-09"), Some("2015-01")),
        (Some("2025"), Some("2025")),
    ] {
        let mut args = vec!["list", "--format", "json"];
        if let Some(s) = since {
            args.extend(["--since", s]);
        }
        if let Some(u) = until {
            args.extend(["--until", u]);
        }
        let got = ids(&array(&args));
        let want = expect(since, until);
        assert!(
            !want.is_empty() && want.len() < all.len(),
            "{since:?} {until:?}"
        );
        assert_eq!(got, want, "{since:?} {until:?}");
    }
    // Finer than the year: 30 October 2025 is a subset of 2025.
    let day = ids(&array(&[
        "list",
        "--since",
        "2025-10-30",
        "--until",
        "2025-10-30",
        "--format",
        "json",
    ]));
    let year = ids(&array(&[
        "list", "--since", "2025", "--until", "2025", "--format", "json",
    ]));
    assert!(day.len() > 2 && day.len() < year.len(), "{day:?}");
    assert!(day.contains(&"sdcp-2025".to_string()), "{day:?}");
    // search, and the options given before the command.
    let hits = array(&[
        "search",
        "defence",
        "--since",
        "2025-10-30",
        "--format",
        "json",
    ]);
    assert!(!hits.is_empty());
    for v in &hits {
        assert!(
            cmp(v["date"].as_str().unwrap(), "2025-10-30").is_ge(),
            "{v}"
        );
    }
    assert_eq!(
        ids(&array(&[
            "--since",
            "2025-10-30",
            "search",
            "defence",
            "--format",
            "json"
        ])),
        ids(&hits)
    );
    let out = accords(&["list", "--since", "2025-13"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("\"2025-13\" is not a date"),
        "{}",
        text(&out.stderr)
    );
}

/// `--sort FIELD[:desc]` on `list` and `search`, with the browser's keys:
/// records without the value last either way, ties in relevance order.
#[test]
fn sort_orders_list_and_search_by_the_browsers_keys() {
    let sorted_by = |args: &[&str], key: &str| -> Vec<(String, Option<String>)> {
        let fields = format!("id,{key}");
        let mut a = args.to_vec();
        a.extend(["--fields", &fields, "--format", "json"]);
        array(&a)
            .iter()
            .map(|v| {
                (
                    v["id"].as_str().unwrap().to_string(),
                    v[key.replace('-', "_").as_str()]
                        .as_str()
                        .map(str::to_string),
                )
            })
            .collect()
    };
    let check = |rows: &[(String, Option<String>)], desc: bool| {
        let given: Vec<&String> = rows.iter().filter_map(|r| r.1.as_ref()).collect();
        assert!(given.len() > 3, "{rows:?}");
        // Every value before every missing one.
        assert!(
            rows[..given.len()].iter().all(|r| r.1.is_some()),
            "{rows:?}"
        );
        for w in given.windows(2) {
            // ISO dates in full or in part sort as strings, a year before its months.
            assert!(if desc { w[0] >= w[1] } else { w[0] <= w[1] }, "{rows:?}");
        }
    };
    let agreements = ["list", "--kind", "agreement"];
    for key in ["in-force", "signed", "date"] {
        check(
            &sorted_by(&[&agreements[..], &["--sort", key]].concat(), key),
            false,
        );
        let desc = format!("{key}:desc");
        check(
            &sorted_by(&[&agreements[..], &["--sort", &desc]].concat(), key),
            true,
        );
    }
    let newest = sorted_by(
        &["list", "--kind", "agreement", "--sort", "in-force:desc"],
        "in_force",
    );
    let oldest = sorted_by(
        &["list", "--kind", "agreement", "--sort", "in_force"],
        "in_force",
    );
    assert_ne!(newest[0].0, oldest[0].0);
    // Titles: the short title in --lang, case and accents ignored.
    let titles: Vec<String> = array(&[
        "list", "--sort", "title", "--lang", "fr", "--format", "json",
    ])
    .iter()
    .map(|v| v["short"]["fr"].as_str().unwrap().to_lowercase())
    .collect();
    let folded: Vec<String> = titles.iter().map(|t| accords::search::fold(t)).collect();
    assert!(folded.windows(2).all(|w| w[0] <= w[1]), "{folded:?}");
    // search: relevance is its own order, reversed by :desc; another key
    // reorders the hits and keeps their scores.
    let hits = array(&["search", "defence", "--format", "json"]);
    let mut reversed = array(&[
        "search",
        "defence",
        "--sort",
        "relevance:desc",
        "--format",
        "json",
    ]);
    reversed.reverse();
    assert_eq!(hits, reversed);
    assert_eq!(
        hits,
        array(&[
            "search",
            "defence",
            "--sort",
            "relevance",
            "--format",
            "json"
        ])
    );
    let by_date = array(&[
        "search",
        "defence",
        "--sort",
        "date:desc",
        "--format",
        "json",
    ]);
    assert_eq!(by_date.len(), hits.len());
    assert_ne!(ids(&by_date), ids(&hits));
    for v in &by_date {
        let same = hits.iter().find(|h| h["id"] == v["id"]).unwrap();
        assert_eq!(v["score"], same["score"]);
    }
    let dates: Vec<&str> = by_date.iter().filter_map(|v| v["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    // The table and CSV follow it too.
    let table = ok(&["list", "--kind", "agreement", "--sort", "in-force:desc"]);
    assert!(
        table
            .lines()
            .nth(2)
            .unwrap()
            .starts_with(&format!("{} ", newest[0].0))
    );
    // Unknown keys and directions: exit 2, the keys listed, the closest one.
    let out = accords(&["list", "--sort", "titel"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("unknown sort field \"titel\" (one of: relevance, title, date, status, signed, in-force); did you mean \"title\"?"), "{err}");
    let out = accords(&["search", "x", "--sort", "date:up"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown sort direction \"up\""));
}

#[test]
fn list_markdown_is_a_table() {
    let all = array(&["list", "--kind", "commitment", "--format", "json"]);
    let out = ok(&["list", "--kind", "commitment", "--format", "md"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), all.len() + 2);
    assert_eq!(lines[0], "| id | kind | date | status | title | domains |");
    assert_eq!(lines[1], "|---|---|---|---|---|---|");
    for l in lines.iter().filter(|l| !l.starts_with("|---")) {
        assert!(l.starts_with("| ") && l.ends_with(" |"), "{l}");
        assert_eq!(l.matches(" | ").count(), 5, "{l}");
    }
}

#[test]
fn hostile_strings_are_sanitized_and_escaped_in_every_format() {
    let path = hostile_dataset();
    let data = path.display().to_string();
    let title = "Cross | servicing, \"ACSA\" *now* <b>x</b> \u{241b}[31mred 한국어";

    let v = array(&[
        "--data",
        &data,
        "list",
        "--kind",
        "agreement",
        "--format",
        "json",
        "--lang",
        "en",
    ]);
    assert_eq!(v[0]["title"]["en"], title);

    let out = ok(&[
        "--data",
        &data,
        "list",
        "--kind",
        "agreement",
        "--format",
        "csv",
        "--lang",
        "en",
    ]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[5], title);

    let md = ok(&[
        "--data",
        &data,
        "list",
        "--kind",
        "agreement",
        "--format",
        "md",
        "--lang",
        "en",
    ]);
    let row = md.lines().nth(2).unwrap();
    assert!(row.contains("Cross \\| servicing"), "{row}");
    assert!(row.contains("\\*now\\* \\<b\\>x\\</b\\>"), "{row}");
    assert_eq!(row.matches(" | ").count(), 5, "{row}");

    for width_line in ok(&["--data", &data, "list", "--lang", "en"]).lines() {
        assert!(width_line.width() <= 100, "{width_line}");
    }

    let doc = ok(&["--data", &data, "show", "acsa", "--lang", "en"]);
    assert!(doc.contains("\\# not a heading"), "{doc}");
    assert!(doc.contains("1\\. not a list"), "{doc}");
    for out in [
        md,
        doc,
        ok(&["--data", &data, "list"]),
        ok(&["--data", &data, "show", "acsa", "--format", "json"]),
    ] {
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    }
    let _ = std::fs::remove_file(path);
}

#[test]
fn every_list_format_agrees_on_an_empty_result() {
    let args = ["list", "--kind", "event", "--status", "signed"];
    let with = |f: &str| {
        let mut a = args.to_vec();
        a.extend(["--format", f]);
        ok(&a)
    };
    assert_eq!(
        json(&{
            let mut a = args.to_vec();
            a.extend(["--format", "json"]);
            a
        }),
        Value::Array(vec![])
    );
    assert_eq!(
        with("csv"),
        "id,kind,date,status,form,title,domains,parties,canada-e,cts,unts,kr-treaty,sources,url\n"
    );
    assert_eq!(with("md").lines().count(), 2);
    assert_eq!(with("table").lines().count(), 2);
}

// --- search ----------------------------------------------------------------

#[test]
fn search_ranks_like_the_browser() {
    let hits = array(&["search", "gsoia", "--format", "json"]);
    assert_eq!(hits[0]["id"], "gsoia");
    assert!(hits.len() > 1);
    // Score descending; equal scores in list order.
    let order = ids(&array(&["list", "--format", "json"]));
    let pos = |id: &str| order.iter().position(|o| o == id).unwrap();
    for w in hits.windows(2) {
        let (a, b) = (
            w[0]["score"].as_u64().unwrap(),
            w[1]["score"].as_u64().unwrap(),
        );
        assert!(
            a > b
                || (a == b
                    && pos(w[0]["id"].as_str().unwrap()) < pos(w[1]["id"].as_str().unwrap())),
            "{} then {}",
            w[0]["id"],
            w[1]["id"]
        );
    }
    // Accents, case, prefixes, several words, aliases.
    assert_eq!(
        array(&["search", "GSOIA", "--format", "json"])[0]["id"],
        "gsoia"
    );
    assert_eq!(
        array(&["search", "protec", "classif", "--format", "json"])[0]["id"],
        "gsoia"
    );
    assert_eq!(
        ids(&array(&["search", "défense", "--format", "json"])),
        ids(&array(&["search", "DEFENSE", "--format", "json"]))
    );
}

#[test]
fn search_applies_the_filters_and_every_format() {
    for v in array(&["search", "gsoia", "--kind", "event", "--format", "json"]) {
        assert_eq!(v["kind"], "event");
    }
    for v in array(&[
        "search",
        "defence",
        "--status",
        "announced",
        "--party",
        "korea",
        "--format",
        "json",
    ]) {
        assert_eq!(v["status"], "announced");
        assert!(strs(&v["parties"]).contains(&"kr"));
    }
    let n = array(&["search", "gsoia", "--format", "json"]).len();
    let table = ok(&["search", "gsoia"]);
    assert_eq!(table.lines().count(), n + 2);
    assert!(table.lines().nth(2).unwrap().starts_with("gsoia "));
    let csv_out = ok(&["search", "gsoia", "--format", "csv"]);
    assert_eq!(
        csv::Reader::from_reader(csv_out.as_bytes())
            .records()
            .count(),
        n
    );
    assert_eq!(
        ok(&["search", "gsoia", "--format", "md"]).lines().count(),
        n + 2
    );
}

/// As grep: 1 when nothing matches (the empty output is still printed), 0
/// when something does; a filter that removes every hit is "nothing".
#[test]
fn search_exits_1_when_nothing_matches() {
    for (args, code, stdout) in [
        (&["search", "zzzzqqq", "--format", "json"][..], 1, "[]\n"),
        (
            &["search", "zzzzqqq", "--format", "csv"],
            1,
            "id,kind,date,status,form,title,domains,parties,canada-e,cts,unts,kr-treaty,sources,url,score\n",
        ),
        (
            &["search", "gsoia", "--kind", "event", "--status", "in-force"],
            1,
            "",
        ),
        (&["search", "gsoia", "--format", "json"], 0, ""),
    ] {
        let out = accords(args);
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        assert!(text(&out.stdout).starts_with(stdout), "{args:?}");
        assert!(out.stderr.is_empty(), "{args:?}: {}", text(&out.stderr));
    }
    let out = accords(&["search", "zzzzqqq"]);
    assert_eq!(text(&out.stdout).lines().count(), 2, "header and rule");
    let help = ok(&["search", "--help"]);
    assert!(help.contains("1 when none does"), "{help}");
    assert!(ok(&["--help"]).contains("`search` matched nothing"));
}

// --- show ------------------------------------------------------------------

#[test]
fn show_json_has_every_field() {
    let v = json(&["show", "gsoia", "--format", "json"]);
    assert_eq!(v["id"], "gsoia");
    assert_eq!(v["kind"], "agreement");
    assert_eq!(v["status"], "signed");
    assert_eq!(v["title"]["native"], "군사·국방 비밀정보보호 협정");
    let history = v["history"].as_array().unwrap();
    assert_eq!(history.len(), 4);
    assert_eq!(history[3]["date"], "2026-02-25");
    assert_eq!(history[3]["status"], "signed");
    assert_eq!(history[0]["status"], "negotiations-launched");
    // Each named step's date, with the ids of the sources that back it.
    assert_eq!(v["dates"]["signed"]["date"], "2026-02-25");
    assert_eq!(
        strs(&v["dates"]["signed"]["sources"]),
        [
            "src-qazinform-2026-02-26",
            "src-gac-2plus2-2026",
            "src-korea-herald-2plus2-2026",
            "src-jurist-2plus2-2026"
        ]
    );
    assert_eq!(v["dates"]["approved"]["date"], "2026-01-27");
    let steps: Vec<&String> = v["dates"].as_object().unwrap().keys().collect();
    assert_eq!(steps.len(), 2, "{steps:?}");
    assert!(v["dates"].get("in_force").is_none());
    // The dates are not repeated as text among the fields.
    assert!(v["fields"].get("signed").is_none(), "{}", v["fields"]);
    assert_eq!(v["fields"]["form"]["en"], "treaty");
    assert_eq!(v["numbers"], serde_json::json!([]));
    assert!(strs(&v["aliases"]).contains(&"GSOIA"));
    assert_eq!(v["summary"].as_array().unwrap().len(), 4);
    assert_eq!(v["caveats"][0]["level"], "unsure");
    assert_eq!(v["caveats"][0]["field"], "title");
    let links = v["links"].as_array().unwrap();
    let sdcp = links
        .iter()
        .find(|l| l["id"] == "csp-2022")
        .expect("link to the partnership");
    assert_eq!(sdcp["rel"], "partnership");
    assert!(
        sdcp["title"]["en"]
            .as_str()
            .unwrap()
            .contains("Partnership")
    );
    // The sources in full, in the record's order.
    let sources = v["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 14);
    assert!(v.get("source_details").is_none());
    let qazinform = &sources[7];
    assert_eq!(qazinform["id"], "src-qazinform-2026-02-26");
    assert_eq!(
        qazinform["title"],
        "Canada and South Korea sign defense information agreement"
    );
    assert_eq!(qazinform["publisher"], "Kazinform (Qazinform News Agency)");
    assert_eq!(qazinform["date"], "2026-02-26");
    assert_eq!(qazinform["lang"], "en");
    assert!(
        qazinform["url"]
            .as_str()
            .unwrap()
            .starts_with("https://qazinform.com/")
    );
    assert!(qazinform["note"]["fr"].is_string());
    assert!(qazinform["note"]["en"].is_string());
    // No note: no key.
    assert_eq!(sources[0]["id"], "src-js-2025-fr");
    assert_eq!(sources[0]["lang"], "fr");
    assert!(sources[0].get("note").is_none(), "{}", sources[0]);
    // A source without an address.
    assert_eq!(sources[12]["id"], "src-korea-herald-2plus2-2026");
    assert!(sources[12]["url"].is_null());
    assert_eq!(strs(&v["parties"]), ["ca", "kr"]);
    assert_eq!(v["party_details"][1]["name"]["en"], "Republic of Korea");
}

/// Registry numbers in `show`, `list` and `search`, in every format.
#[test]
fn registry_numbers_are_shown_and_listed() {
    let v = json(&["show", "tax-1978", "--format", "json"]);
    assert_eq!(
        v["numbers"],
        serde_json::json!([
            {"system": "canada-e", "value": "E102303"},
            {"system": "cts", "value": "1980 No. 27"}
        ])
    );
    assert!(v["fields"].get("cts").is_none(), "{}", v["fields"]);
    let md = ok(&["show", "tax-1978", "--lang", "en"]);
    assert!(md.contains("| E-number (Canada) | E102303 |"), "{md}");
    assert!(md.contains("| CTS | 1980 No. 27 |"), "{md}");
    let items = array(&["list", "--kind", "agreement", "--format", "json"]);
    let tax = items.iter().find(|v| v["id"] == "tax-1978").unwrap();
    assert_eq!(tax["numbers"], v["numbers"]);
    let gsoia = items.iter().find(|v| v["id"] == "gsoia").unwrap();
    assert_eq!(gsoia["numbers"], serde_json::json!([]));
    // Search prints the same objects.
    let hits = array(&["search", "E102303", "--format", "json"]);
    assert_eq!(hits[0]["id"], "tax-1978");
    assert_eq!(hits[0]["numbers"], v["numbers"]);
    // CSV: one column per register, the number as the register writes it.
    let out = ok(&["list", "--kind", "agreement", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header[8..12], ["canada-e", "cts", "unts", "kr-treaty"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let tax = rows.iter().find(|r| &r[0] == "tax-1978").unwrap();
    assert_eq!(
        (&tax[8], &tax[9], &tax[10], &tax[11]),
        ("E102303", "1980 No. 27", "", "")
    );
    // Markdown: the numbers as cited, in the language asked for.
    let md = ok(&[
        "list",
        "--kind",
        "agreement",
        "--format",
        "md",
        "--lang",
        "fr",
    ]);
    assert!(
        md.starts_with("| id | type | date | statut | titre | domaines | numéros |\n"),
        "{md}"
    );
    assert!(md.contains("| E102303 · RTC 1980 n° 27 |"), "{md}");
    // Without numbers in the rows, no column.
    let md = ok(&["list", "--kind", "event", "--format", "md"]);
    assert!(!md.contains("numbers"), "{md}");
}

#[test]
fn show_markdown_in_one_language_or_both() {
    let both = ok(&["show", "gsoia"]);
    assert!(both.starts_with("# `gsoia`\n"), "{both}");
    let fr_at = both.find("\n## Français\n").expect("French section");
    let en_at = both.find("\n## English\n").expect("English section");
    assert!(fr_at < en_at);
    for needle in [
        "Accord sur la protection des informations classifiées",
        "Agreement on the Protection of Military and Defence Classified Information",
        "#### Historique",
        "#### History",
        "- **2026-02-25** — signed",
        // Each date and history step names its sources by their number
        // in the Sources section, as the browser's detail view does.
        "| Signed | 2026-02-25 [8][12][13][14] |",
        "| Signé le | 2026-02-25 [8][12][13][14] |",
        "| Approved | 2026-01-27 [11] |",
        "— signed — Signed in Ottawa at the second 2+2 ministerial meeting. [8][12][13][14]\n",
        "8. `src-qazinform-2026-02-26` — Canada and South Korea sign defense information agreement",
        "#### Certainty",
        "`sdcp-2025`",
        "## Sources",
        "`src-yonhap-2026-01-27`",
    ] {
        assert!(both.contains(needle), "lacks {needle}:\n{both}");
    }
    let en = ok(&["show", "gsoia", "--lang", "en"]);
    assert!(en.starts_with("# Agreement on the Protection"), "{en}");
    assert!(!en.contains("Français") && !en.contains("Historique"));
    assert!(en.contains("## History") && en.contains("## Sources"));
    let fr = ok(&["show", "gsoia", "--lang", "fr"]);
    assert!(fr.starts_with("# Accord sur la protection"), "{fr}");
    assert!(!fr.contains("## History"));
    // The global --lang picks one language too.
    assert_eq!(ok(&["--lang", "fr", "show", "gsoia"]), fr);
    // Every kind of record shows.
    for id in ["sdcp-2025", "cm-js-roadmap", "ev-2025-10-30-gyeongju"] {
        assert!(ok(&["show", id]).contains(&format!("# `{id}`")));
        assert_eq!(json(&["show", id, "--format", "json"])["id"], id);
    }
}

/// `show` takes an id in any case, an alias or a registry number when it
/// names one record; the record's events, which carry its aliases, give
/// way to it.
#[test]
fn show_finds_a_record_by_id_in_any_case_alias_or_number() {
    for (name, id) in [
        ("GSOIA", "gsoia"),
        ("Gsoia", "gsoia"),
        ("CKFTA", "ckfta"),
        ("ALECC", "ckfta"),
        ("EV-2023-04-GSOIA-TALKS", "ev-2023-04-gsoia-talks"),
    ] {
        assert_eq!(
            json(&["show", name, "--format", "json"])["id"],
            id,
            "{name}"
        );
    }
    let by_number = json(&["show", "E100527", "--format", "json"]);
    let numbers = by_number["numbers"].as_array().unwrap();
    assert!(
        numbers.iter().any(|n| n["value"] == "E100527"),
        "{by_number}"
    );
    let id = by_number["id"].as_str().unwrap();
    for name in ["e100527", "CTS 1966 No. 26", "RTC 1966 n° 26"] {
        assert_eq!(
            json(&["show", name, "--format", "json"])["id"],
            id,
            "{name}"
        );
    }
    assert_eq!(
        ok(&["show", "GSOIA", "--lang", "en"]),
        ok(&["show", "gsoia", "--lang", "en"])
    );
}

/// An alias several records share: exit 1, their ids and titles listed,
/// nothing on stdout.
#[test]
fn show_an_ambiguous_alias_lists_the_records_it_names() {
    let out = accords(&["show", "CSP"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    assert!(
        err.starts_with("accords: \"CSP\" names 3 records; give one of their ids:\n"),
        "{err}"
    );
    for id in [
        "csp-2022",
        "csp-action-plan-2024",
        "cm-2026-csp-action-plan-update",
    ] {
        assert!(err.contains(&format!("\n  {id} ")), "{id}: {err}");
    }
    assert!(err.contains("Comprehensive Strategic Partnership"), "{err}");
    let out = accords(&["show", "mou", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("\"mou\" names "));
}

#[test]
fn show_unknown_id_exits_1_with_suggestions() {
    let out = accords(&["show", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    assert!(
        err.contains("no record has the id, alias or registry number \"nope\""),
        "{err}"
    );
    assert!(err.contains("accords search nope"), "{err}");

    let out = accords(&["show", "gsoi"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("did you mean: gsoia"), "{err}");
    let err = text(&accords(&["show", "gsioa"]).stderr);
    assert!(err.contains("did you mean: gsoia"), "{err}");
}

// --- loading ----------------------------------------------------------------

#[test]
fn bad_data_is_reported_like_the_browser_does() {
    for cmd in [&["list"][..], &["search", "x"], &["show", "x"]] {
        let path = fixture("syntax-error.ron");
        let mut args = vec!["--data", path.as_str()];
        args.extend_from_slice(cmd);
        let out = accords(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(out.stdout.is_empty());
        let err = text(&out.stderr);
        assert!(err.contains(&format!("{path}:3:")), "{err}");

        let mut args = vec!["--data", "/nonexistent/file.ron"];
        args.extend_from_slice(cmd);
        assert_eq!(accords(&args).status.code(), Some(2), "{args:?}");
    }
    // A valid file given with --data is used.
    let v = array(&[
        "--data",
        &fixture("minimal.ron"),
        "list",
        "--format",
        "json",
    ]);
    assert_eq!(ids(&v), ["pe-2023", "acsa", "cm-space", "ev-2023-05-03"]);
    // The data option works after the command as well.
    let v = array(&[
        "list",
        "--data",
        &fixture("minimal.ron"),
        "--format",
        "json",
    ]);
    assert_eq!(v.len(), 4);
}

// --- completions, man, help -------------------------------------------------

#[test]
fn completions_for_every_shell() {
    let bash = ok(&["completions", "bash"]);
    assert!(bash.contains("accords"));
    assert!(bash.contains("search") && bash.contains("--format"));
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        assert!(ok(&["completions", shell]).contains("accords"), "{shell}");
    }
    assert_eq!(accords(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn man_pages_render() {
    let main = ok(&["man"]);
    assert!(main.contains(".TH"), "{main}");
    assert!(main.contains("accords\\-list(1)"), "{main}");
    for cmd in [
        "list",
        "search",
        "show",
        "open",
        "check",
        "completions",
        "man",
    ] {
        let page = ok(&["man", cmd]);
        assert!(page.contains(&format!(".TH accords-{cmd} 1")), "{page}");
    }
    assert!(ok(&["man", "list"]).contains("\\-\\-status"));
}

#[test]
fn help_documents_every_command_and_option() {
    let main = ok(&["--help"]);
    for needle in [
        "list",
        "search",
        "show",
        "open",
        "completions",
        "man",
        "Examples",
        "Exit codes",
    ] {
        assert!(main.contains(needle), "--help lacks {needle}");
    }
    let filters = [
        "--kind", "--domain", "--status", "--party", "--format", "--lang", "--data", "Examples",
    ];
    for cmd in ["list", "search"] {
        let help = ok(&[cmd, "--help"]);
        for needle in filters {
            assert!(
                help.contains(needle),
                "{cmd} --help lacks {needle}:\n{help}"
            );
        }
        for format in ["table", "json", "csv", "tsv", "md"] {
            assert!(help.contains(format), "{cmd} --help lacks {format}");
        }
    }
    let open = ok(&["open", "--help"]);
    for needle in [
        "<ID>", "--source", "$BROWSER", "xdg-open", "exit", "Examples",
    ] {
        assert!(open.contains(needle), "open --help lacks {needle}:\n{open}");
    }
    let show = ok(&["show", "--help"]);
    for needle in [
        "<ID>", "--lang", "both", "--format", "md", "json", "Examples",
    ] {
        assert!(show.contains(needle), "show --help lacks {needle}:\n{show}");
    }
    for cmd in ["completions", "man"] {
        assert!(ok(&[cmd, "--help"]).contains("Examples"), "{cmd}");
    }
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("accords-cfg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn config_default_is_a_file_that_changes_nothing() {
    let text = ok(&["config", "--default"]);
    assert!(text.contains("\"list.open\":"), "{text}");
    let p = temp_file("default.ron", &text);
    let shown = ok(&["config", "--config", p.to_str().unwrap()]);
    assert!(shown.contains("keys:        defaults"), "{shown}");
    assert!(shown.contains("mouse:       on"), "{shown}");
}

#[test]
fn config_shows_what_the_file_sets_and_the_command_line_wins() {
    let p = temp_file(
        "set.ron",
        "(lang: \"fr\", theme: \"light\", mouse: false, keys: {\"list.open\": [\"o\", \"Enter\"]})",
    );
    let f = p.to_str().unwrap();
    let shown = ok(&["config", "--config", f]);
    for want in [
        "language:    fr",
        "theme:       light",
        "mouse:       off",
        "keys:        1 changed",
        "  list.open: [o, Enter]",
    ] {
        assert!(shown.contains(want), "{want} in\n{shown}");
    }
    // The configured language applies to the reports; --lang wins over it.
    let table = ok(&["list", "--kind", "agreement", "--config", f]);
    assert!(table.contains("accord"), "{table}");
    let table = ok(&["--lang", "en", "list", "--kind", "agreement", "--config", f]);
    assert!(table.contains("agreement"), "{table}");
    let shown = ok(&["config", "--no-config"]);
    assert!(shown.contains("none (--no-config)"), "{shown}");
}

#[test]
fn config_reports_every_problem_and_exits_1() {
    let p = temp_file(
        "bad.ron",
        "(theme: \"neon\", keys: {\"list.opne\": [\"o\"], \"list.open\": [\"q\"]})",
    );
    let out = accords(&["config", "--config", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("theme: \"neon\""), "{err}");
    assert!(err.contains("unknown binding \"list.opne\""), "{err}");
    assert!(
        err.contains(
            "\"q\" runs list.open in the list context; elsewhere it still runs global.quit"
        ),
        "{err}"
    );
    let p = temp_file("broken.ron", "(\n  lang: fr,\n)");
    let out = accords(&["config", "--config", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("broken.ron:2:"), "{err}");
    let out = accords(&["config", "--config", "/nonexistent/c.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no such file"));
}

/// `list --format csv` puts a `'` before a cell a spreadsheet would run as
/// a formula (OWASP); JSON and Markdown print the text as written.
#[test]
fn list_csv_neutralises_formulas() {
    let formula = "=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")";
    let plain = "=HYPERLINK(\"http://evil.example\",\"x\")";
    let base = std::fs::read_to_string(fixture("minimal.ron")).unwrap();
    let text = base
        .replace("en: \"Space dialogue\"", &format!("en: \"{formula}\""))
        .replace("id: \"cm-space\"", "id: \"-cm-space\"")
        .replace("\"cm-space\"", "\"-cm-space\"");
    assert_ne!(base, text, "the fixture changed; update this test");
    let path = std::env::temp_dir().join(format!("accords-formula-{}.ron", std::process::id()));
    std::fs::write(&path, &text).unwrap();
    let data = path.to_str().unwrap();
    let out = ok(&["list", "--data", data, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = rows
        .iter()
        .find(|r| r[5].contains("HYPERLINK"))
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(&row[5], format!("'{plain}"));
    assert_eq!(&row[0], "'-cm-space");
    let json = array(&["list", "--data", data, "--format", "json"]);
    assert!(json.iter().any(|r| r["title"]["en"] == plain), "{json:?}");
    assert!(json.iter().any(|r| r["id"] == "-cm-space"));
    let _ = std::fs::remove_file(&path);
}

// --- open -------------------------------------------------------------------

/// A directory holding a `browser` script that writes the address it is
/// given to `opened`.
fn browser_dir(name: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("accords-open-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("browser");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s' \"$1\" > {}/opened.tmp && /bin/mv {0}/opened.tmp {0}/opened\n",
            dir.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

fn open_with(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accords"))
        .args(args)
        .env("LANG", "C")
        .env("XDG_CONFIG_HOME", "/nonexistent-accords-test")
        .env("BROWSER", dir.join("browser"))
        // No xdg-open or open to fall back on.
        .env("PATH", dir)
        .output()
        .expect("binary runs")
}

fn opened(dir: &std::path::Path) -> String {
    let file = dir.join("opened");
    let start = std::time::Instant::now();
    while !file.exists() && start.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::fs::read_to_string(file).expect("the browser ran")
}

#[test]
fn open_starts_the_browser_on_the_source_and_prints_its_address() {
    let dir = browser_dir("ok");
    let all = json(&["show", "gsoia", "--format", "json"]);
    // The first source by default.
    let out = open_with(&dir, &["open", "gsoia"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let first = all["sources"][0]["url"].as_str().unwrap();
    assert_eq!(text(&out.stdout), format!("{first}\n"));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    assert_eq!(opened(&dir), first);
    // --source N: as `show` numbers them, from 1.
    std::fs::remove_file(dir.join("opened")).unwrap();
    let out = open_with(&dir, &["open", "gsoia", "--source", "8"]);
    assert_eq!(out.status.code(), Some(0));
    let eighth = all["sources"][7]["url"].as_str().unwrap();
    assert!(eighth.starts_with("https://qazinform.com/"));
    assert_eq!(text(&out.stdout), format!("{eighth}\n"));
    assert_eq!(opened(&dir), eighth);
    // An alias, in any case, as `show` takes it.
    std::fs::remove_file(dir.join("opened")).unwrap();
    let out = open_with(&dir, &["open", "GSOIA", "--source", "8"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{eighth}\n"));
    assert_eq!(opened(&dir), eighth);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn open_prints_the_address_when_no_browser_starts() {
    let dir = browser_dir("none");
    std::fs::remove_file(dir.join("browser")).unwrap();
    let out = open_with(&dir, &["open", "gsoia", "--source", "8"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("https://qazinform.com/"));
    let err = text(&out.stderr);
    assert!(err.contains("no browser could be started"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn open_refuses_what_it_cannot_open() {
    let dir = browser_dir("refused");
    let cases: [(&[&str], i32, &str); 6] = [
        (
            &["open", "nope"],
            1,
            "no record has the id, alias or registry number \"nope\"",
        ),
        (&["open", "CSP"], 1, "\"CSP\" names 3 records"),
        (
            &["open", "gsoia", "--source", "15"],
            1,
            "gsoia has 14 source(s); there is no source 15",
        ),
        (
            &["open", "gsoia", "--source", "13"],
            1,
            "source 13 of gsoia (src-korea-herald-2plus2-2026) has no address: No public copy",
        ),
        (&["open", "gsoia", "--source", "0"], 2, "--source"),
        (&["open"], 2, "<ID>"),
    ];
    for (args, code, needle) in cases {
        let out = open_with(&dir, args);
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    // A source whose address is not http(s).
    let base = std::fs::read_to_string(fixture("minimal.ron")).unwrap();
    let data = base.replace(
        "url: \"https://www.example.org/declaration-conjointe\"",
        "url: \"file:///etc/passwd\"",
    );
    assert_ne!(base, data, "the fixture changed; update this test");
    let path = dir.join("scheme.ron");
    std::fs::write(&path, data).unwrap();
    let out = open_with(&dir, &["--data", path.to_str().unwrap(), "open", "acsa"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    assert!(
        err.contains("\"file:///etc/passwd\", which is not http(s)"),
        "{err}"
    );
    assert!(!dir.join("opened").exists(), "nothing was opened");
    let _ = std::fs::remove_dir_all(&dir);
}
