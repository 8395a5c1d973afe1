//! Search keys for names written in any script, so that a case manager finds a person however
//! the name was spelled: "Mohammed", "Muhammad" and "محمد" meet; "Olena" finds "Олена";
//! "Sahin" finds "Şahin".
//!
//! Each word of a name gets three keys: `f…`, its spelling folded to lower-case Latin letters
//! (diacritics dropped, other scripts transliterated), `s…`, a consonant skeleton of it
//! (vowels dropped, a leading vowel sound kept as `a`, similar sounds merged), and `p…`, a
//! phonetic skeleton that also merges the letters German and English transliterations write
//! differently for one sound ("Kowalenko", "Kovalenko"; "Dschawad", "Javad"). Spelling
//! matches rank above skeleton matches.

/// The version of the keys [`keys`] computes. Stored keys of another version are computed
/// anew at start-up (`clients::rekey_names`); raise it whenever the keys change.
pub const KEY_VERSION: i64 = 2;

/// Arabic-script letters whose usual Latin spelling in names differs from a letter-by-letter
/// transliteration (Persian and Dari pronounce ض ظ ذ as z; a word-initial alef is a vowel).
fn pre_transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'ا' | 'أ' | 'إ' | 'آ' | 'ٱ' | 'ع' | 'ة' => "a",
        'ض' | 'ظ' | 'ذ' | 'ز' => "z",
        'ث' | 'ص' | 'س' => "s",
        'ح' | 'ه' | 'ھ' => "h",
        'خ' => "kh",
        'ق' | 'ک' | 'ك' => "k",
        'غ' | 'گ' => "g",
        'ط' | 'ت' => "t",
        _ => return None,
    })
}

/// A name folded to lower-case Latin letters, digits and single spaces.
pub fn fold(text: &str) -> String {
    let mut latin = String::with_capacity(text.len());
    for c in text.chars() {
        match pre_transliterate(c) {
            Some(s) => latin.push_str(s),
            None => latin.push_str(&deunicode::deunicode_char(c).unwrap_or(" ").to_lowercase()),
        }
    }
    let mut folded = String::with_capacity(latin.len());
    let mut gap = true;
    for c in latin.chars() {
        if c.is_ascii_alphanumeric() {
            folded.push(c);
            gap = false;
        } else if c.is_whitespace() || c == '-' {
            if !gap {
                folded.push(' ');
            }
            gap = true;
        }
        // apostrophes, hamza marks and the like vanish inside a word
    }
    folded.trim_end().to_owned()
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w')
}

/// The consonant skeleton of one folded word.
pub fn skeleton(word: &str) -> String {
    let word = word
        .replace("kh", "h")
        .replace("ph", "f")
        .replace("ck", "k")
        .replace("dj", "j");
    let mut out = String::new();
    let mut chars = word.chars().peekable();
    // A leading vowel sound (also y/w/j before a vowel: Yulia, Iuliia, Jusuf) becomes `a`.
    if let Some(&first) = chars.peek() {
        let second = word.chars().nth(1).unwrap_or(' ');
        if is_vowel(first) || (first == 'j' && is_vowel(second)) {
            out.push('a');
            chars.next();
            while chars.peek().is_some_and(|&c| is_vowel(c)) {
                chars.next();
            }
        }
    }
    for c in chars {
        let c = match c {
            'q' | 'c' => 'k',
            'v' => 'f',
            'z' => 's',
            other => other,
        };
        if is_vowel(c) || out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Letter groups that German, English and passport transliterations spell differently for one
/// sound, each with the one spelling [`phonetic`] uses; longer groups first. `X` stands for
/// the sounds of х, ч and ح (German ch, tsch; English kh, ch, h), `S` for ш and ж (sch, sh,
/// zh); ц and з (German z, s; English ts, z) become `s`; German dsch and English j or dj
/// (ج) join j and y, which count as vowels.
const SOUND_GROUPS: &[(&str, &str)] = &[
    ("tsch", "X"),
    ("dsch", "j"),
    ("sch", "S"),
    ("tch", "X"),
    ("dzh", "j"),
    ("sh", "S"),
    ("zh", "S"),
    ("ch", "X"),
    ("kh", "X"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "s"),
    ("ck", "k"),
    ("dj", "j"),
    ("tz", "s"),
    ("ts", "s"),
    ("x", "ks"),
];

fn is_soft_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'j')
}

