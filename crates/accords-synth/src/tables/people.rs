//! People: name pools by language and the offices they hold.

use super::{Names, Pair};

// People: (romanized, native script or "").
pub(crate) type Person = (&'static str, &'static str);

pub(crate) const KO_FAMILY: &[Person] = &[
    ("Kim", "김"),
    ("Lee", "이"),
    ("Park", "박"),
    ("Choi", "최"),
    ("Jung", "정"),
    ("Kang", "강"),
    ("Cho", "조"),
    ("Yoon", "윤"),
    ("Jang", "장"),
    ("Han", "한"),
];
pub(crate) const KO_GIVEN: &[Person] = &[
    ("Min-jun", "민준"),
    ("Seo-yeon", "서연"),
    ("Ji-ho", "지호"),
    ("Ha-eun", "하은"),
    ("Do-yun", "도윤"),
    ("Jae-won", "재원"),
    ("Su-bin", "수빈"),
    ("Hyun-woo", "현우"),
    ("Eun-ji", "은지"),
    ("Sang-hoon", "상훈"),
];
pub(crate) const JA_FAMILY: &[Person] = &[
    ("Tanaka", "田中"),
    ("Suzuki", "鈴木"),
    ("Takahashi", "高橋"),
    ("Watanabe", "渡辺"),
    ("Itō", "伊藤"),
    ("Yamamoto", "山本"),
    ("Nakamura", "中村"),
    ("Kobayashi", "小林"),
];
pub(crate) const JA_GIVEN: &[Person] = &[
    ("Kenji", "健二"),
    ("Yuki", "由紀"),
    ("Hiroshi", "博"),
    ("Akiko", "明子"),
    ("Takeshi", "武"),
    ("Naoko", "直子"),
    ("Shōta", "翔太"),
    ("Emi", "恵美"),
];
pub(crate) const ZH_FAMILY: &[Person] = &[
    ("Wang", "王"),
    ("Li", "李"),
    ("Zhang", "张"),
    ("Liu", "刘"),
    ("Chen", "陈"),
    ("Yang", "杨"),
    ("Zhao", "赵"),
];
pub(crate) const ZH_GIVEN: &[Person] = &[
    ("Wei", "伟"),
    ("Fang", "芳"),
    ("Jun", "军"),
    ("Li", "丽"),
    ("Qiang", "强"),
    ("Min", "敏"),
    ("Jie", "杰"),
];

/// Latin-script name pools: (given names, family names, family name first).
pub(crate) fn latin_names(n: Names) -> (&'static [&'static str], &'static [&'static str], bool) {
    match n {
        Names::Fr | Names::Ca => (
            &[
                "Marie",
                "Jean",
                "Mélanie",
                "François",
                "Hélène",
                "Étienne",
                "Geneviève",
                "Stéphane",
                "Chloé",
                "Benoît",
            ],
            &[
                "Tremblay",
                "Gagnon",
                "Bouchard",
                "Côté",
                "Lévesque",
                "Bélanger",
                "Pelletier",
                "Lefèvre",
                "Dubois",
                "Girard",
            ],
            false,
        ),
        Names::En => (
            &[
                "James", "Sarah", "Michael", "Emily", "David", "Laura", "Robert", "Anna",
            ],
            &[
                "Smith", "Taylor", "Brown", "Wilson", "Campbell", "Murray", "Clarke", "Hughes",
            ],
            false,
        ),
        Names::De => (
            &["Jürgen", "Katrin", "Stefan", "Anja", "Matthias", "Sabine"],
            &["Müller", "Schäfer", "Weiß", "Köhler", "Hoffmann", "Wagner"],
            false,
        ),
        Names::Es => (
            &["José", "María", "Andrés", "Lucía", "Joaquín", "Sofía"],
            &["García", "Martínez", "Núñez", "Pérez", "Gómez", "Ibáñez"],
            false,
        ),
        Names::Pt => (
            &["João", "Ana", "Luís", "Conceição", "Antônio", "Beatriz"],
            &["Silva", "Gonçalves", "Araújo", "Magalhães", "Pereira"],
            false,
        ),
        Names::It => (
            &["Giuseppe", "Francesca", "Luca", "Chiara", "Niccolò"],
            &["Rossi", "Bianchi", "Esposito", "Ricci", "Colombo"],
            false,
        ),
        Names::Pl => (
            &["Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Wojciech"],
            &["Kowalski", "Wiśniewski", "Wójcik", "Zieliński", "Dąbrowski"],
            false,
        ),
        Names::Uk => (
            &["Oleksandr", "Olena", "Andriy", "Iryna", "Dmytro"],
            &[
                "Kovalenko",
                "Shevchenko",
                "Bondarenko",
                "Tkachenko",
                "Melnyk",
            ],
            false,
        ),
        Names::Nordic => (
            &["Lars", "Ingrid", "Søren", "Åsa", "Jukka", "Sigrid"],
            &[
                "Andersen",
                "Lindqvist",
                "Virtanen",
                "Håkansson",
                "Nieminen",
                "Østergaard",
            ],
            false,
        ),
        Names::Nl => (
            &["Pieter", "Anouk", "Joost", "Femke"],
            &["de Vries", "Jansen", "van Dijk", "Bakker"],
            false,
        ),
        Names::Hi => (
            &["Rajesh", "Priya", "Anil", "Sunita", "Vikram"],
            &["Sharma", "Patel", "Iyer", "Reddy", "Gupta"],
            false,
        ),
        Names::Id => (
            &["Budi", "Siti", "Agus", "Dewi"],
            &["Santoso", "Wijaya", "Hidayat", "Kusuma"],
            false,
        ),
        Names::Gr => (
            &["Giorgos", "Eleni", "Nikos", "Maria"],
            &["Papadopoulos", "Nikolaidis", "Georgiou", "Konstantinou"],
            false,
        ),
        Names::Tr => (
            &["Mehmet", "Ayşe", "Mustafa", "Zeynep", "Çağlar"],
            &["Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk"],
            false,
        ),
        Names::Vi => (
            &["Văn Hùng", "Thị Mai", "Minh Tuấn", "Thu Hà", "Quốc Bảo"],
            &["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"],
            true,
        ),
        Names::Ko | Names::Ja | Names::Zh => (&[], &[], true),
    }
}

pub(crate) const MINISTERS: &[Pair] = &[
    (
        "ministre des Affaires étrangères",
        "Minister of Foreign Affairs",
    ),
    ("ministre de la Défense", "Minister of Defence"),
    (
        "ministre du Commerce international",
        "Minister of International Trade",
    ),
    ("ministre de l'Industrie", "Minister of Industry"),
    ("ministre des Sciences", "Minister of Science"),
];
pub(crate) const OFFICIALS: &[Pair] = &[
    (
        "vice-ministre des Affaires étrangères",
        "Vice-Minister of Foreign Affairs",
    ),
    ("sous-ministre de la Défense", "Deputy Minister of Defence"),
    (
        "directeur général de la politique de défense",
        "Director General of Defence Policy",
    ),
    ("ambassadeur", "Ambassador"),
    ("négociateur en chef", "Chief Negotiator"),
];
