//! Languages Lotse ships, how the first one is chosen, and the Fluent provider.
//!
//! The server decides the language of a request once (cookie, else `Accept-Language`, else
//! German) and makes sure the language cookie says so before rendering; the client hydrates
//! from that same cookie. So the rendered and the hydrated language can never differ.

use fluent_templates::static_loader;
use leptos::prelude::*;
use leptos_fluent::leptos_fluent;

/// Name of the cookie that remembers the interface language.
pub const LANGUAGE_COOKIE: &str = "lotse_lang";
/// Staff default and fallback for missing messages.
pub const DEFAULT_LANGUAGE: &str = "de";

/// A shipped interface language: id (folder under `locales/`), its name in its own script,
/// and whether it is written right to left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    pub id: &'static str,
    pub native_name: &'static str,
    pub rtl: bool,
}

/// Every shipped locale; kept in step with `locales/languages.json` by a test.
pub const LANGUAGES: &[Language] = &[
    Language {
        id: "de",
        native_name: "Deutsch",
        rtl: false,
    },
    Language {
        id: "en",
        native_name: "English",
        rtl: false,
    },
    Language {
        id: "ar",
        native_name: "العربية",
        rtl: true,
    },
    Language {
        id: "fa",
        native_name: "فارسی",
        rtl: true,
    },
    Language {
        id: "fa-AF",
        native_name: "دری",
        rtl: true,
    },
    Language {
        id: "ps",
        native_name: "پښتو",
        rtl: true,
    },
    Language {
        id: "tr",
        native_name: "Türkçe",
        rtl: false,
    },
    Language {
        id: "kmr",
        native_name: "Kurmancî",
        rtl: false,
    },
    Language {
        id: "uk",
        native_name: "Українська",
        rtl: false,
    },
    Language {
        id: "ru",
        native_name: "Русский",
        rtl: false,
    },
    Language {
        id: "fr",
        native_name: "Français",
        rtl: false,
    },
    Language {
        id: "de-leicht",
        native_name: "Leichte Sprache",
        rtl: false,
    },
];

/// Leichte Sprache (easy-read German) covers the client portal only; staff pages in it fall
/// back to German, so staff are not offered it.
pub fn is_client_only(id: &str) -> bool {
    id == "de-leicht"
}

/// German or Leichte Sprache: staff free text (written in German) needs no "not translated"
/// marker in either.
pub fn is_german(id: &str) -> bool {
    id == "de" || id == "de-leicht"
}

/// The shipped language with exactly this id (case-insensitive), if any.
pub fn find(id: &str) -> Option<&'static Language> {
    LANGUAGES
        .iter()
        .find(|l| l.id.eq_ignore_ascii_case(id.trim()))
}

/// Maps one BCP 47 tag from a browser to a shipped language.
fn match_tag(tag: &str) -> Option<&'static Language> {
    let tag = tag.trim();
    if let Some(lang) = find(tag) {
        return Some(lang);
    }
    let lower = tag.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let primary = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    match primary {
        // Dari: ISO 639-3 `prs`, or Persian as used in Afghanistan.
        "prs" => find("fa-AF"),
        "fa" if rest.contains(&"af") => find("fa-AF"),
        // Plain `ku` most often means Kurmanji; Sorani (`ckb`, `ku-Arab`) is not shipped yet.
        "ku" if !rest.contains(&"arab") => find("kmr"),
        _ => find(primary),
    }
}

/// The language of a request: a valid cookie wins, then the browser's `Accept-Language`
/// preferences in order of their weight, then German.
pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> &'static Language {
    if let Some(lang) = cookie.and_then(find) {
        return lang;
    }
    let mut wanted: Vec<(f32, usize, &str)> = accept_language
        .unwrap_or_default()
        .split(',')
        .enumerate()
        .filter_map(|(index, item)| {
            let mut fields = item.split(';');
            let tag = fields.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let weight = fields
                .find_map(|f| f.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (weight > 0.0).then_some((weight, index, tag))
        })
        .collect();
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    wanted
        .into_iter()
        .find_map(|(_, _, tag)| match_tag(tag))
        .unwrap_or_else(|| find(DEFAULT_LANGUAGE).expect("German is shipped"))
}

static_loader! {
    pub static TRANSLATIONS = {
        locales: "../locales",
        fallback_language: "de",
    };
}

