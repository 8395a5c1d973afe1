//! Search keys for names written in any script, so that a case manager finds a person however
//! the name was spelled: "Mohammed", "Muhammad" and "محمد" meet; "Olena" finds "Олена";
//! "Sahin" finds "Şahin".
//!
//! Each word of a name gets two keys: `f…`, its spelling folded to lower-case Latin letters
//! (diacritics dropped, other scripts transliterated), and `s…`, a consonant skeleton of it
//! (vowels dropped, a leading vowel sound kept as `a`, similar sounds merged). Spelling
//! matches rank above skeleton matches.

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
            let s = skeleton(&w);
            [format!("f{w}"), format!("s{s}")]
        })
        .filter(|k| k.len() > 1)
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
