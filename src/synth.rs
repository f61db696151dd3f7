//! Synthetic datasets in the dataset schema, for benchmarks and stress tests.
//!
//! [`generate`] builds a dataset of any size from a seed. The same
//! `(records, seed)` always gives the same dataset on every platform: the
//! random numbers come from a SplitMix64 written here, and nothing depends on
//! hash-map order. The result passes [`crate::validate::validate`] with no
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

use std::fmt::Write as _;

use crate::model::{
    Agreement, Caveat, Certainty, Commitment, Dataset, Domain, Event, EventKind, Form,
    NumberSystem, PartialDate, Partnership, Party, RegistryNumber, Source, SourceLang, Status,
    StatusChange, Text,
};

/// Target length of a record's summary, French and English together, in
/// characters: most records fall in this range.
pub const SUMMARY_CHARS: (usize, usize) = (1000, 1500);

/// One agreement in this many is a classified-information agreement (GSOIA).
pub const GSOIA_EVERY: usize = 500;
const GSOIA_OFFSET: usize = 7;

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
    Gen::new(records, seed).run()
}

// ───────────────────────────── random numbers ─────────────────────────────

/// SplitMix64: tiny, fast, and good enough for test data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        ((self.next() as u128 * n as u128) >> 64) as usize
    }

    fn chance(&mut self, percent: u32) -> bool {
        (self.below(100) as u32) < percent
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: i32, hi: i32) -> i32 {
        lo + self.below((hi - lo + 1) as usize) as i32
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    fn weighted(&mut self, w: &[u32]) -> usize {
        let total: u32 = w.iter().sum();
        let mut x = self.below(total as usize) as u32;
        for (i, &wi) in w.iter().enumerate() {
            if x < wi {
                return i;
            }
            x -= wi;
        }
        w.len() - 1
    }
}

// ───────────────────────────────── dates ──────────────────────────────────

/// Days since 1970-01-01 (H. Hinnant's algorithm).
const fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = (y - era * 400) as u32;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe as i32 - 719_468
}

fn civil(day: i32) -> (i32, u8, u8) {
    let z = day + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = (z - era * 146_097) as u32;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe as i32 + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m as u8, d as u8)
}

const MIN_DAY: i32 = days_from_civil(1950, 1, 1);
const MAX_DAY: i32 = days_from_civil(2026, 12, 31);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Prec {
    Day,
    Month,
    Year,
}

fn date_at(day: i32, prec: Prec) -> PartialDate {
    let (year, m, d) = civil(day);
    PartialDate {
        year,
        month: (prec != Prec::Year).then_some(m),
        day: (prec == Prec::Day).then_some(d),
    }
}

type Key = (i32, u8, u8);

fn key(d: &PartialDate) -> Key {
    d.sort_key()
}

use crate::model::MONTHS_EN as MONTHS;
use crate::model::MONTHS_FR as MOIS;

/// "le 1er mars 1998", "en mars 1998", "en 1998".
fn on_fr(d: &PartialDate, out: &mut String) {
    out.clear();
    let y = d.year;
    let _ = match (d.month, d.day) {
        (Some(m), Some(1)) => write!(out, "le 1er {} {y}", MOIS[m as usize - 1]),
        (Some(m), Some(day)) => write!(out, "le {day} {} {y}", MOIS[m as usize - 1]),
        (Some(m), None) => write!(out, "en {} {y}", MOIS[m as usize - 1]),
        _ => write!(out, "en {y}"),
    };
}

/// "on 1 March 1998", "in March 1998", "in 1998".
fn on_en(d: &PartialDate, out: &mut String) {
    out.clear();
    let y = d.year;
    let _ = match (d.month, d.day) {
        (Some(m), Some(day)) => write!(out, "on {day} {} {y}", MONTHS[m as usize - 1]),
        (Some(m), None) => write!(out, "in {} {y}", MONTHS[m as usize - 1]),
        _ => write!(out, "in {y}"),
    };
}

// ───────────────────────────── text helpers ───────────────────────────────

fn push_cap(out: &mut String, s: &str) {
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
}

fn cap(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_cap(&mut out, s);
    out
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn starts_with_vowel(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| "aeiouyéèêàâîôûh".contains(c.to_lowercase().next().unwrap_or(c)))
}

/// "de" + a French noun phrase with its article: du, des, de la, de l'.
fn fr_de(t: &str) -> String {
    if let Some(r) = t.strip_prefix("le ") {
        format!("du {r}")
    } else if let Some(r) = t.strip_prefix("les ") {
        format!("des {r}")
    } else {
        format!("de {t}")
    }
}

/// "à" + a French noun phrase with its article: au, aux, à la, à l'.
fn fr_a(t: &str) -> String {
    if let Some(r) = t.strip_prefix("le ") {
        format!("au {r}")
    } else if let Some(r) = t.strip_prefix("les ") {
        format!("aux {r}")
    } else {
        format!("à {t}")
    }
}

const STOPWORDS: &[&str] = &[
    "a",
    "à",
    "au",
    "aux",
    "an",
    "and",
    "between",
    "by",
    "concernant",
    "d",
    "de",
    "des",
    "du",
    "en",
    "entre",
    "et",
    "for",
    "from",
    "in",
    "l",
    "la",
    "le",
    "les",
    "matière",
    "of",
    "on",
    "pour",
    "relatif",
    "relatifs",
    "respect",
    "sur",
    "the",
    "to",
    "vue",
    "with",
];

/// Upper-case initials of the significant words ("Defence Cooperation
/// Agreement" → "DCA", "Accord de libre-échange" → "ALÉ").
fn acronym(s: &str) -> Option<String> {
    let mut out = String::new();
    for w in s.split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’') {
        if w.is_empty() || STOPWORDS.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        let c = w.chars().next()?;
        if !c.is_alphabetic() {
            continue;
        }
        out.extend(c.to_uppercase());
    }
    (2..=6).contains(&out.chars().count()).then_some(out)
}

// ───────────────────────────── static tables ──────────────────────────────

type Pair = (&'static str, &'static str);

/// A name in French, English and optionally the country's own script.
type Name3 = (&'static str, &'static str, Option<&'static str>);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Names {
    Ca,
    Fr,
    En,
    De,
    Es,
    Pt,
    It,
    Pl,
    Uk,
    Nordic,
    Nl,
    Hi,
    Id,
    Gr,
    Tr,
    Ko,
    Ja,
    Zh,
    Vi,
}

struct Country {
    id: &'static str,
    name: Name3,
    short: Option<Name3>,
    /// With its French article: "le Canada", "la Corée", "les États-Unis".
    fr_le: &'static str,
    /// Full name with its French article.
    fr_full: &'static str,
    /// With its English article if any: "Korea", "the United States".
    en_the: &'static str,
    /// Full name with its English article.
    en_full: &'static str,
    /// Korean name, for Hangul titles.
    ko: &'static str,
    capital: Name3,
    leader: Pair,
    names: Names,
}

impl Country {
    fn short_fr(&self) -> &'static str {
        self.short.map_or(self.name.0, |s| s.0)
    }
    fn short_en(&self) -> &'static str {
        self.short.map_or(self.name.1, |s| s.1)
    }
}

const PM: Pair = ("premier ministre", "Prime Minister");
const PRES: Pair = ("président", "President");

const COUNTRIES: &[Country] = &[
    Country {
        id: "ca",
        name: ("Canada", "Canada", None),
        short: None,
        fr_le: "le Canada",
        fr_full: "le Canada",
        en_the: "Canada",
        en_full: "Canada",
        ko: "캐나다",
        capital: ("Ottawa", "Ottawa", Some("오타와")),
        leader: PM,
        names: Names::Ca,
    },
    Country {
        id: "kr",
        name: ("République de Corée", "Republic of Korea", Some("대한민국")),
        short: Some(("Corée", "Korea", Some("한국"))),
        fr_le: "la Corée",
        fr_full: "la République de Corée",
        en_the: "Korea",
        en_full: "the Republic of Korea",
        ko: "한국",
        capital: ("Séoul", "Seoul", Some("서울")),
        leader: PRES,
        names: Names::Ko,
    },
    Country {
        id: "jp",
        name: ("Japon", "Japan", Some("日本国")),
        short: None,
        fr_le: "le Japon",
        fr_full: "le Japon",
        en_the: "Japan",
        en_full: "Japan",
        ko: "일본",
        capital: ("Tokyo", "Tokyo", Some("東京")),
        leader: PM,
        names: Names::Ja,
    },
    Country {
        id: "de",
        name: (
            "République fédérale d'Allemagne",
            "Federal Republic of Germany",
            Some("Bundesrepublik Deutschland"),
        ),
        short: Some(("Allemagne", "Germany", Some("Deutschland"))),
        fr_le: "l'Allemagne",
        fr_full: "la République fédérale d'Allemagne",
        en_the: "Germany",
        en_full: "the Federal Republic of Germany",
        ko: "독일",
        capital: ("Berlin", "Berlin", None),
        leader: ("chancelier fédéral", "Federal Chancellor"),
        names: Names::De,
    },
    Country {
        id: "fr",
        name: ("République française", "French Republic", None),
        short: Some(("France", "France", None)),
        fr_le: "la France",
        fr_full: "la République française",
        en_the: "France",
        en_full: "the French Republic",
        ko: "프랑스",
        capital: ("Paris", "Paris", None),
        leader: ("président de la République", "President of the Republic"),
        names: Names::Fr,
    },
    Country {
        id: "gb",
        name: (
            "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
            "United Kingdom of Great Britain and Northern Ireland",
            None,
        ),
        short: Some(("Royaume-Uni", "United Kingdom", None)),
        fr_le: "le Royaume-Uni",
        fr_full: "le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        en_the: "the United Kingdom",
        en_full: "the United Kingdom of Great Britain and Northern Ireland",
        ko: "영국",
        capital: ("Londres", "London", None),
        leader: PM,
        names: Names::En,
    },
    Country {
        id: "us",
        name: ("États-Unis d'Amérique", "United States of America", None),
        short: Some(("États-Unis", "United States", None)),
        fr_le: "les États-Unis",
        fr_full: "les États-Unis d'Amérique",
        en_the: "the United States",
        en_full: "the United States of America",
        ko: "미국",
        capital: ("Washington", "Washington", None),
        leader: PRES,
        names: Names::En,
    },
    Country {
        id: "mx",
        name: (
            "États-Unis mexicains",
            "United Mexican States",
            Some("Estados Unidos Mexicanos"),
        ),
        short: Some(("Mexique", "Mexico", Some("México"))),
        fr_le: "le Mexique",
        fr_full: "les États-Unis mexicains",
        en_the: "Mexico",
        en_full: "the United Mexican States",
        ko: "멕시코",
        capital: ("Mexico", "Mexico City", Some("Ciudad de México")),
        leader: PRES,
        names: Names::Es,
    },
    Country {
        id: "au",
        name: ("Australie", "Australia", None),
        short: None,
        fr_le: "l'Australie",
        fr_full: "l'Australie",
        en_the: "Australia",
        en_full: "Australia",
        ko: "호주",
        capital: ("Canberra", "Canberra", None),
        leader: PM,
        names: Names::En,
    },
    Country {
        id: "in",
        name: (
            "République de l'Inde",
            "Republic of India",
            Some("भारत गणराज्य"),
        ),
        short: Some(("Inde", "India", Some("भारत"))),
        fr_le: "l'Inde",
        fr_full: "la République de l'Inde",
        en_the: "India",
        en_full: "the Republic of India",
        ko: "인도",
        capital: ("New Delhi", "New Delhi", Some("नई दिल्ली")),
        leader: PM,
        names: Names::Hi,
    },
    Country {
        id: "cn",
        name: (
            "République populaire de Chine",
            "People's Republic of China",
            Some("中华人民共和国"),
        ),
        short: Some(("Chine", "China", Some("中国"))),
        fr_le: "la Chine",
        fr_full: "la République populaire de Chine",
        en_the: "China",
        en_full: "the People's Republic of China",
        ko: "중국",
        capital: ("Pékin", "Beijing", Some("北京")),
        leader: PRES,
        names: Names::Zh,
    },
    Country {
        id: "it",
        name: (
            "République italienne",
            "Italian Republic",
            Some("Repubblica Italiana"),
        ),
        short: Some(("Italie", "Italy", Some("Italia"))),
        fr_le: "l'Italie",
        fr_full: "la République italienne",
        en_the: "Italy",
        en_full: "the Italian Republic",
        ko: "이탈리아",
        capital: ("Rome", "Rome", Some("Roma")),
        leader: (
            "président du Conseil des ministres",
            "President of the Council of Ministers",
        ),
        names: Names::It,
    },
    Country {
        id: "nl",
        name: (
            "Royaume des Pays-Bas",
            "Kingdom of the Netherlands",
            Some("Koninkrijk der Nederlanden"),
        ),
        short: Some(("Pays-Bas", "Netherlands", Some("Nederland"))),
        fr_le: "les Pays-Bas",
        fr_full: "le Royaume des Pays-Bas",
        en_the: "the Netherlands",
        en_full: "the Kingdom of the Netherlands",
        ko: "네덜란드",
        capital: ("La Haye", "The Hague", Some("Den Haag")),
        leader: PM,
        names: Names::Nl,
    },
    Country {
        id: "no",
        name: (
            "Royaume de Norvège",
            "Kingdom of Norway",
            Some("Kongeriket Norge"),
        ),
        short: Some(("Norvège", "Norway", Some("Norge"))),
        fr_le: "la Norvège",
        fr_full: "le Royaume de Norvège",
        en_the: "Norway",
        en_full: "the Kingdom of Norway",
        ko: "노르웨이",
        capital: ("Oslo", "Oslo", None),
        leader: PM,
        names: Names::Nordic,
    },
    Country {
        id: "pl",
        name: (
            "République de Pologne",
            "Republic of Poland",
            Some("Rzeczpospolita Polska"),
        ),
        short: Some(("Pologne", "Poland", Some("Polska"))),
        fr_le: "la Pologne",
        fr_full: "la République de Pologne",
        en_the: "Poland",
        en_full: "the Republic of Poland",
        ko: "폴란드",
        capital: ("Varsovie", "Warsaw", Some("Warszawa")),
        leader: PM,
        names: Names::Pl,
    },
    Country {
        id: "ua",
        name: ("Ukraine", "Ukraine", Some("Україна")),
        short: None,
        fr_le: "l'Ukraine",
        fr_full: "l'Ukraine",
        en_the: "Ukraine",
        en_full: "Ukraine",
        ko: "우크라이나",
        capital: ("Kyiv", "Kyiv", Some("Київ")),
        leader: PRES,
        names: Names::Uk,
    },
    Country {
        id: "br",
        name: (
            "République fédérative du Brésil",
            "Federative Republic of Brazil",
            Some("República Federativa do Brasil"),
        ),
        short: Some(("Brésil", "Brazil", Some("Brasil"))),
        fr_le: "le Brésil",
        fr_full: "la République fédérative du Brésil",
        en_the: "Brazil",
        en_full: "the Federative Republic of Brazil",
        ko: "브라질",
        capital: ("Brasilia", "Brasília", Some("Brasília")),
        leader: PRES,
        names: Names::Pt,
    },
    Country {
        id: "se",
        name: (
            "Royaume de Suède",
            "Kingdom of Sweden",
            Some("Konungariket Sverige"),
        ),
        short: Some(("Suède", "Sweden", Some("Sverige"))),
        fr_le: "la Suède",
        fr_full: "le Royaume de Suède",
        en_the: "Sweden",
        en_full: "the Kingdom of Sweden",
        ko: "스웨덴",
        capital: ("Stockholm", "Stockholm", None),
        leader: PM,
        names: Names::Nordic,
    },
    Country {
        id: "fi",
        name: (
            "République de Finlande",
            "Republic of Finland",
            Some("Suomen tasavalta"),
        ),
        short: Some(("Finlande", "Finland", Some("Suomi"))),
        fr_le: "la Finlande",
        fr_full: "la République de Finlande",
        en_the: "Finland",
        en_full: "the Republic of Finland",
        ko: "핀란드",
        capital: ("Helsinki", "Helsinki", None),
        leader: PRES,
        names: Names::Nordic,
    },
    Country {
        id: "dk",
        name: (
            "Royaume de Danemark",
            "Kingdom of Denmark",
            Some("Kongeriget Danmark"),
        ),
        short: Some(("Danemark", "Denmark", Some("Danmark"))),
        fr_le: "le Danemark",
        fr_full: "le Royaume de Danemark",
        en_the: "Denmark",
        en_full: "the Kingdom of Denmark",
        ko: "덴마크",
        capital: ("Copenhague", "Copenhagen", Some("København")),
        leader: PM,
        names: Names::Nordic,
    },
    Country {
        id: "nz",
        name: ("Nouvelle-Zélande", "New Zealand", Some("Aotearoa")),
        short: None,
        fr_le: "la Nouvelle-Zélande",
        fr_full: "la Nouvelle-Zélande",
        en_the: "New Zealand",
        en_full: "New Zealand",
        ko: "뉴질랜드",
        capital: ("Wellington", "Wellington", Some("Te Whanganui-a-Tara")),
        leader: PM,
        names: Names::En,
    },
    Country {
        id: "ph",
        name: (
            "République des Philippines",
            "Republic of the Philippines",
            Some("Republika ng Pilipinas"),
        ),
        short: Some(("Philippines", "Philippines", Some("Pilipinas"))),
        fr_le: "les Philippines",
        fr_full: "la République des Philippines",
        en_the: "the Philippines",
        en_full: "the Republic of the Philippines",
        ko: "필리핀",
        capital: ("Manille", "Manila", Some("Maynila")),
        leader: PRES,
        names: Names::Es,
    },
    Country {
        id: "vn",
        name: (
            "République socialiste du Viet Nam",
            "Socialist Republic of Viet Nam",
            Some("Cộng hòa Xã hội chủ nghĩa Việt Nam"),
        ),
        short: Some(("Viet Nam", "Viet Nam", Some("Việt Nam"))),
        fr_le: "le Viet Nam",
        fr_full: "la République socialiste du Viet Nam",
        en_the: "Viet Nam",
        en_full: "the Socialist Republic of Viet Nam",
        ko: "베트남",
        capital: ("Hanoï", "Hanoi", Some("Hà Nội")),
        leader: PM,
        names: Names::Vi,
    },
    Country {
        id: "id",
        name: (
            "République d'Indonésie",
            "Republic of Indonesia",
            Some("Republik Indonesia"),
        ),
        short: Some(("Indonésie", "Indonesia", None)),
        fr_le: "l'Indonésie",
        fr_full: "la République d'Indonésie",
        en_the: "Indonesia",
        en_full: "the Republic of Indonesia",
        ko: "인도네시아",
        capital: ("Jakarta", "Jakarta", None),
        leader: PRES,
        names: Names::Id,
    },
    Country {
        id: "es",
        name: (
            "Royaume d'Espagne",
            "Kingdom of Spain",
            Some("Reino de España"),
        ),
        short: Some(("Espagne", "Spain", Some("España"))),
        fr_le: "l'Espagne",
        fr_full: "le Royaume d'Espagne",
        en_the: "Spain",
        en_full: "the Kingdom of Spain",
        ko: "스페인",
        capital: ("Madrid", "Madrid", None),
        leader: ("président du gouvernement", "President of the Government"),
        names: Names::Es,
    },
    Country {
        id: "gr",
        name: (
            "République hellénique",
            "Hellenic Republic",
            Some("Ελληνική Δημοκρατία"),
        ),
        short: Some(("Grèce", "Greece", Some("Ελλάδα"))),
        fr_le: "la Grèce",
        fr_full: "la République hellénique",
        en_the: "Greece",
        en_full: "the Hellenic Republic",
        ko: "그리스",
        capital: ("Athènes", "Athens", Some("Αθήνα")),
        leader: PM,
        names: Names::Gr,
    },
    Country {
        id: "tr",
        name: (
            "République de Türkiye",
            "Republic of Türkiye",
            Some("Türkiye Cumhuriyeti"),
        ),
        short: Some(("Türkiye", "Türkiye", None)),
        fr_le: "la Türkiye",
        fr_full: "la République de Türkiye",
        en_the: "Türkiye",
        en_full: "the Republic of Türkiye",
        ko: "튀르키예",
        capital: ("Ankara", "Ankara", None),
        leader: PRES,
        names: Names::Tr,
    },
    Country {
        id: "cl",
        name: (
            "République du Chili",
            "Republic of Chile",
            Some("República de Chile"),
        ),
        short: Some(("Chili", "Chile", None)),
        fr_le: "le Chili",
        fr_full: "la République du Chili",
        en_the: "Chile",
        en_full: "the Republic of Chile",
        ko: "칠레",
        capital: ("Santiago", "Santiago", None),
        leader: PRES,
        names: Names::Es,
    },
];