/// Attributes of the language cookie when the browser sets it: `Secure` over HTTPS, like the
/// one the server sets (see the language middleware). Only the browser sets it.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
fn language_cookie_attrs() -> &'static str {
    #[cfg(feature = "hydrate")]
    let https = web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "https:");
    #[cfg(not(feature = "hydrate"))]
    let https = false;
    if https {
        "Path=/; Max-Age=31536000; SameSite=Lax; Secure"
    } else {
        "Path=/; Max-Age=31536000; SameSite=Lax"
    }
}

/// Provides the Fluent context and keeps `<html lang dir>` in step with the active language.
#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        translations: [TRANSLATIONS],
        locales: "../locales",
        languages: "../locales/languages.json",
        default_language: "de",
        sync_html_tag_lang: true,
        sync_html_tag_dir: true,
        cookie_name: "lotse_lang",
        cookie_attrs: language_cookie_attrs(),
        initial_language_from_cookie: true,
        set_language_to_cookie: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(cookie: Option<&str>, accept: Option<&str>) -> &'static str {
        negotiate(cookie, accept).id
    }

    #[test]
    fn a_first_visit_without_preferences_is_german() {
        assert_eq!(pick(None, None), "de");
        assert_eq!(pick(None, Some("")), "de");
        assert_eq!(pick(None, Some("ja, zh;q=0.5")), "de");
    }

    #[test]
    fn the_browser_language_is_used_by_weight() {
        assert_eq!(pick(None, Some("ar")), "ar");
        assert_eq!(pick(None, Some("ar-SY,ar;q=0.9,en;q=0.8")), "ar");
        assert_eq!(pick(None, Some("en;q=0.5, uk;q=0.9")), "uk");
        assert_eq!(pick(None, Some("ja, tr-TR;q=0.7")), "tr");
    }

    #[test]
    fn dari_and_kurmanji_are_recognised() {
        assert_eq!(pick(None, Some("fa-AF")), "fa-AF");
        assert_eq!(pick(None, Some("prs")), "fa-AF");
        assert_eq!(pick(None, Some("fa-IR")), "fa");
        assert_eq!(pick(None, Some("ku")), "kmr");
        assert_eq!(pick(None, Some("ku-Arab")), "de");
    }

    #[test]
    fn a_remembered_choice_beats_the_browser() {
        assert_eq!(pick(Some("fr"), Some("ar")), "fr");
        assert_eq!(pick(Some("nonsense"), Some("ar")), "ar");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_fast_lookup_finds_what_fluent_s_own_lookup_finds_in_every_language() {
        use fluent_templates::Loader;
        let count = fluent_templates::fluent_bundle::FluentValue::from(3);
        let args: FluentArgs = ["count", "minutes", "days", "issues", "cases", "name"]
            .into_iter()
            .map(|name| (name.into(), count.clone()))
            .collect();
        // Fluent's lookup says "Unknown localization key: …" where a message cannot be
        // formatted (a variable missing), leptos_fluent "Unknown localization …".
        let same = |ours: String, fluent: String| {
            ours == fluent
                || (ours.starts_with("Unknown localization ")
                    && fluent.starts_with("Unknown localization key"))
        };
        let mut compared = 0;
        for language in LANGUAGES {
            let parsed: fluent_templates::LanguageIdentifier = language.id.parse().unwrap();
            for id in message_ids() {
                assert!(
                    same(
                        translate(language.id, id, None),
                        TRANSLATIONS.lookup(&parsed, id)
                    ),
                    "{} {id}",
                    language.id
                );
                assert!(
                    same(
                        translate(language.id, id, Some(&args)),
                        TRANSLATIONS.lookup_with_args(&parsed, id, &args)
                    ),
                    "{} {id} with arguments",
                    language.id
                );
                compared += 1;
            }
        }
        assert!(compared > 900 * LANGUAGES.len());
        // An id nobody ships is German, as before.
        assert_eq!(translate("xx", "save", None), translate("de", "save", None));
        assert_eq!(translate("AR", "save", None), translate("ar", "save", None));
    }

    /// An island gets its messages formatted ahead, with each variable left as `{$name}`:
    /// the variables are found on every message's first line, and the text formats in every
    /// language.
    #[test]
    fn island_texts_keep_their_variables_for_t_args() {
        assert_eq!(
            variables(" Nur unter der Adresse { $address }.").collect::<Vec<_>>(),
            ["address"]
        );
        assert_eq!(variables(" { $count ->").collect::<Vec<_>>(), ["count"]);
        for language in LANGUAGES {
            for (id, value) in message_lines() {
                let args: FluentArgs = variables(value)
                    .map(|name| (name.into(), fluent_value(name, &format!("{{${name}}}"))))
                    .collect();
                let text = translate(language.id, id, Some(&args));
                assert!(
                    !text.starts_with("Unknown localization"),
                    "{} {id}: {text}",
                    language.id
                );
            }
        }
    }

    #[test]
    fn right_to_left_languages_are_marked() {
        let rtl: Vec<&str> = LANGUAGES.iter().filter(|l| l.rtl).map(|l| l.id).collect();
        assert_eq!(rtl, ["ar", "fa", "fa-AF", "ps"]);
    }
}

