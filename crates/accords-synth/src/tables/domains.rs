//! Per domain: topics, agreement title heads and the partnership head.

use accords::model::Domain;

use super::Pair;
use super::titles::Noun::{Accord, Arrangement, Convention, Declaration, Protocole, Traite};
use super::titles::{Head, P_STRATEGIC, PHead, h};

pub(crate) struct DomainInfo {
    pub(crate) domain: Domain,
    /// Korean word for the domain, for Hangul source titles.
    pub(crate) ko: &'static str,
    pub(crate) topics: &'static [Pair],
    pub(crate) heads: &'static [Head],
    pub(crate) partnership: PHead,
}

pub(crate) const DOMAINS: [DomainInfo; 21] = [
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
