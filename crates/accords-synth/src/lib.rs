//! Synthetic datasets in accords' dataset schema, for tests, benchmarks and
//! stress tests. A dev-dependency of accords, kept out of the shipped library;
//! `cargo run -p accords-synth -- --records N` writes one as RON.
//!
//! [`generate`] builds a dataset of any size from a seed. The same
//! `(records, seed)` always gives the same dataset on every platform: the
//! random numbers come from a SplitMix64 written here, and nothing depends on
//! hash-map order. The result passes [`accords::validate::validate`] with no
//! error and no warning.
//!
//! What the data looks like:
//! - record kinds: ≈3 % partnerships, 25 % agreements, 33 % commitments and
//!   the rest (≈39 %) events, in exact proportions ([`kind_counts`]);
//! - domains weighted like the Canada–Korea corpus ([`DOMAIN_WEIGHTS`]:
//!   defence first, then diplomacy, trade, defence industry, cyber,
//!   science…);
//! - 28 countries and 3 sub-national parties with their native names
//!   (대한민국, 日本国, Deutschland, Україна…), paired mostly with Canada;
//!   records involving Korea usually carry a Hangul title (한-캐나다
//!   국방협력협정…), and people from Korea, Japan and China a native name;
//! - titles, short titles and aliases (acronyms such as DCA/ACD, treaty
//!   register numbers, Hangul titles); every [`GSOIA_EVERY`]th agreement
//!   (from the 8th) is an "Accord sur la protection des informations
//!   classifiées…" with the alias GSOIA;
//! - summaries of 1–3 paragraphs, about [`SUMMARY_CHARS`] characters per
//!   record (French and English together), built from parallel French and
//!   English phrase templates, with French typography (no-break spaces
//!   before `:` and `;`, guillemets);
//! - dates from 1950 to 2026 at three precisions (YYYY, YYYY-MM,
//!   YYYY-MM-DD), histories that go from negotiations to signature, entry
//!   into force, termination or replacement, agreements that supersede
//!   older ones of the same pair, events tied to those steps, commitments
//!   owned by partnerships, agreements or statements;
//! - a source pool of `records / 20` (at least 5), cited by date proximity;
//! - a few percent of records with caveats (always one when the status is
//!   `Unknown`).
//!
//! Texts are already in NFC and contain no control or invisible characters,
//! so sanitizing leaves them unchanged.

use accords::model::{Dataset, Domain};

mod dates;
mod generator;
mod rng;
mod tables;
mod text;

/// Target length of a record's summary, French and English together, in
/// characters: most records fall in this range.
pub const SUMMARY_CHARS: (usize, usize) = (1000, 1500);

/// One agreement in this many is a classified-information agreement (GSOIA).
pub const GSOIA_EVERY: usize = 500;
pub(crate) const GSOIA_OFFSET: usize = 7;

/// Relative weights of the primary domain of a record, from the domain
/// counts of the Canada–Korea corpus.
pub const DOMAIN_WEIGHTS: [(Domain, u32); 21] = [
    (Domain::Defence, 33),
    (Domain::Diplomacy, 22),
    (Domain::Trade, 14),
    (Domain::DefenceIndustry, 12),
    (Domain::Cyber, 9),
    (Domain::Science, 9),
    (Domain::SocialSecurity, 8),
    (Domain::Space, 7),
    (Domain::ClassifiedInformation, 7),
    (Domain::Tax, 6),
    (Domain::HybridThreats, 5),
    (Domain::Nuclear, 5),
    (Domain::Transport, 5),
    (Domain::MaritimeSecurity, 4),
    (Domain::Mobility, 4),
    (Domain::Customs, 3),
    (Domain::Aerospace, 2),
    (Domain::Agriculture, 2),
    (Domain::Heritage, 2),
    (Domain::CriticalMinerals, 2),
    (Domain::Energy, 2),
];

/// How many partnerships, agreements, commitments and events a dataset of
/// `records` records holds (3 %, 25 %, 33 % and the rest; at least one
/// partnership when `records > 0`).
pub fn kind_counts(records: usize) -> [usize; 4] {
    if records == 0 {
        return [0; 4];
    }
    let p = (records * 3 + 50) / 100;
    let p = p.max(1);
    let mut rest = records - p;
    let a = ((records * 25 + 50) / 100).min(rest);
    rest -= a;
    let c = ((records * 33 + 50) / 100).min(rest);
    rest -= c;
    [p, a, c, rest]
}

/// The number of sources a dataset of `records` records cites.
pub fn source_count(records: usize) -> usize {
    (records / 20).max(5)
}

/// Generates a dataset of `records` records (partnerships, agreements,
/// commitments and events together), deterministically from `seed`.
pub fn generate(records: usize, seed: u64) -> Dataset {
    generator::Gen::new(records, seed).run()
}