/// Sub-national parties, named as a third party on a few records of their
/// country: (parent id, id, name, short).
const SUBNATIONAL: &[(&str, &str, Name3, Option<Name3>)] = &[
    ("ca", "qc", ("Québec", "Quebec", None), None),
    ("ca", "on", ("Ontario", "Ontario", None), None),
    (
        "de",
        "by",
        (
            "État libre de Bavière",
            "Free State of Bavaria",
            Some("Freistaat Bayern"),
        ),
        Some(("Bavière", "Bavaria", Some("Bayern"))),
    ),
];

/// Country pairs and their weights: most records are Canada's, the rest
/// spread over other bilateral relationships.
const PAIRS: &[(&str, &str, u32)] = &[
    ("ca", "kr", 120),
    ("ca", "us", 70),
    ("ca", "jp", 55),
    ("ca", "gb", 45),
    ("ca", "fr", 45),
    ("ca", "de", 38),
    ("ca", "mx", 30),
    ("ca", "au", 26),
    ("ca", "in", 22),
    ("ca", "cn", 20),
    ("ca", "it", 18),
    ("ca", "nl", 16),
    ("ca", "no", 15),
    ("ca", "pl", 15),
    ("ca", "ua", 15),
    ("ca", "br", 12),
    ("ca", "se", 11),
    ("ca", "fi", 10),
    ("ca", "dk", 10),
    ("ca", "nz", 10),
    ("ca", "ph", 9),
    ("ca", "vn", 8),
    ("ca", "id", 8),
    ("ca", "es", 8),
    ("ca", "gr", 6),
    ("ca", "tr", 6),
    ("ca", "cl", 6),
    ("kr", "us", 30),
    ("kr", "jp", 24),
    ("kr", "au", 14),
    ("kr", "de", 12),
    ("kr", "pl", 12),
    ("kr", "gb", 10),
    ("kr", "fr", 10),
    ("kr", "ph", 8),
    ("kr", "vn", 8),
    ("kr", "id", 6),
    ("jp", "us", 20),
    ("jp", "au", 14),
    ("jp", "gb", 10),
    ("jp", "de", 8),
    ("jp", "in", 8),
    ("jp", "it", 6),
    ("jp", "ph", 6),
    ("fr", "de", 16),
    ("de", "pl", 8),
    ("fr", "in", 8),
    ("fr", "it", 8),
    ("gb", "us", 12),
    ("no", "se", 5),
    ("fi", "se", 5),
    ("es", "mx", 5),
    ("br", "cl", 4),
    ("ua", "pl", 6),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Noun {
    Accord,
    Convention,
    Traite,
    Protocole,
    Arrangement,
    Declaration,
}

impl Noun {
    fn form(self) -> Form {
        match self {
            Noun::Accord | Noun::Convention | Noun::Traite => Form::Treaty,
            _ => Form::NonBinding,
        }
    }

    /// (French with article, French "de" form, feminine, English with article).
    fn words(self) -> (&'static str, &'static str, bool, &'static str) {
        match self {
            Noun::Accord => ("l'accord", "de l'accord", false, "the agreement"),
            Noun::Convention => ("la convention", "de la convention", true, "the convention"),
            Noun::Traite => ("le traité", "du traité", false, "the treaty"),
            Noun::Protocole => (
                "le protocole d'entente",
                "du protocole d'entente",
                false,
                "the memorandum of understanding",
            ),
            Noun::Arrangement => (
                "l'arrangement",
                "de l'arrangement",
                false,
                "the arrangement",
            ),
            Noun::Declaration => (
                "la déclaration",
                "de la déclaration",
                true,
                "the declaration",
            ),
        }
    }

    /// The French article to put before a title that starts with this noun.
    fn fr_article(self) -> (&'static str, &'static str) {
        match self {
            Noun::Accord | Noun::Arrangement => ("l'", "de l'"),
            Noun::Convention | Noun::Declaration => ("la ", "de la "),
            Noun::Traite | Noun::Protocole => ("le ", "du "),
        }
    }
}

/// The opening words of an agreement title.
struct Head {
    noun: Noun,
    fr: &'static str,
    en: &'static str,
    ko: &'static str,
    short: Pair,
}

const fn h(noun: Noun, fr: &'static str, en: &'static str, ko: &'static str, short: Pair) -> Head {
    Head {
        noun,
        fr,
        en,
        ko,
        short,
    }
}

use Noun::{Accord, Arrangement, Convention, Declaration, Protocole, Traite};

const GSOIA_HEADS: &[Head] = &[
    h(
        Accord,
        "Accord sur la protection des informations classifiées militaires et de défense",
        "Agreement on the Protection of Military and Defence Classified Information",
        "군사비밀정보보호협정",
        (
            "Informations classifiées (GSOIA)",
            "Classified information (GSOIA)",
        ),
    ),
    h(
        Accord,
        "Accord sur la protection des informations classifiées",
        "General Security of Information Agreement",
        "비밀정보보호협정",
        (
            "Informations classifiées (GSOIA)",
            "Classified information (GSOIA)",
        ),
    ),
];

/// A partnership's title words: French, English, Korean, short French, short English.
type PHead = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const P_STRATEGIC: PHead = (
    "Partenariat stratégique",
    "Strategic Partnership",
    "전략적 동반자 관계",
    "Partenariat stratégique",
    "Strategic Partnership",
);

struct DomainInfo {
    domain: Domain,
    /// Korean word for the domain, for Hangul source titles.
    ko: &'static str,
    topics: &'static [Pair],
    heads: &'static [Head],
    partnership: PHead,
}

const DOMAINS: [DomainInfo; 21] = [
    DomainInfo {
        domain: Domain::Defence,
        ko: "국방",
        topics: &[
            (
                "la coopération en matière de défense",
                "defence cooperation",
            ),
            (
                "l'interopérabilité des forces armées",
                "the interoperability of the armed forces",
            ),
            ("la préparation opérationnelle", "operational readiness"),
            (
                "les exercices militaires conjoints",
                "joint military exercises",
            ),
            ("la formation militaire", "military training"),
            ("le soutien logistique mutuel", "mutual logistics support"),
        ],
        heads: &[
            h(
                Accord,
                "Accord de coopération en matière de défense",
                "Defence Cooperation Agreement",
                "국방협력협정",
                ("Coopération en défense", "Defence cooperation"),
            ),
            h(
                Accord,
                "Accord sur le statut des forces en visite",
                "Visiting Forces Agreement",
                "방문군지위협정",
                ("Forces en visite", "Visiting forces"),
            ),
            h(
                Accord,
                "Accord d'acquisition et de soutien logistique mutuel",
                "Acquisition and Cross-Servicing Agreement",
                "상호군수지원협정",
                ("Soutien logistique mutuel", "Cross-servicing"),
            ),
            h(
                Protocole,
                "Protocole d'entente sur les échanges militaires",
                "Memorandum of Understanding on Military Exchanges",
                "군사교류 양해각서",
                ("Échanges militaires", "Military exchanges"),
            ),
            h(
                Arrangement,
                "Arrangement sur la formation et les exercices conjoints",
                "Arrangement on Joint Training and Exercises",
                "연합훈련 약정",
                ("Formation et exercices", "Training and exercises"),
            ),
        ],
        partnership: (
            "Partenariat de coopération en matière de sécurité et de défense",
            "Security and Defence Cooperation Partnership",
            "안보·국방 협력 파트너십",
            "Partenariat sécurité et défense",
            "Security & Defence Partnership",
        ),
    },
    DomainInfo {
        domain: Domain::Diplomacy,
        ko: "외교",
        topics: &[
            ("le dialogue politique", "political dialogue"),
            ("la coordination diplomatique", "diplomatic coordination"),
            (
                "les consultations entre ministères des Affaires étrangères",
                "consultations between foreign ministries",
            ),
            (
                "la coopération dans les enceintes multilatérales",
                "cooperation in multilateral forums",
            ),
            (
                "les échanges entre parlementaires",
                "exchanges between parliamentarians",
            ),
        ],
        heads: &[
            h(
                Declaration,
                "Déclaration commune sur le partenariat stratégique",
                "Joint Declaration on Strategic Partnership",
                "전략적 동반자 관계 공동선언",
                ("Déclaration de partenariat", "Partnership declaration"),
            ),
            h(
                Protocole,
                "Protocole d'entente sur les consultations politiques",
                "Memorandum of Understanding on Political Consultations",
                "정책협의 양해각서",
                ("Consultations politiques", "Political consultations"),
            ),
            h(
                Traite,
                "Traité d'amitié, de commerce et de navigation",
                "Treaty of Friendship, Commerce and Navigation",
                "우호통상항해조약",
                ("Amitié et commerce", "Friendship and commerce"),
            ),
            h(
                Accord,
                "Accord sur l'établissement de relations diplomatiques",
                "Agreement on the Establishment of Diplomatic Relations",
                "외교관계 수립 협정",
                ("Relations diplomatiques", "Diplomatic relations"),
            ),
            h(
                Arrangement,
                "Arrangement sur l'emploi des personnes à charge du personnel diplomatique",
                "Arrangement on the Employment of Dependants of Diplomatic Personnel",
                "외교관 가족 취업 약정",
                ("Emploi des personnes à charge", "Dependants' employment"),
            ),
        ],
        partnership: (
            "Partenariat stratégique global",
            "Comprehensive Strategic Partnership",
            "포괄적 전략적 동반자 관계",
            "Partenariat stratégique global",
            "Comprehensive Strategic Partnership",
        ),
    },
    DomainInfo {
        domain: Domain::Trade,
        ko: "통상",
        topics: &[
            ("le libre-échange", "free trade"),
            ("l'accès aux marchés", "market access"),
            ("la protection des investissements", "investment protection"),
            ("la réduction des droits de douane", "tariff reduction"),
            (
                "la résilience des chaînes d'approvisionnement",
                "supply chain resilience",
            ),
        ],
        heads: &[
            h(
                Accord,
                "Accord de libre-échange",
                "Free Trade Agreement",
                "자유무역협정",
                ("Libre-échange", "Free trade"),
            ),
            h(
                Accord,
                "Accord sur la promotion et la protection des investissements étrangers",
                "Foreign Investment Promotion and Protection Agreement",
                "투자보장협정",
                ("Protection des investissements", "Investment protection"),
            ),
            h(
                Accord,
                "Accord commercial",
                "Trade Agreement",
                "무역협정",
                ("Accord commercial", "Trade agreement"),
            ),
            h(
                Protocole,
                "Protocole d'entente sur la résilience des chaînes d'approvisionnement",
                "Memorandum of Understanding on Supply Chain Resilience",
                "공급망 협력 양해각서",
                ("Chaînes d'approvisionnement", "Supply chains"),
            ),
        ],
        partnership: (
            "Partenariat économique renforcé",
            "Enhanced Economic Partnership",
            "경제 동반자 관계",
            "Partenariat économique",
            "Economic Partnership",
        ),
    },
    DomainInfo {
        domain: Domain::DefenceIndustry,
        ko: "방산",
        topics: &[
            (
                "la coopération entre industries de défense",
                "defence industry cooperation",
            ),
            ("l'approvisionnement de défense", "defence procurement"),
            (
                "la production conjointe de munitions",
                "joint production of munitions",
            ),
            (
                "la sécurité industrielle de défense",
                "defence industrial security",
            ),
            (
                "le soutien en service des équipements militaires",
                "in-service support of military equipment",
            ),
        ],
        heads: &[
            h(
                Protocole,
                "Protocole d'entente sur la coopération en matière d'industrie de défense",
                "Memorandum of Understanding on Defence Industry Cooperation",
                "방산협력 양해각서",
                ("Industrie de défense", "Defence industry"),
            ),
            h(
                Accord,
                "Accord sur l'approvisionnement de défense réciproque",
                "Reciprocal Defence Procurement Agreement",
                "상호국방조달협정",
                ("Approvisionnement de défense", "Defence procurement"),
            ),
            h(
                Arrangement,
                "Arrangement sur la coopération en matière de logistique et d'industrie de défense",
                "Arrangement on Defence Logistics and Industry Cooperation",
                "방산군수협력 약정",
                (
                    "Logistique et industrie de défense",
                    "Defence logistics and industry",
                ),
            ),
        ],
        partnership: (
            "Partenariat pour l'industrie de défense",
            "Defence Industry Partnership",
            "방산 파트너십",
            "Partenariat industrie de défense",
            "Defence Industry Partnership",
        ),
    },
    DomainInfo {
        domain: Domain::Cyber,
        ko: "사이버안보",
        topics: &[
            ("la cybersécurité", "cyber security"),
            ("la cyberdéfense", "cyber defence"),
            ("la lutte contre les rançongiciels", "countering ransomware"),
            (
                "la protection des infrastructures essentielles contre les cyberattaques",
                "protecting critical infrastructure against cyber attacks",
            ),
        ],
        heads: &[
            h(
                Protocole,
                "Protocole d'entente sur la coopération en matière de cybersécurité",
                "Memorandum of Understanding on Cyber Security Cooperation",
                "사이버안보 협력 양해각서",
                ("Cybersécurité", "Cyber security"),
            ),
            h(
                Arrangement,
                "Arrangement sur le dialogue cyber",
                "Arrangement on a Cyber Dialogue",
                "사이버 정책대화 약정",
                ("Dialogue cyber", "Cyber dialogue"),
            ),
        ],
        partnership: (
            "Partenariat pour la cybersécurité",
            "Cyber Security Partnership",
            "사이버안보 파트너십",
            "Partenariat cyber",
            "Cyber Partnership",
        ),
    },
    DomainInfo {
        domain: Domain::Science,
        ko: "과학기술",
        topics: &[
            (
                "la coopération scientifique et technologique",
                "science and technology cooperation",
            ),
            ("la recherche conjointe", "joint research"),
            ("l'intelligence artificielle", "artificial intelligence"),
            ("les technologies quantiques", "quantum technologies"),
        ],
        heads: &[
            h(
                Accord,
                "Accord de coopération scientifique et technologique",
                "Agreement on Scientific and Technological Cooperation",
                "과학기술협력협정",
                ("Science et technologie", "Science and technology"),
            ),
            h(
                Protocole,
                "Protocole d'entente sur la recherche en intelligence artificielle",
                "Memorandum of Understanding on Artificial Intelligence Research",
                "인공지능 연구 양해각서",
                ("Intelligence artificielle", "Artificial intelligence"),
            ),
        ],
        partnership: (
            "Partenariat pour l'innovation et la science",
            "Innovation and Science Partnership",
            "과학기술혁신 파트너십",
            "Partenariat innovation",
            "Innovation Partnership",
        ),
    },
    DomainInfo {
        domain: Domain::SocialSecurity,
        ko: "사회보장",
        topics: &[
            ("la sécurité sociale", "social security"),
            (
                "la coordination des régimes de pension",
                "the coordination of pension plans",
            ),
            (
                "la protection sociale des travailleurs détachés",
                "social protection for posted workers",
            ),
        ],
        heads: &[
            h(
                Accord,
                "Accord sur la sécurité sociale",
                "Agreement on Social Security",
                "사회보장협정",
                ("Sécurité sociale", "Social security"),
            ),
            h(
                Arrangement,
                "Arrangement administratif pour l'application de l'accord sur la sécurité sociale",
                "Administrative Arrangement for the Implementation of the Agreement on Social Security",
                "사회보장협정 이행약정",
                ("Arrangement administratif", "Administrative arrangement"),
            ),
        ],
        partnership: P_STRATEGIC,
    },
    DomainInfo {
        domain: Domain::Space,
        ko: "우주",
        topics: &[
            ("l'exploration spatiale", "space exploration"),
            ("l'observation de la Terre", "Earth observation"),
            ("la surveillance de l'espace", "space domain awareness"),
            ("les lancements de satellites", "satellite launches"),
        ],
        heads: &[
            h(
                Accord,
                "Accord-cadre de coopération dans l'exploration et l'utilisation de l'espace extra-atmosphérique à des fins pacifiques",
                "Framework Agreement on Cooperation in the Exploration and Use of Outer Space for Peaceful Purposes",
                "우주협력 기본협정",
                ("Coopération spatiale", "Space cooperation"),
            ),
            h(
                Protocole,
                "Protocole d'entente sur l'observation de la Terre",
                "Memorandum of Understanding on Earth Observation",
                "지구관측 양해각서",
                ("Observation de la Terre", "Earth observation"),
            ),
        ],
        partnership: (
            "Partenariat spatial",
            "Space Partnership",
            "우주 파트너십",
            "Partenariat spatial",
            "Space Partnership",
        ),
    },
    DomainInfo {
        domain: Domain::ClassifiedInformation,
        ko: "비밀정보보호",
        topics: &[
            (
                "la protection des informations classifiées",
                "the protection of classified information",
            ),
            (
                "l'échange de renseignements classifiés",
                "the exchange of classified information",
            ),
            ("les habilitations de sécurité", "security clearances"),
        ],
        heads: &[
            h(
                Arrangement,
                "Arrangement sur la sécurité industrielle",
                "Industrial Security Arrangement",
                "산업보안 약정",
                ("Sécurité industrielle", "Industrial security"),
            ),
            h(
                Protocole,
                "Protocole d'entente sur l'échange de renseignements de sécurité",
                "Memorandum of Understanding on the Exchange of Security Information",
                "보안정보 교환 양해각서",
                ("Renseignements de sécurité", "Security information"),
            ),
        ],
        partnership: P_STRATEGIC,
    },
    DomainInfo {
        domain: Domain::Tax,
        ko: "조세",
        topics: &[
            (
                "l'élimination de la double imposition",
                "the elimination of double taxation",
            ),
            (
                "la prévention de l'évasion fiscale",
                "the prevention of tax evasion",
            ),
            (
                "l'échange de renseignements fiscaux",
                "the exchange of tax information",
            ),
        ],
        heads: &[
            h(
                Convention,
                "Convention en vue d'éviter les doubles impositions et de prévenir l'évasion fiscale en matière d'impôts sur le revenu",
                "Convention for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income",
                "이중과세방지협약",
                ("Convention fiscale", "Tax convention"),
            ),
            h(
                Accord,
                "Accord sur l'échange de renseignements en matière fiscale",
                "Agreement on the Exchange of Information on Tax Matters",
                "조세정보교환협정",
                ("Renseignements fiscaux", "Tax information"),
            ),
        ],
        partnership: P_STRATEGIC,
    },
    DomainInfo {
        domain: Domain::HybridThreats,
        ko: "하이브리드 위협",
        topics: &[
            (
                "la lutte contre la désinformation",
                "countering disinformation",
            ),
            (
                "la résilience face aux menaces hybrides",
                "resilience against hybrid threats",
            ),
            (
                "la lutte contre l'ingérence étrangère",
                "countering foreign interference",
            ),
        ],
        heads: &[
            h(
                Protocole,
                "Protocole d'entente sur la lutte contre les menaces hybrides",
                "Memorandum of Understanding on Countering Hybrid Threats",
                "하이브리드 위협 대응 양해각서",
                ("Menaces hybrides", "Hybrid threats"),
            ),
            h(
                Declaration,
                "Déclaration conjointe sur l'ingérence étrangère et la désinformation",
                "Joint Declaration on Foreign Interference and Disinformation",
                "외국 간섭 및 허위정보 공동선언",
                ("Ingérence étrangère", "Foreign interference"),
            ),
        ],
        partnership: P_STRATEGIC,
    },
    DomainInfo {
        domain: Domain::Nuclear,
        ko: "원자력",
        topics: &[
            (
                "les utilisations pacifiques de l'énergie nucléaire",
                "the peaceful uses of nuclear energy",
            ),
            ("la sûreté nucléaire", "nuclear safety"),
            ("les petits réacteurs modulaires", "small modular reactors"),
            ("la non-prolifération", "non-proliferation"),
        ],
        heads: &[
            h(
                Accord,
                "Accord de coopération concernant le développement et l'application de l'énergie atomique à des fins pacifiques",
                "Agreement for Cooperation in the Development and Application of Atomic Energy for Peaceful Purposes",
                "원자력협력협정",
                ("Énergie atomique", "Atomic energy"),
            ),
            h(
                Protocole,
                "Protocole d'entente sur les petits réacteurs modulaires",
                "Memorandum of Understanding on Small Modular Reactors",
                "소형모듈원자로 양해각서",
                ("Petits réacteurs modulaires", "Small modular reactors"),
            ),
        ],
        partnership: (
            "Partenariat pour l'énergie propre et les minéraux critiques",
            "Clean Energy and Critical Minerals Partnership",
            "청정에너지·핵심광물 파트너십",
            "Partenariat énergie propre",
            "Clean Energy Partnership",
        ),
    },
    DomainInfo {
        domain: Domain::Transport,
        ko: "교통",
        topics: &[
            ("le transport aérien", "air transport"),
            ("les services aériens", "air services"),
            ("la sécurité de l'aviation civile", "civil aviation safety"),
            ("le transport maritime", "shipping"),
        ],
        heads: &[
            h(
                Accord,
                "Accord sur le transport aérien",
                "Air Transport Agreement",
                "항공협정",
                ("Transport aérien", "Air transport"),
            ),
            h(
                Accord,
                "Accord sur la sécurité de l'aviation civile",
                "Agreement on Civil Aviation Safety",
                "항공안전협정",
                ("Sécurité aérienne", "Aviation safety"),
            ),
        ],
        partnership: P_STRATEGIC,
    },
    DomainInfo {
        domain: Domain::MaritimeSecurity,
        ko: "해양안보",
        topics: &[
            ("la sécurité maritime", "maritime security"),
            (
                "la surveillance des sanctions en mer",
                "sanctions monitoring at sea",
            ),
            ("la liberté de navigation", "freedom of navigation"),
            (
                "la lutte contre la pêche illégale",
                "the fight against illegal fishing",
            ),
        ],
        heads: &[
            h(
                Arrangement,
                "Arrangement sur la coopération en matière de sécurité maritime",
                "Arrangement on Maritime Security Cooperation",
                "해양안보 협력 약정",
                ("Sécurité maritime", "Maritime security"),
            ),
            h(
                Protocole,
                "Protocole d'entente sur la surveillance des sanctions en mer",
                "Memorandum of Understanding on Maritime Sanctions Monitoring",
                "해상 제재 감시 양해각서",
                ("Surveillance en mer", "Sanctions monitoring"),
            ),
        ],
        partnership: (
            "Partenariat pour la sécurité maritime",
            "Maritime Security Partnership",
            "해양안보 파트너십",
            "Partenariat maritime",
            "Maritime Partnership",
        ),
    },
    DomainInfo {
        domain: Domain::Mobility,
        ko: "청년교류",
        topics: &[
            ("la mobilité des jeunes", "youth mobility"),
            (
                "le programme vacances-travail",
                "the working holiday programme",
            ),
            ("les échanges d'étudiants", "student exchanges"),
        ],
        heads: &[
            h(
                Accord,
                "Accord relatif aux échanges de jeunes",
                "Agreement on Youth Exchanges",
                "청년교류협정",
                ("Échanges de jeunes", "Youth exchanges"),
            ),
            h(
                Protocole,
                "Protocole d'entente sur le programme vacances-travail",
                "Memorandum of Understanding on the Working Holiday Programme",
                "워킹홀리데이 양해각서",
                ("Vacances-travail", "Working holiday"),
            ),
        ],
        partnership: P_STRATEGIC,
    },
    DomainInfo {
        domain: Domain::Customs,
        ko: "관세",
        topics: &[
            (
                "l'assistance mutuelle en matière douanière",
                "mutual assistance in customs matters",
            ),
            (
                "la lutte contre la fraude douanière",
                "the fight against customs fraud",
            ),
            (
                "la facilitation du passage aux frontières",
                "border facilitation",
            ),
        ],
        heads: &[h(
            Accord,
            "Accord d'assistance mutuelle en matière douanière",
            "Agreement on Mutual Assistance in Customs Matters",
            "관세상호지원협정",
            ("Assistance douanière", "Customs assistance"),
        )],
        partnership: P_STRATEGIC,
    },
    DomainInfo {
        domain: Domain::Aerospace,
        ko: "항공우주",
        topics: &[
            ("l'industrie aérospatiale", "the aerospace industry"),
            ("la certification des aéronefs", "aircraft certification"),
            ("la maintenance aéronautique", "aircraft maintenance"),
        ],
        heads: &[h(
            Protocole,
            "Protocole d'entente sur la coopération dans l'industrie aérospatiale",
            "Memorandum of Understanding on Aerospace Industry Cooperation",
            "항공우주산업 협력 양해각서",
            ("Industrie aérospatiale", "Aerospace industry"),
        )],
        partnership: P_STRATEGIC,
    },
    DomainInfo {
        domain: Domain::Agriculture,
        ko: "농업",
        topics: &[
            (
                "le commerce des produits agricoles",
                "trade in agricultural products",
            ),
            (
                "les mesures sanitaires et phytosanitaires",
                "sanitary and phytosanitary measures",
            ),
            ("la sécurité alimentaire", "food security"),
        ],
        heads: &[h(
            Arrangement,
            "Arrangement sur les mesures sanitaires et phytosanitaires",
            "Arrangement on Sanitary and Phytosanitary Measures",
            "위생 및 식물위생 약정",
            ("Mesures sanitaires", "SPS measures"),
        )],
        partnership: P_STRATEGIC,
    },
    DomainInfo {
        domain: Domain::Heritage,
        ko: "문화유산",
        topics: &[
            (
                "la protection du patrimoine culturel",
                "the protection of cultural heritage",
            ),
            ("les échanges culturels", "cultural exchanges"),
            ("la coproduction audiovisuelle", "audiovisual coproduction"),
        ],
        heads: &[
            h(
                Accord,
                "Accord de coproduction audiovisuelle",
                "Audiovisual Coproduction Agreement",
                "시청각 공동제작 협정",
                ("Coproduction audiovisuelle", "Audiovisual coproduction"),
            ),
            h(
                Protocole,
                "Protocole d'entente sur la protection du patrimoine culturel",
                "Memorandum of Understanding on the Protection of Cultural Heritage",
                "문화유산 보호 양해각서",
                ("Patrimoine culturel", "Cultural heritage"),
            ),
        ],
        partnership: P_STRATEGIC,
    },
    DomainInfo {
        domain: Domain::CriticalMinerals,
        ko: "핵심광물",
        topics: &[
            ("les minéraux critiques", "critical minerals"),
            ("l'approvisionnement en batteries", "battery supply"),
            ("le raffinage des terres rares", "rare earth refining"),
        ],
        heads: &[h(
            Protocole,
            "Protocole d'entente sur les chaînes d'approvisionnement en minéraux critiques",
            "Memorandum of Understanding on Critical Minerals Supply Chains",
            "핵심광물 공급망 양해각서",
            ("Minéraux critiques", "Critical minerals"),
        )],
        partnership: (
            "Partenariat pour l'énergie propre et les minéraux critiques",
            "Clean Energy and Critical Minerals Partnership",
            "청정에너지·핵심광물 파트너십",
            "Partenariat énergie propre",
            "Clean Energy Partnership",
        ),
    },
    DomainInfo {
        domain: Domain::Energy,
        ko: "에너지",
        topics: &[
            ("la sécurité énergétique", "energy security"),
            ("l'hydrogène propre", "clean hydrogen"),
            ("le gaz naturel liquéfié", "liquefied natural gas"),
            ("la transition énergétique", "the energy transition"),
        ],
        heads: &[
            h(
                Protocole,
                "Protocole d'entente sur la coopération énergétique",
                "Memorandum of Understanding on Energy Cooperation",
                "에너지협력 양해각서",
                ("Coopération énergétique", "Energy cooperation"),
            ),
            h(
                Accord,
                "Accord de coopération sur l'hydrogène propre",
                "Clean Hydrogen Cooperation Agreement",
                "청정수소 협력협정",
                ("Hydrogène propre", "Clean hydrogen"),
            ),
        ],
        partnership: (
            "Partenariat pour l'énergie propre et les minéraux critiques",
            "Clean Energy and Critical Minerals Partnership",
            "청정에너지·핵심광물 파트너십",
            "Partenariat énergie propre",
            "Clean Energy Partnership",
        ),
    },
];

// People: (romanized, native script or "").
type Person = (&'static str, &'static str);

const KO_FAMILY: &[Person] = &[
    ("Kim", "김"),
    ("Lee", "이"),
    ("Park", "박"),
    ("Choi", "최"),
    ("Jung", "정"),
    ("Kang", "강"),
    ("Cho", "조"),
    ("Yoon", "윤"),
    ("Jang", "장"),
    ("Han", "한"),
];
const KO_GIVEN: &[Person] = &[
    ("Min-jun", "민준"),
    ("Seo-yeon", "서연"),
    ("Ji-ho", "지호"),
    ("Ha-eun", "하은"),
    ("Do-yun", "도윤"),
    ("Jae-won", "재원"),
    ("Su-bin", "수빈"),
    ("Hyun-woo", "현우"),
    ("Eun-ji", "은지"),
    ("Sang-hoon", "상훈"),
];
const JA_FAMILY: &[Person] = &[
    ("Tanaka", "田中"),
    ("Suzuki", "鈴木"),
    ("Takahashi", "高橋"),
    ("Watanabe", "渡辺"),
    ("Itō", "伊藤"),
    ("Yamamoto", "山本"),
    ("Nakamura", "中村"),
    ("Kobayashi", "小林"),
];
const JA_GIVEN: &[Person] = &[
    ("Kenji", "健二"),
    ("Yuki", "由紀"),
    ("Hiroshi", "博"),
    ("Akiko", "明子"),
    ("Takeshi", "武"),
    ("Naoko", "直子"),
    ("Shōta", "翔太"),
    ("Emi", "恵美"),
];
const ZH_FAMILY: &[Person] = &[
    ("Wang", "王"),
    ("Li", "李"),
    ("Zhang", "张"),
    ("Liu", "刘"),
    ("Chen", "陈"),
    ("Yang", "杨"),
    ("Zhao", "赵"),
];
const ZH_GIVEN: &[Person] = &[
    ("Wei", "伟"),
    ("Fang", "芳"),
    ("Jun", "军"),
    ("Li", "丽"),
    ("Qiang", "强"),
    ("Min", "敏"),
    ("Jie", "杰"),
];

/// Latin-script name pools: (given names, family names, family name first).
fn latin_names(n: Names) -> (&'static [&'static str], &'static [&'static str], bool) {
    match n {
        Names::Fr | Names::Ca => (
            &[
                "Marie",
                "Jean",
                "Mélanie",
                "François",
                "Hélène",
                "Étienne",
                "Geneviève",
                "Stéphane",
                "Chloé",
                "Benoît",
            ],
            &[
                "Tremblay",
                "Gagnon",
                "Bouchard",
                "Côté",
                "Lévesque",
                "Bélanger",
                "Pelletier",
                "Lefèvre",
                "Dubois",
                "Girard",
            ],
            false,
        ),
        Names::En => (
            &[
                "James", "Sarah", "Michael", "Emily", "David", "Laura", "Robert", "Anna",
            ],
            &[
                "Smith", "Taylor", "Brown", "Wilson", "Campbell", "Murray", "Clarke", "Hughes",
            ],
            false,
        ),
        Names::De => (
            &["Jürgen", "Katrin", "Stefan", "Anja", "Matthias", "Sabine"],
            &["Müller", "Schäfer", "Weiß", "Köhler", "Hoffmann", "Wagner"],
            false,
        ),
        Names::Es => (
            &["José", "María", "Andrés", "Lucía", "Joaquín", "Sofía"],
            &["García", "Martínez", "Núñez", "Pérez", "Gómez", "Ibáñez"],
            false,
        ),
        Names::Pt => (
            &["João", "Ana", "Luís", "Conceição", "Antônio", "Beatriz"],
            &["Silva", "Gonçalves", "Araújo", "Magalhães", "Pereira"],
            false,
        ),
        Names::It => (
            &["Giuseppe", "Francesca", "Luca", "Chiara", "Niccolò"],
            &["Rossi", "Bianchi", "Esposito", "Ricci", "Colombo"],
            false,
        ),
        Names::Pl => (
            &["Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Wojciech"],
            &["Kowalski", "Wiśniewski", "Wójcik", "Zieliński", "Dąbrowski"],
            false,
        ),
        Names::Uk => (
            &["Oleksandr", "Olena", "Andriy", "Iryna", "Dmytro"],
            &[
                "Kovalenko",
                "Shevchenko",
                "Bondarenko",
                "Tkachenko",
                "Melnyk",
            ],
            false,
        ),
        Names::Nordic => (
            &["Lars", "Ingrid", "Søren", "Åsa", "Jukka", "Sigrid"],
            &[
                "Andersen",
                "Lindqvist",
                "Virtanen",
                "Håkansson",
                "Nieminen",
                "Østergaard",
            ],
            false,
        ),
        Names::Nl => (
            &["Pieter", "Anouk", "Joost", "Femke"],
            &["de Vries", "Jansen", "van Dijk", "Bakker"],
            false,
        ),
        Names::Hi => (
            &["Rajesh", "Priya", "Anil", "Sunita", "Vikram"],
            &["Sharma", "Patel", "Iyer", "Reddy", "Gupta"],
            false,
        ),
        Names::Id => (
            &["Budi", "Siti", "Agus", "Dewi"],
            &["Santoso", "Wijaya", "Hidayat", "Kusuma"],
            false,
        ),
        Names::Gr => (
            &["Giorgos", "Eleni", "Nikos", "Maria"],
            &["Papadopoulos", "Nikolaidis", "Georgiou", "Konstantinou"],
            false,
        ),
        Names::Tr => (
            &["Mehmet", "Ayşe", "Mustafa", "Zeynep", "Çağlar"],
            &["Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk"],
            false,
        ),
        Names::Vi => (
            &["Văn Hùng", "Thị Mai", "Minh Tuấn", "Thu Hà", "Quốc Bảo"],
            &["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"],
            true,
        ),
        Names::Ko | Names::Ja | Names::Zh => (&[], &[], true),
    }
}

