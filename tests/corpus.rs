//! Pins the key facts of the embedded Canada–Korea corpus, so that a later
//! edit cannot silently lose one.

use accords::cli::check_dataset;
use accords::load::DEFAULT_MAX_SIZE;
use accords::model::{Certainty, Dataset, Domain, Form, Status};

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
    assert_eq!(a.signed.unwrap().to_string(), "2026-02-25");
    assert!(a.in_force.is_none(), "entry into force is not known");
    assert_eq!(
        a.title.native.as_deref(),
        Some("군사·국방 비밀정보보호 협정")
    );
    assert!(a.aliases.iter().any(|x| x == "GSOIA"));
    assert_eq!(a.partnership.as_deref(), Some("sdcp-2025"));
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
    assert_eq!(a.signed.unwrap().to_string(), "2014-09-22");
    assert_eq!(a.in_force.unwrap().to_string(), "2015-01-01");
    assert_eq!(a.status, Status::InForce);
    assert!(a.aliases.iter().any(|x| x == "CKFTA"));
    assert!(a.aliases.iter().any(|x| x == "ALECC"));
}

#[test]
fn registry_numbers() {
    let d = corpus();
    for (id, e, cts) in [
        ("trade-1966", "E100527", "1966 No. 26"),
        ("tax-1978", "E102303", "1980 No. 27"),
        ("air-1989", "E100222", "1989 No. 50"),
        ("tritium-2001", "E103832", "2001 No. 5"),
    ] {
        let a = agreement(&d, id);
        assert_eq!(a.e_number.as_deref(), Some(e), "{id}");
        assert_eq!(a.cts.as_deref(), Some(cts), "{id}");
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
    assert_eq!(a.signed.unwrap().to_string(), "1997-01-10");
    assert_eq!(a.in_force.unwrap().to_string(), "1999-05-01");
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
    assert!(
        agreement(&d, "defence-materiel-mou")
            .signed
            .is_none_or(|s| s.year == 2022)
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
