//! The synthetic dataset generator: valid, deterministic, shaped like the
//! real corpus, and round-tripping through RON.

use std::collections::BTreeMap;
use std::path::Path;

use accords::model::{Dataset, Domain};
use accords_synth::{GSOIA_EVERY, SUMMARY_CHARS, generate, kind_counts, source_count};

fn ron_text(d: &Dataset) -> String {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(3)
        .escape_strings(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    ron::ser::to_string_pretty(d, config).unwrap()
}

/// Every diagnostic, rendered, so that a failure says what went wrong.
fn diagnostics(d: &Dataset) -> Vec<String> {
    accords::validate::validate(d)
        .iter()
        .map(|x| format!("{}: {}", x.code, x.message))
        .collect()
}

fn all_domains(d: &Dataset) -> Vec<&[Domain]> {
    let mut v: Vec<&[Domain]> = Vec::new();
    v.extend(d.partnerships.iter().map(|r| r.domains.as_slice()));
    v.extend(d.agreements.iter().map(|r| r.domains.as_slice()));
    v.extend(d.commitments.iter().map(|r| r.domains.as_slice()));
    v.extend(d.events.iter().map(|r| r.domains.as_slice()));
    v
}

fn record_count(d: &Dataset) -> usize {
    d.partnerships.len() + d.agreements.len() + d.commitments.len() + d.events.len()
}

#[test]
fn generated_datasets_validate_without_any_diagnostic() {
    for (n, seed) in [
        (0, 1),
        (1, 1),
        (2, 2),
        (7, 3),
        (50, 1),
        (50, 42),
        (500, 7),
        (500, 8),
        (2000, 1),
        (2000, 99),
    ] {
        let d = generate(n, seed);
        assert_eq!(record_count(&d), n, "n={n}");
        let diags = diagnostics(&d);
        assert!(diags.is_empty(), "n={n} seed={seed}: {diags:#?}");
    }
}

#[test]
fn generation_is_deterministic_and_seeded() {
    let a = ron_text(&generate(300, 5));
    let b = ron_text(&generate(300, 5));
    assert_eq!(a, b);
    let c = ron_text(&generate(300, 6));
    assert_ne!(a, c);
}

#[test]
fn kind_mix_is_like_the_corpus() {
    assert_eq!(kind_counts(0), [0, 0, 0, 0]);
    assert_eq!(kind_counts(1), [1, 0, 0, 0]);
    assert_eq!(kind_counts(1000), [30, 250, 330, 390]);
    let d = generate(2000, 3);
    assert_eq!(
        [
            d.partnerships.len(),
            d.agreements.len(),
            d.commitments.len(),
            d.events.len()
        ],
        [60, 500, 660, 780]
    );
    assert_eq!(d.sources.len(), source_count(2000));
    assert_eq!(source_count(10), 5);
}

#[test]
fn domain_mix_is_like_the_corpus() {
    let d = generate(2000, 11);
    let mut primary: BTreeMap<Domain, usize> = BTreeMap::new();
    let mut any: BTreeMap<Domain, usize> = BTreeMap::new();
    for ds in all_domains(&d) {
        *primary.entry(ds[0]).or_default() += 1;
        for x in ds {
            *any.entry(*x).or_default() += 1;
        }
    }
    let mut ranked: Vec<(Domain, usize)> = any.clone().into_iter().collect();
    ranked.sort_by_key(|x| std::cmp::Reverse(x.1));
    assert_eq!(ranked[0].0, Domain::Defence, "{ranked:?}");
    assert_eq!(ranked[1].0, Domain::Diplomacy, "{ranked:?}");
    let top5: Vec<Domain> = ranked[..5].iter().map(|x| x.0).collect();
    for dom in [Domain::Trade, Domain::DefenceIndustry] {
        assert!(top5.contains(&dom), "{ranked:?}");
    }
    let share = |dom| primary.get(&dom).copied().unwrap_or(0) as f64 / 2000.0;
    assert!(
        (0.15..0.35).contains(&share(Domain::Defence)),
        "{primary:?}"
    );
    assert!((0.01..0.06).contains(&share(Domain::Cyber)), "{primary:?}");
    // Every domain shows up somewhere.
    assert_eq!(any.len(), Domain::ALL.len(), "{any:?}");
}

#[test]
fn content_is_realistic() {
    let d = generate(2000, 4);
    let n = record_count(&d);

    // Summaries: 1–3 paragraphs, ~1,000–1,500 chars (French + English).
    let mut lens = Vec::new();
    let mut paragraphs = [0usize; 4];
    let mut summaries: Vec<&[accords::model::Text]> = Vec::new();
    summaries.extend(d.partnerships.iter().map(|r| r.summary.as_slice()));
    summaries.extend(d.agreements.iter().map(|r| r.summary.as_slice()));
    summaries.extend(d.commitments.iter().map(|r| r.summary.as_slice()));
    summaries.extend(d.events.iter().map(|r| r.summary.as_slice()));
    for s in &summaries {
        paragraphs[s.len().min(3)] += 1;
        lens.push(
            s.iter()
                .map(|p| p.fr.chars().count() + p.en.chars().count())
                .sum::<usize>(),
        );
    }
    assert_eq!(paragraphs[0], 0);
    assert!(
        paragraphs[1] > 0 && paragraphs[2] > 0 && paragraphs[3] > 0,
        "{paragraphs:?}"
    );
    lens.sort_unstable();
    let median = lens[lens.len() / 2];
    let (lo, hi) = SUMMARY_CHARS;
    assert!((lo..=hi).contains(&median), "median {median}");
    let inside = lens
        .iter()
        .filter(|&&l| l >= lo - 100 && l <= hi + 200)
        .count();
    assert!(inside * 10 >= lens.len() * 8, "{inside} of {}", lens.len());

    // Accents, typography, Hangul.
    let fr: String = d.agreements[..50]
        .iter()
        .flat_map(|a| a.summary.iter().map(|p| p.fr.as_str()))
        .collect();
    for w in ["é", "è", "à"] {
        assert!(fr.contains(w), "{w}");
    }
    let hangul = |s: &str| s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    let native = d
        .agreements
        .iter()
        .filter(|a| a.title.native.as_deref().is_some_and(hangul))
        .count();
    assert!(native * 100 > d.agreements.len() * 5, "{native}");
    assert!(
        d.parties
            .iter()
            .any(|p| p.name.native.as_deref() == Some("대한민국"))
    );
    assert!(d.parties.len() >= 20);

    // Every ~500th agreement is a GSOIA.
    let gsoia = d
        .agreements
        .iter()
        .filter(|a| a.aliases.iter().any(|x| x == "GSOIA"))
        .collect::<Vec<_>>();
    assert_eq!(gsoia.len(), d.agreements.len().div_ceil(GSOIA_EVERY));
    assert!(gsoia.iter().all(|a| {
        a.title
            .fr
            .starts_with("Accord sur la protection des informations classifiées")
    }));

    // Acronyms, dates at three precisions, caveats, supersession.
    assert!(
        d.agreements
            .iter()
            .any(|a| a.aliases.iter().any(|x| x == "DCA"))
    );
    let mut precisions = [0usize; 3];
    for e in &d.events {
        precisions[match (e.date.month, e.date.day) {
            (Some(_), Some(_)) => 0,
            (Some(_), None) => 1,
            _ => 2,
        }] += 1;
        assert!((1950..=2026).contains(&e.date.year));
    }
    assert!(precisions.iter().all(|&p| p > 0), "{precisions:?}");
    let caveated = d
        .partnerships
        .iter()
        .filter(|r| !r.caveats.is_empty())
        .count()
        + d.agreements
            .iter()
            .filter(|r| !r.caveats.is_empty())
            .count()
        + d.commitments
            .iter()
            .filter(|r| !r.caveats.is_empty())
            .count()
        + d.events.iter().filter(|r| !r.caveats.is_empty()).count();
    assert!(
        caveated * 100 >= n && caveated * 100 <= n * 12,
        "{caveated}"
    );
    assert!(d.agreements.iter().any(|a| !a.supersedes.is_empty()));
    assert!(d.agreements.iter().any(|a| a.partnership.is_some()));
}

#[test]
fn generated_text_is_already_clean() {
    let d = generate(500, 9);
    let mut clean = d.clone();
    accords::sanitize::dataset(&mut clean);
    assert_eq!(ron_text(&d), ron_text(&clean));
}

#[test]
fn ron_round_trips_through_the_loader() {
    for (n, seed) in [(50, 1), (500, 2)] {
        let d = generate(n, seed);
        let pretty = ron_text(&d);
        let parsed = accords::load::parse(Path::new("synth.ron"), &pretty).unwrap();
        assert_eq!(ron_text(&parsed), pretty);
        // Compact output, with explicit `Some(…)`, parses too.
        let compact = ron::to_string(&d).unwrap();
        let parsed = accords::load::parse(Path::new("synth.ron"), &compact).unwrap();
        assert_eq!(ron_text(&parsed), pretty);
        assert!(accords::validate::validate(&parsed).is_empty());
    }
}

#[test]
fn the_catalog_accepts_it() {
    let d = generate(500, 12);
    let c = accords::catalog::Catalog::new(d);
    assert!(c.get("ag-000007").is_some());
}
