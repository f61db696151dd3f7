//! Source publishers and title templates by language.

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum SrcLang {
    Fr,
    En,
    Ko,
    Ja,
    De,
}

pub(crate) const PUBLISHERS: &[(&str, SrcLang)] = &[
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

pub(crate) const SOURCE_FR: &[&str] = &[
    "Déclaration commune {D} et {E} sur {t}",
    "[Communiqué sur la signature d'un accord relatif {q}]",
    "[Compte rendu de la rencontre des ministres {D} et {E}]",
    "Relations bilatérales {a}-{b}\u{a0}: fiche d'information",
    "[Article sur {t} entre {A} et {B}]",
];
pub(crate) const SOURCE_EN: &[&str] = &[
    "Joint Statement by {A} and {B} on {t}",
    "[News release on the signing of an agreement on {t}]",
    "[Readout of the meeting between the ministers of {A} and {B}]",
    "{a}–{b} relations: backgrounder",
    "[Report on {t} between {A} and {B}]",
];
pub(crate) const SOURCE_KO: &[&str] = &[
    "한-{x} {z} 협력 관련 보도",
    "한-{x} 정상회담 결과 보도자료",
    "[한-{x} 관계 개황]",
];
pub(crate) const SOURCE_JA: &[&str] = &["外交青書 {y}", "[首脳会談の概要]", "[二国間関係の概要]"];
pub(crate) const SOURCE_DE: &[&str] = &[
    "Länderinformationen: bilaterale Beziehungen ({y})",
    "[Pressemitteilung zur bilateralen Zusammenarbeit]",
];
