//! Pins the key facts of the embedded Canada–Korea corpus, so that a later
//! edit cannot silently lose one.

use accords::catalog::{Catalog, FieldLabel};
use accords::load::DEFAULT_MAX_SIZE;
use accords::model::{
    Certainty, Dataset, Domain, Evidence, Form, NumberSystem, SourceLang, Status, Step,
};
use accords::pipeline::check_dataset;
use accords::search::{Query, SearchIndex};

fn corpus() -> Dataset {
    let c = check_dataset(None, DEFAULT_MAX_SIZE);
    assert!(c.diagnostics.is_empty(), "{}", c.render());
    c.dataset.unwrap()
}

fn agreement<'a>(d: &'a Dataset, id: &str) -> &'a accords::model::Agreement {
    d.agreements
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("agreement {id}"))
}

#[test]
fn parties_have_native_names() {
    let d = corpus();
    let kr = d.parties.iter().find(|p| p.id == "kr").unwrap();
    assert_eq!(kr.name.native.as_deref(), Some("대한민국"));
    assert!(d.parties.iter().any(|p| p.id == "ca"));
}

#[test]
fn the_2025_partnership() {
    let d = corpus();
    let p = d.partnerships.iter().find(|p| p.id == "sdcp-2025").unwrap();
    assert_eq!(p.established.unwrap().to_string(), "2025-10-30");
    assert_eq!(
        p.title.native.as_deref(),
        Some("한-캐 안보·국방 협력 파트너십")
    );
    assert_eq!(p.status, Status::Active);
    for dom in [
        Domain::Defence,
        Domain::DefenceIndustry,
        Domain::Cyber,
        Domain::Space,
        Domain::HybridThreats,
    ] {
        assert!(p.domains.contains(&dom), "{dom:?}");
    }
    assert!(p.sources.iter().any(|s| s == "src-js-2025-fr"));
    // Its seven stated aims are commitments it owns.
    let aims = d
        .commitments
        .iter()
        .filter(|c| c.owner == "sdcp-2025")
        .count();
    assert!(aims >= 7, "{aims}");
}

#[test]
fn the_classified_information_agreement_life() {
    let d = corpus();
    let a = agreement(&d, "gsoia");
    assert_eq!(a.form, Form::Treaty);
    assert_eq!(a.status, Status::Signed);
    assert_eq!(a.signed_date().unwrap().to_string(), "2026-02-25");
    assert!(a.in_force_date().is_none(), "entry into force is not known");
    assert_eq!(
        a.title.native.as_deref(),
        Some("군사·국방 비밀정보보호 협정")
    );
    assert!(a.aliases.iter().any(|x| x == "GSOIA"));
    // Audit 7: the GAC action plan counts the launch of its negotiations
    // among the Comprehensive Strategic Partnership's achievements; the
    // 2025 partnership is a related record, not its owner.
    assert_eq!(a.partnership.as_deref(), Some("csp-2022"));
    assert!(a.related.iter().any(|r| r == "sdcp-2025"));
    let steps: Vec<(String, Status)> = a
        .history
        .iter()
        .map(|h| (h.date.to_string(), h.status))
        .collect();
    assert_eq!(
        steps,
        vec![
            ("2023-04".into(), Status::NegotiationsLaunched),
            ("2025-10-30".into(), Status::NegotiationsConcluded),
            ("2026-01-27".into(), Status::Approved),
            ("2026-02-25".into(), Status::Signed),
        ]
    );
    assert!(a.domains.contains(&Domain::ClassifiedInformation));
}

#[test]
fn the_free_trade_agreement() {
    let d = corpus();
    let a = agreement(&d, "ckfta");
    assert_eq!(a.signed_date().unwrap().to_string(), "2014-09-22");
    assert_eq!(a.in_force_date().unwrap().to_string(), "2015-01-01");
    assert_eq!(a.status, Status::InForce);
    assert!(a.aliases.iter().any(|x| x == "CKFTA"));
    assert!(a.aliases.iter().any(|x| x == "ALECC"));
}

