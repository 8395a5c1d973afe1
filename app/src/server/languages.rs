//! Every ISO 639-3 language, found by its German, English or own name or by its code.

use std::sync::OnceLock;

use super::language_names_de::GERMAN_NAMES;
use crate::models::{LanguageOption, COMMON_CLIENT_LANGUAGES};

struct Entry {
    code: &'static str,
    label: String,
    /// Folded (lower-case, Latin) words of all its names.
    words: Vec<String>,
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
}
