//! Search: accent- and case-folding, a per-record token index, ranking and
//! highlight positions. No terminal code.
//!
//! A query is split into words; a record matches when **every** word matches
//! some token of the record, in any order. A word matches a token exactly,
//! as a prefix (`protec` → protection), inside it (`menace` →
//! cybermenaces, three letters or more), or — in titles and aliases only — as
//! a fuzzy subsequence scored by fuzzy-matcher (`clasified` → classified).
//! Title, alias and registry-number hits weigh three times a summary hit;
//! party names, places, participants, domain, status and certainty names
//! and dates (numbers and month names) twice.
//!
//! Tokens are runs of letters and digits; `+` and `&` between two of them
//! join them into one token (`2+2`, `R&D`).
//!
//! `crate::fold` folds text (a bottom module: the model uses it too), `tokenize` splits it into tokens, `rank` says what is
//! searched and how a word scores, `index` holds the inverted index and
//! answers queries, `highlight` finds the chars to show as matched.

mod highlight;
mod index;
mod rank;
mod tokenize;

pub use crate::fold::{Folded, fold, fold_with_map};
pub use highlight::highlight;
pub use index::SearchIndex;
pub use rank::Query;