#[test]
fn registry_numbers() {
    let d = corpus();
    for (id, e, cts) in [
        ("trade-1966", "E100527", "1966 No. 26"),
        ("ships-aircraft-tax-1974", "E102331", "1974 No. 36"),
        ("tax-1978", "E102303", "1980 No. 27"),
        ("textiles-amendment-1981", "E102439", "1981 No. 6"),
        (
            "atomic-energy-transfer-consent-1989",
            "E101769",
            "1989 No. 39",
        ),
        ("air-1989", "E100222", "1989 No. 50"),
        ("extradition-1995", "E101342", "1995 No. 22"),
        ("mutual-legal-assistance-1995", "E101642", "1995 No. 3"),
        ("air-amendment-1995", "E100249", "1995 No. 38"),
        ("tritium-2001", "E103832", "2001 No. 5"),
        ("telecom-procurement-1999", "E103267", "2001 No. 24"),
        ("atomic-energy-amendment-2002", "E104906", "2002 No. 14"),
    ] {
        let a = agreement(&d, id);
        assert_eq!(a.number(NumberSystem::CanadaE), Some(e), "{id}");
        assert_eq!(a.number(NumberSystem::Cts), Some(cts), "{id}");
        // Numbers are fields, not aliases.
        for alias in &a.aliases {
            assert!(!alias.contains(e) && !alias.contains(cts), "{id}: {alias}");
        }
    }
}

/// `E102303`, `CTS 1980 No. 27` and `1980 no 27` all find the 1978 tax
/// convention; every E-number finds its agreement.
#[test]
fn registry_numbers_are_searchable() {
    let catalog = Catalog::new(corpus());
    let index = SearchIndex::new(&catalog);
    let ids = |q: &str| -> Vec<String> {
        index
            .search(&Query::parse(q))
            .unwrap()
            .into_iter()
            .map(|(i, _)| catalog.records[i].id.clone())
            .collect()
    };
    for q in ["E102303", "CTS 1980 No. 27", "1980 no 27", "RTC 1980 n° 27"] {
        assert!(
            ids(q).iter().any(|id| id == "tax-1978"),
            "{q}: {:?}",
            ids(q)
        );
    }
    assert_eq!(
        ids("E100527").first().map(String::as_str),
        Some("trade-1966")
    );
    let r = &catalog.records[catalog.get("tax-1978").unwrap()];
    assert!(
        r.fields
            .iter()
            .any(|f| f.label == FieldLabel::Cts && f.value.en == "1980 No. 27")
    );
}

/// Each named date carries the sources that back it, in the catalog and in
/// the detail fields.
#[test]
fn dates_name_their_sources() {
    let catalog = Catalog::new(corpus());
    let r = &catalog.records[catalog.get("social-security-1997").unwrap()];
    let signed = r.date_of(Step::Signed).unwrap();
    assert_eq!(signed.date.to_string(), "1997-01-10");
    let ids: Vec<&str> = signed
        .sources
        .iter()
        .map(|&s| catalog.sources[s].id.as_str())
        .collect();
    assert_eq!(ids, ["src-si-99-50", "src-pco-1997-01-10"]);
    assert_eq!(
        r.date_of(Step::Approved).unwrap().date.to_string(),
        "1999-01-18"
    );
    assert_eq!(
        r.date_of(Step::InForce).unwrap().date.to_string(),
        "1999-05-01"
    );
    let field = r
        .fields
        .iter()
        .find(|f| f.label == FieldLabel::Signed)
        .unwrap();
    assert_eq!(field.value.en, "1997-01-10", "the sources are in `dates`");
    // A replacement is a named date too.
    let t = &catalog.records[catalog.get("tax-1978").unwrap()];
    assert_eq!(t.date_of(Step::Replaced).unwrap().date.to_string(), "2006");
}