/// Messages for an island (a part of a light page that runs in the browser, see
/// `crate::light`): the light bundle has no Fluent, so the server hands an island the
/// messages it uses, translated into the active language, as a prop; the island provides
/// them as context and [`t`], [`t_args`] and [`active_language`] read them there. Arguments
/// stay in the texts as `{$name}` and are put in by [`t_args`].
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Texts {
    pub language: String,
    pub messages: std::collections::BTreeMap<String, String>,
}

impl Texts {
    /// Every message whose id starts with one of `prefixes`, in the active language.
    #[cfg(feature = "ssr")]
    pub fn with_prefixes(prefixes: &[&str]) -> Texts {
        let messages = message_lines()
            .filter(|(id, _)| prefixes.iter().any(|p| id.starts_with(p)))
            .map(|(id, value)| {
                // Variables stay as `{$name}` for `t_args` to put in (Fluent alone would
                // not format a message whose variables are missing).
                let args: Vec<(&'static str, String)> = variables(value)
                    .map(|name| (name, format!("{{${name}}}")))
                    .collect();
                (id.to_owned(), t_args(id, &args))
            })
            .collect();
        Texts {
            language: active_language().to_owned(),
            messages,
        }
    }

    fn get(&self, id: &str, args: &[(&'static str, String)]) -> String {
        let Some(text) = self.messages.get(id) else {
            return id.to_owned();
        };
        args.iter().fold(text.clone(), |text, (name, value)| {
            text.replace(&format!("{{${name}}}"), value)
        })
    }
}

/// The id of every shipped message (German has them all; a test sees to the others).
#[cfg(all(feature = "ssr", test))]
fn message_ids() -> impl Iterator<Item = &'static str> {
    message_lines().map(|(id, _)| id)
}

/// Every shipped message's id and its German text (with the lines that continue it).
#[cfg(feature = "ssr")]
fn message_lines() -> impl Iterator<Item = (&'static str, &'static str)> {
    const FILE: &str = include_str!("../../locales/de/main.ftl");
    let mut offset = 0;
    let starts: Vec<(usize, &'static str)> = FILE
        .split_inclusive('\n')
        .map(|line| {
            let start = offset;
            offset += line.len();
            (start, line)
        })
        .collect();
    let continues = |line: &str| line.starts_with([' ', '}', '[', '*']);
    (0..starts.len()).filter_map(move |i| {
        let (start, line) = starts[i];
        let (id, _) = line.split_once(" =")?;
        let simple = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !simple {
            return None;
        }
        let end = starts[i + 1..]
            .iter()
            .find(|(_, next)| !continues(next))
            .map_or(FILE.len(), |(next_start, _)| *next_start);
        Some((id, &FILE[start + id.len() + 2..end]))
    })
}

/// The variables (`{ $name }`) a message's text names.
#[cfg(feature = "ssr")]
fn variables(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.split('$').skip(1).filter_map(|rest| {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        (end > 0).then(|| &rest[..end])
    })
}

/// The island messages of the surrounding island, if any.
fn island_texts(id: &str, args: &[(&'static str, String)]) -> String {
    match use_context::<Texts>() {
        Some(texts) => texts.get(id, args),
        None => id.to_owned(),
    }
}

/// Translates a message id chosen at run time (an enum's id, an error's id). Reactive: call it
/// inside a closure so the text follows language switches.
pub fn t(id: &str) -> String {
    #[cfg(not(feature = "light"))]
    if let Some(i18n) = use_context::<leptos_fluent::I18n>() {
        return translate(i18n.language.get().id, id, None);
    }
    island_texts(id, &[])
}

/// A message in a shipped language (German for any other id), falling back as Fluent's
/// loader does: the language's own fallbacks, then German. The fallback chains are worked out
/// once, when the messages load; `leptos_fluent`'s `tr` and the loader's `lookup` negotiate
/// them again for every message (an allocation and a comparison with every shipped locale).
#[cfg(not(feature = "light"))]
pub fn translate(language: &str, id: &str, args: Option<&FluentArgs>) -> String {
    static PARSED: std::sync::LazyLock<Vec<(&'static str, fluent_templates::LanguageIdentifier)>> =
        std::sync::LazyLock::new(|| {
            LANGUAGES
                .iter()
                .map(|l| (l.id, l.id.parse().expect("shipped language ids are valid")))
                .collect()
        });
    let shipped = find(language).map_or(DEFAULT_LANGUAGE, |l| l.id);
    let (_, parsed) = PARSED
        .iter()
        .find(|(id, _)| *id == shipped)
        .expect("every shipped language is parsed");
    TRANSLATIONS
        .lookup_no_default_fallback(parsed, id, args)
        .or_else(|| {
            TRANSLATIONS
                .lookup_single_language(TRANSLATIONS.fallback(), id, args)
                .ok()
        })
        .unwrap_or_else(|| format!("Unknown localization {id}"))
}

/// Fluent arguments by name.
#[cfg(not(feature = "light"))]
pub type FluentArgs = std::collections::HashMap<
    std::borrow::Cow<'static, str>,
    fluent_templates::fluent_bundle::FluentValue<'static>,
>;

/// A message that follows the interface language (in the browser, language switches too):
/// Lotse's `move_tr!`, the same as `leptos_fluent`'s but with [`translate`]'s lookup.
#[macro_export]
macro_rules! move_tr {
    ($id:literal $(,)?) => {
        ::leptos::prelude::Signal::derive(move || $crate::i18n::t($id))
    };
}

/// Variables that count something: messages select their plural form on them (a test sees
/// that every locale does), so they reach Fluent as numbers, not as text.
pub const COUNT_VARIABLES: &[&str] = &["count", "minutes", "days", "issues", "cases"];

/// An argument as Fluent sees it: a count as a number (for the plural rules), the rest as text.
#[cfg(not(feature = "light"))]
fn fluent_value(name: &str, value: &str) -> fluent_templates::fluent_bundle::FluentValue<'static> {
    use fluent_templates::fluent_bundle::FluentValue;
    if COUNT_VARIABLES.contains(&name) {
        if let Ok(number) = value.parse::<f64>() {
            return FluentValue::from(number);
        }
    }
    FluentValue::from(value.to_owned())
}

/// Like [`t`], with Fluent arguments.
pub fn t_args(id: &str, args: &[(&'static str, String)]) -> String {
    #[cfg(not(feature = "light"))]
    if let Some(i18n) = use_context::<leptos_fluent::I18n>() {
        let map = args
            .iter()
            .map(|(k, v)| ((*k).into(), fluent_value(k, v)))
            .collect();
        return translate(i18n.language.get().id, id, Some(&map));
    }
    island_texts(id, args)
}

/// Translates into a given shipped language whatever the interface language is (a plan
/// printed in the client's language). Unknown languages fall back to German. In the light
/// bundle, the island's language.
pub fn t_in(language: &str, id: &str) -> String {
    #[cfg(feature = "light")]
    {
        let _ = language;
        t(id)
    }
    #[cfg(not(feature = "light"))]
    translate(language, id, None)
}

/// Like [`t_in`], with Fluent arguments.
pub fn t_in_args(language: &str, id: &str, args: &[(&'static str, String)]) -> String {
    #[cfg(feature = "light")]
    {
        let _ = language;
        t_args(id, args)
    }
    #[cfg(not(feature = "light"))]
    {
        let map: FluentArgs = args
            .iter()
            .map(|(k, v)| (std::borrow::Cow::Borrowed(*k), fluent_value(k, v)))
            .collect();
        translate(language, id, Some(&map))
    }
}

/// The id of the active interface language.
pub fn active_language() -> &'static str {
    #[cfg(not(feature = "light"))]
    if let Some(i18n) = use_context::<leptos_fluent::I18n>() {
        return i18n.language.get().id;
    }
    use_context::<Texts>()
        .and_then(|texts| find(&texts.language))
        .map_or(DEFAULT_LANGUAGE, |l| l.id)
}

/// Formats an instant (ms since epoch) as local time in Köln for the given language.
/// Server and browser compute the same string, so hydration never disagrees.
pub fn format_instant(ms: i64, language: &str) -> String {
    use chrono::{DateTime, Datelike, Timelike};
    let Some(utc) = DateTime::from_timestamp_millis(ms) else {
        return String::new();
    };
    let local = utc + chrono::Duration::hours(berlin_offset_hours(utc));
    let (d, m, y) = (local.day(), local.month(), local.year());
    let time = format!("{:02}:{:02}", local.hour(), local.minute());
    let date = match language {
        "en" | "fr" | "ar" | "fa" | "fa-AF" | "ps" => format!("{d:02}/{m:02}/{y}"),
        _ => format!("{d:02}.{m:02}.{y}"),
    };
    format!("{date} {time}")
}

/// The calendar date in Köln at an instant (ms since epoch).
pub fn koeln_date(ms: i64) -> chrono::NaiveDate {
    let utc = chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default();
    (utc + chrono::Duration::hours(berlin_offset_hours(utc))).date_naive()
}

/// The hour of the day in Köln at an instant (ms since epoch).
pub fn koeln_hour(ms: i64) -> u32 {
    use chrono::Timelike;
    let utc = chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default();
    (utc + chrono::Duration::hours(berlin_offset_hours(utc))).hour()
}

/// A stored date (YYYY-MM-DD) in the language's usual order; other text stays as it is.
/// Parsed by hand: chrono's format parser would cost the light bundles several kilobytes.
pub fn format_date(date: &str, language: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    let numeric = |part: &str, len: usize| {
        (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (
        parts.first().and_then(|p| numeric(p, 4)),
        parts.get(1).and_then(|p| numeric(p, 2)),
        parts.get(2).and_then(|p| numeric(p, 2)),
    ) else {
        return date.to_owned();
    };
    if parts.len() != 3 || chrono::NaiveDate::from_ymd_opt(y as i32, m, d).is_none() {
        return date.to_owned();
    }
    match language {
        "en" | "fr" | "ar" | "fa" | "fa-AF" | "ps" => format!("{d:02}/{m:02}/{y}"),
        _ => format!("{d:02}.{m:02}.{y}"),
    }
}

/// Central European Time with EU summer time: +2 h from the last Sunday of March 01:00 UTC
/// to the last Sunday of October 01:00 UTC, else +1 h.
fn berlin_offset_hours(utc: chrono::DateTime<chrono::Utc>) -> i64 {
    use chrono::{Datelike, NaiveDate, TimeZone, Utc, Weekday};
    let last_sunday = |month: u32| {
        let mut day =
            NaiveDate::from_ymd_opt(utc.year(), month, 31).expect("March and October have 31 days");
        while day.weekday() != Weekday::Sun {
            day = day.pred_opt().expect("within the month");
        }
        Utc.from_utc_datetime(&day.and_hms_opt(1, 0, 0).expect("valid time"))
    };
    if utc >= last_sunday(3) && utc < last_sunday(10) {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod format_tests {
    use super::*;

    #[test]
    fn instants_are_shown_in_koeln_time_and_the_locale_s_date_order() {
        // 2026-03-29 00:59 UTC is still winter time; 01:00 UTC starts summer time.
        let winter = chrono::DateTime::parse_from_rfc3339("2026-03-29T00:59:00Z")
            .unwrap()
            .timestamp_millis();
        let summer = chrono::DateTime::parse_from_rfc3339("2026-03-29T01:00:00Z")
            .unwrap()
            .timestamp_millis();
        assert_eq!(format_instant(winter, "de"), "29.03.2026 01:59");
        assert_eq!(format_instant(summer, "de"), "29.03.2026 03:00");
        assert_eq!(format_instant(summer, "en"), "29/03/2026 03:00");
    }

    #[test]
    fn stored_dates_follow_the_language_and_other_text_stays_as_it_is() {
        assert_eq!(format_date("2026-02-28", "de"), "28.02.2026");
        assert_eq!(format_date("2026-02-28", "ar"), "28/02/2026");
        assert_eq!(format_date("2026-02-30", "de"), "2026-02-30");
        assert_eq!(format_date("2026-2-28", "de"), "2026-2-28");
        assert_eq!(format_date("2026-02-28-x", "de"), "2026-02-28-x");
        assert_eq!(format_date("bald", "de"), "bald");
        assert_eq!(format_date("", "de"), "");
    }
}

/// The document title for a page. On the server it is a plain string: Leptos computes the
/// `<title>` after the render's reactive arena is gone, so it must not read signals there.
/// In the browser it follows language switches.
pub fn page_title(id: &'static str) -> leptos::text_prop::TextProp {
    #[cfg(feature = "ssr")]
    {
        t(id).into()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let i18n = expect_context::<leptos_fluent::I18n>();
        #[cfg(not(feature = "light"))]
        let title = move || translate(i18n.language.get().id, id, None);
        #[cfg(feature = "light")]
        let title = move || i18n.tr(id);
        title.into()
    }
}