/// The phonetic skeleton of one folded word: German and English transliterations of the same
/// name meet ("Schewtschenko" and "Shevchenko": `SfXnk`; "Jussuf" and "Youssef": `asf`;
/// "Mehmet" and "Mohammed": `mXmt`). A final h after a vowel is silent (Fatemeh, Abdullah)
/// and a d as the last consonant counts as t (German and Turkish spelling: Ahmet, Mahmut).
pub fn phonetic(word: &str) -> String {
    let mut word = word;
    let vowel_before_h = word
        .strip_suffix('h')
        .and_then(|rest| rest.chars().last())
        .is_some_and(is_soft_vowel);
    if vowel_before_h && word.len() > 2 {
        word = &word[..word.len() - 1];
    }
    let mut sounds = String::with_capacity(word.len());
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        if let Some((group, sound)) = SOUND_GROUPS.iter().find(|(g, _)| rest.starts_with(g)) {
            sounds.push_str(sound);
            rest = &rest[group.len()..];
            continue;
        }
        sounds.push(match c {
            'w' | 'v' => 'f',
            'z' => 's',
            'c' | 'q' => 'k',
            'h' => 'X',
            other => other,
        });
        rest = &rest[c.len_utf8()..];
    }
    let mut out = String::new();
    let mut chars = sounds.chars().peekable();
    if chars.peek().is_some_and(|&c| is_soft_vowel(c)) {
        out.push('a');
        while chars.peek().is_some_and(|&c| is_soft_vowel(c)) {
            chars.next();
        }
    }
    for c in chars {
        if is_soft_vowel(c) || out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    if out.len() > 1 && out.ends_with('d') {
        out.pop();
        out.push('t');
    }
    out
}

/// The keys a query word is looked up by besides its spelling: its consonant skeleton and its
/// phonetic skeleton, as stored by [`keys`].
pub fn sound_keys(word: &str) -> [String; 2] {
    [
        format!("s{}", skeleton(word)),
        format!("p{}", phonetic(word)),
    ]
}