/// `--status in-force` finds the treaties known to be in force, dated or
/// only shown to operate.
#[test]
fn treaties_known_to_operate_are_in_force() {
    let d = corpus();
    for id in [
        "atomic-energy-1976",
        "air-1989",
        "tritium-2001",
        "social-security-1997",
        "tax-2006",
        "ckfta",
        "telecom-procurement-1999",
        "qc-kr-social-security-2015",
    ] {
        assert_eq!(agreement(&d, id).status, Status::InForce, "{id}");
    }
    // Shown to operate, not dated: no entry-into-force date is invented.
    for (id, evidence) in [
        ("atomic-energy-1976", Evidence::Amendment),
        ("air-1989", Evidence::Amendment),
        ("tritium-2001", Evidence::Application),
        ("qc-kr-social-security-2015", Evidence::Regulation),
    ] {
        let a = agreement(&d, id);
        assert!(a.in_force_date().is_none(), "{id}");
        assert!(
            a.history.iter().any(|h| h.shown_by == Some(evidence)),
            "{id}"
        );
        assert!(
            a.caveats
                .iter()
                .any(|c| c.field.as_deref() == Some("in_force")),
            "{id}"
        );
    }
}

/// The corrections of the December 2026 audit, each against its evidence.
#[test]
fn audit_corrections() {
    let d = corpus();
    let source = |id: &str| d.sources.iter().find(|s| s.id == id).unwrap();
    // 1. UN Journal is a Korean news site, not the United Nations.
    let un = source("src-un-journal-csp-action-plan");
    assert!(un.publisher.contains("unjournal.kr"), "{}", un.publisher);
    assert!(!un.publisher.contains("United Nations"));
    assert!(un.note.is_some());
    for text in [&agreement(&d, "csp-action-plan-2024").history[0].note]
        .into_iter()
        .flatten()
    {
        assert!(!text.en.contains("Journal of the United Nations"));
    }
    // 2. CTA 116-A-2008 (17 Mar 2008) backs the 1989 agreement only.
    assert_eq!(
        source("src-cta-116-a-2008").date.unwrap().to_string(),
        "2008-03-17"
    );
    let open_skies = agreement(&d, "air-open-skies");
    assert!(!open_skies.sources.iter().any(|s| s == "src-cta-116-a-2008"));
    let ev = d
        .events
        .iter()
        .find(|e| e.id == "ev-2008-11-20-open-skies")
        .unwrap();
    assert!(!ev.sources.iter().any(|s| s == "src-cta-116-a-2008"));
    // 3. The updated open-skies agreement was signed (NACC, 23 Sep 2014).
    assert_eq!(open_skies.status, Status::Signed);
    let signed = open_skies.step_date(Step::Signed).unwrap();
    assert_eq!(signed.date.to_string(), "2014-09");
    assert!(signed.sources.iter().any(|s| s == "src-nacc-2014-09-23"));
    // 4. The 1989 air agreement: signed in Seoul, amended by E100249, applied.
    let air = agreement(&d, "air-1989");
    assert_eq!(air.signed_date().unwrap().to_string(), "1989-09-20");
    assert_eq!(air.signed_place.as_ref().unwrap().en, "Seoul");
    let amendment = agreement(&d, "air-amendment-1995");
    assert_eq!(amendment.amends, ["air-1989"]);
    assert_eq!(amendment.signed_date().unwrap().to_string(), "1995-03-06");
    assert_eq!(amendment.signed_place.as_ref().unwrap().en, "Ottawa");
    // 5. Both amendments of the 1976 atomic energy agreement.
    for (id, date) in [
        ("atomic-energy-transfer-consent-1989", "1989-06-23"),
        ("atomic-energy-amendment-2002", "2002-07-04"),
    ] {
        let a = agreement(&d, id);
        assert_eq!(a.amends, ["atomic-energy-1976"], "{id}");
        assert_eq!(a.signed_date().unwrap().to_string(), date, "{id}");
    }
    // 6. IRCC: "our two countries have signed".
    assert_eq!(agreement(&d, "yma-2023").status, Status::Signed);
    // 7. The 2026 defence cooperation agreement is not filed under the 2025
    //    partnership without a source saying so.
    assert!(agreement(&d, "dca").partnership.is_none());
    // 8. The forum's single source is named.
    let forum = d
        .commitments
        .iter()
        .find(|c| c.id == "cm-sdcp-defence-industry-forum")
        .unwrap();
    assert!(forum.caveats.iter().all(|c| c.note.en.contains("SBS")));
    assert!(forum.summary[0].en.contains("SBS"));
    // 9. The action plan was adopted by the two ministers in Seoul on 18 July 2024.
    let plan = agreement(&d, "csp-action-plan-2024");
    assert_eq!(plan.history[0].date.to_string(), "2024-07-18");
    assert!(plan.history[0].note.as_ref().unwrap().en.contains("Seoul"));
    assert!(!plan.summary[0].en.contains("presented by"));
    // 10. Official titles.
    for (id, title) in [
        (
            "critical-minerals-mou-2023",
            "Memorandum of Understanding on Cooperation in Critical Mineral Supply Chains, the Clean Energy Transition and Energy Security",
        ),
        (
            "air-1989",
            "Agreement between the Government of Canada and the Government of the Republic of Korea for Air Services between and beyond their Respective Territories",
        ),
        (
            "tax-1978",
            "Convention between Canada and the Republic of Korea for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income",
        ),
        (
            "tritium-2001",
            "Exchange of Notes between the Government of Canada and the Government of the Republic of Korea constituting an Agreement relating to the Transfer of Tritium Items for the Wolsong Tritium Removal Facility",
        ),
        (
            "mou-1995-youth-working-holiday",
            "Memorandum of Understanding between the Government of Canada and the Government of the Republic of Korea concerning Working Holiday Programs",
        ),
    ] {
        assert_eq!(agreement(&d, id).title.en, title, "{id}");
    }
    assert_eq!(
        agreement(&d, "mou-1995-youth-working-holiday").title.fr,
        "Protocole d'entente entre le gouvernement du Canada et le gouvernement de la République de Corée concernant les programmes de vacances-travail"
    );
    // Also: places, regulation, the 2006 entry into force kept unsure.
    let ss = agreement(&d, "social-security-1997");
    assert_eq!(ss.signed_place.as_ref().unwrap().en, "Seoul");
    let qc = agreement(&d, "qc-kr-social-security-2015");
    assert_eq!(qc.signed_place.as_ref().unwrap().fr, "Québec");
    assert!(qc.aliases.iter().any(|a| a == "R-9, r. 13.1"));
    assert!(
        qc.caveats
            .iter()
            .any(|c| c.field.as_deref() == Some("form"))
    );
    let tax = agreement(&d, "tax-2006");
    assert_eq!(tax.in_force_date().unwrap().to_string(), "2006-12-18");
    assert!(
        tax.caveats
            .iter()
            .any(|c| c.level == Certainty::Unsure && c.field.as_deref() == Some("in_force"))
    );
}

