//! Parallel French and English sentence templates for summaries, caveats
//! and notes.

use super::Pair;

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

pub(crate) const GENERIC: &[Pair] = &[
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

pub(crate) const AG_PURPOSE: &[Pair] = &[
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

pub(crate) const GSOIA_PURPOSE: Pair = (
    "{k^} doit permettre aux deux pays de se transmettre des informations classifiées et de les protéger, dans un cadre sûr et digne de confiance, afin d'approfondir leur coopération dans la défense, la sécurité et l'industrie de défense.",
    "{k^} is to let the two countries pass classified information to each other and protect it, within a secure and trustworthy framework, so as to deepen their cooperation on defence, security and the defence industry.",
);

pub(crate) const AG_EXTRA: &[Pair] = &[
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

pub(crate) const STEP_LAUNCHED: Pair = (
    "Les négociations ont été lancées {o}, à l'initiative des deux ministères des Affaires étrangères.",
    "Negotiations were launched {o}, at the initiative of both foreign ministries.",
);
pub(crate) const STEP_CONCLUDED: Pair = (
    "Les négociations ont été conclues {o}, après plusieurs cycles de discussions techniques.",
    "Negotiations were concluded {o}, after several rounds of technical talks.",
);
pub(crate) const STEP_INITIALLED: Pair = (
    "Le texte a été paraphé {o} par les négociateurs en chef.",
    "The text was initialled {o} by the chief negotiators.",
);
pub(crate) const STEP_APPROVED: Pair = (
    "Le Conseil des ministres {E} l'a approuvé{e} {o}.",
    "The cabinet {E} approved it {o}.",
);
pub(crate) const STEP_SIGNED_AT: Pair =
    ("{k^} a été signé{e} {p} {o}.", "{k^} was signed {p} {o}.");
pub(crate) const STEP_SIGNED: Pair = (
    "{k^} a été signé{e} {o} par les représentants des deux gouvernements.",
    "{k^} was signed {o} by representatives of both governments.",
);
pub(crate) const STEP_IN_FORCE: Pair = (
    "{i^} est entré{e} en vigueur {o}, une fois achevées les procédures internes des deux parties.",
    "It entered into force {o}, once both parties had completed their internal procedures.",
);
pub(crate) const STEP_ACTIVE: Pair = (
    "{i^} s'applique depuis sa signature et n'a pas force obligatoire en droit international.",
    "It has applied since its signature and is not binding under international law.",
);
pub(crate) const STEP_TERMINATED: Pair = (
    "{i^} a pris fin {o}, d'un commun accord entre les parties.",
    "It was terminated {o}, by mutual consent of the parties.",
);
pub(crate) const STEP_REPLACED: Pair = (
    "{i^} a été remplacé{e} {o} par un texte plus récent, qui en reprend l'essentiel.",
    "It was replaced {o} by a more recent text, which takes over most of its content.",
);
pub(crate) const NOT_YET_IN_FORCE: Pair = (
    "{i^} n'est pas encore entré{e} en vigueur\u{a0}: les procédures de ratification sont en cours.",
    "It has not yet entered into force: ratification procedures are under way.",
);
pub(crate) const NOT_YET_SIGNED: Pair = (
    "Le texte n'a pas encore été signé, et aucune date n'a été annoncée pour sa signature.",
    "The text has not been signed yet, and no date has been announced for its signature.",
);
pub(crate) const STATUS_UNKNOWN: Pair = (
    "Les sources consultées ne disent pas si {k} est toujours en vigueur ni s'{i} a été remplacé{e}.",
    "The sources consulted do not say whether {k} is still in force or has been replaced.",
);
pub(crate) const SUPERSEDES: Pair = (
    "{k^} remplace un texte antérieur entre les deux pays, dont {i} reprend et élargit les dispositions.",
    "{k^} replaces an earlier text between the two countries, whose provisions it takes over and broadens.",
);

pub(crate) const PS_PURPOSE: &[Pair] = &[
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
pub(crate) const PS_REPLACED: Pair = (
    "Il a ensuite été remplacé par un partenariat plus ambitieux, établi {o}.",
    "It was later replaced by a more ambitious partnership, established {o}.",
);
pub(crate) const PS_EXTRA: &[Pair] = &[
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

pub(crate) const CM_PURPOSE: &[Pair] = &[
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
pub(crate) const CM_ANNOUNCED: Pair = (
    "Aucun calendrier précis n'a été rendu public, et aucune mesure de mise en œuvre n'a encore été annoncée.",
    "No precise timetable has been made public, and no implementing measure has been announced yet.",
);
pub(crate) const CM_UNDER_WAY: Pair = (
    "La mise en œuvre a commencé\u{a0}: des groupes de travail se réunissent et les premiers projets sont en cours.",
    "Implementation has begun: working groups are meeting and the first projects are under way.",
);
pub(crate) const CM_COMPLETED: Pair = (
    "L'engagement est considéré comme tenu\u{a0}: les mesures annoncées ont été réalisées, selon {s}.",
    "The commitment is considered fulfilled: the announced measures have been carried out, according to {s}.",
);
pub(crate) const CM_UNKNOWN: Pair = (
    "Les sources ne permettent pas de savoir si cet engagement a été suivi d'effet.",
    "The sources do not make it possible to tell whether this commitment was acted upon.",
);
pub(crate) const CM_EXTRA: &[Pair] = &[
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

pub(crate) const CM_VERBS: &[Pair] = &[
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
pub(crate) const CM_ACTIONS: &[Pair] = &[
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

pub(crate) const EV_SUMMIT: Pair = (
    "Les dirigeants {D} et {E} se sont rencontrés {p} {o} pour faire le point sur la relation bilatérale.",
    "The leaders {D} and {E} met {p} {o} to take stock of the bilateral relationship.",
);
pub(crate) const EV_MINISTERIAL: Pair = (
    "Les ministres {D} et {E} se sont réunis {p} {o}, notamment pour examiner {t}.",
    "The ministers {D} and {E} met {p} {o}, in particular to review {t}.",
);
pub(crate) const EV_MEETING: Pair = (
    "De hauts fonctionnaires des deux pays se sont réunis {p} {o} pour faire avancer {t}.",
    "Senior officials of both countries met {p} {o} to move {t} forward.",
);
pub(crate) const EV_STATEMENT: Pair = (
    "Dans une déclaration commune publiée {o}, {A} et {B} ont réaffirmé leur volonté de renforcer {t}.",
    "In a joint statement issued {o}, {A} and {B} reaffirmed their resolve to strengthen {t}.",
);
pub(crate) const EV_SIGNATURE: Pair = (
    "{k^} a été signé{e} {p} {o}, en présence de représentants des deux gouvernements.",
    "{k^} was signed {p} {o}, in the presence of representatives of both governments.",
);
pub(crate) const EV_IN_FORCE: Pair = (
    "{k^} est entré{e} en vigueur {o}, une fois achevées les procédures internes des deux parties.",
    "{k^} entered into force {o}, once both parties had completed their internal procedures.",
);
pub(crate) const EV_LAUNCHED: Pair = (
    "{A^} et {B} ont lancé {o} les négociations en vue de conclure {k}.",
    "{A^} and {B} launched negotiations {o} with a view to concluding {k}.",
);
pub(crate) const EV_CONCLUDED: Pair = (
    "Les négociateurs ont annoncé {o} la conclusion des négociations sur {k}.",
    "The negotiators announced {o} that negotiations on {k} had been concluded.",
);
pub(crate) const EV_APPROVAL: Pair = (
    "Le Conseil des ministres {E} a approuvé {k} {o}, ouvrant la voie à la suite de la procédure.",
    "The cabinet {E} approved {k} {o}, opening the way to the next steps of the procedure.",
);
pub(crate) const EV_ANNOUNCEMENT: Pair = (
    "{A^} et {B} ont annoncé {o} un programme conjoint consacré {q}.",
    "{A^} and {B} announced {o} a joint programme devoted to {t}.",
);
pub(crate) const EV_ESTABLISHMENT: Pair = (
    "Les dirigeants ont établi {o} {p} {k}, qui fixe les grandes orientations de la relation.",
    "The leaders established {k} {p} {o}, which sets the broad directions of the relationship.",
);
pub(crate) const EV_PARTICIPANTS: Pair = (
    "Y ont notamment pris part {m} et {w}.",
    "Participants included {m} and {w}.",
);
pub(crate) const EV_EXTRA: &[Pair] = &[
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

pub(crate) const CAVEAT_STATUS: &[Pair] = &[
    (
        "Les sources consultées ne disent pas ce qu'il en est aujourd'hui\u{202f}; le statut actuel est donc inconnu.",
        "The sources consulted do not say where this stands today; its current status is therefore unknown.",
    ),
    (
        "Aucune source récente ne confirme que {k} s'applique toujours, ni qu'{i} a pris fin.",
        "No recent source confirms that {k} still applies, nor that it has ended.",
    ),
];
pub(crate) const CAVEAT_SIGNED: Pair = (
    "La date de signature n'est donnée qu'au mois ou à l'année près selon les sources.",
    "Depending on the source, the signature date is given only to the month or the year.",
);
pub(crate) const CAVEAT_IN_FORCE: Pair = (
    "Aucune source officielle ne confirme la date d'entrée en vigueur retenue ici.",
    "No official source confirms the entry-into-force date given here.",
);
pub(crate) const CAVEAT_DATE: Pair = (
    "Les sources divergent sur la date exacte\u{a0}: certaines retiennent {o}, d'autres la veille.",
    "Sources disagree on the exact date: some give {o}, others the day before.",
);
pub(crate) const CAVEAT_TITLE: Pair = (
    "Le titre officiel français n'a pas été trouvé\u{202f}; le titre affiché est notre traduction.",
    "The official French title was not found; the title shown is our rendering.",
);
pub(crate) const CAVEAT_SCOPE: Pair = (
    "Les comptes rendus des deux gouvernements ne concordent pas sur la portée de cette fiche.",
    "The two governments' readouts do not agree on the scope of this record.",
);
pub(crate) const CAVEAT_PARTICIPANTS: Pair = (
    "La liste des participants est incomplète dans les sources consultées.",
    "The list of participants is incomplete in the sources consulted.",
);

pub(crate) const NOTE_LAUNCHED: Pair = (
    "Annonce faite à l'issue d'une rencontre ministérielle.",
    "Announced after a ministerial meeting.",
);
pub(crate) const NOTE_SIGNED: Pair = (
    "Signature {p} lors d'une visite officielle.",
    "Signed {p} during an official visit.",
);
pub(crate) const NOTE_IN_FORCE: Pair = (
    "Entrée en vigueur après l'échange des instruments de ratification.",
    "Entry into force after the exchange of instruments of ratification.",
);
pub(crate) const NOTE_APPROVED: Pair = (
    "Approbation par le Conseil des ministres\u{202f}; l'assentiment du Parlement n'est pas requis.",
    "Approved by cabinet; parliamentary consent is not required.",
);
pub(crate) const NOTE_OTHER: Pair = (
    "Date donnée par les sources officielles des deux pays.",
    "Date given by official sources of both countries.",
);

#[cfg(test)]
mod tests {
    use super::*;

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
