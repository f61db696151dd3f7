use super::*;

impl Gen {
    /// The dated steps leading to `target`, from `start`; shortened if a
    /// step would fall after 2026.
    pub(super) fn chain(&mut self, form: Form, target: Status, start: i32) -> Vec<(Status, i32)> {
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
    pub(super) fn agreement(
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
    pub(super) fn replace(
        &mut self,
        by: &str,
        date: PartialDate,
        old: &mut Agreement,
        meta: &mut AgMeta,
    ) {
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
}
