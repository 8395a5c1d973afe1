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
}

/// A new client as typed into the form (numbers still text, so nothing typed is lost).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewClient {
    pub given_names: String,
    pub family_name: String,
    pub given_names_latin: String,
    pub family_name_latin: String,
    pub birth_year: String,
    pub birth_month: String,
    pub birth_day: String,
    pub preferred_language: String,
    pub interpreter_needed: bool,
    pub interpreter_language: String,
    pub phone: String,
    pub email: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
}

/// What a case manager searches by: any spelling of any name part, and what is known of
/// the date of birth.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientQuery {
    pub text: String,
    pub birth: PartialDate,
}
