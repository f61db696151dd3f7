use super::*;

impl Gen {
    pub(super) fn partnership_domain(&mut self) -> usize {
        // Standing partnerships are mostly diplomatic or about security.
        match self.rng.below(10) {
            0..=3 => 1,
            4..=6 => 0,
            _ => self.domain(),
        }
    }

    pub(super) fn source(&mut self, i: usize) -> Source {
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
    pub(super) fn partner(&self, at: Place) -> (String, String) {
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
    pub(super) fn korean(&mut self, at: Place, words: &str) -> Option<String> {
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

    pub(super) fn partnership(
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
}
