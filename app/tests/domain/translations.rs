//! What clients read: every translation keeps the German message's placeables, counts take
//! the plural forms of each language, and Leichte Sprache is real Leichte Sprache wherever a
//! client can look (`locales/client-visible.txt`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use app::i18n::{COUNT_VARIABLES, LANGUAGES};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

pub(crate) fn locales_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales"))
}

/// What a test needs to know of one message.
#[derive(Debug, Default)]
pub(crate) struct Message {
    /// The message as written (for comparing texts).
    source: String,
    /// Every variable the message uses, in text or in selectors.
    variables: BTreeSet<String>,
    /// For each variable used as a selector: the variant keys of each such selector.
    selectors: BTreeMap<String, Vec<BTreeSet<String>>>,
}

fn walk_pattern(pattern: &ast::Pattern<&str>, message: &mut Message) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, message);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, message: &mut Message) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, message);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                message
                    .selectors
                    .entry(id.name.to_string())
                    .or_default()
                    .push(keys);
            }
            for variant in variants {
                walk_pattern(&variant.value, message);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, message),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, message: &mut Message) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            message.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, message),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, message);
            }
            for argument in &arguments.named {
                walk_inline(&argument.value, message);
            }
        }
        _ => {}
    }
}

/// The messages of one locale folder (`file`: only that file), parsed by Fluent's own parser.
fn messages_in(locale: &str, file: Option<&str>) -> BTreeMap<String, Message> {
    let dir = locales_dir().join(locale);
    let mut out = BTreeMap::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .filter(|p| file.is_none_or(|f| p.file_name().is_some_and(|n| n == f)))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{}: {errors:?}", path.display()),
        };
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut message = Message::default();
                if let Some(value) = &m.value {
                    walk_pattern(value, &mut message);
                    message.source = format!("{value:?}");
                }
                for attribute in &m.attributes {
                    walk_pattern(&attribute.value, &mut message);
                }
                out.insert(m.id.name.to_string(), message);
            }
        }
    }
    out
}

pub(crate) fn messages(locale: &str) -> BTreeMap<String, Message> {
    messages_in(locale, None)
}