/// French names the Cabinet du premier ministre and writes "n°".
#[test]
fn french_usage() {
    let text = include_str!("../data/canada-korea.ron");
    let fr: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with("fr:") || l.contains("(fr:"))
        .collect();
    assert!(fr.iter().all(|l| !l.contains("bureau du premier ministre")));
    assert!(fr.iter().all(|l| !l.contains(", no ")), "n° 26, not no 26");
    assert!(fr.iter().any(|l| l.contains("(1966, n° 26)")));
}

/// The 1999 classified-information agreement is the 2026 one's predecessor
/// in kind, not replaced by it.
#[test]
fn the_1999_classified_information_agreement() {
    let d = corpus();
    let a = agreement(&d, "classified-military-information-1999");
    assert_eq!(a.signed_date().unwrap().to_string(), "1999-07-05");
    assert_eq!(a.status, Status::Signed);
    assert!(a.related.iter().any(|r| r == "gsoia"));
    assert!(!agreement(&d, "gsoia").supersedes.iter().any(|s| s == &a.id));
    assert!(
        agreement(&d, "gsoia")
            .related
            .iter()
            .any(|r| r == "classified-military-information-1999")
    );
}

/// Every source: the published title or a note, its language, and (90% at
/// least) the address of a copy read; every agreement cites one.
#[test]
fn sources_are_followable() {
    let d = corpus();
    let with_url = d.sources.iter().filter(|s| s.url.is_some()).count();
    assert!(
        with_url * 10 >= d.sources.len() * 9,
        "{with_url}/{}",
        d.sources.len()
    );
    for s in &d.sources {
        assert!(s.lang.is_some(), "{}", s.id);
        assert!(s.url.is_some() || s.note.is_some(), "{}", s.id);
        assert!(!s.bracketed_title() || s.note.is_some(), "{}", s.id);
        if let Some(u) = &s.url {
            assert!(u.starts_with("https://") || u.starts_with("http://"), "{u}");
        }
    }
    assert!(d.sources.iter().any(|s| s.lang == Some(SourceLang::Ko)));
    // Every source backs something.
    let text = include_str!("../data/canada-korea.ron");
    for s in &d.sources {
        let cited = text.matches(&format!("\"{}\"", s.id)).count();
        assert!(cited >= 2, "{} is never cited", s.id);
    }
    assert!(d.agreements.len() >= 30, "{}", d.agreements.len());
    for a in &d.agreements {
        let followable = a
            .sources
            .iter()
            .any(|id| d.sources.iter().any(|s| &s.id == id && s.url.is_some()));
        assert!(followable, "{}", a.id);
    }
}