const MINISTERS: &[Pair] = &[
    (
        "ministre des Affaires étrangères",
        "Minister of Foreign Affairs",
    ),
    ("ministre de la Défense", "Minister of Defence"),
    (
        "ministre du Commerce international",
        "Minister of International Trade",
    ),
    ("ministre de l'Industrie", "Minister of Industry"),
    ("ministre des Sciences", "Minister of Science"),
];
const OFFICIALS: &[Pair] = &[
    (
        "vice-ministre des Affaires étrangères",
        "Vice-Minister of Foreign Affairs",
    ),
    ("sous-ministre de la Défense", "Deputy Minister of Defence"),
    (
        "directeur général de la politique de défense",
        "Director General of Defence Policy",
    ),
    ("ambassadeur", "Ambassador"),
    ("négociateur en chef", "Chief Negotiator"),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum SrcLang {
    Fr,
    En,
    Ko,
    Ja,
    De,
}

const PUBLISHERS: &[(&str, SrcLang)] = &[
    ("Affaires mondiales Canada", SrcLang::Fr),
    ("Global Affairs Canada", SrcLang::En),
    ("Cabinet du premier ministre du Canada", SrcLang::Fr),
    ("Prime Minister's Office (Canada)", SrcLang::En),
    ("Yonhap News Agency", SrcLang::En),
    ("연합뉴스", SrcLang::Ko),
    ("대한민국 외교부", SrcLang::Ko),
    ("The Korea Herald", SrcLang::En),
    ("The Korea Times", SrcLang::En),
    ("KBS", SrcLang::En),
    ("Le Devoir", SrcLang::Fr),
    ("La Presse", SrcLang::Fr),
    ("Radio-Canada", SrcLang::Fr),
    ("CBC News", SrcLang::En),
    ("外務省", SrcLang::Ja),
    ("Ministry of Foreign Affairs of Japan", SrcLang::En),
    ("Auswärtiges Amt", SrcLang::De),
    (
        "Ministère de l'Europe et des Affaires étrangères",
        SrcLang::Fr,
    ),
    ("Recueil des traités des Nations Unies", SrcLang::Fr),
    ("United Nations Treaty Series", SrcLang::En),
    ("CommonLII", SrcLang::En),
    ("Gazette du Canada", SrcLang::Fr),
    ("Canada Gazette", SrcLang::En),
    ("Reuters", SrcLang::En),
    ("Agence France-Presse", SrcLang::Fr),
    ("Nikkei Asia", SrcLang::En),
    ("Jurist", SrcLang::En),
    ("True North Strategic Review", SrcLang::En),
];

const SOURCE_FR: &[&str] = &[
    "Déclaration commune {D} et {E} sur {t}",
    "[Communiqué sur la signature d'un accord relatif {q}]",
    "[Compte rendu de la rencontre des ministres {D} et {E}]",
    "Relations bilatérales {a}-{b}\u{a0}: fiche d'information",
    "[Article sur {t} entre {A} et {B}]",
];
const SOURCE_EN: &[&str] = &[
    "Joint Statement by {A} and {B} on {t}",
    "[News release on the signing of an agreement on {t}]",
    "[Readout of the meeting between the ministers of {A} and {B}]",
    "{a}–{b} relations: backgrounder",
    "[Report on {t} between {A} and {B}]",
];
const SOURCE_KO: &[&str] = &[
    "한-{x} {z} 협력 관련 보도",
    "한-{x} 정상회담 결과 보도자료",
    "[한-{x} 관계 개황]",
];
const SOURCE_JA: &[&str] = &["外交青書 {y}", "[首脳会談の概要]", "[二国間関係の概要]"];
const SOURCE_DE: &[&str] = &[
    "Länderinformationen: bilaterale Beziehungen ({y})",
    "[Pressemitteilung zur bilateralen Zusammenarbeit]",
];

// ───────────────────────────── sentence templates ─────────────────────────
//
// Slots, in French and in English:
//   {A} {B}  the two parties ("le Canada" / "Canada")
//   {a} {b}  their bare short names ("Corée" / "Korea")
//   {D} {E}  "du Canada" / "of Canada"
//   {t} {u}  main and second topic;  {T} {U} with "de";  {q} {v} with "à"
//   {o}      a date ("le 3 mars 1998" / "on 3 March 1998");  {y} a year
//   {p} {c}  a place ("à Séoul" / "in Seoul") and its bare name
//   {k} {K}  the record's (or its owner's) noun: "l'accord", "de l'accord"
//   {e} {i}  French agreement with that noun: "e" or "", "elle" or "il"
//   {s}      a publisher;  {r} a verb ("de renforcer" / "strengthen")
//   {m} {w}  two participants;  {x} {z} Korean names (source titles only)
// `{X^}` capitalizes the first letter.

const GENERIC: &[Pair] = &[
    (
        "Les deux gouvernements y voient un moyen de donner plus de cohérence à leur relation bilatérale et de mieux coordonner leurs positions.",
        "Both governments see it as a way to give more coherence to their bilateral relationship and to coordinate their positions better.",
    ),
    (
        "Les communiqués officiels soulignent que cette coopération respecte le droit international et les engagements multilatéraux de chaque partie.",
        "Official releases stress that this cooperation respects international law and each party's multilateral commitments.",
    ),
    (
        "Selon {s}, les discussions ont aussi porté sur {u}, un sujet que les deux capitales jugent de plus en plus prioritaire.",
        "According to {s}, the discussions also covered {u}, a subject both capitals regard as an increasing priority.",
    ),
    (
        "Les représentants {D} ont insisté sur la nécessité de résultats concrets, tandis que ceux {E} ont mis l'accent sur la stabilité régionale.",
        "Representatives {D} insisted on the need for concrete results, while those {E} stressed regional stability.",
    ),
    (
        "Des observateurs notent la place croissante {T} dans la relation entre {A} et {B}.",
        "Observers note the growing place of {t} in the relationship between {A} and {B}.",
    ),
    (
        "La société civile, les universités et les entreprises des deux pays sont invitées à proposer des projets conjoints.",
        "Civil society, universities and businesses in both countries are invited to propose joint projects.",
    ),
    (
        "Un rapport d'étape doit être présenté aux ministres concernés, qui décideront des suites à donner.",
        "A progress report is to be presented to the ministers concerned, who will decide on next steps.",
    ),
    (
        "Cette démarche répond à un contexte international marqué par la concurrence stratégique, les crises régionales et la fragilité des chaînes d'approvisionnement.",
        "This approach responds to an international context marked by strategic competition, regional crises and fragile supply chains.",
    ),
    (
        "Les deux parties ont convenu d'échanger régulièrement des informations et de se consulter avant toute décision importante touchant {t}.",
        "The two parties agreed to exchange information regularly and to consult each other before any major decision affecting {t}.",
    ),
    (
        "Le suivi est assuré par l'ambassade à {c} et par les ministères compétents, en lien avec leurs homologues.",
        "Follow-up is handled by the embassy in {c} and by the competent ministries, together with their counterparts.",
    ),
    (
        "Plusieurs ateliers techniques réunissant des experts des deux pays ont été organisés pour préparer la mise en œuvre.",
        "Several technical workshops bringing together experts from both countries were held to prepare implementation.",
    ),
    (
        "Les parties ont rappelé leur attachement à un ordre international fondé sur des règles et à la sécurité de leurs régions respectives.",
        "The parties recalled their commitment to a rules-based international order and to the security of their respective regions.",
    ),
    (
        "Aucune incidence budgétaire particulière n'a été annoncée\u{202f}; les activités sont financées à même les crédits existants.",
        "No particular budgetary impact was announced; activities are funded from existing appropriations.",
    ),
    (
        "Les fonctionnaires chargés du dossier soulignent l'importance de la confiance mutuelle et de la continuité, au-delà des changements de gouvernement.",
        "Officials in charge of the file stress the importance of mutual trust and continuity, beyond changes of government.",
    ),
    (
        "La presse {E} a largement rendu compte de cette étape, en insistant sur ses retombées pour l'emploi et l'innovation.",
        "Media in {B} covered this step widely, emphasising its benefits for jobs and innovation.",
    ),
    (
        "Une évaluation conjointe est prévue au bout de cinq ans afin de mesurer les progrès accomplis dans le domaine {T}.",
        "A joint review is planned after five years to measure progress in the field of {t}.",
    ),
];

const AG_PURPOSE: &[Pair] = &[
    (
        "{k^} entre {A} et {B} porte sur {t} et fixe le cadre dans lequel les deux gouvernements coopèrent dans ce domaine.",
        "{k^} between {A} and {B} covers {t} and sets the framework within which the two governments cooperate in this field.",
    ),
    (
        "Par {k}, {A} et {B} s'engagent à développer {t} sur la base de l'égalité et de l'avantage mutuel.",
        "Under {k}, {A} and {B} undertake to develop {t} on the basis of equality and mutual benefit.",
    ),
    (
        "{k^} vise à approfondir {t} et à faciliter les échanges entre les administrations, les entreprises et les chercheurs des deux pays.",
        "{k^} aims to deepen {t} and to ease exchanges between the administrations, businesses and researchers of the two countries.",
    ),
    (
        "Ce texte définit les principes, les modalités et les instances {T} entre {A} et {B}.",
        "This text sets out the principles, arrangements and bodies for {t} between {A} and {B}.",
    ),
    (
        "{k^} encadre {t} et précise les obligations de chaque partie, notamment en matière de confidentialité et de règlement des différends.",
        "{k^} governs {t} and spells out each party's obligations, in particular on confidentiality and dispute settlement.",
    ),
    (
        "Conclu{e} pour une durée indéterminée, {k} couvre {t} et peut être étendu{e} {v} par simple échange de notes.",
        "Concluded for an indefinite period, {k} covers {t} and may be extended to {u} by a simple exchange of notes.",
    ),
    (
        "Premier texte de ce type entre {A} et {B}, {k} porte principalement sur {t}, mais aborde aussi {u}.",
        "The first text of its kind between {A} and {B}, {k} deals mainly with {t}, but also addresses {u}.",
    ),
];

const GSOIA_PURPOSE: Pair = (
    "{k^} doit permettre aux deux pays de se transmettre des informations classifiées et de les protéger, dans un cadre sûr et digne de confiance, afin d'approfondir leur coopération dans la défense, la sécurité et l'industrie de défense.",
    "{k^} is to let the two countries pass classified information to each other and protect it, within a secure and trustworthy framework, so as to deepen their cooperation on defence, security and the defence industry.",
);

const AG_EXTRA: &[Pair] = &[
    (
        "{k^} institue un comité mixte, coprésidé par de hauts fonctionnaires, qui se réunit au moins une fois par an pour en suivre l'application.",
        "{k^} sets up a joint committee, co-chaired by senior officials, which meets at least once a year to oversee its implementation.",
    ),
    (
        "Chaque partie peut y mettre fin moyennant un préavis écrit de six mois adressé à l'autre par la voie diplomatique.",
        "Either party may terminate it with six months' written notice to the other through diplomatic channels.",
    ),
    (
        "Les différends relatifs à son interprétation sont réglés par voie de consultations entre les parties, sans recours à un tiers.",
        "Disputes over its interpretation are settled by consultation between the parties, without recourse to a third party.",
    ),
    (
        "Une annexe technique précise les procédures applicables {q}, ainsi que les autorités compétentes de chaque pays.",
        "A technical annex sets out the procedures that apply to {t}, together with the competent authorities of each country.",
    ),
    (
        "{k^} ne crée pas de nouvelles obligations financières\u{a0}: les coûts sont assumés par la partie qui les engage, sauf entente contraire.",
        "{k^} creates no new financial obligations: costs are borne by the party that incurs them, unless otherwise agreed.",
    ),
    (
        "Des échanges de lettres ont ensuite précisé certaines modalités pratiques, notamment pour {t}.",
        "Later exchanges of letters clarified some practical arrangements, in particular for {t}.",
    ),
    (
        "Le texte fait foi en français, en anglais et dans la langue de l'autre partie, chaque version ayant la même valeur.",
        "The text is authentic in English, French and the other party's language, each version being equally authoritative.",
    ),
    (
        "Selon {s}, {k} a permis de multiplier les projets communs et les visites d'experts au cours des années suivantes.",
        "According to {s}, {k} led to many more joint projects and expert visits in the following years.",
    ),
    (
        "{k^} s'inscrit dans la continuité des engagements pris par {A} et {B} dans le domaine {T}.",
        "{k^} follows on from the commitments made by {A} and {B} in the field of {t}.",
    ),
    (
        "Les parties se sont engagées à protéger les informations échangées et à ne les communiquer à un tiers qu'avec le consentement écrit de la partie d'origine.",
        "The parties undertook to protect the information exchanged and to pass it to a third party only with the written consent of the originating party.",
    ),
];

const STEP_LAUNCHED: Pair = (
    "Les négociations ont été lancées {o}, à l'initiative des deux ministères des Affaires étrangères.",
    "Negotiations were launched {o}, at the initiative of both foreign ministries.",
);
const STEP_CONCLUDED: Pair = (
    "Les négociations ont été conclues {o}, après plusieurs cycles de discussions techniques.",
    "Negotiations were concluded {o}, after several rounds of technical talks.",
);
const STEP_INITIALLED: Pair = (
    "Le texte a été paraphé {o} par les négociateurs en chef.",
    "The text was initialled {o} by the chief negotiators.",
);
const STEP_APPROVED: Pair = (
    "Le Conseil des ministres {E} l'a approuvé{e} {o}.",
    "The cabinet {E} approved it {o}.",
);
const STEP_SIGNED_AT: Pair = ("{k^} a été signé{e} {p} {o}.", "{k^} was signed {p} {o}.");
const STEP_SIGNED: Pair = (
    "{k^} a été signé{e} {o} par les représentants des deux gouvernements.",
    "{k^} was signed {o} by representatives of both governments.",
);
const STEP_IN_FORCE: Pair = (
    "{i^} est entré{e} en vigueur {o}, une fois achevées les procédures internes des deux parties.",
    "It entered into force {o}, once both parties had completed their internal procedures.",
);
const STEP_ACTIVE: Pair = (
    "{i^} s'applique depuis sa signature et n'a pas force obligatoire en droit international.",
    "It has applied since its signature and is not binding under international law.",
);
const STEP_TERMINATED: Pair = (
    "{i^} a pris fin {o}, d'un commun accord entre les parties.",
    "It was terminated {o}, by mutual consent of the parties.",
);
const STEP_REPLACED: Pair = (
    "{i^} a été remplacé{e} {o} par un texte plus récent, qui en reprend l'essentiel.",
    "It was replaced {o} by a more recent text, which takes over most of its content.",
);
const NOT_YET_IN_FORCE: Pair = (
    "{i^} n'est pas encore entré{e} en vigueur\u{a0}: les procédures de ratification sont en cours.",
    "It has not yet entered into force: ratification procedures are under way.",
);
const NOT_YET_SIGNED: Pair = (
    "Le texte n'a pas encore été signé, et aucune date n'a été annoncée pour sa signature.",
    "The text has not been signed yet, and no date has been announced for its signature.",
);
const STATUS_UNKNOWN: Pair = (
    "Les sources consultées ne disent pas si {k} est toujours en vigueur ni s'{i} a été remplacé{e}.",
    "The sources consulted do not say whether {k} is still in force or has been replaced.",
);
const SUPERSEDES: Pair = (
    "{k^} remplace un texte antérieur entre les deux pays, dont {i} reprend et élargit les dispositions.",
    "{k^} replaces an earlier text between the two countries, whose provisions it takes over and broadens.",
);

const PS_PURPOSE: &[Pair] = &[
    (
        "{A^} et {B} ont établi ce partenariat {p} {o}, à l'occasion d'une rencontre entre leurs dirigeants.",
        "{A^} and {B} established this partnership {p} {o}, at a meeting between their leaders.",
    ),
    (
        "Créé {o} {p}, ce partenariat fixe les priorités de la relation entre {A} et {B}, au premier rang desquelles {t}.",
        "Created {o} {p}, this partnership sets the priorities of the relationship between {A} and {B}, first among them {t}.",
    ),
    (
        "Ce partenariat, qui n'est pas un traité, offre depuis sa création {o} un cadre politique à la coopération entre {A} et {B} dans le domaine {T} et au-delà.",
        "This partnership, which is not a treaty, has since its creation {o} provided a political framework for cooperation between {A} and {B} in the field of {t} and beyond.",
    ),
];
const PS_REPLACED: Pair = (
    "Il a ensuite été remplacé par un partenariat plus ambitieux, établi {o}.",
    "It was later replaced by a more ambitious partnership, established {o}.",
);
const PS_EXTRA: &[Pair] = &[
    (
        "Il vise à accélérer {t}, à renforcer {u} et à ouvrir de nouvelles perspectives aux entreprises et aux travailleurs des deux pays.",
        "It aims to speed up {t}, to strengthen {u} and to open new opportunities for businesses and workers in both countries.",
    ),
    (
        "Un plan d'action, révisé tous les trois ans, traduit le partenariat en mesures concrètes et en calendriers précis.",
        "An action plan, revised every three years, turns the partnership into concrete measures with set timelines.",
    ),
    (
        "Les ministres des Affaires étrangères et de la Défense en examinent la mise en œuvre lors de leurs réunions au format 2+2.",
        "The foreign and defence ministers review its implementation at their meetings in the 2+2 format.",
    ),
    (
        "Les dirigeants le présentent comme une étape historique, qui place la relation sur une trajectoire plus ambitieuse.",
        "The leaders present it as a historic step that puts the relationship on a more ambitious path.",
    ),
    (
        "Le partenariat couvre aussi {u}, que les deux gouvernements considèrent comme un domaine émergent.",
        "The partnership also covers {u}, which both governments regard as an emerging field.",
    ),
];

const CM_PURPOSE: &[Pair] = &[
    (
        "Cet engagement a été pris {o} dans le cadre {K} entre {A} et {B}.",
        "This commitment was made {o} as part of {k} between {A} and {B}.",
    ),
    (
        "{A^} et {B} ont pris {o} l'engagement {r} {t}, dans le cadre {K}.",
        "{A^} and {B} undertook {o} to {r} {t}, as part of {k}.",
    ),
    (
        "L'objectif, fixé {o}, est {r} {t} et d'en faire un pilier de la relation bilatérale.",
        "The aim, set {o}, is to {r} {t} and to make it a pillar of the bilateral relationship.",
    ),
];
const CM_ANNOUNCED: Pair = (
    "Aucun calendrier précis n'a été rendu public, et aucune mesure de mise en œuvre n'a encore été annoncée.",
    "No precise timetable has been made public, and no implementing measure has been announced yet.",
);
const CM_UNDER_WAY: Pair = (
    "La mise en œuvre a commencé\u{a0}: des groupes de travail se réunissent et les premiers projets sont en cours.",
    "Implementation has begun: working groups are meeting and the first projects are under way.",
);
const CM_COMPLETED: Pair = (
    "L'engagement est considéré comme tenu\u{a0}: les mesures annoncées ont été réalisées, selon {s}.",
    "The commitment is considered fulfilled: the announced measures have been carried out, according to {s}.",
);
const CM_UNKNOWN: Pair = (
    "Les sources ne permettent pas de savoir si cet engagement a été suivi d'effet.",
    "The sources do not make it possible to tell whether this commitment was acted upon.",
);
const CM_EXTRA: &[Pair] = &[
    (
        "Les ministères concernés doivent en rendre compte aux dirigeants lors de leur prochaine rencontre.",
        "The ministries concerned are to report on it to the leaders at their next meeting.",
    ),
    (
        "Cet engagement complète d'autres mesures visant {t}, notamment dans le domaine {U}.",
        "This commitment complements other measures on {t}, in particular in the field of {u}.",
    ),
    (
        "Il s'accompagne d'un financement modeste, destiné surtout à des échanges d'experts et à des études conjointes.",
        "It comes with modest funding, mainly for expert exchanges and joint studies.",
    ),
];

const CM_VERBS: &[Pair] = &[
    ("renforcer", "strengthen"),
    ("approfondir", "deepen"),
    ("accélérer", "accelerate"),
    ("élargir", "broaden"),
    ("soutenir", "support"),
    ("promouvoir", "promote"),
    ("développer", "develop"),
    ("consolider", "consolidate"),
    ("faciliter", "facilitate"),
];
const CM_ACTIONS: &[Pair] = &[
    (
        "Tenir un dialogue annuel sur {t}",
        "Hold an annual dialogue on {t}",
    ),
    (
        "Créer un groupe de travail conjoint sur {t}",
        "Set up a joint working group on {t}",
    ),
    (
        "Conclure un accord sur {t} d'ici {y}",
        "Conclude an agreement on {t} by {y}",
    ),
    (
        "Lancer un programme d'échanges consacré {q}",
        "Launch an exchange programme devoted to {t}",
    ),
    (
        "Publier une feuille de route commune sur {t}",
        "Publish a joint roadmap on {t}",
    ),
    (
        "Étudier une coopération accrue dans le domaine {T}",
        "Study closer cooperation in the field of {t}",
    ),
];

const EV_SUMMIT: Pair = (
    "Les dirigeants {D} et {E} se sont rencontrés {p} {o} pour faire le point sur la relation bilatérale.",
    "The leaders {D} and {E} met {p} {o} to take stock of the bilateral relationship.",
);
const EV_MINISTERIAL: Pair = (
    "Les ministres {D} et {E} se sont réunis {p} {o}, notamment pour examiner {t}.",
    "The ministers {D} and {E} met {p} {o}, in particular to review {t}.",
);
const EV_MEETING: Pair = (
    "De hauts fonctionnaires des deux pays se sont réunis {p} {o} pour faire avancer {t}.",
    "Senior officials of both countries met {p} {o} to move {t} forward.",
);
const EV_STATEMENT: Pair = (
    "Dans une déclaration commune publiée {o}, {A} et {B} ont réaffirmé leur volonté de renforcer {t}.",
    "In a joint statement issued {o}, {A} and {B} reaffirmed their resolve to strengthen {t}.",
);
const EV_SIGNATURE: Pair = (
    "{k^} a été signé{e} {p} {o}, en présence de représentants des deux gouvernements.",
    "{k^} was signed {p} {o}, in the presence of representatives of both governments.",
);
const EV_IN_FORCE: Pair = (
    "{k^} est entré{e} en vigueur {o}, une fois achevées les procédures internes des deux parties.",
    "{k^} entered into force {o}, once both parties had completed their internal procedures.",
);
const EV_LAUNCHED: Pair = (
    "{A^} et {B} ont lancé {o} les négociations en vue de conclure {k}.",
    "{A^} and {B} launched negotiations {o} with a view to concluding {k}.",
);
const EV_CONCLUDED: Pair = (
    "Les négociateurs ont annoncé {o} la conclusion des négociations sur {k}.",
    "The negotiators announced {o} that negotiations on {k} had been concluded.",
);
const EV_APPROVAL: Pair = (
    "Le Conseil des ministres {E} a approuvé {k} {o}, ouvrant la voie à la suite de la procédure.",
    "The cabinet {E} approved {k} {o}, opening the way to the next steps of the procedure.",
);
const EV_ANNOUNCEMENT: Pair = (
    "{A^} et {B} ont annoncé {o} un programme conjoint consacré {q}.",
    "{A^} and {B} announced {o} a joint programme devoted to {t}.",
);
const EV_ESTABLISHMENT: Pair = (
    "Les dirigeants ont établi {o} {p} {k}, qui fixe les grandes orientations de la relation.",
    "The leaders established {k} {p} {o}, which sets the broad directions of the relationship.",
);
const EV_PARTICIPANTS: Pair = (
    "Y ont notamment pris part {m} et {w}.",
    "Participants included {m} and {w}.",
);
const EV_EXTRA: &[Pair] = &[
    (
        "Les échanges ont porté sur {t}, mais aussi sur {u} et sur la situation régionale.",
        "The talks covered {t}, but also {u} and the regional situation.",
    ),
    (
        "À l'issue de la rencontre, les deux délégations ont salué des progrès concrets et fixé la date de leur prochaine réunion.",
        "At the end of the meeting, both delegations welcomed concrete progress and set the date of their next meeting.",
    ),
    (
        "Un communiqué conjoint a été diffusé le jour même par les deux gouvernements.",
        "A joint communiqué was released by both governments the same day.",
    ),
    (
        "{s^} a rendu compte de l'événement en soulignant son importance pour {t}.",
        "{s^} reported on the event, stressing its importance for {t}.",
    ),
];

const CAVEAT_STATUS: &[Pair] = &[
    (
        "Les sources consultées ne disent pas ce qu'il en est aujourd'hui\u{202f}; le statut actuel est donc inconnu.",
        "The sources consulted do not say where this stands today; its current status is therefore unknown.",
    ),
    (
        "Aucune source récente ne confirme que {k} s'applique toujours, ni qu'{i} a pris fin.",
        "No recent source confirms that {k} still applies, nor that it has ended.",
    ),
];
const CAVEAT_SIGNED: Pair = (
    "La date de signature n'est donnée qu'au mois ou à l'année près selon les sources.",
    "Depending on the source, the signature date is given only to the month or the year.",
);
const CAVEAT_IN_FORCE: Pair = (
    "Aucune source officielle ne confirme la date d'entrée en vigueur retenue ici.",
    "No official source confirms the entry-into-force date given here.",
);
const CAVEAT_DATE: Pair = (
    "Les sources divergent sur la date exacte\u{a0}: certaines retiennent {o}, d'autres la veille.",
    "Sources disagree on the exact date: some give {o}, others the day before.",
);
const CAVEAT_TITLE: Pair = (
    "Le titre officiel français n'a pas été trouvé\u{202f}; le titre affiché est notre traduction.",
    "The official French title was not found; the title shown is our rendering.",
);
const CAVEAT_SCOPE: Pair = (
    "Les comptes rendus des deux gouvernements ne concordent pas sur la portée de cette fiche.",
    "The two governments' readouts do not agree on the scope of this record.",
);
const CAVEAT_PARTICIPANTS: Pair = (
    "La liste des participants est incomplète dans les sources consultées.",
    "The list of participants is incomplete in the sources consulted.",
);

const NOTE_LAUNCHED: Pair = (
    "Annonce faite à l'issue d'une rencontre ministérielle.",
    "Announced after a ministerial meeting.",
);
const NOTE_SIGNED: Pair = (
    "Signature {p} lors d'une visite officielle.",
    "Signed {p} during an official visit.",
);
const NOTE_IN_FORCE: Pair = (
    "Entrée en vigueur après l'échange des instruments de ratification.",
    "Entry into force after the exchange of instruments of ratification.",
);
const NOTE_APPROVED: Pair = (
    "Approbation par le Conseil des ministres\u{202f}; l'assentiment du Parlement n'est pas requis.",
    "Approved by cabinet; parliamentary consent is not required.",
);
const NOTE_OTHER: Pair = (
    "Date donnée par les sources officielles des deux pays.",
    "Date given by official sources of both countries.",
);

// ────────────────────────────── the generator ─────────────────────────────

/// Slot values for one language, indexed by the slot's ASCII letter.
struct Slots(Vec<String>);

impl Slots {
    fn new() -> Slots {
        Slots(vec![String::new(); 128])
    }
    fn set(&mut self, k: u8, s: &str) {
        let v = &mut self.0[k as usize];
        v.clear();
        v.push_str(s);
    }
    fn get(&self, k: u8) -> &str {
        &self.0[k as usize]
    }
}

/// Appends `tpl` to `out` with its `{x}` slots filled in.
fn render(out: &mut String, tpl: &str, s: &Slots) {
    let b = tpl.as_bytes();
    let (mut i, mut start) = (0, 0);
    while i < b.len() {
        if b[i] == b'{' {
            out.push_str(&tpl[start..i]);
            let k = b[i + 1];
            let upper = b[i + 2] == b'^';
            let v = s.get(k);
            debug_assert!(
                !v.is_empty() || k == b'e',
                "slot {{{}}} is empty in {tpl:?}",
                k as char
            );
            if upper {
                push_cap(out, v);
            } else {
                out.push_str(v);
            }
            i += if upper { 4 } else { 3 };
            start = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&tpl[start..]);
}

struct Topic {
    fr: &'static str,
    en: &'static str,
    fr_de: String,
    fr_a: String,
    en_of: String,
    en_to: String,
}

/// Where a record sits: its two countries (in title order), pair and domain.
#[derive(Clone, Copy)]
struct Place {
    a: usize,
    b: usize,
    pair: usize,
    dom: usize,
}

struct PsMeta {
    at: Place,
    day: i32,
}

struct AgMeta {
    at: Place,
    day: i32,
    head: &'static Head,
    /// The earliest dated step, or the signature date: what a commitment
    /// made under this agreement dates from.
    first: Option<(PartialDate, i32)>,
    replaceable: bool,
    last_key: Key,
}

struct EvMeta {
    at: Place,
    day: i32,
    date: PartialDate,
    kind: EventKind,
}

/// What an event is about.
enum Subject {
    None,
    Agreement(usize),
    Partnership(usize),
}

struct Gen {
    rng: Rng,
    records: usize,
    seed: u64,
    counts: [usize; 4],
    fr: Slots,
    en: Slots,
    topics: Vec<Vec<Topic>>,
    pair_idx: Vec<(usize, usize)>,
    pair_w: Vec<u32>,
    domain_w: Vec<u32>,
    src_days: Vec<i32>,
    /// Korean party's index, for Hangul titles.
    kr: usize,
    ca: usize,
    // Summary under construction.
    sum: Vec<Text>,
    cur_fr: String,
    cur_en: String,
    cur_len: usize,
    total: usize,
    target: usize,
    para_target: usize,
    paras_left: usize,
    tmp: String,
}

fn ps_id(i: usize) -> String {
    format!("ps-{i:06}")
}
fn ag_id(i: usize) -> String {
    format!("ag-{i:06}")
}
fn cm_id(i: usize) -> String {
    format!("cm-{i:06}")
}
fn ev_id(i: usize) -> String {
    format!("ev-{i:06}")
}
fn src_id(i: usize) -> String {
    format!("src-{i:05}")
}

fn push_unique(v: &mut Vec<String>, id: String) {
    if !v.contains(&id) {
        v.push(id);
    }
}

impl Gen {
    fn new(records: usize, seed: u64) -> Gen {
        let country = |id: &str| COUNTRIES.iter().position(|c| c.id == id).unwrap();
        let topics = DOMAINS
            .iter()
            .map(|d| {
                d.topics
                    .iter()
                    .map(|&(fr, en)| Topic {
                        fr,
                        en,
                        fr_de: fr_de(fr),
                        fr_a: fr_a(fr),
                        en_of: format!("of {en}"),
                        en_to: format!("to {en}"),
                    })
                    .collect()
            })
            .collect();
        debug_assert!(
            DOMAINS
                .iter()
                .zip(DOMAIN_WEIGHTS)
                .all(|(d, (w, _))| d.domain == w)
        );
        Gen {
            rng: Rng::new(seed),
            records,
            seed,
            counts: kind_counts(records),
            fr: Slots::new(),
            en: Slots::new(),
            topics,
            pair_idx: PAIRS.iter().map(|p| (country(p.0), country(p.1))).collect(),
            pair_w: PAIRS.iter().map(|p| p.2).collect(),
            domain_w: DOMAIN_WEIGHTS.iter().map(|d| d.1).collect(),
            src_days: Vec::new(),
            kr: country("kr"),
            ca: country("ca"),
            sum: Vec::new(),
            cur_fr: String::new(),
            cur_en: String::new(),
            cur_len: 0,
            total: 0,
            target: 0,
            para_target: 0,
            paras_left: 0,
            tmp: String::new(),
        }
    }

    // ── random pieces ──

    /// A day from 1950 to 2026, more likely recent.
    fn skewed_day(&mut self) -> i32 {
        let t = self.rng.unit().sqrt();
        MIN_DAY + (t * (MAX_DAY - MIN_DAY) as f64) as i32
    }

    fn sorted_days(&mut self, n: usize) -> Vec<i32> {
        let mut v: Vec<i32> = (0..n).map(|_| self.skewed_day()).collect();
        v.sort_unstable();
        v
    }

    fn prec(&mut self, day_pct: u32, month_pct: u32) -> Prec {
        let x = self.rng.below(100) as u32;
        if x < day_pct {
            Prec::Day
        } else if x < day_pct + month_pct {
            Prec::Month
        } else {
            Prec::Year
        }
    }

    fn domain(&mut self) -> usize {
        self.rng.weighted(&self.domain_w)
    }

    /// A pair of countries, in a random title order.
    fn place(&mut self, dom: usize) -> Place {
        let pair = self.rng.weighted(&self.pair_w);
        let (mut a, mut b) = self.pair_idx[pair];
        if self.rng.chance(20) {
            std::mem::swap(&mut a, &mut b);
        }
        Place { a, b, pair, dom }
    }

    /// The primary domain, then up to two others.
    fn domains(&mut self, primary: usize) -> Vec<Domain> {
        let mut v = vec![DOMAINS[primary].domain];
        let extra = self.rng.weighted(&[50, 35, 15]);
        for _ in 0..extra {
            let d = DOMAINS[self.domain()].domain;
            if !v.contains(&d) {
                v.push(d);
            }
        }
        v
    }

    fn parties(&mut self, at: Place) -> Vec<String> {
        let (a, b) = (COUNTRIES[at.a].id, COUNTRIES[at.b].id);
        let mut v = vec![a.to_string(), b.to_string()];
        if self.rng.chance(3) {
            let subs: Vec<&str> = SUBNATIONAL
                .iter()
                .filter(|s| s.0 == a || s.0 == b)
                .map(|s| s.1)
                .collect();
            if !subs.is_empty() {
                v.push(self.rng.pick(&subs).to_string());
            }
        }
        v
    }

    /// The capital of one of the two countries.
    fn city(&mut self, at: Place) -> Name3 {
        let c = if self.rng.chance(50) { at.a } else { at.b };
        COUNTRIES[c].capital
    }

    fn city_text(city: Name3) -> Text {
        Text {
            fr: city.0.into(),
            en: city.1.into(),
            native: city.2.map(Into::into),
        }
    }

    /// 1–3 sources dated near `day`, sometimes one from anywhere.
    fn sources(&mut self, day: i32) -> Vec<String> {
        let n = self.src_days.len();
        let i = self.src_days.partition_point(|&d| d <= day);
        let lo = i.saturating_sub(6);
        let hi = (i + 6).min(n);
        let (lo, hi) = if hi > lo { (lo, hi) } else { (n - 1, n) };
        let want = 1 + self.rng.weighted(&[45, 35, 20]);
        let mut v = Vec::with_capacity(want + 1);
        for _ in 0..want {
            push_unique(&mut v, src_id(lo + self.rng.below(hi - lo)));
        }
        if self.rng.chance(15) {
            push_unique(&mut v, src_id(self.rng.below(n)));
        }
        v
    }

    fn person(&mut self, c: usize) -> (String, Option<String>) {
        let style = COUNTRIES[c].names;
        let cjk = match style {
            Names::Ko => Some((KO_FAMILY, KO_GIVEN)),
            Names::Ja => Some((JA_FAMILY, JA_GIVEN)),
            Names::Zh => Some((ZH_FAMILY, ZH_GIVEN)),
            _ => None,
        };
        if let Some((family, given)) = cjk {
            // Family name first, in both scripts.
            let f = *self.rng.pick(family);
            let g = *self.rng.pick(given);
            return (format!("{} {}", f.0, g.0), Some(format!("{}{}", f.1, g.1)));
        }
        let style = if style == Names::Ca {
            if self.rng.chance(50) {
                Names::Fr
            } else {
                Names::En
            }
        } else {
            style
        };
        let (given, family, family_first) = latin_names(style);
        let g = *self.rng.pick(given);
        let f = *self.rng.pick(family);
        let name = if family_first {
            format!("{f} {g}")
        } else {
            format!("{g} {f}")
        };
        (name, None)
    }

    fn participant(&mut self, c: usize, office: Pair) -> Text {
        let (name, native) = self.person(c);
        let k = &COUNTRIES[c];
        Text {
            fr: format!("{name}, {} {}", office.0, fr_de(k.fr_le)),
            en: format!("{name}, {} of {}", office.1, k.en_the),
            native,
        }
    }

    // ── slots ──

    fn set(&mut self, k: u8, fr: &str, en: &str) {
        self.fr.set(k, fr);
        self.en.set(k, en);
    }

    fn set_pair(&mut self, at: Place) {
        let (a, b) = (&COUNTRIES[at.a], &COUNTRIES[at.b]);
        self.set(b'A', a.fr_le, a.en_the);
        self.set(b'B', b.fr_le, b.en_the);
        self.set(b'a', a.short_fr(), a.short_en());
        self.set(b'b', b.short_fr(), b.short_en());
        self.set(b'D', &fr_de(a.fr_le), &format!("of {}", a.en_the));
        self.set(b'E', &fr_de(b.fr_le), &format!("of {}", b.en_the));
        let other = if at.a == self.kr { b.ko } else { a.ko };
        self.set(b'x', other, other);
        self.set(b'z', DOMAINS[at.dom].ko, DOMAINS[at.dom].ko);
    }

    fn set_topics(&mut self, dom: usize, dom2: usize) {
        let n = self.topics[dom].len();
        let t = self.rng.below(n);
        let mut u = self.rng.below(self.topics[dom2].len());
        if dom == dom2 && u == t && n > 1 {
            u = (u + 1) % n;
        }
        let (fr, en) = (&mut self.fr, &mut self.en);
        let tt = &self.topics[dom][t];
        fr.set(b't', tt.fr);
        fr.set(b'T', &tt.fr_de);
        fr.set(b'q', &tt.fr_a);
        en.set(b't', tt.en);
        en.set(b'T', &tt.en_of);
        en.set(b'q', &tt.en_to);
        let uu = &self.topics[dom2][u];
        fr.set(b'u', uu.fr);
        fr.set(b'U', &uu.fr_de);
        fr.set(b'v', &uu.fr_a);
        en.set(b'u', uu.en);
        en.set(b'U', &uu.en_of);
        en.set(b'v', &uu.en_to);
    }

    /// Pair, topics, a city and a publisher for a record about `at`.
    fn set_context(&mut self, at: Place) {
        self.set_pair(at);
        let dom2 = if self.rng.chance(60) {
            at.dom
        } else {
            self.domain()
        };
        self.set_topics(at.dom, dom2);
        let city = self.city(at);
        self.set_city(city);
        let s = self.rng.pick(PUBLISHERS).0;
        self.set(b's', s, s);
    }

    fn set_city(&mut self, city: Name3) {
        self.set(b'c', city.0, city.1);
        self.set(b'p', &format!("à {}", city.0), &format!("in {}", city.1));
    }

    fn set_date(&mut self, d: &PartialDate) {
        on_fr(d, &mut self.tmp);
        self.fr.set(b'o', &self.tmp);
        on_en(d, &mut self.tmp);
        self.en.set(b'o', &self.tmp);
        let y = d.year.to_string();
        self.set(b'y', &y, &y);
    }

    fn set_noun(&mut self, k: &str, de_k: &str, fem: bool, en: &str) {
        self.set(b'k', k, en);
        self.set(b'K', de_k, &format!("of {en}"));
        self.set(b'e', if fem { "e" } else { "" }, "");
        self.set(b'i', if fem { "elle" } else { "il" }, "it");
    }

    fn set_agreement_noun(&mut self, noun: Noun) {
        let (k, de_k, fem, en) = noun.words();
        self.set_noun(k, de_k, fem, en);
    }

    fn text(&self, tpl: Pair) -> Text {
        let mut fr = String::new();
        let mut en = String::new();
        render(&mut fr, tpl.0, &self.fr);
        render(&mut en, tpl.1, &self.en);
        Text {
            fr,
            en,
            native: None,
        }
    }

    fn caveat(&self, level: Certainty, field: Option<&str>, tpl: Pair) -> Caveat {
        Caveat {
            level,
            field: field.map(Into::into),
            note: self.text(tpl),
        }
    }

    // ── summaries ──

    fn begin_summary(&mut self) {
        // Sentences are added until the target is passed, by half a
        // sentence pair on average: aim low, so that the totals spread over
        // SUMMARY_CHARS with a median near 1,150 (≈1,300 with the titles).
        let lo = SUMMARY_CHARS.0 as i32;
        self.target = self.rng.range(lo - 100, lo + 200) as usize;
        self.paras_left = 1 + self.rng.weighted(&[20, 45, 35]);
        self.para_target = self.target / self.paras_left;
        self.cur_fr.clear();
        self.cur_en.clear();
        self.cur_len = 0;
        self.total = 0;
    }

    fn say(&mut self, tpl: Pair) {
        if !self.cur_fr.is_empty() {
            self.cur_fr.push(' ');
            self.cur_en.push(' ');
        }
        let (f0, e0) = (self.cur_fr.len(), self.cur_en.len());
        render(&mut self.cur_fr, tpl.0, &self.fr);
        render(&mut self.cur_en, tpl.1, &self.en);
        let n = self.cur_fr[f0..].chars().count() + self.cur_en[e0..].chars().count();
        self.cur_len += n;
        self.total += n;
        if self.cur_len >= self.para_target && self.paras_left > 1 {
            self.break_paragraph();
        }
    }

    fn break_paragraph(&mut self) {
        // Copy out exact-size strings and keep the buffers' capacity.
        self.sum.push(Text {
            fr: self.cur_fr.as_str().into(),
            en: self.cur_en.as_str().into(),
            native: None,
        });
        self.cur_fr.clear();
        self.cur_en.clear();
        self.paras_left = self.paras_left.saturating_sub(1);
        self.cur_len = 0;
    }

    /// Adds sentences from `pools`, each at most once, until the target
    /// length is reached.
    fn fill(&mut self, pools: &[&'static [Pair]]) {
        let n: usize = pools.iter().map(|p| p.len()).sum();
        debug_assert!(n <= 128);
        let mut used: u128 = 0;
        let mut left = n;
        while self.total < self.target && left > 0 {
            let mut j = self.rng.below(n);
            while used & (1 << j) != 0 {
                j = (j + 1) % n;
            }
            used |= 1 << j;
            left -= 1;
            let mut k = j;
            let mut tpl = None;
            for p in pools {
                if k < p.len() {
                    tpl = Some(p[k]);
                    break;
                }
                k -= p.len();
            }
            if let Some(tpl) = tpl {
                self.say(tpl);
            }
        }
    }

    fn end_summary(&mut self) -> Vec<Text> {
        if !self.cur_fr.is_empty() {
            self.break_paragraph();
        }
        let mut out = Vec::with_capacity(self.sum.len());
        out.append(&mut self.sum);
        out
    }

    /// Sometimes (in `percent` % of records) a caveat chosen from `options`.
    fn maybe_caveat(
        &mut self,
        percent: u32,
        options: &[(Certainty, Option<&str>, Pair)],
    ) -> Vec<Caveat> {
        if options.is_empty() || !self.rng.chance(percent) {
            return Vec::new();
        }
        let &(level, field, tpl) = self.rng.pick(options);
        vec![self.caveat(level, field, tpl)]
    }

    // ── the dataset ──

    fn run(mut self) -> Dataset {
        let [np, na, nc, ne] = self.counts;

        // Sources, sorted by date.
        let ns = source_count(self.records);
        self.src_days = self.sorted_days(ns);
        let mut sources = Vec::with_capacity(ns);
        for i in 0..ns {
            let s = self.source(i);
            sources.push(s);
        }

        // Partnerships: where and when first, so that each knows its successor.
        let ps_days = self.sorted_days(np);
        let mut pair_ps: Vec<Vec<usize>> = vec![Vec::new(); PAIRS.len()];
        let ps_meta: Vec<PsMeta> = ps_days
            .iter()
            .enumerate()
            .map(|(i, &day)| {
                let dom = self.partnership_domain();
                let at = self.place(dom);
                pair_ps[at.pair].push(i);
                PsMeta { at, day }
            })
            .collect();
        let mut partnerships = Vec::with_capacity(np);
        for i in 0..np {
            let list = &pair_ps[ps_meta[i].at.pair];
            let pos = list.iter().position(|&j| j == i).unwrap_or(0);
            let prev = pos.checked_sub(1).map(|p| list[p]);
            let next = list.get(pos + 1).copied();
            let next = next.map(|j| (j, ps_meta[j].day));
            let p = self.partnership(i, &ps_meta[i], prev, next);
            partnerships.push(p);
        }

        // Agreements, oldest first.
        let ag_days = self.sorted_days(na);
        let mut pair_ag: Vec<Vec<usize>> = vec![Vec::new(); PAIRS.len()];
        let mut agreements: Vec<Agreement> = Vec::with_capacity(na);
        let mut ag_meta: Vec<AgMeta> = Vec::with_capacity(na);
        for (i, &day) in ag_days.iter().enumerate() {
            let gsoia = i % GSOIA_EVERY == GSOIA_OFFSET;
            let dom = if gsoia {
                DOMAINS
                    .iter()
                    .position(|d| d.domain == Domain::ClassifiedInformation)
                    .unwrap()
            } else {
                self.domain()
            };
            let at = self.place(dom);
            let (a, m) = self.agreement(
                i,
                at,
                day,
                gsoia,
                &pair_ps,
                &ps_meta,
                &mut partnerships,
                &pair_ag,
                &mut agreements,
                &mut ag_meta,
            );
            pair_ag[at.pair].push(i);
            agreements.push(a);
            ag_meta.push(m);
        }

        // Events: steps of agreements, establishments, meetings…
        let mut steps: [Vec<(usize, usize)>; 5] = Default::default();
        for (i, a) in agreements.iter().enumerate() {
            for (j, h) in a.history.iter().enumerate() {
                let slot = match h.status {
                    Status::Signed => 0,
                    Status::InForce => 1,
                    Status::NegotiationsLaunched => 2,
                    Status::NegotiationsConcluded => 3,
                    Status::Approved => 4,
                    _ => continue,
                };
                steps[slot].push((i, j));
            }
        }
        let mut unused_ps: Vec<usize> = (0..np).collect();
        let mut events: Vec<(Event, EvMeta, Subject)> = Vec::with_capacity(ne);
        for _ in 0..ne {
            let e = self.event(
                &mut steps,
                &mut unused_ps,
                &agreements,
                &ag_meta,
                &partnerships,
                &ps_meta,
                &pair_ag,
                &pair_ps,
            );
            events.push(e);
        }
        events.sort_by_key(|e| key(&e.0.date));
        let mut ev_meta = Vec::with_capacity(ne);
        let mut ev_list = Vec::with_capacity(ne);
        let mut owners_ev = Vec::new();
        for (i, (mut e, m, subject)) in events.into_iter().enumerate() {
            e.id = ev_id(i);
            match subject {
                Subject::Agreement(j) if agreements[j].related.len() < 10 => {
                    agreements[j].related.push(e.id.clone());
                }
                Subject::Partnership(j) if partnerships[j].related.len() < 10 => {
                    partnerships[j].related.push(e.id.clone());
                }
                _ => {}
            }
            if matches!(
                m.kind,
                EventKind::Statement
                    | EventKind::Summit
                    | EventKind::Ministerial
                    | EventKind::Meeting
            ) {
                owners_ev.push(i);
            }
            ev_list.push(e);
            ev_meta.push(m);
        }

        // Commitments, each owned by a partnership, an agreement or an event.
        let mut commitments = Vec::with_capacity(nc);
        for i in 0..nc {
            let c = self.commitment(
                i, &ps_meta, &ag_meta, &ev_meta, &owners_ev, &pair_ag, &pair_ps,
            );
            commitments.push(c);
        }

        let n = self.records;
        let seed = self.seed;
        Dataset {
            title: Text::new(
                format!("Jeu de données synthétique\u{a0}: {n} fiches (graine {seed})"),
                format!("Synthetic dataset: {n} records (seed {seed})"),
            ),
            description: Some(Text::new(
                format!(
                    "Données fictives produites par accords::synth pour les essais de performance\u{a0}: {}, {}, {} et {} entre {} pays, de 1950 à 2026. Les textes sont assemblés à partir de modèles de phrases\u{202f}; ils ne décrivent aucun accord réel.",
                    count(np, "partenariat"),
                    count(na, "accord"),
                    count(nc, "engagement"),
                    count(ne, "événement"),
                    COUNTRIES.len()
                ),
                format!(
                    "Fictitious data produced by accords::synth for performance tests: {}, {}, {} and {} between {} countries, from 1950 to 2026. The texts are assembled from sentence templates; they describe no real agreement.",
                    count(np, "partnership"),
                    count(na, "agreement"),
                    count(nc, "commitment"),
                    count(ne, "event"),
                    COUNTRIES.len()
                ),
            )),
            parties: parties(),
            sources,
            partnerships,
            agreements,
            commitments,
            events: ev_list,
        }
    }

    fn partnership_domain(&mut self) -> usize {
        // Standing partnerships are mostly diplomatic or about security.
        match self.rng.below(10) {
            0..=3 => 1,
            4..=6 => 0,
            _ => self.domain(),
        }
    }

    fn source(&mut self, i: usize) -> Source {
        let day = self.src_days[i];
        let dom = self.domain();
        let at = self.place(dom);
        self.set_pair(at);
        self.set_topics(dom, dom);
        let date = date_at(day, Prec::Day);
        self.set_date(&date);
        let (publisher, lang) = *self.rng.pick(PUBLISHERS);
        let korean = at.a == self.kr || at.b == self.kr;
        let (tpl, slots) = match lang {
            SrcLang::Fr => (*self.rng.pick(SOURCE_FR), &self.fr),
            SrcLang::Ko if korean => (*self.rng.pick(SOURCE_KO), &self.fr),
            SrcLang::Ja => (*self.rng.pick(SOURCE_JA), &self.fr),
            SrcLang::De => (*self.rng.pick(SOURCE_DE), &self.fr),
            _ => (*self.rng.pick(SOURCE_EN), &self.en),
        };
        let mut title = String::new();
        render(&mut title, tpl, slots);
        let date = match self.rng.below(100) {
            0..=59 => Some(date),
            60..=84 => Some(date_at(day, Prec::Month)),
            _ => None,
        };
        let id = src_id(i);
        let url = self
            .rng
            .chance(50)
            .then(|| format!("https://example.org/sources/{id}"));
        let mut source = Source {
            id,
            title,
            publisher: publisher.into(),
            date,
            lang: match lang {
                SrcLang::Fr => Some(SourceLang::Fr),
                SrcLang::Ko if korean => Some(SourceLang::Ko),
                SrcLang::Ja | SrcLang::De => None,
                _ => Some(SourceLang::En),
            },
            url,
            note: None,
        };
        // A source with no copy, or with a title we wrote, says so.
        let (fr, en) = match (source.url.is_none(), source.bracketed_title()) {
            (true, true) => (
                "Aucune copie publique trouvée\u{202f}; le titre est notre description.",
                "No public copy found; the title is our description.",
            ),
            (true, false) => ("Aucune copie publique trouvée.", "No public copy found."),
            (false, true) => (
                "Le titre publié n'est pas connu\u{202f}; le titre est notre description.",
                "The published title is not known; the title is our description.",
            ),
            (false, false) => return source,
        };
        source.note = Some(Text::new(fr, en));
        source
    }

    /// Canada's partner in a short title, or both countries when Canada is
    /// not one of them.
    fn partner(&self, at: Place) -> (String, String) {
        let (a, b) = (&COUNTRIES[at.a], &COUNTRIES[at.b]);
        if at.a == self.ca {
            (b.short_fr().into(), b.short_en().into())
        } else if at.b == self.ca {
            (a.short_fr().into(), a.short_en().into())
        } else {
            (
                format!("{}-{}", a.short_fr(), b.short_fr()),
                format!("{}–{}", a.short_en(), b.short_en()),
            )
        }
    }

    /// The Hangul form of a title, for records involving Korea (most of them).
    fn korean(&mut self, at: Place, words: &str) -> Option<String> {
        let other = if at.a == self.kr {
            at.b
        } else if at.b == self.kr {
            at.a
        } else {
            return None;
        };
        self.rng
            .chance(85)
            .then(|| format!("한-{} {words}", COUNTRIES[other].ko))
    }

    fn partnership(
        &mut self,
        i: usize,
        m: &PsMeta,
        prev: Option<usize>,
        next: Option<(usize, i32)>,
    ) -> Partnership {
        let at = m.at;
        self.set_context(at);
        let head = DOMAINS[at.dom].partnership;
        let (a, b) = (&COUNTRIES[at.a], &COUNTRIES[at.b]);
        let fr = if self.rng.chance(60) {
            format!("{} {}-{}", head.0, a.short_fr(), b.short_fr())
        } else {
            format!("{} entre {} et {}", head.0, a.fr_le, b.fr_le)
        };
        let en = if self.rng.chance(60) {
            format!("{}–{} {}", a.short_en(), b.short_en(), head.1)
        } else {
            format!("{} between {} and {}", head.1, a.en_the, b.en_the)
        };
        let native = self.korean(at, head.2);
        let (partner_fr, partner_en) = self.partner(at);
        let short = Text::new(
            format!("{} ({partner_fr})", head.3),
            format!("{} ({partner_en})", head.4),
        );
        let mut aliases = Vec::new();
        aliases.extend(acronym(head.1));
        if let Some(x) = acronym(head.0).filter(|x| !aliases.contains(x)) {
            aliases.push(x);
        }
        aliases.extend(native.clone());

        let established = date_at(m.day, self.prec(60, 30));
        let city = self.city(at);
        self.set_city(city);
        self.set_date(&established);
        self.set_noun("le partenariat", "du partenariat", false, "the partnership");

        let status = if self.rng.chance(5) {
            Status::Unknown
        } else if next.is_some() && self.rng.chance(70) {
            Status::Replaced
        } else {
            Status::Active
        };

        self.begin_summary();
        let tpl = *self.rng.pick(PS_PURPOSE);
        self.say(tpl);
        if status == Status::Replaced {
            if let Some((_, day)) = next {
                let d = date_at(day, Prec::Month);
                self.set_date(&d);
                self.say(PS_REPLACED);
            }
        }
        self.fill(&[PS_EXTRA, GENERIC]);
        let summary = self.end_summary();

        let mut caveats = if status == Status::Unknown {
            let tpl = *self.rng.pick(CAVEAT_STATUS);
            vec![self.caveat(Certainty::Unsure, Some("status"), tpl)]
        } else {
            self.maybe_caveat(
                3,
                &[
                    (Certainty::Unsure, Some("title"), CAVEAT_TITLE),
                    (Certainty::Conflict, None, CAVEAT_SCOPE),
                ],
            )
        };
        caveats.shrink_to_fit();

        let mut related = Vec::new();
        if let Some(p) = prev {
            related.push(ps_id(p));
        }
        if let Some((n, _)) = next {
            related.push(ps_id(n));
        }
        let parties = self.parties(at);
        let sources = self.sources(m.day);
        Partnership {
            id: ps_id(i),
            title: Text { fr, en, native },
            short: Some(short),
            aliases,
            parties,
            established: Some(established),
            place: Some(Self::city_text(city)),
            status,
            domains: self.domains(at.dom),
            summary,
            related,
            caveats,
            sources,
        }
    }

    /// The dated steps leading to `target`, from `start`; shortened if a
    /// step would fall after 2026.
    fn chain(&mut self, form: Form, target: Status, start: i32) -> Vec<(Status, i32)> {
        use Status::*;
        let mut plan: Vec<(Status, i32, i32)> = Vec::new();
        let r = &mut self.rng;
        let mut opt = |plan: &mut Vec<(Status, i32, i32)>, s, lo, hi, pct| {
            if r.chance(pct) {
                plan.push((s, lo, hi));
            }
        };
        match (form, target) {
            (_, NegotiationsLaunched) => plan.push((NegotiationsLaunched, 0, 0)),
            (_, NegotiationsConcluded) => {
                opt(&mut plan, NegotiationsLaunched, 0, 0, 70);
                plan.push((NegotiationsConcluded, 120, 1500));
            }
            (_, Initialled) => {
                opt(&mut plan, NegotiationsLaunched, 0, 0, 60);
                opt(&mut plan, NegotiationsConcluded, 120, 1500, 70);
                plan.push((Initialled, 5, 200));
            }
            (_, Approved) => {
                opt(&mut plan, NegotiationsLaunched, 0, 0, 60);
                opt(&mut plan, NegotiationsConcluded, 120, 1500, 60);
                plan.push((Approved, 15, 300));
            }
            (_, Signed) => {
                opt(&mut plan, NegotiationsLaunched, 0, 0, 40);
                opt(&mut plan, NegotiationsConcluded, 120, 1500, 30);
                opt(&mut plan, Approved, 15, 300, 25);
                plan.push((Signed, 5, 400));
            }
            (Form::NonBinding, Active) => {
                opt(&mut plan, NegotiationsLaunched, 0, 0, 10);
                plan.push((Signed, 30, 600));
                plan.push((Active, 0, 0));
            }
            (Form::NonBinding, Terminated) => {
                plan.push((Signed, 0, 0));
                plan.push((Active, 0, 0));
                plan.push((Terminated, 700, 5000));
            }
            (_, Terminated) => {
                opt(&mut plan, NegotiationsLaunched, 0, 0, 20);
                plan.push((Signed, 30, 900));
                plan.push((InForce, 0, 900));
                plan.push((Terminated, 1500, 9000));
            }
            _ => {
                opt(&mut plan, NegotiationsLaunched, 0, 0, 30);
                opt(&mut plan, NegotiationsConcluded, 120, 1500, 20);
                plan.push((Signed, 5, 400));
                opt(&mut plan, Approved, 15, 300, 20);
                plan.push((InForce, 0, 900));
            }
        }
        let mut out = Vec::with_capacity(plan.len());
        let mut day = start;
        for (k, (s, lo, hi)) in plan.into_iter().enumerate() {
            if k > 0 {
                day += self.rng.range(lo, hi);
            }
            if day > MAX_DAY {
                break;
            }
            out.push((s, day));
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn agreement(
        &mut self,
        i: usize,
        at: Place,
        day: i32,
        gsoia: bool,
        pair_ps: &[Vec<usize>],
        ps_meta: &[PsMeta],
        partnerships: &mut [Partnership],
        pair_ag: &[Vec<usize>],
        agreements: &mut [Agreement],
        ag_meta: &mut [AgMeta],
    ) -> (Agreement, AgMeta) {
        use Status::*;
        let head: &'static Head = if gsoia {
            &GSOIA_HEADS[self.rng.below(GSOIA_HEADS.len())]
        } else {
            let heads = DOMAINS[at.dom].heads;
            &heads[self.rng.below(heads.len())]
        };
        let form = head.noun.form();
        let target = match form {
            Form::Treaty => [
                InForce,
                Signed,
                NegotiationsLaunched,
                NegotiationsConcluded,
                Initialled,
                Approved,
                Terminated,
                Unknown,
            ][self.rng.weighted(&[55, 12, 8, 4, 2, 3, 10, 6])],
            Form::NonBinding => [Active, Terminated, NegotiationsLaunched, Unknown]
                [self.rng.weighted(&[75, 12, 5, 8])],
        };
        let id = ag_id(i);

        // History, with reduced precision where it keeps the order.
        let mut history: Vec<StatusChange> = Vec::new();
        let mut days: Vec<i32> = Vec::new();
        let (mut signed, mut in_force) = (None, None);
        let status;
        if target == Unknown {
            status = Unknown;
            if self.rng.chance(50) {
                signed = Some(date_at(day, Prec::Year));
            }
        } else {
            let steps = self.chain(form, target, day);
            let mut prev: Option<PartialDate> = None;
            for (s, d) in &steps {
                let same_day = *s == Active && days.last() == Some(d);
                let date = if let (true, Some(p)) = (same_day, prev) {
                    p
                } else {
                    let p = self.prec(60, 28);
                    let mut date = date_at(*d, p);
                    if prev.is_some_and(|q| key(&date) < key(&q)) {
                        date = date_at(*d, Prec::Day);
                    }
                    date
                };
                match s {
                    Signed => signed = Some(date),
                    InForce => in_force = Some(date),
                    _ => {}
                }
                history.push(StatusChange {
                    date,
                    status: *s,
                    shown_by: None,
                    note: None,
                    sources: Vec::new(),
                });
                days.push(*d);
                prev = Some(date);
            }
            status = history.last().map_or(Unknown, |h| h.status);
        }
        let first_dated = history
            .first()
            .map(|h| (h.date, days[0]))
            .or(signed.map(|s| (s, day)));

        self.set_context(at);
        self.set_agreement_noun(head.noun);

        // Where it was signed.
        let signed_place = if signed.is_some() && status != Unknown && self.rng.chance(85) {
            Some(self.city(at))
        } else {
            None
        };

        // The partnership it belongs to: one of the pair's, already established.
        let mut partnership = None;
        if self.rng.chance(40) {
            let list = &pair_ps[at.pair];
            let n = list.partition_point(|&j| ps_meta[j].day <= day);
            if n > 0 {
                let j = list[n - 1 - self.rng.below(n.min(2))];
                partnership = Some(j);
            }
        }

        // An older agreement of the same pair that this one replaces.
        let mut supersedes = None;
        if let (Some(s), true) = (signed, status != Unknown && self.rng.chance(8)) {
            let list = &pair_ag[at.pair];
            let n = list.len();
            for _ in 0..4 {
                if n == 0 {
                    break;
                }
                let j = list[self.rng.below(n)];
                let m = &ag_meta[j];
                if m.replaceable
                    && m.last_key <= key(&s)
                    && (m.at.dom == at.dom || self.rng.chance(30))
                {
                    supersedes = Some(j);
                    break;
                }
            }
        }
        if let (Some(j), Some(s)) = (supersedes, signed) {
            self.replace(&id, s, &mut agreements[j], &mut ag_meta[j]);
        }

        // Titles.
        let (a, b) = (&COUNTRIES[at.a], &COUNTRIES[at.b]);
        let fr = match self.rng.below(100) {
            0..=44 => format!("{} entre {} et {}", head.fr, a.fr_le, b.fr_le),
            45..=79 => format!("{} entre {} et {}", head.fr, a.fr_full, b.fr_full),
            _ => format!(
                "{} entre le gouvernement {} et le gouvernement {}",
                head.fr,
                fr_de(a.fr_le),
                fr_de(b.fr_le)
            ),
        };
        let en = match self.rng.below(100) {
            0..=34 => format!("{} between {} and {}", head.en, a.en_the, b.en_the),
            35..=64 => format!("{}–{} {}", a.short_en(), b.short_en(), head.en),
            65..=84 => format!("{} between {} and {}", head.en, a.en_full, b.en_full),
            _ => format!(
                "{} between the Government of {} and the Government of {}",
                head.en, a.en_full, b.en_full
            ),
        };
        let native = self.korean(at, head.ko);
        let (partner_fr, partner_en) = self.partner(at);
        let year = signed.or(history.first().map(|h| h.date)).map(|d| d.year);
        let short = Text::new(
            match year {
                Some(y) => format!("{} — {partner_fr} ({y})", head.short.0),
                None => format!("{} — {partner_fr}", head.short.0),
            },
            match year {
                Some(y) => format!("{} — {partner_en} ({y})", head.short.1),
                None => format!("{} — {partner_en}", head.short.1),
            },
        );

        let mut aliases = Vec::new();
        if gsoia {
            aliases.push("GSOIA".to_string());
            aliases.push("General Security of Information Agreement".to_string());
        } else if form == Form::Treaty {
            aliases.extend(acronym(head.en));
            if let Some(x) = acronym(head.fr).filter(|x| !aliases.contains(x)) {
                aliases.push(x);
            }
        }
        let canadian = at.a == self.ca || at.b == self.ca;
        let mut numbers = Vec::new();
        if canadian && form == Form::Treaty && in_force.is_some() && self.rng.chance(70) {
            let e = format!("E1{:05}", self.rng.below(100_000));
            numbers.push(RegistryNumber {
                system: NumberSystem::CanadaE,
                value: e,
            });
            if let Some(f) = in_force.filter(|_| self.rng.chance(50)) {
                let n = self.rng.range(1, 40);
                numbers.push(RegistryNumber {
                    system: NumberSystem::Cts,
                    value: format!("{} No. {n}", f.year),
                });
            }
        }
        aliases.extend(native.clone());

        // Summary: what it is, how it came about, then context.
        self.begin_summary();
        if gsoia {
            self.say(GSOIA_PURPOSE);
        } else {
            let tpl = *self.rng.pick(AG_PURPOSE);
            self.say(tpl);
        }
        if supersedes.is_some() {
            self.say(SUPERSEDES);
        }
        for h in &history {
            self.set_date(&h.date);
            let tpl = match h.status {
                NegotiationsLaunched => STEP_LAUNCHED,
                NegotiationsConcluded => STEP_CONCLUDED,
                Initialled => STEP_INITIALLED,
                Approved => STEP_APPROVED,
                Signed => match signed_place {
                    Some(c) => {
                        self.set_city(c);
                        STEP_SIGNED_AT
                    }
                    None => STEP_SIGNED,
                },
                InForce => STEP_IN_FORCE,
                Active => STEP_ACTIVE,
                Terminated => STEP_TERMINATED,
                _ => continue,
            };
            self.say(tpl);
        }
        match status {
            Signed | Approved if form == Form::Treaty => self.say(NOT_YET_IN_FORCE),
            NegotiationsLaunched | NegotiationsConcluded | Initialled => self.say(NOT_YET_SIGNED),
            Unknown => self.say(STATUS_UNKNOWN),
            _ => {}
        }
        self.fill(&[AG_EXTRA, GENERIC]);
        let summary = self.end_summary();

        // Caveats.
        let mut caveats = Vec::new();
        if status == Unknown {
            let tpl = *self.rng.pick(CAVEAT_STATUS);
            caveats.push(self.caveat(Certainty::Unsure, Some("status"), tpl));
            if signed.is_some() {
                caveats.push(self.caveat(Certainty::Unsure, Some("signed"), CAVEAT_SIGNED));
            }
        } else {
            let mut options = vec![
                (Certainty::Unsure, Some("title"), CAVEAT_TITLE),
                (Certainty::Conflict, None, CAVEAT_SCOPE),
            ];
            if signed.is_some_and(|s| s.day.is_none()) {
                options.push((Certainty::Unsure, Some("signed"), CAVEAT_SIGNED));
            }
            if in_force.is_some() {
                options.push((Certainty::Unsure, Some("in_force"), CAVEAT_IN_FORCE));
            }
            caveats = self.maybe_caveat(3, &options);
        }

        // Sources, also cited by some history steps, and step notes.
        let sources = self.sources(day);
        for h in &mut history {
            if self.rng.chance(60) {
                let k = 1 + self.rng.below(sources.len().min(2));
                h.sources = sources[..k].to_vec();
            }
            if self.rng.chance(15) {
                let tpl = match h.status {
                    NegotiationsLaunched => NOTE_LAUNCHED,
                    Signed if signed_place.is_some() => NOTE_SIGNED,
                    InForce => NOTE_IN_FORCE,
                    Approved => NOTE_APPROVED,
                    _ => NOTE_OTHER,
                };
                h.note = Some(self.text(tpl));
            }
        }

        let mut related = Vec::new();
        if let Some(j) = partnership {
            related.push(ps_id(j));
            if partnerships[j].related.len() < 10 {
                partnerships[j].related.push(id.clone());
            }
        }
        if let Some(j) = supersedes {
            related.push(ag_id(j));
        }
        let earlier = &pair_ag[at.pair];
        if !earlier.is_empty() && self.rng.chance(40) {
            let j = earlier[self.rng.below(earlier.len())];
            push_unique(&mut related, ag_id(j));
        }

        let last_key = history.last().map_or((0, 0, 0), |h| key(&h.date));
        let meta = AgMeta {
            at,
            day,
            head,
            first: first_dated,
            replaceable: matches!(status, InForce | Active),
            last_key,
        };
        let parties = self.parties(at);
        let agreement = Agreement {
            id,
            title: Text { fr, en, native },
            short: Some(short),
            aliases,
            form,
            parties,
            status,
            history,
            signed,
            signed_place: signed_place.map(Self::city_text),
            in_force,
            numbers,
            partnership: partnership.map(ps_id),
            supersedes: supersedes.map(ag_id).into_iter().collect(),
            amends: Vec::new(),
            domains: if gsoia {
                vec![
                    Domain::ClassifiedInformation,
                    Domain::Defence,
                    Domain::DefenceIndustry,
                ]
            } else {
                self.domains(at.dom)
            },
            summary,
            related,
            caveats,
            sources,
        };
        (agreement, meta)
    }

    /// Marks agreement `old` as replaced on `date` by agreement `by`.
    fn replace(&mut self, by: &str, date: PartialDate, old: &mut Agreement, meta: &mut AgMeta) {
        old.history.push(StatusChange {
            date,
            status: Status::Replaced,
            shown_by: None,
            note: None,
            sources: Vec::new(),
        });
        old.status = Status::Replaced;
        old.related.push(by.to_string());
        meta.replaceable = false;
        meta.last_key = key(&date);
        // One more sentence in both languages keeps the paragraph balanced.
        let fem = meta.head.noun.words().2;
        let mut fr = Slots::new();
        let mut en_s = Slots::new();
        fr.set(b'e', if fem { "e" } else { "" });
        fr.set(b'i', if fem { "elle" } else { "il" });
        en_s.set(b'i', "it");
        on_fr(&date, &mut self.tmp);
        fr.set(b'o', &self.tmp);
        on_en(&date, &mut self.tmp);
        en_s.set(b'o', &self.tmp);
        if let Some(last) = old.summary.last_mut() {
            last.fr.push(' ');
            render(&mut last.fr, STEP_REPLACED.0, &fr);
            last.en.push(' ');
            render(&mut last.en, STEP_REPLACED.1, &en_s);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &mut self,
        steps: &mut [Vec<(usize, usize)>; 5],
        unused_ps: &mut Vec<usize>,
        agreements: &[Agreement],
        ag_meta: &[AgMeta],
        partnerships: &[Partnership],
        ps_meta: &[PsMeta],
        pair_ag: &[Vec<usize>],
        pair_ps: &[Vec<usize>],
    ) -> (Event, EvMeta, Subject) {
        use EventKind::*;
        const KINDS: [EventKind; 11] = [
            Meeting,
            Ministerial,
            Summit,
            Statement,
            Signature,
            EntryIntoForce,
            NegotiationsLaunched,
            NegotiationsConcluded,
            Approval,
            Announcement,
            Establishment,
        ];
        let mut kind = KINDS[self.rng.weighted(&[16, 12, 8, 14, 18, 9, 6, 3, 3, 6, 5])];
        let slot = match kind {
            Signature => Some(0),
            EntryIntoForce => Some(1),
            NegotiationsLaunched => Some(2),
            NegotiationsConcluded => Some(3),
            Approval => Some(4),
            _ => None,
        };
        let mut subject = Subject::None;
        let mut step = None;
        if let Some(s) = slot {
            if steps[s].is_empty() {
                kind = Meeting;
            } else {
                let k = self.rng.below(steps[s].len());
                let (a, h) = steps[s].swap_remove(k);
                subject = Subject::Agreement(a);
                step = Some((a, h));
            }
        }
        if kind == Establishment {
            if unused_ps.is_empty() {
                kind = Meeting;
            } else {
                let k = self.rng.below(unused_ps.len());
                subject = Subject::Partnership(unused_ps.swap_remove(k));
            }
        }

        // Where, when, what about.
        let (at, day, date, city) = match subject {
            Subject::Agreement(a) => {
                let (_, h) = step.unwrap();
                let ag = &agreements[a];
                let m = &ag_meta[a];
                let date = ag.history[h].date;
                let day = m.day + (h as i32);
                let city = match (&ag.signed_place, kind) {
                    (Some(p), Signature) => COUNTRIES
                        .iter()
                        .map(|c| c.capital)
                        .find(|c| c.0 == p.fr)
                        .unwrap_or(COUNTRIES[m.at.a].capital),
                    _ => self.city(m.at),
                };
                (m.at, day, date, city)
            }
            Subject::Partnership(p) => {
                let m = &ps_meta[p];
                let ps = &partnerships[p];
                let date = ps.established.unwrap_or(date_at(m.day, Prec::Year));
                let city = ps
                    .place
                    .as_ref()
                    .and_then(|t| COUNTRIES.iter().map(|c| c.capital).find(|c| c.0 == t.fr))
                    .unwrap_or(COUNTRIES[m.at.a].capital);
                (m.at, m.day, date, city)
            }
            Subject::None => {
                let dom = self.domain();
                let at = self.place(dom);
                let day = self.skewed_day();
                let p = self.prec(85, 10);
                let city = self.city(at);
                (at, day, date_at(day, p), city)
            }
        };
        self.set_context(at);
        self.set_city(city);
        self.set_date(&date);
        let (a, b) = (&COUNTRIES[at.a], &COUNTRIES[at.b]);

        // Titles.
        let mut native = None;
        let (title, short, lead): (Text, Option<Text>, Pair) = match subject {
            Subject::Agreement(j) => {
                let head = ag_meta[j].head;
                self.set_agreement_noun(head.noun);
                let (art, de) = head.noun.fr_article();
                let lower = lower_first(head.fr);
                let pair_en = format!("{}–{} {}", a.short_en(), b.short_en(), head.en);
                let ag_native = agreements[j].title.native.as_deref();
                let (fr, en, short_fr, short_en, lead, ko) = match kind {
                    Signature => (
                        format!("Signature {de}{lower} à {}", city.0),
                        format!("{pair_en} signed in {}", city.1),
                        "Signature",
                        "Signed",
                        EV_SIGNATURE,
                        "서명",
                    ),
                    EntryIntoForce => (
                        format!("Entrée en vigueur {de}{lower}"),
                        format!("{pair_en} enters into force"),
                        "En vigueur",
                        "In force",
                        EV_IN_FORCE,
                        "발효",
                    ),
                    NegotiationsLaunched => (
                        format!("Lancement des négociations sur {art}{lower}"),
                        format!("Negotiations launched on a {pair_en}"),
                        "Négociations",
                        "Talks",
                        EV_LAUNCHED,
                        "협상 개시",
                    ),
                    NegotiationsConcluded => (
                        format!("Conclusion des négociations sur {art}{lower}"),
                        format!("Negotiations concluded on the {pair_en}"),
                        "Négociations conclues",
                        "Talks concluded",
                        EV_CONCLUDED,
                        "협상 타결",
                    ),
                    _ => (
                        format!("Approbation {de}{lower} par {}", b.fr_le),
                        format!("{pair_en} approved by {}", b.en_the),
                        "Approbation",
                        "Approved",
                        EV_APPROVAL,
                        "승인",
                    ),
                };
                if let Some(n) = ag_native {
                    native = Some(format!("{n} {ko}"));
                }
                let short = Text::new(
                    format!("{short_fr}\u{a0}: {}", lower_first(head.short.0)),
                    format!("{short_en}: {}", lower_first(head.short.1)),
                );
                (Text::new(fr, en), Some(short), lead)
            }
            Subject::Partnership(j) => {
                let head = DOMAINS[ps_meta[j].at.dom].partnership;
                self.set_noun(
                    &format!("le {}", lower_first(head.0)),
                    &format!("du {}", lower_first(head.0)),
                    false,
                    &format!("the {}", head.1),
                );
                if let Some(n) = partnerships[j].title.native.as_deref() {
                    native = Some(format!("{n} 출범"));
                }
                let short = Text::new(
                    format!("Établissement\u{a0}: {}", lower_first(head.3)),
                    format!("Established: {}", head.4),
                );
                (
                    Text::new(
                        format!("Établissement du {}", lower_first(head.0)),
                        format!("{}–{} {} established", a.short_en(), b.short_en(), head.1),
                    ),
                    Some(short),
                    EV_ESTABLISHMENT,
                )
            }
            Subject::None => {
                let (tpl, lead, ko): (Pair, Pair, Option<&str>) = match kind {
                    Summit => (
                        *self.rng.pick(&[
                            ("Sommet {a}-{b} {p}", "{a}–{b} summit {p}"),
                            ("Rencontre des dirigeants {p}", "Leaders' meeting {p}"),
                        ]),
                        EV_SUMMIT,
                        Some("정상회담"),
                    ),
                    Ministerial => (
                        *self.rng.pick(&[
                            (
                                "Réunion ministérielle 2+2 {a}-{b} {p}",
                                "{a}–{b} 2+2 ministerial meeting {p}",
                            ),
                            (
                                "Rencontre des ministres des Affaires étrangères {p}",
                                "Foreign ministers' meeting {p}",
                            ),
                            (
                                "Réunion des ministres du Commerce {p}",
                                "Trade ministers' meeting {p}",
                            ),
                        ]),
                        EV_MINISTERIAL,
                        Some("외교·국방(2+2) 장관회의"),
                    ),
                    Statement => (
                        *self.rng.pick(&[
                            ("Déclaration commune sur {t}", "Joint statement on {t}"),
                            (
                                "Déclaration des dirigeants {a}-{b}",
                                "{a}–{b} leaders' statement",
                            ),
                        ]),
                        EV_STATEMENT,
                        Some("공동성명"),
                    ),
                    Announcement => (
                        (
                            "Annonce d'un programme conjoint sur {t}",
                            "Joint programme on {t} announced",
                        ),
                        EV_ANNOUNCEMENT,
                        None,
                    ),
                    _ => {
                        kind = Meeting;
                        (
                            *self.rng.pick(&[
                                (
                                    "Réunion du comité mixte sur {t}",
                                    "Joint committee meeting on {t}",
                                ),
                                (
                                    "Dialogue de haut niveau sur {t} {p}",
                                    "High-level dialogue on {t} {p}",
                                ),
                                (
                                    "Consultations politiques {a}-{b} {p}",
                                    "{a}–{b} political consultations {p}",
                                ),
                            ]),
                            EV_MEETING,
                            None,
                        )
                    }
                };
                if let Some(ko) = ko {
                    native = self.korean(at, ko);
                }
                self.set_noun("la rencontre", "de la rencontre", true, "the meeting");
                (self.text(tpl), None, lead)
            }
        };
        let mut title = title;
        title.native = native;

        // Participants.
        let mut participants = Vec::new();
        match kind {
            Summit => {
                participants.push(self.participant(at.a, COUNTRIES[at.a].leader));
                participants.push(self.participant(at.b, COUNTRIES[at.b].leader));
            }
            Ministerial | Signature | Meeting => {
                let pool = if kind == Meeting {
                    OFFICIALS
                } else {
                    MINISTERS
                };
                let n = self.rng.weighted(&[20, 10, 40, 30]);
                for k in 0..n {
                    let c = if k % 2 == 0 { at.a } else { at.b };
                    let office = *self.rng.pick(pool);
                    participants.push(self.participant(c, office));
                }
            }
            _ => {}
        }

        // Summary.
        self.begin_summary();
        self.say(lead);
        if participants.len() >= 2 {
            let (p, q) = (&participants[0], &participants[1]);
            self.fr.set(b'm', &p.fr);
            self.fr.set(b'w', &q.fr);
            self.en.set(b'm', &p.en);
            self.en.set(b'w', &q.en);
            self.say(EV_PARTICIPANTS);
        }
        self.fill(&[EV_EXTRA, GENERIC]);
        let summary = self.end_summary();

        let mut options = vec![(Certainty::Conflict, Some("date"), CAVEAT_DATE)];
        if !participants.is_empty() {
            options.push((Certainty::Unsure, Some("participants"), CAVEAT_PARTICIPANTS));
        }
        let caveats = self.maybe_caveat(3, &options);

        let mut related = Vec::new();
        let domains = match subject {
            Subject::Agreement(j) => {
                related.push(ag_id(j));
                agreements[j].domains.clone()
            }
            Subject::Partnership(j) => {
                related.push(ps_id(j));
                partnerships[j].domains.clone()
            }
            Subject::None => self.domains(at.dom),
        };
        for _ in 0..self.rng.below(3) {
            let (ags, pss) = (&pair_ag[at.pair], &pair_ps[at.pair]);
            if self.rng.chance(70) && !ags.is_empty() {
                push_unique(&mut related, ag_id(ags[self.rng.below(ags.len())]));
            } else if !pss.is_empty() {
                push_unique(&mut related, ps_id(pss[self.rng.below(pss.len())]));
            }
        }
        let place = (kind != Statement && kind != Announcement).then(|| Self::city_text(city));
        let aliases = if kind == Ministerial && self.rng.chance(30) {
            vec!["2+2".to_string()]
        } else {
            Vec::new()
        };
        let parties = self.parties(at);
        let sources = self.sources(day);
        let event = Event {
            id: String::new(),
            kind,
            title,
            short,
            aliases,
            date,
            place,
            parties,
            participants,
            domains,
            summary,
            related,
            caveats,
            sources,
        };
        (
            event,
            EvMeta {
                at,
                day,
                date,
                kind,
            },
            subject,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn commitment(
        &mut self,
        i: usize,
        ps_meta: &[PsMeta],
        ag_meta: &[AgMeta],
        ev_meta: &[EvMeta],
        owners_ev: &[usize],
        pair_ag: &[Vec<usize>],
        pair_ps: &[Vec<usize>],
    ) -> Commitment {
        // The owner, and what the commitment inherits from it.
        let roll = self.rng.below(100);
        let mut owner = None;
        if (35..75).contains(&roll) && !ag_meta.is_empty() {
            for _ in 0..4 {
                let j = self.rng.below(ag_meta.len());
                if let Some((d, day)) = ag_meta[j].first {
                    let (k, de_k, fem, en) = ag_meta[j].head.noun.words();
                    owner = Some((ag_id(j), ag_meta[j].at, d, day, (k, de_k, fem, en)));
                    break;
                }
            }
        } else if roll >= 75 && !owners_ev.is_empty() {
            let j = *self.rng.pick(owners_ev);
            let m = &ev_meta[j];
            let noun = match m.kind {
                EventKind::Statement => {
                    ("la déclaration", "de la déclaration", true, "the statement")
                }
                EventKind::Summit => ("le sommet", "du sommet", false, "the summit"),
                _ => ("la réunion", "de la réunion", true, "the meeting"),
            };
            owner = Some((ev_id(j), m.at, m.date, m.day, noun));
        }
        let (owner_id, mut at, owner_date, owner_day, noun) = match owner {
            Some(o) => o,
            None => {
                let j = self.rng.below(ps_meta.len());
                let m = &ps_meta[j];
                (
                    ps_id(j),
                    m.at,
                    date_at(m.day, Prec::Year),
                    m.day,
                    ("le partenariat", "du partenariat", false, "the partnership"),
                )
            }
        };
        // Partnerships' established dates are reduced at random: take the
        // year, which never sorts after the real date.
        if self.rng.chance(20) {
            at.dom = self.domain();
        }
        let made = if self.rng.chance(20) {
            let d = owner_day + self.rng.range(30, 700);
            if d <= MAX_DAY {
                date_at(d, Prec::Day)
            } else {
                owner_date
            }
        } else {
            owner_date
        };
        let made_day = owner_day;

        self.set_context(at);
        self.set_noun(noun.0, noun.1, noun.2, noun.3);
        self.set_date(&made);
        let verb = *self.rng.pick(CM_VERBS);
        let de_verb = if starts_with_vowel(verb.0) {
            format!("d'{}", verb.0)
        } else {
            format!("de {}", verb.0)
        };
        self.set(b'r', &de_verb, verb.1);

        // Title.
        let b = &COUNTRIES[at.b];
        let (title, short) = if self.rng.chance(55) {
            let fr = format!("{} {}", cap(verb.0), self.fr.get(b't'));
            let en = format!("{} {}", cap(verb.1), self.en.get(b't'));
            if self.rng.chance(30) {
                let title = Text::new(
                    format!("{fr} avec {}", b.fr_le),
                    format!("{en} with {}", b.en_the),
                );
                (title, Some(Text::new(fr, en)))
            } else {
                (Text::new(fr, en), None)
            }
        } else {
            let target = (made.year + self.rng.range(1, 4)).to_string();
            self.set(b'y', &target, &target);
            let tpl = *self.rng.pick(CM_ACTIONS);
            let t = self.text(tpl);
            self.set(b'y', &made.year.to_string(), &made.year.to_string());
            (t, None)
        };

        let status = [
            Status::Announced,
            Status::UnderWay,
            Status::Completed,
            Status::Unknown,
        ][self.rng.weighted(&[55, 25, 17, 3])];

        self.begin_summary();
        let tpl = *self.rng.pick(CM_PURPOSE);
        self.say(tpl);
        self.say(match status {
            Status::Announced => CM_ANNOUNCED,
            Status::UnderWay => CM_UNDER_WAY,
            Status::Completed => CM_COMPLETED,
            _ => CM_UNKNOWN,
        });
        self.fill(&[CM_EXTRA, GENERIC]);
        let summary = self.end_summary();

        let caveats = if status == Status::Unknown {
            vec![self.caveat(Certainty::Unsure, Some("status"), CAVEAT_STATUS[0])]
        } else {
            self.maybe_caveat(3, &[(Certainty::Conflict, None, CAVEAT_SCOPE)])
        };

        let parties = if self.rng.chance(70) {
            Vec::new()
        } else if self.rng.chance(50) {
            vec![COUNTRIES[at.a].id.to_string()]
        } else {
            vec![COUNTRIES[at.b].id.to_string()]
        };
        let mut related = Vec::new();
        for _ in 0..self.rng.below(3) {
            let (ags, pss) = (&pair_ag[at.pair], &pair_ps[at.pair]);
            if self.rng.chance(70) && !ags.is_empty() {
                push_unique(&mut related, ag_id(ags[self.rng.below(ags.len())]));
            } else if !pss.is_empty() {
                push_unique(&mut related, ps_id(pss[self.rng.below(pss.len())]));
            }
        }
        related.retain(|r| *r != owner_id);
        let sources = self.sources(made_day);
        Commitment {
            id: cm_id(i),
            title,
            short,
            aliases: Vec::new(),
            owner: owner_id,
            parties,
            made: Some(made),
            status,
            domains: self.domains(at.dom),
            summary,
            related,
            caveats,
            sources,
        }
    }
}

/// "1 accord", "2 accords".
fn count(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn parties() -> Vec<Party> {
    let mut v: Vec<Party> = COUNTRIES
        .iter()
        .map(|c| Party {
            id: c.id.into(),
            name: Text {
                fr: c.name.0.into(),
                en: c.name.1.into(),
                native: c.name.2.map(Into::into),
            },
            short: c.short.map(|s| Text {
                fr: s.0.into(),
                en: s.1.into(),
                native: s.2.map(Into::into),
            }),
        })
        .collect();
    v.extend(SUBNATIONAL.iter().map(|&(_, id, name, short)| Party {
        id: id.into(),
        name: Text {
            fr: name.0.into(),
            en: name.1.into(),
            native: name.2.map(Into::into),
        },
        short: short.map(|s| Text {
            fr: s.0.into(),
            en: s.1.into(),
            native: s.2.map(Into::into),
        }),
    }));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        for day in [MIN_DAY, MIN_DAY + 59, 0, 11_016, MAX_DAY] {
            let (y, m, d) = civil(day);
            assert_eq!(days_from_civil(y, m as u32, d as u32), day);
        }
        assert_eq!(civil(MIN_DAY), (1950, 1, 1));
        assert_eq!(civil(MAX_DAY), (2026, 12, 31));
        assert_eq!(civil(days_from_civil(2024, 2, 29)), (2024, 2, 29));
    }

    #[test]
    fn french_contractions_and_acronyms() {
        assert_eq!(fr_de("le Canada"), "du Canada");
        assert_eq!(fr_de("les États-Unis"), "des États-Unis");
        assert_eq!(fr_de("la Corée"), "de la Corée");
        assert_eq!(fr_a("le soutien"), "au soutien");
        assert_eq!(
            acronym("Defence Cooperation Agreement").as_deref(),
            Some("DCA")
        );
        assert_eq!(acronym("Accord de libre-échange").as_deref(), Some("ALÉ"));
        assert_eq!(
            acronym("Comprehensive Strategic Partnership").as_deref(),
            Some("CSP")
        );
        assert_eq!(
            acronym("Partenariat stratégique global").as_deref(),
            Some("PSG")
        );
    }

    #[test]
    fn every_template_pair_is_balanced() {
        let mut pools: Vec<Pair> = Vec::new();
        for p in [
            GENERIC, AG_PURPOSE, AG_EXTRA, PS_PURPOSE, PS_EXTRA, CM_PURPOSE, CM_EXTRA, EV_EXTRA,
        ] {
            pools.extend_from_slice(p);
        }
        for (fr, en) in pools {
            let (f, e) = (fr.chars().count(), en.chars().count());
            assert!(f * 10 < e * 18 && e * 10 < f * 18, "{fr} / {en}");
        }
    }
}
