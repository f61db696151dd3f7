//! Criterion benchmarks: load + validate + index (from text, and from a file
//! through the fast reader), the index build alone, search per query,
//! typing a query one key at a time, and one frame of each view. Sizes
//! default to 1k and 10k records; set
//! ACCORDS_BENCH_SIZES=1000,10000,100000,250000 for the large ones (they
//! take minutes). The per-keystroke percentiles,
//! memory and the fzf comparison come from `examples/perf.rs` and
//! `scripts/perf.sh` (see docs/performance.md).

use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::Path;

use accords::app::{Action, App};
use accords::catalog::Catalog;
use accords::model::Lang;
use accords::search::{Query, SearchIndex};
use accords::ui::{self, Theme};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const QUERIES: [&str; 4] = ["cyber", "défense ind", "protection info classif", "gsoia"];

/// Looked up too (not typed): a joined token, a place, a participant's name.
const MORE_QUERIES: [&str; 3] = ["2+2", "seoul", "kim"];

fn sizes() -> Vec<usize> {
    std::env::var("ACCORDS_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000])
}

fn ron_text(n: usize) -> String {
    ron::to_string(&accords_synth::generate(n, 42)).unwrap()
}

/// The browser's whole start-up path on text already in memory.
fn load(text: &str) -> App {
    let mut data = accords::load::parse(Path::new("bench.ron"), text).unwrap();
    accords::sanitize::dataset(&mut data);
    let diags = accords::validate::validate(&data);
    assert!(diags.is_empty());
    App::new(Catalog::new(data), Lang::Fr, BTreeSet::new())
}

fn bench_load(c: &mut Criterion) {
    let mut g = c.benchmark_group("load");
    g.sample_size(10);
    for n in sizes() {
        let text = ron_text(n);
        g.bench_with_input(BenchmarkId::new("ron_from_str", n), &text, |b, t| {
            b.iter(|| {
                black_box(
                    accords::load::ron_options()
                        .from_str::<accords::model::Dataset>(t)
                        .unwrap(),
                )
            })
        });
        g.bench_with_input(BenchmarkId::new("load_validate_index", n), &text, |b, t| {
            b.iter(|| black_box(load(t)))
        });
        // The browser's own path from a file: the fast reader, checks,
        // catalog and index (`pipeline::open` + `App::new`).
        let file =
            std::env::temp_dir().join(format!("accords-bench-{}-{n}.ron", std::process::id()));
        std::fs::write(&file, &text).unwrap();
        g.bench_with_input(BenchmarkId::new("open_file", n), &file, |b, f| {
            b.iter(|| {
                let progress = accords::pipeline::Progress::silent();
                let catalog = accords::pipeline::open(Some(f), u64::MAX, &progress).unwrap();
                black_box(App::new(catalog, Lang::Fr, BTreeSet::new()))
            })
        });
        let _ = std::fs::remove_file(&file);
    }
    g.finish();
}

fn bench_search(c: &mut Criterion) {
    let mut g = c.benchmark_group("search");
    for n in sizes() {
        let catalog = Catalog::new(accords_synth::generate(n, 42));
        let index = SearchIndex::new(&catalog);
        index.warm();
        for q in QUERIES.into_iter().chain(MORE_QUERIES) {
            let query = Query::parse(q);
            // Each lookup from scratch: the cache of recent words forgotten.
            g.bench_with_input(BenchmarkId::new(q, n), &query, |b, query| {
                b.iter(|| {
                    index.forget();
                    black_box(index.search(query))
                })
            });
        }
    }
    g.finish();
}

/// The index alone, built from a catalog (on every core).
fn bench_index(c: &mut Criterion) {
    let mut g = c.benchmark_group("index");
    g.sample_size(10);
    for n in sizes() {
        let catalog = Catalog::new(accords_synth::generate(n, 42));
        g.bench_with_input(BenchmarkId::new("build", n), &catalog, |b, catalog| {
            b.iter(|| black_box(SearchIndex::new(catalog)))
        });
    }
    g.finish();
}

fn bench_typing(c: &mut Criterion) {
    let mut g = c.benchmark_group("typing");
    for n in sizes() {
        let text = ron_text(n);
        let mut app = load(&text);
        app.update(Action::Resize(120, 40));
        for q in QUERIES {
            // One iteration types the whole query, one key (update) at a time.
            g.bench_with_input(BenchmarkId::new(q, n), &q, |b, q| {
                b.iter(|| {
                    app.update(Action::StartSearch);
                    for ch in q.chars() {
                        app.update(Action::SearchInput(ch));
                    }
                    app.update(Action::CancelSearch);
                })
            });
        }
    }
    g.finish();
}

fn bench_render(c: &mut Criterion) {
    let mut g = c.benchmark_group("frame");
    let theme = Theme::color();
    for n in sizes() {
        let text = ron_text(n);
        let mut app = load(&text);
        app.update(Action::Resize(120, 40));
        let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let views: [(&str, &[Action]); 4] = [
            ("list", &[]),
            (
                "search",
                &[
                    Action::StartSearch,
                    Action::SearchInput('c'),
                    Action::SearchInput('y'),
                ],
            ),
            (
                "detail",
                &[Action::CancelSearch, Action::GoTab(1), Action::Open],
            ),
            ("help", &[Action::ToggleHelp]),
        ];
        for (name, actions) in views {
            for a in actions.iter() {
                app.update(a.clone());
            }
            g.bench_function(BenchmarkId::new(name, n), |b| {
                b.iter(|| term.draw(|f| ui::draw(f, &app, &theme)).unwrap().area)
            });
        }
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_load,
    bench_index,
    bench_search,
    bench_typing,
    bench_render
);
criterion_main!(benches);