/// The words of a name or query, folded.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// All search keys of a person's names (in every spelling given).
pub fn keys<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut keys: Vec<String> = names
        .into_iter()
        .flat_map(words)
        .flat_map(|w| {
            let [skeleton, phonetic] = sound_keys(&w);
            [format!("f{w}"), skeleton, phonetic]
        })
        // A phonetic key of one sound (`pa` for "Aya") would find too many names.
        .filter(|k| k.len() > if k.starts_with('p') { 2 } else { 1 })
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meet(a: &str, b: &str) -> bool {
        let (ka, kb) = (keys([a]), keys([b]));
        ka.iter().any(|k| k.starts_with('s') && kb.contains(k))
    }

    #[test]
    fn spellings_across_scripts_meet() {
        assert!(meet("Mohammed", "Muhammad"));
        assert!(meet("Mohammed", "محمد"));
        assert!(meet("Muhammad", "مُحَمَّد"));
        assert!(meet("Olena", "Олена"));
        assert!(meet("Sahin", "Şahin"));
        assert!(meet("Yusuf", "یوسف"));
        assert!(meet("Jusuf", "Yusuf"));
        assert!(meet("Yuliia", "Юлія"));
        assert!(meet("Omar", "عمر"));
        assert!(meet("Ahmadi", "احمدی"));
        assert!(meet("Hussein", "حسين"));
        assert!(meet("Reza", "رضا"));
        assert!(meet("Fatima", "فاطمة"));
        assert!(meet("Ibrahim", "إبراهيم"));
        assert!(meet("Ahmed", "Ахмед"));
    }

    /// A query word finds a name word as the search does: by the beginning of its spelling,
    /// by its consonant skeleton or by its phonetic skeleton.
    fn finds(query: &str, name: &str) -> bool {
        let stored = keys([name]);
        words(query).iter().all(|w| {
            stored.iter().any(|k| k.starts_with(&format!("f{w}")))
                || sound_keys(w)
                    .iter()
                    .any(|k| k.len() > 2 && stored.contains(k))
        })
    }

    /// Real spellings of the same name: German office, English or passport transliteration,
    /// the original script.
    const SAME_NAME: &[(&str, &[&str])] = &[
        // Ukrainian and Russian: German (w, sch, tsch, ch, j, s, z) and English/passport
        // (v, sh, ch, kh, y/i, z, ts) transliteration.
        ("Kovalenko", &["Kowalenko", "Коваленко"]),
        ("Shevchenko", &["Schewtschenko", "Шевченко"]),
        ("Khrushchev", &["Chruschtschow", "Хрущёв"]),
        ("Gorbachev", &["Gorbatschow", "Горбачёв"]),
        ("Yushchenko", &["Juschtschenko", "Ющенко"]),
        ("Khodorkovsky", &["Chodorkowski", "Ходорковский"]),
        (
            "Tchaikovsky",
            &["Tschaikowski", "Chaikovskyi", "Чайковский"],
        ),
        ("Zaitsev", &["Saizew", "Зайцев"]),
        ("Kuznetsov", &["Kusnezow", "Кузнецов"]),
        ("Zinoviev", &["Sinowjew", "Зиновьев"]),
        ("Zhukov", &["Schukow", "Жуков"]),
        ("Zelenskyy", &["Selenskyj", "Зеленський"]),
        ("Lutsenko", &["Luzenko", "Луценко"]),
        ("Yevtushenko", &["Jewtuschenko", "Evtushenko", "Евтушенко"]),
        ("Volodymyr", &["Wolodymyr", "Володимир"]),
        ("Oleksandr", &["Olexandr", "Олександр"]),
        ("Tetiana", &["Tetjana", "Тетяна"]),
        ("Tatyana", &["Tatjana", "Tatiana", "Татьяна"]),
        ("Yuliia", &["Julija", "Yulia", "Юлія"]),
        ("Iurii", &["Juri", "Yuriy", "Юрій"]),
        ("Sergey", &["Sergej", "Sergei", "Сергей"]),
        ("Yevgeny", &["Jewgeni", "Evgeniy", "Евгений"]),
        ("Ksenia", &["Xenia", "Ksenija", "Ксения"]),
        ("Natalia", &["Natalja", "Nataliya", "Наталья"]),
        ("Mikhail", &["Michail", "Михаил"]),
        // Arabic: German and English spellings.
        (
            "Mohammed",
            &["Mohamed", "Muhammad", "Mohammad", "Muhammed", "محمد"],
        ),
        ("Hussein", &["Husain", "Hussain", "Husein", "حسين"]),
        ("Yusuf", &["Jussuf", "Youssef", "Yussuf", "Jusuf", "يوسف"]),
        ("Ibrahim", &["Ebrahim", "إبراهيم"]),
        ("Ahmed", &["Achmed", "Ahmad", "Akhmed", "أحمد"]),
        ("Khaled", &["Chalid", "Khalid", "خالد"]),
        ("Khadija", &["Chadidscha", "خديجة"]),
        ("Jamal", &["Dschamal", "جمال"]),
        ("Sharif", &["Scharif", "شريف"]),
        ("Abdullah", &["Abdulla", "Abdallah", "عبدالله"]),
        ("Najib", &["Nadschib", "نجيب"]),
        ("Mustafa", &["Mustapha", "Moustafa", "مصطفى"]),
        ("Qasim", &["Kasim", "Kassem", "قاسم"]),
        ("Othman", &["Osman", "Uthman"]),
        ("Walid", &["Waleed", "وليد"]),
        // Persian and Dari.
        ("Javad", &["Dschawad", "Jawad", "جواد"]),
        ("Hossein", &["Hussein", "حسین"]),
        ("Mojtaba", &["Modschtaba", "مجتبی"]),
        ("Vahid", &["Wahid"]),
        ("Fatemeh", &["Fatima", "فاطمه"]),
        ("Zahra", &["Sahra", "زهرا"]),
        ("Shirin", &["Schirin", "شیرین"]),
        ("Jafar", &["Dschafar", "Jaafar", "جعفر"]),
        ("Khadijeh", &["Chadidsche"]),
        ("Mahdi", &["Mehdi", "مهدی"]),
        // Turkish: without diacritics, German umlaut spellings, German final devoicing.
        ("Şahin", &["Sahin", "SAHİN"]),
        ("Öztürk", &["Ozturk", "Oeztuerk"]),
        ("Çelik", &["Celik"]),
        ("Yılmaz", &["Yilmaz"]),
        ("Gül", &["Gul", "Guel"]),
        ("Ahmet", &["Ahmed"]),
        ("Mehmet", &["Mehmed", "Mohammed"]),
        ("Mahmut", &["Mahmoud", "Mahmud"]),
    ];

    #[test]
    fn real_spellings_of_one_name_find_each_other() {
        let mut missed = Vec::new();
        for (name, spellings) in SAME_NAME {
            for spelling in *spellings {
                for (query, stored) in [(*name, *spelling), (*spelling, *name)] {
                    if !finds(query, stored) {
                        missed.push(format!(
                            "{query} -/-> {stored} ({} / {})",
                            phonetic(&fold(query)),
                            phonetic(&fold(stored))
                        ));
                    }
                }
            }
        }
        assert!(missed.is_empty(), "not found: {missed:#?}");
    }

    #[test]
    fn phonetic_skeletons_keep_different_names_apart() {
        for (a, b) in [
            ("Olena", "Olga"),
            ("Mohammed", "Ahmed"),
            ("Kovalenko", "Kowalski"),
            ("Shevchenko", "Savchenko"),
            ("Hussein", "Yusuf"),
            ("Leila", "Lina"),
            ("Amira", "Olena"),
            ("Tatyana", "Tamara"),
            ("Zaitsev", "Zakharov"),
        ] {
            assert!(!finds(a, b), "{a} finds {b}");
        }
    }

    #[test]
    fn different_names_stay_apart() {
        assert!(!meet("Mohammed", "Ahmed"));
        // Same consonants, as in Arabic script (محمد / محمود): found together, ranked by spelling.
        assert!(meet("Mohammed", "Mahmoud"));
        assert!(!meet("Olena", "Olga"));
        assert!(!meet("Amira", "Olena"));
        assert!(!meet("Reza", "Yusuf"));
    }

    #[test]
    fn folding_drops_diacritics_case_and_punctuation() {
        assert_eq!(fold("  Şahin-YILMAZ "), "sahin yilmaz");
        assert_eq!(fold("Kovalenko, Olena"), "kovalenko olena");
        assert_eq!(words("Ольга  Коваленко"), ["ol'ga", "kovalenko"].map(fold));
    }
}
