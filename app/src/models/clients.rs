//! Clients as case managers see them in lists and forms.

use serde::{Deserialize, Serialize};

/// A date of birth of which the day, the month or even the year may be unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: Option<i64>,
    pub month: Option<i64>,
    pub day: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientSummary {
    pub id: i64,
    pub given_names: String,
    pub family_name: String,
    /// The spelling in Latin letters as written in documents, if different.
    pub given_names_latin: Option<String>,
    pub family_name_latin: Option<String>,
    pub birth: PartialDate,
    /// ISO 639-3 code.
    pub preferred_language: Option<String>,
    /// A hold restricts the client's data today (the list marks it).
    #[serde(default)]
    pub held: bool,
}

/// Parts of a name joined by spaces, the missing and empty ones left out.
pub fn joined_name(parts: &[Option<&str>]) -> String {
    parts
        .iter()
        .flatten()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl ClientSummary {
    pub fn full_name(&self) -> String {
        joined_name(&[Some(&self.given_names), Some(&self.family_name)])
    }

    /// The spelling in Latin letters, empty when there is none.
    pub fn latin_name(&self) -> String {
        joined_name(&[
            self.given_names_latin.as_deref(),
            self.family_name_latin.as_deref(),
        ])
    }
}

/// A client's record as typed into the form (numbers still text, so nothing typed is lost);
/// the field names are those the form posts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewClient {
    pub given_names: String,
    pub family_name: String,
    pub given_names_latin: String,
    pub family_name_latin: String,
    pub birth_year: String,
    pub birth_month: String,
    pub birth_day: String,
    pub preferred_language: String,
    #[serde(
        with = "super::checkbox",
        skip_serializing_if = "super::checkbox::unticked"
    )]
    pub interpreter_needed: bool,
    pub interpreter_language: String,
    pub phone: String,
    pub email: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    /// District (catalogue `district`), for figures by district.
    pub district: String,
}

/// What a case manager searches by: any spelling of any name part, and what is known of
/// the date of birth.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientQuery {
    pub text: String,
    pub birth: PartialDate,
}

/// The answer to "register this client".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NewClientOutcome {
    Created {
        id: i64,
    },
    /// Nothing was registered: these may be the same person. Confirm to register anyway.
    PossibleDuplicates(Vec<ClientSummary>),
}

/// Languages offered first when picking a client's language: ISO 639-3 code (stored), the
/// BCP 47 tag for the `lang` attribute, and the language's own name.
/// The most frequent among newcomers in Köln/NRW.
pub const COMMON_CLIENT_LANGUAGES: &[(&str, &str, &str)] = &[
    ("ara", "ar", "العربية"),
    ("pes", "fa", "فارسی"),
    ("prs", "fa-AF", "دری"),
    ("pus", "ps", "پښتو"),
    ("kmr", "kmr", "Kurmancî"),
    ("ckb", "ckb", "کوردیی ناوەندی"),
    ("tur", "tr", "Türkçe"),
    ("ukr", "uk", "Українська"),
    ("rus", "ru", "Русский"),
    ("eng", "en", "English"),
    ("fra", "fr", "Français"),
    ("tir", "ti", "ትግርኛ"),
    ("som", "so", "Soomaali"),
    ("urd", "ur", "اردو"),
    ("deu", "de", "Deutsch"),
];

impl PartialDate {
    /// Day, month and year as far as known, in the order German forms use (dd.mm.yyyy).
    pub fn display(&self) -> Option<String> {
        match (self.day, self.month, self.year) {
            (Some(d), Some(m), Some(y)) => Some(format!("{d:02}.{m:02}.{y}")),
            (None, Some(m), Some(y)) => Some(format!("{m:02}.{y}")),
            (_, _, Some(y)) => Some(y.to_string()),
            _ => None,
        }
    }
}
