//! The generator: one `Gen` walks the dataset in order (sources,
//! partnerships, agreements, events, commitments), drawing from one seeded
//! random sequence and filling the phrase templates.

use accords::model::{
    Agreement, Caveat, Certainty, Commitment, Dataset, Domain, Event, EventKind, Form,
    NumberSystem, PartialDate, Partnership, Party, RegistryNumber, Source, SourceLang, Status,
    StatusChange, Text,
};

use crate::dates::{Key, MAX_DAY, MIN_DAY, Prec, date_at, key, on_en, on_fr};
use crate::rng::Rng;
use crate::tables::*;
use crate::text::{Slots, acronym, cap, fr_a, fr_de, lower_first, render, starts_with_vowel};
use crate::{DOMAIN_WEIGHTS, GSOIA_EVERY, GSOIA_OFFSET, SUMMARY_CHARS, kind_counts, source_count};

mod agreements;
mod commitments;
mod events;
mod partnerships;

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

pub(crate) struct Gen {
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
    pub(crate) fn new(records: usize, seed: u64) -> Gen {
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

    pub(crate) fn run(mut self) -> Dataset {
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