#[test]
fn supersession_links() {
    let d = corpus();
    assert!(
        agreement(&d, "tax-2006")
            .supersedes
            .iter()
            .any(|s| s == "tax-1978")
    );
    assert_eq!(agreement(&d, "tax-1978").status, Status::Replaced);
    assert!(
        agreement(&d, "yma-2023")
            .supersedes
            .iter()
            .any(|s| s == "mou-1995-youth-working-holiday")
    );
}

#[test]
fn social_security_dates() {
    let d = corpus();
    let a = agreement(&d, "social-security-1997");
    assert_eq!(a.signed_date().unwrap().to_string(), "1997-01-10");
    assert_eq!(a.in_force_date().unwrap().to_string(), "1999-05-01");
}

#[test]
fn what_the_sources_mark_unsure_stays_unsure() {
    let d = corpus();
    let has =
        |id: &str, level: Certainty| agreement(&d, id).caveats.iter().any(|c| c.level == level);
    assert!(
        has("defence-materiel-mou", Certainty::Conflict),
        "1996 vs 2009"
    );
    assert_eq!(
        agreement(&d, "defence-materiel-mou")
            .signed_date()
            .map(|s| s.to_string())
            .as_deref(),
        Some("1996-05")
    );
    assert!(
        has("tax-2006", Certainty::Unsure),
        "in force 2006-12-18 unsure"
    );
    assert!(has("customs-1986", Certainty::Unsure));
    assert!(has("trade-1966", Certainty::Unsure));
    assert_eq!(agreement(&d, "trade-1966").status, Status::Unknown);
    let forum = d
        .commitments
        .iter()
        .find(|c| c.id == "cm-sdcp-defence-industry-forum")
        .unwrap();
    assert!(
        forum.caveats.iter().any(|c| c.level == Certainty::Unsure),
        "single source"
    );
}

#[test]
fn the_gyeongju_meeting() {
    let d = corpus();
    let e = d
        .events
        .iter()
        .find(|e| e.id == "ev-2025-10-30-gyeongju")
        .unwrap();
    assert_eq!(e.date.to_string(), "2025-10-30");
    assert_eq!(
        e.place.as_ref().and_then(|p| p.native.as_deref()),
        Some("경주")
    );
    let people: Vec<&str> = e.participants.iter().map(|p| p.en.as_str()).collect();
    assert!(
        people.iter().any(|p| p.contains("Mark Carney")),
        "{people:?}"
    );
    assert!(
        people.iter().any(|p| p.contains("Lee Jae Myung")),
        "{people:?}"
    );
}

#[test]
fn every_record_names_a_source_and_both_languages() {
    let d = corpus();
    let all = d.partnerships.len() + d.agreements.len() + d.commitments.len() + d.events.len();
    assert!(all >= 90, "{all} records");
    for c in &d.commitments {
        assert!(!c.sources.is_empty() && !c.summary.is_empty(), "{}", c.id);
        for p in &c.summary {
            assert!(!p.fr.is_empty() && !p.en.is_empty(), "{}", c.id);
        }
    }
}
