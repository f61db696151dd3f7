//! One selection for the browser and the command line: the same filters
//! give the same records in the browser (`App`, headless, its tabs) and in
//! `accords list --format json`, on the corpus and on generated data. The
//! owner's-parties rule (a commitment naming no party counts for its
//! owner's parties) holds on both sides.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use accords::app::{App, TABS, TIMELINE_TAB};
use accords::catalog::{Catalog, Kind, Row};
use accords::model::{Dataset, Domain, Lang, Status};
use accords::query::Filters;

/// The ids `accords list` prints for `args` (after `--format json`).
fn cli_ids(data: Option<&Path>, args: &[&str]) -> Vec<String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_accords"));
    if let Some(d) = data {
        cmd.arg("--data").arg(d);
    }
    let out = cmd
        .arg("list")
        .args(args)
        .args(["--format", "json"])
        .env("LANG", "C")
        .env("XDG_CONFIG_HOME", "/nonexistent-accords-test")
        .output()
        .expect("binary runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

/// The ids the browser shows on the tab of `kind` (on the timeline, the
/// events: its status changes are not records of the tab).
fn browser_ids(app: &App, kind: Kind) -> Vec<String> {
    let t = TABS.iter().position(|&k| k == kind).unwrap();
    let rows = &app.results[t];
    let mut ids: Vec<String> = rows
        .iter()
        .filter_map(|row| match *row {
            Row::Record(i) => Some(i),
            Row::Entry(e) if app.catalog.timeline[e].change.is_none() => {
                Some(app.catalog.timeline[e].record)
            }
            _ => None,
        })
        .map(|i| app.catalog.records[i].id.clone())
        .collect();
    if t == TIMELINE_TAB {
        // The timeline is in date order, `list` in catalog order: compare
        // the events, not their order.
        ids.sort();
    }
    ids
}

fn party(c: &Catalog, id: &str) -> usize {
    c.parties.iter().position(|p| p.id == id).unwrap()
}

/// Runs each case through the browser and the command line and compares
/// the ids, tab by tab.
fn compare(data: Option<&Path>, catalog: Catalog, cases: &[(Filters, Vec<String>)]) {
    for (filters, args) in cases {
        let app = App::new(catalog.clone(), Lang::En, BTreeSet::new())
            .with_filters(filters.clone(), None);
        for kind in Kind::ALL {
            let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
            args.extend(["--kind", kind.label(Lang::En)]);
            let mut cli = cli_ids(data, &args);
            if kind == Kind::Event {
                cli.sort();
            }
            assert_eq!(browser_ids(&app, kind), cli, "{args:?}");
        }
    }
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_browser_and_list_select_the_same_records_on_the_corpus() {
    let catalog = Catalog::new(
        accords::pipeline::check_dataset(None, accords::load::DEFAULT_MAX_SIZE)
            .dataset
            .unwrap(),
    );
    let kr = party(&catalog, "kr");
    let qc = party(&catalog, "qc");
    let cases = vec![
        (Filters::default(), vec![]),
        (
            Filters {
                parties: [kr].into(),
                ..Filters::default()
            },
            strings(&["--party", "kr"]),
        ),
        (
            Filters {
                parties: [qc].into(),
                ..Filters::default()
            },
            strings(&["--party", "quebec"]),
        ),
        (
            Filters {
                domains: [Domain::Defence, Domain::Cyber].into(),
                statuses: vec![Status::Announced, Status::Signed],
                ..Filters::default()
            },
            strings(&[
                "--domain",
                "defence",
                "--domain",
                "cyber",
                "--status",
                "announced",
                "--status",
                "signed",
            ]),
        ),
        (
            Filters {
                parties: [kr].into(),
                from_year: Some(2020),
                to_year: Some(2025),
                ..Filters::default()
            },
            strings(&["--party", "korea", "--since", "2020", "--until", "2025"]),
        ),
    ];
    // The rule the two share: Korea's commitments include those that
    // name no party of their own (31 on the corpus when this was written).
    let korea = cli_ids(None, &["--party", "kr", "--kind", "commitment"]);
    assert!(korea.len() > 20, "{}", korea.len());
    let unnamed = korea
        .iter()
        .filter(|id| catalog.records[catalog.get(id).unwrap()].parties.is_empty())
        .count();
    assert!(unnamed > 0);
    compare(None, catalog, &cases);
}

fn ron_file(d: &Dataset, name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!(
        "accords-one-query-{name}-{}.ron",
        std::process::id()
    ));
    std::fs::write(&path, ron::to_string(d).unwrap()).unwrap();
    path
}

#[test]
fn the_browser_and_list_select_the_same_records_on_generated_data() {
    let d = accords_synth::generate(1_500, 7);
    let path = ron_file(&d, "synth");
    let catalog = Catalog::new(d);
    // Commitments naming no party are there to exercise the owner's rule.
    assert!(
        catalog
            .records
            .iter()
            .any(|r| r.kind == Kind::Commitment && r.parties.is_empty())
    );
    let mut cases = vec![(Filters::default(), vec![])];
    for p in &catalog.parties {
        let i = party(&catalog, &p.id);
        cases.push((
            Filters {
                parties: [i].into(),
                ..Filters::default()
            },
            strings(&["--party", &p.id]),
        ));
    }
    cases.push((
        Filters {
            domains: [Domain::Trade].into(),
            from_year: Some(2010),
            ..Filters::default()
        },
        strings(&["--domain", "trade", "--since", "2010"]),
    ));
    compare(Some(&path), catalog, &cases);
    let _ = std::fs::remove_file(&path);
}

/// `--kind` picks the tab the browser opens on; the filters are on.
#[test]
fn the_browser_opens_on_the_kind_and_filters_given() {
    use clap::Parser;
    let args = accords::cli::Cli::try_parse_from([
        "accords",
        "--kind",
        "commitment",
        "--party",
        "korea",
        "--status",
        "announced",
    ])
    .unwrap();
    let catalog = Catalog::new(
        accords::pipeline::check_dataset(None, accords::load::DEFAULT_MAX_SIZE)
            .dataset
            .unwrap(),
    );
    let (kind, filters) = args.filters.resolve(&catalog).unwrap();
    assert_eq!(kind, Some(Kind::Commitment));
    let app = App::new(catalog, Lang::En, BTreeSet::new()).with_filters(filters, kind);
    assert_eq!(TABS[app.tab], Kind::Commitment);
    assert_eq!(app.filters.statuses, [Status::Announced]);
    assert_eq!(app.filter_chips(), ["announced", "Korea"]);
    let shown = browser_ids(&app, Kind::Commitment);
    assert!(!shown.is_empty());
    assert_eq!(
        shown,
        cli_ids(
            None,
            &[
                "--kind",
                "commitment",
                "--party",
                "korea",
                "--status",
                "announced"
            ]
        )
    );
}
