//! Measurements behind docs/performance.md, one process per measurement so
//! peak memory (VmHWM) belongs to what is measured.
//!
//! ```text
//! perf ron   FILE           ron::from_str alone: ms and peak memory
//! perf fast  FILE           the fast reader alone (`fastload::read`: parse
//!                           and sanitize)
//! perf load  FILE           the browser's start: read, parse, sanitize, validate,
//!                           catalog, index (`pipeline::open` + `App::new`)
//! perf keys  FILE [W H]     type each query one key at a time, ranking on the
//!                           search worker: per-keystroke latency to ranked rows
//!                           on screen (median/p95/max) and the interface
//!                           thread's longest busy step (ui_p95/ui_max)
//! perf split FILE           per prefix typed: index lookup, update, frame
//! perf stages FILE          the browser's load stage by stage (fast reader
//!                           sanitizing as it parses, validate, catalog, index) with memory
//! perf query FILE           one full query against the index, median of 15
//! perf lines FILE           one line per record (titles + summaries), for fzf
//! perf filters FILE         filter popup: open, toggle a domain, per step
//! ```
//! All times are printed as `name value` pairs, one per line.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Instant;

use accords::app::{Action, App};
use accords::catalog::Catalog;
use accords::model::{Dataset, Lang};
use accords::search::Query;
use accords::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const QUERIES: [&str; 4] = ["cyber", "défense ind", "protection info classif", "gsoia"];

fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn load(text: &str) -> App {
    let mut data: Dataset = accords::load::parse(Path::new("perf.ron"), text).expect("parses");
    accords::sanitize::dataset(&mut data);
    let diags = accords::validate::validate(&data);
    assert!(
        diags
            .iter()
            .all(|d| d.severity != accords::diagnostic::Severity::Error)
    );
    App::new(Catalog::new(data), Lang::Fr, BTreeSet::new())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(file)) = (args.first(), args.get(1)) else {
        eprintln!("usage: perf ron|load|keys|query|lines FILE [W H]");
        std::process::exit(2);
    };
    if mode != "lines" {
        let len = std::fs::metadata(file).expect("readable file").len();
        println!("file_mib {:.1}", len as f64 / 1048576.0);
    }
    if mode == "load" {
        // The browser's own path, from the file: read, parse, sanitize,
        // validate, catalog (the text freed before it), index.
        let t = Instant::now();
        let progress = accords::pipeline::Progress::silent();
        let catalog = accords::pipeline::open(Some(Path::new(file)), u64::MAX, &progress)
            .unwrap_or_else(|code| std::process::exit(code));
        let app = App::new(catalog, Lang::Fr, BTreeSet::new());
        println!("ms {:.1}", ms(t));
        println!("records {}", app.catalog.records.len());
        println!("terms {}", app.index.vocabulary());
        println!("peak_mib {:.1}", peak_mib());
        return;
    }
    if mode == "fast" {
        // The fast reader alone, straight from the file (no text held),
        // in two halves from the middle as the browser reads it; with
        // `--whole`, on one thread.
        let path = Path::new(file);
        let middle = if args.iter().any(|a| a == "--whole") {
            u64::MAX
        } else {
            std::fs::metadata(path).expect("file").len() / 2
        };
        let t = Instant::now();
        let (d, halves) = accords::fastload::read_split(
            std::fs::File::open(path).expect("file"),
            middle,
            1 << 20,
        )
        .expect("fast path");
        println!("ms {:.1}", ms(t));
        println!("two_halves {halves}");
        println!(
            "records {}",
            d.partnerships.len() + d.agreements.len() + d.commitments.len() + d.events.len()
        );
        println!("peak_mib {:.1}", peak_mib());
        return;
    }
    if mode == "stages" {
        // The browser's path from the file, stage by stage.
        let t = Instant::now();
        let data = accords::fastload::read(Path::new(file), u64::MAX).expect("fast path");
        println!("read_parse_sanitize_ms {:.1}", ms(t));
        println!("  rss_mib {:.0} peak_mib {:.0}", rss_mib(), peak_mib());
        let t = Instant::now();
        let diags = accords::validate::validate(&data);
        println!(
            "validate_alone_ms {:.1} ({} diagnostics)",
            ms(t),
            diags.len()
        );
        // As the browser does it: validation beside the catalog's links,
        // then the records moved in.
        let t = Instant::now();
        let catalog = Catalog::new_checked(data, |d| accords::validate::validate(d).is_empty())
            .expect("no diagnostics");
        println!("validate_and_catalog_ms {:.1}", ms(t));
        println!("  rss_mib {:.0} peak_mib {:.0}", rss_mib(), peak_mib());
        let t = Instant::now();
        let index = accords::search::SearchIndex::new(&catalog);
        println!("index_ms {:.1} ({} terms)", ms(t), index.vocabulary());
        println!("  rss_mib {:.0} peak_mib {:.0}", rss_mib(), peak_mib());
        let t = Instant::now();
        let app = App::with_index(catalog, index, Lang::Fr, BTreeSet::new());
        println!(
            "app_ms {:.1} ({} rows)",
            ms(t),
            app.counts.iter().sum::<usize>()
        );
        return;
    }
    let text = std::fs::read_to_string(file).expect("readable UTF-8 file");
    match mode.as_str() {
        "ron" => {
            let t = Instant::now();
            let d: Dataset = accords::load::ron_options()
                .from_str(&text)
                .expect("parses");
            println!("ms {:.1}", ms(t));
            println!(
                "records {}",
                d.partnerships.len() + d.agreements.len() + d.commitments.len() + d.events.len()
            );
            println!("peak_mib {:.1}", peak_mib());
        }
        "filters" => {
            // Opening the filter popup, then turning the first domain on
            // and off (the row under the cursor), each step updated and
            // drawn (120x40) on this, the interface, thread.
            let mut app = load(&text).with_search_worker();
            app.update(Action::Resize(120, 40));
            let theme = Theme::color();
            let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
            let mut steps = Vec::new();
            for _ in 0..5 {
                for action in [
                    Action::OpenFilter,
                    Action::ToggleFilter,
                    Action::ToggleFilter,
                ] {
                    let t = Instant::now();
                    app.update(action);
                    term.draw(|fr| ui::draw(fr, &app, &theme)).unwrap();
                    steps.push(ms(t));
                }
                app.update(Action::CloseOverlay);
            }
            steps.sort_by(f64::total_cmp);
            println!("filter_step_median_ms {:.2}", percentile(&steps, 0.5));
            println!("filter_step_max_ms {:.2}", steps[steps.len() - 1]);
        }
        "keys" => {
            // As the browser types: each key is handled on this (the
            // interface) thread — update, hand the query to the search
            // worker, draw — and the worker's answer is applied and drawn
            // when it arrives. `ui` is the time this thread is busy per step
            // (what blocks typing); `result` is key to ranked rows on screen.
            let w: u16 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(120);
            let h: u16 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(40);
            let mut app = load(&text).with_search_worker();
            app.update(Action::Resize(w, h));
            let t = Instant::now();
            app.index.warm();
            println!("warm_ms {:.1}", ms(t));
            let (tx, rx) = accords::worker::spawn().expect("worker");
            let theme = Theme::color();
            let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
            let (mut ui, mut result, mut frames) = (Vec::new(), Vec::new(), Vec::new());
            for _round in 0..5 {
                for q in QUERIES {
                    app.update(Action::StartSearch);
                    for ch in q.chars() {
                        let t0 = Instant::now();
                        app.update(Action::SearchInput(ch));
                        if let Some(r) = app.take_search() {
                            tx.send(r).expect("worker alive");
                        }
                        let f = Instant::now();
                        term.draw(|fr| ui::draw(fr, &app, &theme)).unwrap();
                        frames.push(ms(f));
                        ui.push(ms(t0));
                        while app.search_running.is_some() {
                            let answer = rx.recv().expect("worker answers");
                            let t1 = Instant::now();
                            app.update(answer);
                            term.draw(|fr| ui::draw(fr, &app, &theme)).unwrap();
                            ui.push(ms(t1));
                        }
                        result.push(ms(t0));
                    }
                    app.update(Action::CancelSearch);
                }
            }
            for v in [&mut ui, &mut result, &mut frames] {
                v.sort_by(f64::total_cmp);
            }
            println!("keystrokes {}", result.len());
            println!("key_median_ms {:.2}", percentile(&result, 0.5));
            println!("key_p95_ms {:.2}", percentile(&result, 0.95));
            println!("key_max_ms {:.2}", result.last().copied().unwrap_or(0.0));
            println!("ui_p95_ms {:.2}", percentile(&ui, 0.95));
            println!("ui_max_ms {:.2}", ui.last().copied().unwrap_or(0.0));
            println!("frame_median_ms {:.2}", percentile(&frames, 0.5));
            println!("frame_p95_ms {:.2}", percentile(&frames, 0.95));
        }
        "split" => {
            // Per prefix of each query: the index lookup alone, the whole
            // update (lookup + filters + ranking of every tab), one frame.
            let mut app = load(&text);
            app.update(Action::Resize(120, 40));
            let theme = Theme::color();
            let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
            for q in QUERIES {
                app.update(Action::StartSearch);
                let mut typed = String::new();
                for ch in q.chars() {
                    typed.push(ch);
                    let t = Instant::now();
                    let hits = app
                        .index
                        .search(&Query::parse(&typed))
                        .map_or(0, |h| h.len());
                    let search = ms(t);
                    let t = Instant::now();
                    app.update(Action::SearchInput(ch));
                    let update = ms(t);
                    let t = Instant::now();
                    term.draw(|fr| ui::draw(fr, &app, &theme)).unwrap();
                    let frame = ms(t);
                    println!(
                        "[{typed}] hits {hits} search_ms {search:.1} update_ms {update:.1} frame_ms {frame:.1}"
                    );
                }
                app.update(Action::CancelSearch);
            }
        }
        "query" => {
            let app = load(&text);
            app.index.warm();
            for q in QUERIES {
                let query = Query::parse(q);
                let mut times = Vec::new();
                let mut hits = 0;
                for _ in 0..15 {
                    app.index.forget();
                    let t = Instant::now();
                    hits = app.index.search(&query).map_or(0, |h| h.len());
                    times.push(ms(t));
                }
                times.sort_by(f64::total_cmp);
                println!("query[{q}]_median_ms {:.3}", percentile(&times, 0.5));
                println!("query[{q}]_hits {hits}");
            }
        }
        "lines" => {
            let app = load(&text);
            use std::io::Write;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for r in &app.catalog.records {
                let mut line = format!("{} {}", r.title.fr, r.title.en);
                for p in &r.summary {
                    line.push(' ');
                    line.push_str(&p.fr);
                    line.push(' ');
                    line.push_str(&p.en);
                }
                let _ = writeln!(out, "{}", line.replace('\n', " "));
            }
        }
        other => {
            eprintln!("unknown mode {other}");
            std::process::exit(2);
        }
    }
}