#[test]
fn every_translation_uses_exactly_the_placeables_of_the_german_message() {
    let german = messages("de");
    let mut wrong = Vec::new();
    for language in LANGUAGES.iter().filter(|l| l.id != "de") {
        for (id, message) in messages(language.id) {
            if let Some(original) = german.get(&id) {
                if message.variables != original.variables {
                    wrong.push(format!(
                        "{}: {id} uses {:?}, German {:?}",
                        language.id, message.variables, original.variables
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The plural categories a language's numbers fall into, with the rules Fluent picks: the
/// locale's own, else its language's (`fa-AF` takes `fa`), else English (`kmr`, which the
/// plural rules do not list).
fn plural_categories(locale: &str) -> BTreeSet<&'static str> {
    let wanted: LanguageIdentifier = locale.parse().unwrap_or_default();
    let language: LanguageIdentifier = wanted.language.as_str().parse().unwrap_or_default();
    let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let langid = [wanted, language]
        .into_iter()
        .find(|l| known.contains(l))
        .unwrap_or_else(|| "en".parse().unwrap());
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).unwrap();
    let mut numbers: Vec<f64> = (0..=1000).map(f64::from).collect();
    numbers.extend([1.5, 1_000_000.0, 2_000_000.0]);
    numbers
        .into_iter()
        .map(|n| match rules.select(n).unwrap() {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

#[test]
fn arabic_ukrainian_and_russian_have_the_plural_forms_of_their_language() {
    assert_eq!(
        plural_categories("ar"),
        BTreeSet::from(["zero", "one", "two", "few", "many", "other"])
    );
    for slavic in ["uk", "ru"] {
        assert_eq!(
            plural_categories(slavic),
            BTreeSet::from(["one", "few", "many", "other"])
        );
    }
    assert_eq!(plural_categories("de"), BTreeSet::from(["one", "other"]));
}

#[test]
fn every_message_with_a_count_selects_the_plural_form_in_every_locale() {
    let mut wrong = Vec::new();
    for language in LANGUAGES {
        let categories = plural_categories(language.id);
        for (id, message) in messages(language.id) {
            for variable in COUNT_VARIABLES {
                if !message.variables.contains(*variable) {
                    continue;
                }
                match message.selectors.get(*variable) {
                    None => wrong.push(format!(
                        "{}: {id} has ${variable} without a plural selector",
                        language.id
                    )),
                    Some(selectors) => {
                        for keys in selectors {
                            let lacking: Vec<_> =
                                categories.iter().filter(|c| !keys.contains(**c)).collect();
                            if !lacking.is_empty() {
                                wrong.push(format!(
                                    "{}: {id} selects on ${variable} without {lacking:?}",
                                    language.id
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The ids `locales/client-visible.txt` names: ids and `prefix*`, `!` taking them out again;
/// the last line that matches an id decides.
fn client_visible(german: &BTreeMap<String, Message>) -> BTreeSet<String> {
    let text = std::fs::read_to_string(locales_dir().join("client-visible.txt")).unwrap();
    let rules: Vec<(bool, &str)> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.strip_prefix('!') {
            Some(pattern) => (false, pattern),
            None => (true, l),
        })
        .collect();
    let matches = |id: &str, pattern: &str| match pattern.strip_suffix('*') {
        Some(prefix) => id.starts_with(prefix),
        None => id == pattern,
    };
    for (_, pattern) in &rules {
        assert!(
            german.keys().any(|id| matches(id, pattern)),
            "client-visible.txt: {pattern} names no German message"
        );
    }
    german
        .keys()
        .filter(|id| {
            rules
                .iter()
                .rev()
                .find(|(_, pattern)| matches(id, pattern))
                .is_some_and(|(include, _)| *include)
        })
        .cloned()
        .collect()
}

#[test]
fn every_message_the_portal_and_the_printed_plan_use_is_listed_as_client_visible() {
    let german = messages("de");
    let visible = client_visible(&german);
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/pages"));
    let mut files: Vec<_> = std::fs::read_dir(src.join("portal"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.push(src.join("cases/plan_print.rs"));
    // The print page's tools for staff, which are not printed.
    let staff_only = ["plan-print", "plan-back", "print-language", "print-now"];
    let mut unlisted = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // A piece between two quotes that is exactly a message id was a string literal.
        for piece in text.split('"') {
            if german.contains_key(piece)
                && !visible.contains(piece)
                && !staff_only.contains(&piece)
            {
                unlisted.insert(piece.to_owned());
            }
        }
    }
    assert!(
        unlisted.is_empty(),
        "clients see messages locales/client-visible.txt does not list: {unlisted:?}"
    );
}

#[test]
fn every_client_visible_message_is_written_in_leichte_sprache() {
    let german = messages("de");
    let easy = messages_in("de-leicht", Some("main.ftl"));
    let exceptions: BTreeSet<String> =
        std::fs::read_to_string(locales_dir().join("de-leicht/same-as-german.txt"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.split('#').next())
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
    let visible = client_visible(&german);
    assert!(visible.len() > 200, "the list names the portal's messages");
    let mut wrong = Vec::new();
    for id in &visible {
        match easy.get(id) {
            None => wrong.push(format!("{id}: only in standard German")),
            Some(message) if message.source == german[id].source && !exceptions.contains(id) => {
                wrong.push(format!("{id}: the same text as standard German"))
            }
            Some(_) => {}
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn leichte_sprache_splits_compound_words_one_way_with_a_hyphen() {
    let text = std::fs::read_to_string(locales_dir().join("de-leicht/main.ftl")).unwrap();
    let messages: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        !messages.contains('·'),
        "Leichte Sprache splits words with a hyphen (Zugangs-Code), not a middle dot"
    );
    let words: BTreeSet<String> = messages
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let mut both = Vec::new();
    for word in words.iter().filter(|w| w.contains('-')) {
        let joined = word.replace('-', "");
        if words.contains(&joined) {
            both.push(format!("{word} and {joined}"));
        }
    }
    assert!(
        both.is_empty(),
        "written both split and whole: {}",
        both.join(", ")
    );
}

#[test]
fn a_count_reaches_fluent_as_a_number_and_picks_the_plural_form() {
    use app::i18n::t_in_args;
    // Without Fluent's direction isolates around placeables.
    let minutes = |language: &str, n: &str| {
        t_in_args(language, "error-throttled", &[("minutes", n.to_owned())])
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert!(minutes("de", "1").contains("einer Minute"));
    assert!(minutes("de", "5").contains("Minuten"));
    assert!(minutes("ru", "2").contains("2 минуты"));
    assert!(minutes("ru", "5").contains("5 минут."));
    assert!(minutes("ru", "21").contains("21 минуту"));
    assert!(minutes("ar", "2").contains("دقيقتين"));
    assert!(minutes("ar", "3").contains("دقائق"));
}
