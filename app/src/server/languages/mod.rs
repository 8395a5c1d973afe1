//! Every ISO 639-3 language, found by its German, English or own name or by its code.

mod names_de;

use std::sync::OnceLock;

use crate::models::{LanguageOption, COMMON_CLIENT_LANGUAGES};
use crate::server::languages::names_de::GERMAN_NAMES;

struct Entry {
    code: &'static str,
    label: String,
    /// Folded (lower-case, Latin) words of all its names.
    words: Vec<String>,
    /// Folded whole names: German, English and own name first; then what the German name
    /// gives in brackets ("Kurmandschi (Nordkurdisch)").
    names: Vec<String>,
    aliases: Vec<String>,
    common: bool,
}

fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

fn german_name(code: &str) -> Option<&'static str> {
    GERMAN_NAMES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .map(|i| GERMAN_NAMES[i].1)
}

fn index() -> &'static Vec<Entry> {
    static INDEX: OnceLock<Vec<Entry>> = OnceLock::new();
    INDEX.get_or_init(|| {
        isolang::languages()
            .map(|lang| {
                let code = lang.to_639_3();
                let english = lang.to_name();
                let german = german_name(code);
                let own = lang.to_autonym();
                let mut words = Vec::new();
                let mut names: Vec<String> = [Some(english), german, own]
                    .into_iter()
                    .flatten()
                    .map(fold)
                    .collect();
                let mut aliases = Vec::new();
                if let Some((main, rest)) = german.and_then(|g| g.split_once(" (")) {
                    names.push(fold(main));
                    aliases.extend(
                        rest.trim_end_matches(')')
                            .split(',')
                            .map(|a| fold(a.trim()))
                            .filter(|a| !a.is_empty()),
                    );
                }
                for name in [Some(english), german, own].into_iter().flatten() {
                    words.extend(
                        fold(name)
                            .split(|c: char| !c.is_alphanumeric())
                            .filter(|w| !w.is_empty())
                            .map(str::to_owned),
                    );
                    words.push(fold(name));
                }
                let mut label = german.unwrap_or(english).to_owned();
                if let Some(own) = own.filter(|o| fold(o) != fold(&label)) {
                    label.push_str(" – ");
                    label.push_str(own);
                }
                label.push_str(&format!(" ({code})"));
                Entry {
                    code,
                    label,
                    words,
                    names,
                    aliases,
                    common: COMMON_CLIENT_LANGUAGES.iter().any(|(c, _, _)| *c == code),
                }
            })
            .collect()
    })
}

pub fn is_valid(code: &str) -> bool {
    isolang::Language::from_639_3(code).is_some()
}

/// The label of a language code ("Arabisch – العربية (ara)"), the code itself if unknown.
pub fn label(code: &str) -> String {
    index()
        .iter()
        .find(|e| e.code == code)
        .map(|e| e.label.clone())
        .unwrap_or_else(|| code.to_owned())
}

/// The language a typed text means: an ISO 639-3 code, an entry as the list shows it
/// ("Arabisch – العربية (ara)"), or one language's German, English or own name ("Arabisch",
/// "Arabic", "العربية"), in any case. A name several languages share means the one of them
/// that newcomers in NRW speak, else none.
pub fn code_for(text: &str) -> Option<String> {
    let text = text.trim();
    let code = text.to_ascii_lowercase();
    if is_valid(&code) {
        return Some(code);
    }
    if let Some((_, code)) = text.strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
        let code = code.trim().to_ascii_lowercase();
        if is_valid(&code) {
            return Some(code);
        }
    }
    let query = fold(text);
    if query.is_empty() {
        return None;
    }
    let named = |names: fn(&Entry) -> &Vec<String>| -> Vec<&Entry> {
        index()
            .iter()
            .filter(|e| names(e).contains(&query))
            .collect()
    };
    let mut found = named(|e| &e.names);
    if found.is_empty() {
        found = named(|e| &e.aliases);
    }
    if found.len() > 1 {
        found.retain(|e| e.common);
    }
    match found.as_slice() {
        [one] => Some(one.code.to_owned()),
        _ => None,
    }
}

/// Up to 20 languages matching what was typed: the exact code first, then languages of
/// newcomers in NRW, then by name.
pub fn search(text: &str) -> Vec<LanguageOption> {
    let query = fold(text.trim());
    if query.is_empty() {
        return COMMON_CLIENT_LANGUAGES
            .iter()
            .map(|(code, _, _)| LanguageOption {
                code: (*code).to_owned(),
                label: label(code),
            })
            .collect();
    }
    let mut found: Vec<(u8, &Entry)> = index()
        .iter()
        .filter_map(|e| {
            let rank = if e.code == query {
                0
            } else if e.words.iter().any(|w| w.starts_with(&query)) {
                if e.common {
                    1
                } else {
                    2
                }
            } else if e.words.iter().any(|w| w.contains(&query)) {
                3
            } else {
                return None;
            };
            Some((rank, e))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.label.cmp(&b.1.label)));
    found
        .into_iter()
        .take(20)
        .map(|(_, e)| LanguageOption {
            code: e.code.to_owned(),
            label: e.label.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_found_by_german_english_and_own_name_and_by_code() {
        let first = |q: &str| search(q).first().map(|o| o.code.clone());
        assert_eq!(first("Arabisch").as_deref(), Some("ara"));
        assert_eq!(first("ukrain").as_deref(), Some("ukr"));
        assert_eq!(first("tigrinya").as_deref(), Some("tir"));
        assert_eq!(first("prs").as_deref(), Some("prs"));
        assert!(search("Українська").iter().any(|o| o.code == "ukr"));
        assert!(search("xqzxqz").is_empty());
        assert!(is_valid("kmr") && !is_valid("zzz"));
    }

    #[test]
    fn a_typed_language_name_means_its_code() {
        let code = |q: &str| code_for(q);
        for (typed, wanted) in [
            ("Arabisch", "ara"),
            ("arabisch ", "ara"),
            ("Arabic", "ara"),
            ("العربية", "ara"),
            ("ARA", "ara"),
            ("Arabisch – العربية (ara)", "ara"),
            ("Ukrainisch", "ukr"),
            ("Українська", "ukr"),
            ("Türkisch", "tur"),
            ("Dari", "prs"),
            ("Farsi", "pes"),
            ("Persisch", "fas"),
            ("Paschtu", "pus"),
            ("Kurmandschi", "kmr"),
            ("Nordkurdisch", "kmr"),
            ("Sorani", "ckb"),
            ("Tigrinya", "tir"),
            ("Französisch", "fra"),
            ("Russisch", "rus"),
        ] {
            assert_eq!(code(typed).as_deref(), Some(wanted), "{typed}");
        }
        for typed in ["", "Arab", "Klingonisch", "zzz"] {
            assert_eq!(code(typed), None, "{typed}");
        }
    }
}
