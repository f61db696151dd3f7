use super::*;

impl Gen {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn commitment(
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
