use super::*;

impl Gen {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn event(
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
}
